import { operationFigures, type OperationRow } from '../../../src/domain/fiches';

const ROWS: OperationRow[] = [
  { name: 'Tout', householdsToRelocate: 999, dwellingsToDemolish: 999, vacantDwellings: 999, startDate: 1 },
  {
    name: 'Le Parc',
    householdsToRelocate: 12,
    dwellingsToDemolish: 15,
    vacantDwellings: 4,
    startDate: 44600,
  },
  {
    name: 'Les Tilleuls',
    householdsToRelocate: 8,
    dwellingsToDemolish: 9,
    vacantDwellings: 2,
    startDate: 44200,
  },
  {
    name: 'La Source',
    householdsToRelocate: 5,
    dwellingsToDemolish: null,
    vacantDwellings: 1,
    startDate: null,
  },
];

describe('operationFigures', () => {
  it('sums the operations of the scope, never the Tout row', () => {
    const f = operationFigures(ROWS, { kind: 'operations', names: ['Le Parc', 'Les Tilleuls'] });
    expect(f).toEqual({
      operations: ['Le Parc', 'Les Tilleuls'],
      incomplete: [],
      householdsToRelocate: 20,
      dwellingsToDemolish: 24,
      vacantDwellings: 6,
      startDate: 44200,
    });
  });

  it('a figure missing in one operation of the scope makes the sum NR and names the operation', () => {
    const f = operationFigures(ROWS, { kind: 'all' });
    expect(f.operations).toEqual(['Le Parc', 'Les Tilleuls', 'La Source']);
    expect(f.incomplete).toEqual(['La Source']);
    expect([f.householdsToRelocate, f.dwellingsToDemolish, f.vacantDwellings, f.startDate]).toEqual([
      25,
      null,
      7,
      null,
    ]);
  });

  it('no operation in scope: everything NR', () => {
    const f = operationFigures(ROWS, { kind: 'operations', names: ['Ailleurs'] });
    expect([f.householdsToRelocate, f.dwellingsToDemolish, f.vacantDwellings, f.startDate]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
