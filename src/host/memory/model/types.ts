/** Plain-data descriptions of everything that is not a cell (snapshotted per batch with structuredClone). */
import type { Rect } from '../address';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface TableColumnModel {
  id: number;
  name: string;
  /** Formula of a calculated column (long structured form), propagated to new rows. */
  formula?: string;
}

export interface TableModel {
  id: number;
  name: string;
  /** Whole table, header row included (the header row is always shown). */
  rect: Rect;
  columns: TableColumnModel[];
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface ValidationRule {
  list?: { inCellDropDown: boolean; source: string };
  wholeNumber?: { formula1: string | number; formula2?: string | number; operator: string };
  decimal?: { formula1: string | number; formula2?: string | number; operator: string };
  date?: { formula1: string | number; formula2?: string | number; operator: string };
  textLength?: { formula1: string | number; formula2?: string | number; operator: string };
  custom?: { formula: string };
}

export interface ValidationPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

export interface ValidationModel {
  id: number;
  rect: Rect;
  rule: ValidationRule;
  prompt: ValidationPrompt;
  errorAlert: ValidationAlert;
  ignoreBlanks: boolean;
}

export interface CondFormatModel {
  id: number;
  rect: Rect;
  type: 'Custom';
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  sourceSheetId: string;
  source: Rect;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  legendPosition: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface NameModel {
  name: string;
  /** `=Feuil1!$A$1`, `=12`, `="texte"`. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface SheetMeta {
  id: string;
  name: string;
  visibility: Visibility;
  /** `#RRGGBB`, or '' for no colour. */
  tabColor: string;
  freezeRows: number;
  freezeCols: number;
  printArea: Rect | null;
  orientation: 'Portrait' | 'Landscape';
  /** Print scale in percent (PageLayout.zoom.scale), null = 100 % / not set. */
  printScale: number | null;
  rowBreaks: number[];
  merges: Rect[];
  tables: TableModel[];
  validations: ValidationModel[];
  condFormats: CondFormatModel[];
  charts: ChartModel[];
  selection: Rect;
}

export interface WorkbookMeta {
  names: NameModel[];
  activeSheetId: string;
  nextId: number;
}

export function newSheetMeta(id: string, name: string): SheetMeta {
  return {
    id,
    name,
    visibility: 'Visible',
    tabColor: '',
    freezeRows: 0,
    freezeCols: 0,
    printArea: null,
    orientation: 'Portrait',
    printScale: null,
    rowBreaks: [],
    merges: [],
    tables: [],
    validations: [],
    condFormats: [],
    charts: [],
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}
