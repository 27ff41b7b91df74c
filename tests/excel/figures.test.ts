import { serialFromYmd } from '../../src/domain/dates';
import { operationBody, relocationFigures, TOUT_NOTE, type HouseholdFact } from '../../src/excel/operations/figures';

const d = serialFromYmd;
const fact = (row: number, id: number, operation: string, relocated: boolean, moveDate: number | null): HouseholdFact => ({
  row, householdId: id, operation, relocated, moveDate,
});
// name, commune, quartier, EPCI, à reloger, à démolir, vacants, début, fin, relogés, dernier relogement, observations
const cols = {
  name: 0, commune: 1, district: 2, epci: 3, householdsToRelocate: 4, dwellingsToDemolish: 5, vacantDwellings: 6,
  startDate: 7, endDate: 8, relocatedCount: 9, lastRelocation: 10, notes: 11,
};
const facts = [
  fact(6, 1, 'Tour B', true, d(2024, 3, 15)),
  fact(7, 2, 'tour b ', true, d(2024, 6, 1)),
  fact(8, 3, 'Tour B', false, null),
  fact(9, 4, 'Barre A', true, null),
  fact(10, 5, '', true, d(2025, 1, 10)),
];

test('relocation figures by operation (case and spaces ignored) and for all', () => {
  expect(relocationFigures(facts, 'Tour B')).toEqual({ relocatedCount: 2, lastRelocation: d(2024, 6, 1) });
  expect(relocationFigures(facts, 'Barre A')).toEqual({ relocatedCount: 1, lastRelocation: '' });
  expect(relocationFigures(facts, 'Le Clos')).toEqual({ relocatedCount: 0, lastRelocation: '' });
  expect(relocationFigures(facts)).toEqual({ relocatedCount: 4, lastRelocation: d(2025, 1, 10) });
});

test('Tout added first, operations sorted, Tout sums, earliest start, latest end, computed columns', () => {
  const rows = [
    ['Tour B', 'Vaulx', 'Mas', 'Métropole', 40, 60, 12, d(2023, 1, 10), d(2026, 12, 31), 99, '', ''],
    ['Barre A', 'Vaulx', '', '', 25, 30, 'NR', d(2022, 9, 1), '', '', '', 'Démolition 2025'],
    ['Le Clos', '', '', '', '', 10, 3, '', d(2027, 6, 30), '', '', ''],
  ];
  const { body, toutAdded, order } = operationBody(rows, cols, facts, { sort: true });
  expect(toutAdded).toBe(true);
  expect(order).toEqual([-1, 1, 2, 0]);
  expect(body).toEqual([
    ['Tout', '', '', '', 65, 100, 15, d(2022, 9, 1), d(2027, 6, 30), 4, d(2025, 1, 10), TOUT_NOTE],
    ['Barre A', 'Vaulx', '', '', 25, 30, 'NR', d(2022, 9, 1), '', 1, '', 'Démolition 2025'],
    ['Le Clos', '', '', '', '', 10, 3, '', d(2027, 6, 30), 0, '', ''],
    ['Tour B', 'Vaulx', 'Mas', 'Métropole', 40, 60, 12, d(2023, 1, 10), d(2026, 12, 31), 2, d(2024, 6, 1), ''],
  ]);
});

test('an existing Tout keeps its Commune and EPCI and its place; its figures are values', () => {
  const rows = [
    ['Tout', 'Vaulx-en-Velin', '', 'Métropole de Lyon', 1, 1, 1, '', '', 1, '', ''],
    ['Tour B', '', '', '', 40, '', '', '', '', '', '', ''],
  ];
  const { body, toutAdded } = operationBody(rows, cols, facts);
  expect(toutAdded).toBe(false);
  expect(body[0]).toEqual(['Tout', 'Vaulx-en-Velin', '', 'Métropole de Lyon', 40, '', '', '', '', 4, d(2025, 1, 10), '']);
  expect(body[1][9]).toBe(2);
});

test('formulas of a moved row follow it', () => {
  const rows = [
    ['Tout', '', '', '', '', '', '', '', '', '', '', ''],
    ['Zèbre', '', '', '', 10, '=E3*2', '', '', '', '', '', ''],
    ['Alpha', '', '', '', 5, '=E4*2', '', '', '', '', '', ''],
  ];
  const { body } = operationBody(rows, cols, [], { sort: true, sheet: 'liste_opération', firstRow: 1 });
  expect(body.map((r) => [r[0], r[5]])).toEqual([['Tout', ''], ['Alpha', '=E3*2'], ['Zèbre', '=E4*2']]);
});
