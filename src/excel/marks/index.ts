/** « Valider la saisie », « Supprimer les repérages » and going to a finding's cell. */
export { validateInput, checkRead, reportLines, type ValidateOptions, type ValidateProgress, type ValidateResult, type ValidateStep } from './validate';
export { clearMarks, goToFinding, type ClearResult } from './clear';
export { MARKS_SHEET, MARK_COLOURS, MARK_HEADERS, decodeMarks, encodeMarks, type MarkRecord } from './store';
export { CELLS_PER_SYNC } from './io';
