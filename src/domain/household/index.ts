export * from './types';
export * from './parse';
export { codeKey, readCode, readDate, readNumber, readText } from './cells';
