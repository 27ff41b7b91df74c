/** Small helpers of the Range proxy. */
import { MAX_COLS, MAX_ROWS, type Rect } from '../address';
import { numberText } from '../calc/values';
import { fail } from '../errors';

export function inGrid(r: Rect): Rect {
  if (r.row < 0 || r.col < 0 || r.rows < 1 || r.cols < 1 || r.row + r.rows > MAX_ROWS || r.col + r.cols > MAX_COLS) {
    return fail('InvalidArgument', 'La plage demandée sort de la feuille.');
  }
  return r;
}

/** true / false when all flags agree, null when mixed (Excel's answer for mixed ranges). */
export function tri(flags: boolean[]): boolean | null {
  if (flags.every(Boolean)) return true;
  if (flags.every((f) => !f)) return false;
  return null;
}

export function displayText(v: string | number | boolean): string {
  return typeof v === 'number' ? numberText(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : v;
}

export function valueType(v: string | number | boolean): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/.test(v) ? 'Error' : 'String';
}
