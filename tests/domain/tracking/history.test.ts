import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import {
  displayValue,
  entriesFromCellChanges,
  eventEntry,
  formatDateTime,
  frenchNumber,
  HISTORY_HEADERS,
  HISTORY_NUMBER_FORMATS,
  HISTORY_SHEET,
  historyRow,
  isoLocal,
  serialFromIso,
  type CellChange,
  type EntryContext,
  type HistoryEntry,
} from '../../../src/domain/tracking';
import { SUIVI } from './helpers';

const DATE_CCAS: CustomFieldDef = {
  key: 'custom:date ccas',
  label: 'Date de saisine CCAS',
  type: 'date',
  help: '',
  personal: false,
};
const NB = '\u00a0';
const AT = '2024-11-30T14:05:09';

const ctx: EntryContext = {
  who: 'mdupont',
  at: AT,
  action: 'collage',
  customFields: [SUIVI, DATE_CCAS],
  householdOf: (row) =>
    row === 5 ? { householdId: 12, requestNo: 1 } : row === 6 ? { householdId: 13, requestNo: 2 } : null,
};
const brief = (es: HistoryEntry[]): unknown[] =>
  es.map((e) => [e.householdId, e.requestNo, e.columnLabel, e.oldValue, e.newValue]);

describe('the history sheet', () => {
  it('is « Historique des modifications », not Excel’s reserved History / Historique, within 31 characters', () => {
    expect(HISTORY_SHEET).toBe('Historique des modifications');
    expect(HISTORY_SHEET.length).toBe(28); // Historique (10) + des (3) + modifications (13) + 2 spaces
  });

  it('has French headers and one number format per column', () => {
    expect(HISTORY_HEADERS).toEqual([
      'Date et heure',
      'Identifiant',
      'Feuille',
      "N° d'identification du ménage",
      'N° de demande',
      'Colonne',
      'Ancienne valeur',
      'Nouvelle valeur',
      'Action',
    ]);
    expect(HISTORY_NUMBER_FORMATS).toHaveLength(9);
    expect(HISTORY_NUMBER_FORMATS[0]).toBe('dd/mm/yyyy hh:mm:ss');
  });
});

describe('entriesFromCellChanges', () => {
  const changes: CellChange[] = [
    { row: 5, columnKey: 'rent', before: 450, after: 1234.5 },
    { row: 5, columnKey: 'moveDate', before: null, after: 45626 },
    { row: 6, columnKey: 'relocation', before: 'NON', after: 'NON' },
    { row: 6, columnKey: 'lastName', before: 'Durand', after: '' },
    { row: 6, customKey: SUIVI.key, before: null, after: 'oui' },
    { row: 6, customKey: DATE_CCAS.key, before: '', after: 45322 },
    { row: 6, columnKey: 'mystery', before: 1, after: 2 },
    { row: 7, columnKey: 'salaries', before: 1500, after: -2.5 },
  ];
  const es = entriesFromCellChanges(changes, ctx);

  it('one entry per real change, values as French Excel shows them', () => {
    expect(brief(es)).toEqual([
      [12, 1, 'Loyer de base mensuel', '450', `1${NB}234,5`],
      [12, 1, 'Date du déménagement', '', '30/11/2024'],
      [13, 2, 'Nom du chef de ménage', 'Durand', ''],
      [13, 2, 'Suivi CCAS', '', 'oui'],
      [13, 2, 'Date de saisine CCAS', '', '31/01/2024'],
      [13, 2, 'mystery', '1', '2'],
      [null, null, 'Salaires mensuels', `1${NB}500`, '-2,5'],
    ]);
  });

  it('records who, when, where and how', () => {
    expect(es[0]).toEqual({
      at: AT,
      who: 'mdupont',
      sheet: 'Tableau_de_saisie',
      householdId: 12,
      requestNo: 1,
      columnLabel: 'Loyer de base mensuel',
      oldValue: '450',
      newValue: `1${NB}234,5`,
      action: 'collage',
    });
    expect(
      entriesFromCellChanges([changes[0]], { ...ctx, sheet: 'liste_opération', action: 'saisie' })[0].sheet,
    ).toBe('liste_opération');
  });

  it('blank, empty text and null are the same value; 12 and "12" are not', () => {
    const same: CellChange[] = [
      { row: 5, columnKey: 'rent', before: '', after: null },
      { row: 5, columnKey: 'rent', before: null, after: '' },
    ];
    expect(entriesFromCellChanges(same, ctx)).toEqual([]);
    expect(
      brief(entriesFromCellChanges([{ row: 5, columnKey: 'rent', before: 12, after: '12' }], ctx)),
    ).toEqual([[12, 1, 'Loyer de base mensuel', '12', '12']]);
  });
});

describe('display of values', () => {
  it('numbers: decimal comma, grouped thousands, 15 significant digits as Excel', () => {
    expect(frenchNumber(1234567.25)).toBe(`1${NB}234${NB}567,25`);
    expect(frenchNumber(0.1 + 0.2)).toBe('0,3');
    expect(frenchNumber(-1500)).toBe(`-1${NB}500`);
    expect(frenchNumber(999)).toBe('999');
    expect(frenchNumber(0.015)).toBe('0,015');
  });

  it('identifiers print as typed: no thousands space in a N° d\'identification or N° de demande', () => {
    expect(displayValue(1234, 'identifier')).toBe('1234');
    expect(displayValue(20261234, 'identifier')).toBe('20261234');
    expect(displayValue('A-1 234', 'identifier')).toBe('A-1 234');
    // A change of N° d'identification from 1234 to 12345 on row 5 (household 12 / 1).
    const changed = entriesFromCellChanges([{ row: 5, columnKey: 'householdId', before: 1234, after: 12345 }], ctx);
    expect(brief(changed)).toEqual([[12, 1, "N° d'identification du ménage", '1234', '12345']]);
    const request = entriesFromCellChanges([{ row: 6, columnKey: 'requestNo', before: 1001, after: 2002 }], ctx);
    expect(brief(request)).toEqual([[13, 2, 'N° de demande', '1001', '2002']]);
    // Other numbers keep the French grouping.
    expect(brief(entriesFromCellChanges([{ row: 5, columnKey: 'rent', before: 1234, after: 1500 }], ctx))).toEqual([
      [12, 1, 'Loyer de base mensuel', `1${NB}234`, `1${NB}500`],
    ]);
  });

  it('dates only in date columns; booleans VRAI / FAUX; texts as typed', () => {
    expect(displayValue(45626, 'date')).toBe('30/11/2024');
    expect(displayValue(45626)).toBe(`45${NB}626`);
    expect(displayValue('03/02/2024', 'date')).toBe('03/02/2024');
    expect(displayValue(true)).toBe('VRAI');
    expect(displayValue(false)).toBe('FAUX');
    expect(displayValue(null)).toBe('');
  });
});

describe('date-times', () => {
  it('ISO local text of a Date', () => {
    expect(isoLocal(new Date(2024, 10, 30, 14, 5, 9))).toBe(AT);
    expect(isoLocal(new Date(2025, 0, 5, 8, 0, 0))).toBe('2025-01-05T08:00:00');
  });

  it('Excel serial: 30/11/2024 = 45626, 14:05:09 = 50709 s of 86400', () => {
    expect(serialFromIso(AT)).toBeCloseTo(45626 + 50709 / 86400, 10);
    expect(serialFromIso('2024-11-30')).toBe(45626);
    expect(serialFromIso('hier')).toBeNull();
  });

  it('French display', () => {
    expect(formatDateTime(AT)).toBe('30/11/2024 14:05:09');
    expect(formatDateTime('2024-11-30T14:05')).toBe('30/11/2024 14:05:00');
    expect(formatDateTime('hier')).toBe('hier');
  });
});

describe('rows of the history table and events', () => {
  it('a row in header order, with the date-time as a serial', () => {
    const [e] = entriesFromCellChanges([{ row: 5, columnKey: 'rent', before: 450, after: 460 }], ctx);
    const row = historyRow(e);
    expect(row.slice(1)).toEqual([
      'mdupont',
      'Tableau_de_saisie',
      12,
      1,
      'Loyer de base mensuel',
      '450',
      '460',
      'collage',
    ]);
    expect(row[0]).toBeCloseTo(45626 + 50709 / 86400, 10);
  });

  it('an event without household: blank numbers', () => {
    const e = eventEntry({
      at: AT,
      who: 'mdupont',
      action: "point d'étape",
      detail: "Point d'étape du 30/11/2024 clôturé",
    });
    expect(historyRow(e).slice(1)).toEqual([
      'mdupont',
      'Tableau_de_saisie',
      '',
      '',
      '',
      '',
      "Point d'étape du 30/11/2024 clôturé",
      "point d'étape",
    ]);
    const f = eventEntry({
      at: AT,
      who: 'x',
      action: 'champ ajouté',
      columnLabel: 'Suivi CCAS',
      detail: 'Texte',
    });
    expect([f.columnLabel, f.oldValue, f.newValue, f.householdId]).toEqual(['Suivi CCAS', '', 'Texte', null]);
  });
});
