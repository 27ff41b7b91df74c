export * from './expr';
export * from './definitions';
export * from './excelFormula';
export * from './evaluate';
export * from './structuredRefs';
