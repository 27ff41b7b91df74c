/** Errors of the workbook layer: a code for the program, a French message for the user (what and how to fix). */

export type WorkbookErrorCode =
  | 'MissingSheet'
  | 'MissingTable'
  | 'MissingColumn'
  | 'UnknownOperation'
  | 'OperationInUse'
  | 'CannotDeleteAll'
  | 'InvalidMoveTarget'
  | 'InvalidMilestonePreset'
  | 'ExcelError';

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  /** Extra facts for the caller (sheet, column, rows…), never needed to understand the message. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: WorkbookErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'WorkbookError';
    this.code = code;
    this.details = details;
  }
}

export function missingSheet(sheet: string): WorkbookError {
  return new WorkbookError(
    'MissingSheet',
    `La feuille « ${sheet} » est introuvable dans le classeur. Cliquez sur « Préparer le classeur » pour la créer, ou renommez la feuille qui la remplace en « ${sheet} ».`,
    { sheet },
  );
}

export function missingTable(table: string, sheet: string): WorkbookError {
  return new WorkbookError(
    'MissingTable',
    `Le tableau des ménages est introuvable : ni tableau Excel « ${table} », ni ligne d'en-têtes reconnue dans la feuille « ${sheet} ». Cliquez sur « Préparer le classeur » pour le créer ou le convertir.`,
    { table, sheet },
  );
}

export function missingColumn(header: string, sheet: string): WorkbookError {
  return new WorkbookError(
    'MissingColumn',
    `La colonne « ${header} » est introuvable dans la feuille « ${sheet} ». Rétablissez son en-tête (il a peut-être été renommé ou supprimé) ou cliquez sur « Préparer le classeur » pour l'ajouter.`,
    { header, sheet },
  );
}

/** The Office.js error code of an exception (`InvalidArgument`, `ItemNotFound`…), if any. */
export function excelErrorCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}
