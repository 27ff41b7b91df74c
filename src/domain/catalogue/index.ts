export * from './types';
export * from './columns';
export * from './codeLists';
export * from './bands';
export * from './decisions';
export * from './operations';
export { FORMATS } from './columnFactory';
