export { generateSample } from './generate';
export { INJECTABLE_ERRORS, UNKNOWN_JOB_CODE, UNKNOWN_OPERATION, type InjectableError } from './errors';
export { householdsPerOperation } from './operations';
export { blankRow } from './household';
export type {
  InjectedError,
  OperationInputKey,
  RawHouseholdRow,
  RawOperation,
  Sample,
  SampleOptions,
} from './types';
