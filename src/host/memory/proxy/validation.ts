/** `range.dataValidation` and `range.conditionalFormats` (custom formula rules). */
import { formatAddress, intersect } from '../address';
import { fail } from '../errors';
import { addCondFormat, checkRule, clearCondFormats, clearValidation, DEFAULT_ALERT, DEFAULT_PROMPT, readValidation, setValidation } from '../model/features';
import { normalizeColor } from '../model/styles';
import type { CondFormatModel, ValidationRule } from '../model/types';
import type { SheetModel } from '../model/workbook-model';
import { ClientObject, CollectionProxy } from './base';
import type { Exec, MemoryRequestContext } from './context';
import { RangeProxy } from './range';

export class DataValidationProxy extends ClientObject {
  protected readonly _scalars = ['rule', 'prompt', 'errorAlert', 'ignoreBlanks', 'type', 'valid'];
  constructor(context: MemoryRequestContext, private readonly range: RangeProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.range._check(x);
  }
  protected _read(name: string, x: Exec): unknown {
    const { sheet, rect } = this.range._tgt(x);
    const { type, v } = readValidation(sheet, rect);
    switch (name) {
      case 'type': return type;
      case 'valid': return true;
      case 'rule': return v ? structuredClone(v.rule) : {};
      case 'prompt': return v ? { ...v.prompt } : { ...DEFAULT_PROMPT };
      case 'errorAlert': return v ? { ...v.errorAlert } : { ...DEFAULT_ALERT };
      default: return v ? v.ignoreBlanks : true;
    }
  }
  private apply(x: Exec, patch: Parameters<typeof setValidation>[3]): void {
    const { sheet, rect } = this.range._tgt(x);
    setValidation(x.wb, sheet, rect, patch);
  }
  get type(): string { return this._get('type'); }
  get valid(): boolean { return this._get('valid'); }
  get rule(): ValidationRule { return this._get('rule'); }
  set rule(v: ValidationRule) {
    this._set('rule', v, (x) => {
      const raw = v as { list?: { source?: unknown; inCellDropDown?: boolean } };
      let rule = v;
      if (raw && raw.list && raw.list.source instanceof RangeProxy) {
        const t = raw.list.source._tgt(x);
        rule = { ...v, list: { inCellDropDown: raw.list.inCellDropDown !== false, source: `=${formatAddress(t.sheet.name, t.rect, true)}` } };
      }
      this.apply(x, { rule: checkRule(rule) });
    });
  }
  get prompt(): { showPrompt: boolean; title: string; message: string } { return this._get('prompt'); }
  set prompt(v: { showPrompt?: boolean; title?: string; message?: string }) {
    this._set('prompt', v, (x) => this.apply(x, { prompt: { ...DEFAULT_PROMPT, ...v } }));
  }
  get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } { return this._get('errorAlert'); }
  set errorAlert(v: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this._set('errorAlert', v, (x) => this.apply(x, { errorAlert: { ...DEFAULT_ALERT, ...v } }));
  }
  get ignoreBlanks(): boolean { return this._get('ignoreBlanks'); }
  set ignoreBlanks(v: boolean) { this._set('ignoreBlanks', v, (x) => this.apply(x, { ignoreBlanks: !!v })); }
  clear(): void {
    this._op({ clear: true }, (x) => {
      const { sheet, rect } = this.range._tgt(x);
      clearValidation(x.wb, sheet, rect);
    });
  }
}

type CfLocate = (x: Exec) => { sheet: SheetModel; cf: CondFormatModel };

abstract class CfPart extends ClientObject {
  constructor(context: MemoryRequestContext, protected readonly locate: CfLocate) {
    super(context);
  }
  _check(x: Exec): boolean {
    this.locate(x);
    return true;
  }
  protected cf(x: Exec): CondFormatModel {
    return this.locate(x).cf;
  }
  protected change(name: string, v: unknown, f: (cf: CondFormatModel) => void): void {
    this._set(name, v, (x) => {
      f(this.cf(x));
      x.wb.changed();
    });
  }
}

export class ConditionalFormatProxy extends CfPart {
  protected readonly _scalars = ['id', 'type', 'priority', 'stopIfTrue'];
  protected _read(name: string, x: Exec): unknown {
    const cf = this.cf(x);
    return name === 'id' ? String(cf.id) : name === 'type' ? cf.type : name === 'priority' ? cf.priority : cf.stopIfTrue;
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'custom' ? this.custom : undefined;
  }
  get id(): string { return this._get('id'); }
  get type(): string { return this._get('type'); }
  get priority(): number { return this._get('priority'); }
  set priority(v: number) { this.change('priority', v, (cf) => (cf.priority = v)); }
  get stopIfTrue(): boolean { return this._get('stopIfTrue'); }
  set stopIfTrue(v: boolean) { this.change('stopIfTrue', v, (cf) => (cf.stopIfTrue = !!v)); }
  get custom(): CustomConditionalFormatProxy { return this._child('custom', () => new CustomConditionalFormatProxy(this.context, this.locate)); }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, (x) => {
      const { sheet, cf } = this.locate(x);
      return { sheet, rect: cf.rect };
    });
  }
  delete(): void {
    this._op({ delete: true }, (x) => {
      const { sheet, cf } = this.locate(x);
      sheet.meta.condFormats = sheet.meta.condFormats.filter((o) => o.id !== cf.id);
      x.wb.changed();
    });
  }
}

export class CustomConditionalFormatProxy extends CfPart {
  protected readonly _scalars: string[] = [];
  protected _read(): unknown {
    return undefined;
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
  get rule(): ConditionalFormatRuleProxy { return this._child('rule', () => new ConditionalFormatRuleProxy(this.context, this.locate)); }
  get format(): ConditionalRangeFormatProxy { return this._child('format', () => new ConditionalRangeFormatProxy(this.context, this.locate)); }
}

export class ConditionalFormatRuleProxy extends CfPart {
  protected readonly _scalars = ['formula', 'formulaLocal'];
  protected _read(_name: string, x: Exec): unknown {
    return this.cf(x).formula;
  }
  get formula(): string { return this._get('formula'); }
  set formula(v: string) {
    this.change('formula', v, (cf) => {
      if (typeof v !== 'string' || v === '') fail('InvalidArgument', 'Formule de mise en forme conditionnelle invalide.');
      cf.formula = v.startsWith('=') ? v : `=${v}`;
    });
  }
  get formulaLocal(): string { return this._get('formulaLocal'); }
  set formulaLocal(v: string) { this.formula = v; }
}

export class ConditionalRangeFormatProxy extends CfPart {
  protected readonly _scalars: string[] = [];
  protected _read(): unknown {
    return undefined;
  }
  protected override _nav(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  get fill(): ConditionalFillProxy { return this._child('fill', () => new ConditionalFillProxy(this.context, this.locate)); }
  get font(): ConditionalFontProxy { return this._child('font', () => new ConditionalFontProxy(this.context, this.locate)); }
}

export class ConditionalFillProxy extends CfPart {
  protected readonly _scalars = ['color'];
  protected _read(_name: string, x: Exec): unknown {
    return this.cf(x).fill;
  }
  get color(): string | null { return this._get('color'); }
  set color(v: string | null) { this.change('color', v, (cf) => (cf.fill = v === null ? null : normalizeColor(v))); }
  clear(): void { this._op({ clear: true }, (x) => (this.cf(x).fill = null)); }
}

export class ConditionalFontProxy extends CfPart {
  protected readonly _scalars = ['color', 'bold', 'italic'];
  protected _read(name: string, x: Exec): unknown {
    const cf = this.cf(x);
    return name === 'color' ? cf.fontColor : name === 'bold' ? cf.bold : cf.italic;
  }
  get color(): string | null { return this._get('color'); }
  set color(v: string | null) { this.change('color', v, (cf) => (cf.fontColor = v === null ? null : normalizeColor(v))); }
  get bold(): boolean | null { return this._get('bold'); }
  set bold(v: boolean | null) { this.change('bold', v, (cf) => (cf.bold = v)); }
  get italic(): boolean | null { return this._get('italic'); }
  set italic(v: boolean | null) { this.change('italic', v, (cf) => (cf.italic = v)); }
}

function cfLocator(rangeSheetId: () => string | undefined, id: () => number | undefined): CfLocate {
  return (x) => {
    const sheet = x.wb.sheetById(rangeSheetId() ?? '');
    const cf = sheet?.meta.condFormats.find((c) => c.id === id());
    if (!sheet || !cf) return fail('ItemNotFound', 'Mise en forme conditionnelle introuvable.');
    return { sheet, cf };
  };
}

export class ConditionalFormatCollectionProxy extends CollectionProxy<ConditionalFormatProxy> {
  constructor(context: MemoryRequestContext, private readonly range: RangeProxy) {
    super(context);
  }
  _check(x: Exec): boolean {
    return this.range._check(x);
  }
  protected _list(x: Exec): ConditionalFormatProxy[] {
    const { sheet, rect } = this.range._tgt(x);
    return sheet.meta.condFormats
      .filter((cf) => intersect(cf.rect, rect))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => new ConditionalFormatProxy(this.context, cfLocator(() => sheet.id, () => cf.id)));
  }
  add(type: string): ConditionalFormatProxy {
    const holder: { sheetId?: string; id?: number } = {};
    this._op({ add: type }, (x) => {
      const { sheet, rect } = this.range._tgt(x);
      const cf = addCondFormat(x.wb, sheet, rect, type);
      holder.sheetId = sheet.id;
      holder.id = cf.id;
    });
    return new ConditionalFormatProxy(this.context, cfLocator(() => holder.sheetId, () => holder.id));
  }
  getItemAt(index: number): ConditionalFormatProxy {
    const holder: { sheetId?: string; id?: number } = {};
    const locate = cfLocator(() => holder.sheetId, () => holder.id);
    return new ConditionalFormatProxy(this.context, (x) => {
      if (holder.id === undefined) {
        const { sheet, rect } = this.range._tgt(x);
        const list = sheet.meta.condFormats.filter((cf) => intersect(cf.rect, rect)).sort((a, b) => a.priority - b.priority);
        if (!list[index]) fail('ItemNotFound', `Aucune mise en forme conditionnelle à l'index ${index}.`);
        holder.sheetId = sheet.id;
        holder.id = list[index].id;
      }
      return locate(x);
    });
  }
  clearAll(): void {
    this._op({ clearAll: true }, (x) => {
      const { sheet, rect } = this.range._tgt(x);
      clearCondFormats(x.wb, sheet, rect);
    });
  }
}
