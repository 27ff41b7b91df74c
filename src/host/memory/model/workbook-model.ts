/**
 * The workbook model: sheets (meta + grid), defined names, style table, and the batch transaction
 * (meta snapshot + copy-on-write grids) that makes a failed `sync` apply nothing.
 */
import { fail } from '../errors';
import { Grid, TxClock } from './grid';
import { StyleTable } from './styles';
import { newSheetMeta, type SheetMeta, type TableModel, type Visibility, type WorkbookMeta } from './types';

export class SheetModel {
  constructor(
    public meta: SheetMeta,
    readonly grid: Grid,
  ) {}

  get id(): string {
    return this.meta.id;
  }

  get name(): string {
    return this.meta.name;
  }
}

interface Snapshot {
  sheets: SheetModel[];
  metas: SheetMeta[];
  meta: WorkbookMeta;
}

const FORBIDDEN = /[\\/?*:[\]]/;

export class WorkbookModel {
  readonly clock = new TxClock();
  readonly styles = new StyleTable();
  sheets: SheetModel[] = [];
  meta: WorkbookMeta = { names: [], activeSheetId: '', nextId: 1 };
  /** Bumped on every change of cells/structure: cached formula results older than this are stale. */
  calcEpoch = 1;
  /** Bumped when names, tables, sheets or the grid shape change: compiled formulas are stale. */
  structure = 1;
  /** Where the table-name counter starts (`Tableau1`...). */
  tablePrefix = 'Tableau';
  private snap: Snapshot | null = null;
  private readonly interned = new Map<string, string>();

  begin(): void {
    this.clock.id++;
    this.clock.active = true;
    this.snap = {
      sheets: this.sheets.slice(),
      metas: this.sheets.map((s) => structuredClone(s.meta)),
      meta: structuredClone(this.meta),
    };
  }

  commit(): void {
    for (const g of this.clock.touched) g.commit();
    this.clock.touched.clear();
    this.clock.active = false;
    this.snap = null;
  }

  rollback(): void {
    for (const g of this.clock.touched) g.rollback();
    this.clock.touched.clear();
    this.clock.active = false;
    if (this.snap) {
      const { sheets, metas, meta } = this.snap;
      this.sheets = sheets;
      sheets.forEach((s, i) => (s.meta = metas[i]));
      this.meta = meta;
    }
    this.snap = null;
    this.changed(true);
  }

  changed(structural = false): void {
    this.calcEpoch++;
    if (structural) this.structure++;
  }

  newId(): number {
    return this.meta.nextId++;
  }

  intern(formula: string): string {
    const hit = this.interned.get(formula);
    if (hit !== undefined) return hit;
    if (this.interned.size > 50000) this.interned.clear();
    this.interned.set(formula, formula);
    return formula;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.meta.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toUpperCase();
    return this.sheets.find((s) => s.meta.name.toUpperCase() === key);
  }

  requireSheet(name: string): SheetModel {
    return this.sheetByName(name) ?? fail('ItemNotFound', `La feuille « ${name} » est introuvable.`, 'Worksheets.getItem');
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.meta.activeSheetId) ?? this.sheets.find((s) => s.meta.visibility === 'Visible') ?? this.sheets[0];
  }

  /** Excel's sheet-name rules; throws InvalidArgument / ItemAlreadyExists. */
  checkSheetName(name: unknown, self?: SheetModel): string {
    if (typeof name !== 'string' || name.trim() === '') return fail('InvalidArgument', 'Le nom de feuille ne peut pas être vide.');
    if (name.length > 31) return fail('InvalidArgument', `Le nom de feuille « ${name} » dépasse 31 caractères.`);
    if (FORBIDDEN.test(name)) return fail('InvalidArgument', `Le nom de feuille « ${name} » contient un caractère interdit (\\ / ? * : [ ]).`);
    if (name.startsWith("'") || name.endsWith("'")) {
      return fail('InvalidArgument', `Le nom de feuille « ${name} » ne peut pas commencer ni finir par une apostrophe.`);
    }
    if (name.toUpperCase() === 'HISTORY') return fail('InvalidArgument', '« History » est un nom de feuille réservé par Excel.');
    const other = this.sheetByName(name);
    if (other && other !== self) return fail('ItemAlreadyExists', `Une feuille nommée « ${name} » existe déjà.`);
    return name;
  }

  addSheet(name?: string): SheetModel {
    let n = this.sheets.length + 1;
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      while (this.sheetByName(`Feuil${n}`)) n++;
      finalName = `Feuil${n}`;
    }
    this.checkSheetName(finalName);
    const num = this.newId();
    const id = `{00000000-0001-0000-${String(num).padStart(4, '0')}-000000000000}`;
    const sheet = new SheetModel(newSheetMeta(id, finalName), new Grid(this.clock));
    this.sheets.push(sheet);
    if (!this.meta.activeSheetId) this.meta.activeSheetId = id;
    this.changed(true);
    return sheet;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      fail('InvalidArgument', `Position de feuille invalide : ${position}.`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, v: Visibility): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') fail('InvalidArgument', `Visibilité invalide : ${String(v)}.`);
    if (v !== 'Visible' && sheet.meta.visibility === 'Visible') {
      const visible = this.sheets.filter((s) => s.meta.visibility === 'Visible');
      if (visible.length <= 1) fail('InvalidOperation', 'Un classeur doit garder au moins une feuille visible.');
    }
    sheet.meta.visibility = v;
    if (v !== 'Visible' && this.meta.activeSheetId === sheet.meta.id) {
      this.meta.activeSheetId = this.sheets.find((s) => s.meta.visibility === 'Visible')!.meta.id;
    }
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.meta.visibility === 'Visible' && s !== sheet);
    if (visible.length === 0) fail('InvalidOperation', 'Impossible de supprimer la dernière feuille visible.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.meta.activeSheetId === sheet.meta.id) this.meta.activeSheetId = visible[0].meta.id;
    this.changed(true);
  }

  allTables(): { sheet: SheetModel; table: TableModel }[] {
    const out: { sheet: SheetModel; table: TableModel }[] = [];
    for (const sheet of this.sheets) for (const table of sheet.meta.tables) out.push({ sheet, table });
    return out;
  }

  findTable(name: string): { sheet: SheetModel; table: TableModel } | undefined {
    const key = name.toUpperCase();
    return this.allTables().find((t) => t.table.name.toUpperCase() === key);
  }

  findTableById(id: number): { sheet: SheetModel; table: TableModel } | undefined {
    return this.allTables().find((t) => t.table.id === id);
  }

  findName(name: string): WorkbookMeta['names'][number] | undefined {
    const key = name.toUpperCase();
    return this.meta.names.find((n) => n.name.toUpperCase() === key);
  }
}
