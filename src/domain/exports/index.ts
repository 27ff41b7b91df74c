export * from './types';
export * from './columns';
export * from './rows';
