/** Suivi dans le temps, excel layer: history, change tracking, fingerprints, points d'étape, completeness. */
export { appendHistory, logAction, type ActionLog } from './history';
export { startTracking, type TrackingOptions, type TrackingSession, type ChangeEvent } from './watch';
export { ownWrite, ownWritesSettled, onOwnWrites, type OwnWriteResult, type OwnCellChange } from './ownWrites';
export type { LogOption } from './actionLog';
export {
  reconcileOnOpen,
  FINGERPRINT_SHEET,
  type ReconcileOptions,
  type ReconcileReport,
} from './fingerprints';
export {
  closeMilestone,
  readMilestoneSettings,
  reminders,
  MilestoneClosedError,
  type CloseOptions,
  type CloseReport,
  type MilestoneSettings,
} from './milestones';
export { MILESTONES_SHEET, POINTS_SHEET, PROGRESS_SHEET, PROGRESS_TABLE, PROGRESS_CHART } from './milestoneSheet';
export {
  readCompleteness,
  goToColumn,
  type CompletenessView,
  type ColumnFill,
  type CompletenessQuery,
} from './completeness';
export type { RunFn, Moment } from './common';
export {
  exportMilestone,
  MilestoneExportError,
  EXPORT_NOTICE,
  type MilestoneExport,
  type MilestoneExportOptions,
} from './milestoneExport';
