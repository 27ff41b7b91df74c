export * from './predefined';
export * from './fields';
export * from './criteria';
export * from './sentence';
export * from './schema';
export * from './scope';
