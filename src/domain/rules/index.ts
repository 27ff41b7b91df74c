export * from './types';
export { RULES, ruleById, ruleOrder, type RuleId } from './rules';
export { checkHouseholds, checkedRowCount } from './check';
export { summarise } from './summary';
export { PROBLEM_RULES } from './cellChecks';
export { normaliseName } from './text';
export { operationInfos, type RawOperationRow } from './operations';
export { SAMPLE_ERROR_RULES, type SampleErrorKind } from './sampleKinds';
