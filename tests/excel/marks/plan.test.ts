/** The pure part of the marks: where recorded marks are now, what to restore, the store's encoding. */
import { Batch } from '../../../src/excel/marks/io';
import { locateMarks, paintPlan, restoreWrites, targetsOf, type TableLayout } from '../../../src/excel/marks/plan';
import { decodeMarks, encodeMarks, type MarkRecord } from '../../../src/excel/marks/store';
import type { Finding } from '../../../src/domain/rules';

const layout = (ids: Record<number, string>): TableLayout => {
  const rowsByIds = new Map<string, number[]>();
  for (const [row, k] of Object.entries(ids)) rowsByIds.set(k, [...(rowsByIds.get(k) ?? []), Number(row)]);
  return {
    sheet: 'Tableau_de_saisie', columns: { householdId: 0, age: 3 }, headers: ["N° d'identification du ménage", 'Nom', 'Prénom', 'Âge du chef de ménage'],
    firstCol: 0, idsByRow: new Map(Object.entries(ids).map(([r, k]) => [Number(r), k])), rowsByIds,
  };
};

const mark = (row: number, householdId: string, over: Partial<MarkRecord> = {}): MarkRecord => ({
  sheet: 'Tableau_de_saisie', row, header: 'Âge du chef de ménage', key: 'age', ruleIds: ['age-hors-bornes'], severity: 'erreur',
  householdId, requestNo: '1', originalFill: '#FFFFFF', originalFont: '#000000', markFill: '#FFC7CE', markFont: '#9C0006', ...over,
});

describe('locateMarks', () => {
  test('rows found again by N° after a sort', () => {
    const { located, lost } = locateMarks([mark(6, '12'), mark(7, '15')], layout({ 6: '15|1', 7: '12|1' }));
    expect(located.map((l) => [l.record.householdId, l.row, l.col])).toEqual([['12', 7, 3], ['15', 6, 3]]);
    expect(lost).toEqual([]);
  });

  test('a fixed duplicate N°: each mark stays on its own row', () => {
    // Rows 6 and 7 both had N° 5; the user typed 6 on row 7. Row 6 still holds 5 and is claimed by its own mark.
    const { located } = locateMarks([mark(6, '5', { key: 'householdId', header: "N° d'identification du ménage" }), mark(7, '5', { key: 'householdId', header: "N° d'identification du ménage" })], layout({ 6: '5|1', 7: '6|1' }));
    expect(located.map((l) => [l.record.row, l.row])).toEqual([[6, 6], [7, 7]]);
  });

  test('a column renamed away or another sheet: lost', () => {
    const { located, lost } = locateMarks([mark(6, '1', { key: 'custom:x', header: 'Ancien nom' }), mark(6, '1', { sheet: 'Autre' })], layout({ 6: '1|1' }));
    expect(located).toEqual([]);
    expect(lost).toHaveLength(2);
  });
});

describe('restore and paint', () => {
  const colours = new Map([
    ['6:3', { fill: '#FFC7CE', font: '#9C0006' }],
    ['7:3', { fill: '#00B050', font: '#9C0006' }],
  ]);
  const located = [
    { record: mark(6, '1', { originalFill: '#00B050', originalFont: '#0000FF' }), row: 6, col: 3 },
    { record: mark(7, '2'), row: 7, col: 3 },
  ];

  test('each colour still the painted one goes back; no fill is cleared; a recoloured fill stays', () => {
    expect(restoreWrites(located, colours)).toEqual({
      writes: [{ row: 6, col: 3, fill: '#00B050', font: '#0000FF' }, { row: 7, col: 3, fill: undefined, font: '#000000' }],
      untouched: 0,
    });
    const white = new Map([['6:3', { fill: '#FFC7CE', font: '#9C0006' }]]);
    expect(restoreWrites([{ record: mark(6, '1'), row: 6, col: 3 }], white).writes).toEqual([{ row: 6, col: 3, fill: 'clear', font: '#000000' }]);
    expect(restoreWrites(located, colours, new Set(['6:3', '7:3'])).writes).toEqual([]);
  });

  test('a cell marked again keeps the original recorded the first time', () => {
    const findings: Finding[] = [
      { row: 6, householdId: 1, requestNo: 1, columnKey: 'age', ruleId: 'age-hors-bornes', severity: 'erreur', message: '' },
      { row: 6, householdId: 1, requestNo: 1, columnKey: 'age', ruleId: 'autre', severity: 'avertissement', message: '' },
      { row: 8, householdId: 3, requestNo: 1, columnKey: 'absente', ruleId: 'x', severity: 'erreur', message: '' },
    ];
    const { targets, unplaced } = targetsOf(findings, layout({ 6: '1|1', 8: '3|1' }));
    expect(unplaced).toBe(1);
    expect(targets).toEqual([{ row: 6, col: 3, key: 'age', header: 'Âge du chef de ménage', ruleIds: ['age-hors-bornes', 'autre'], severity: 'erreur', householdId: '1', requestNo: '1' }]);
    const plan = paintPlan(targets, 'Tableau_de_saisie', located, colours);
    expect(plan.records[0]).toMatchObject({ originalFill: '#00B050', originalFont: '#0000FF', markFill: '#FFC7CE' });
    expect(plan.writes).toEqual([]);
  });
});

test('the store: encoded as text, decoded back, unreadable rows skipped', () => {
  const m = mark(6, '=12', { header: "=Tricky'" });
  const rows = encodeMarks([m]);
  expect(rows[1].slice(0, 3)).toEqual(['Tableau_de_saisie', '6', "'=Tricky'"]);
  expect(decodeMarks([...rows.map((r) => r.map((c) => c.replace(/^'/, ''))), ['x', 'pas un nombre'], ['', '', '', '', '', 'grave']])).toEqual([m]);
});

test('Batch syncs before a chunk would pass its budget', async () => {
  let syncs = 0;
  const context = { sync: async () => { syncs++; } } as unknown as Excel.RequestContext;
  const b = new Batch(context, 10);
  for (let i = 0; i < 25; i++) await b.room(1);
  await b.flush();
  expect([syncs, b.syncs]).toEqual([3, 3]);
});
