/** Traitements (reference §5–6): result sheets, Tableaux_comparaisons, saved criteria sets. */
export {
  runTreatment, runAllTreatments, type TreatmentOptions, type AllTreatmentsOptions, type TreatmentResult,
  type TreatmentsReport, type Progress,
} from './treatment';
export { eraseLastComparison, type EraseResult } from './erase';
export { saveCriteriaSet, listCriteriaSets, CRITERIA_SHEET, type SavedCriteriaSet } from './criteriaSets';
export { COMPARISON_SHEET } from './comparisons';
export { uniqueSheetName, cleanSheetName } from './sheetName';
export { planResultSheet, type ResultSheetInput, type ResultSheetPlan } from './layout';
export type { PopulationChoice } from './population';
export { ReportError, type ReportErrorCode } from './errors';
