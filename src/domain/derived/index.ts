export * from './expr';
export * from './definitions';
export * from './excelFormula';
export * from './evaluate';
