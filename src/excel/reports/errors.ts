/** Refusals of the treatments, with a French message for the user (shown as is by the task pane). */

export type ReportErrorCode =
  | 'UnknownPopulation'
  | 'InvalidCriteria'
  | 'NothingToErase'
  | 'InvalidSetName';

export class ReportError extends Error {
  readonly code: ReportErrorCode;
  /** Read by the task pane's messageForError. */
  readonly frenchMessage: string;
  readonly rime = true;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ReportErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ReportError';
    this.code = code;
    this.frenchMessage = message;
    this.details = details;
  }
}
