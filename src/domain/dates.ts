/** Excel date serial numbers (1900 date system: serial 1 = 1900-01-01; dates after 1900-03-01 are exact). */

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
}

export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function serialFromDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** dd/mm/yyyy, as French users read dates. */
export function formatDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** yyyy-mm-dd. */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses "dd/mm/yyyy" (also with - or . and two-digit years) into a serial, or undefined. */
export function parseFrenchDate(text: string): number | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const serial = serialFromYmd(year, month, day);
  const back = ymdFromSerial(serial);
  return back.day === day && back.month === month ? serial : undefined;
}

/** Parses "yyyy-mm-dd" into a serial, or undefined. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const serial = serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDate(serial) === text.trim() ? serial : undefined;
}
