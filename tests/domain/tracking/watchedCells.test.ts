import { WatchedCells, type HistoryEntry, type WatchContext } from '../../../src/domain/tracking';

const CTX: WatchContext = { who: 'mdupont', at: '2024-11-30T14:05:09', action: 'collage' };
const brief = (es: HistoryEntry[]): unknown[] =>
  es.map((e) => [e.householdId, e.requestNo, e.columnLabel, e.oldValue, e.newValue]);

function seeded(): WatchedCells {
  const w = new WatchedCells();
  w.seed([
    { row: 2, values: { householdId: 1, requestNo: 1, rent: 400, lastName: 'Martin' } },
    { row: 3, values: { householdId: 2, requestNo: 1, rent: 500 } },
    { row: 4, values: { householdId: 3, requestNo: 1, rent: 600 } },
  ]);
  return w;
}

describe('WatchedCells', () => {
  it('keeps the last value of each cell by household', () => {
    const w = seeded();
    expect(w.rowCount).toBe(3);
    expect([w.get('1/1', 'rent'), w.get('2/1', 'rent'), w.get('9/1', 'rent')]).toEqual([400, 500, undefined]);
    expect([w.keyOf(2), w.keyOf(4), w.keyOf(9)]).toEqual(['1/1', '3/1', undefined]);
  });

  it('a paste without old values is logged old → new from the cache; unchanged cells give nothing', () => {
    const w = seeded();
    const es = w.update(
      [
        { row: 2, columnKey: 'rent', after: 410 },
        { row: 3, columnKey: 'rent', after: 500 },
      ],
      CTX,
    );
    expect(brief(es)).toEqual([[1, 1, 'Loyer de base mensuel', '400', '410']]);
    expect(es[0].action).toBe('collage');
    expect(w.get('1/1', 'rent')).toBe(410);
  });

  it('the old value Excel gives wins; the cache follows every change', () => {
    const w = seeded();
    expect(
      brief(w.update([{ row: 2, columnKey: 'rent', before: 405, after: 420 }], { ...CTX, action: 'saisie' })),
    ).toEqual([[1, 1, 'Loyer de base mensuel', '405', '420']]);
    expect(brief(w.update([{ row: 2, columnKey: 'rent', after: 430 }], CTX))).toEqual([
      [1, 1, 'Loyer de base mensuel', '420', '430'],
    ]);
  });

  it('the same cell twice in one batch: two entries in order', () => {
    const w = seeded();
    expect(
      brief(
        w.update(
          [
            { row: 3, columnKey: 'rent', after: 1 },
            { row: 3, columnKey: 'rent', after: 2 },
          ],
          CTX,
        ),
      ),
    ).toEqual([
      [2, 1, 'Loyer de base mensuel', '500', '1'],
      [2, 1, 'Loyer de base mensuel', '1', '2'],
    ]);
  });

  it('a new N° d’identification moves the row’s cells to its new key; the entry shows the new household', () => {
    const w = seeded();
    expect(brief(w.update([{ row: 4, columnKey: 'householdId', after: 30 }], CTX))).toEqual([
      [30, 1, "N° d'identification du ménage", '3', '30'],
    ]);
    expect([w.get('30/1', 'rent'), w.get('3/1', 'rent'), w.keyOf(4)]).toEqual([600, undefined, '30/1']);
    expect(brief(w.update([{ row: 4, columnKey: 'rent', after: 650 }], CTX))).toEqual([
      [30, 1, 'Loyer de base mensuel', '600', '650'],
    ]);
  });

  it('a row never seen is a new row: old values blank', () => {
    const w = seeded();
    const es = w.update(
      [
        { row: 5, columnKey: 'householdId', after: 40 },
        { row: 5, columnKey: 'lastName', after: 'Petit' },
      ],
      CTX,
    );
    expect(brief(es)).toEqual([
      [40, null, "N° d'identification du ménage", '', '40'],
      [40, null, 'Nom du chef de ménage', '', 'Petit'],
    ]);
    expect([w.keyOf(5), w.get('40/1', 'lastName'), w.rowCount]).toEqual(['40/1', 'Petit', 4]);
  });

  it('user columns are watched under their key', () => {
    const w = new WatchedCells();
    w.seed([{ row: 2, values: { householdId: 1, requestNo: 1, 'custom:suivi ccas': 'non' } }]);
    expect(
      brief(
        w.update([{ row: 2, customKey: 'custom:suivi ccas', after: 'oui' }], { ...CTX, customFields: [] }),
      ),
    ).toEqual([[1, 1, 'custom:suivi ccas', 'non', 'oui']]);
  });

  it('after a sort, relocate re-maps rows to households without reloading values', () => {
    const w = seeded();
    w.relocate([
      { row: 2, householdId: 3, requestNo: 1 },
      { row: 3, householdId: 2, requestNo: 1 },
      { row: 4, householdId: 1, requestNo: 1 },
    ]);
    expect(
      brief(
        w.update(
          [
            { row: 4, columnKey: 'rent', after: 401 },
            { row: 2, columnKey: 'rent', after: 601 },
          ],
          CTX,
        ),
      ),
    ).toEqual([
      [1, 1, 'Loyer de base mensuel', '400', '401'],
      [3, 1, 'Loyer de base mensuel', '600', '601'],
    ]);
  });

  it('relocate after a deletion drops the household no longer there', () => {
    const w = seeded();
    w.relocate([
      { row: 2, householdId: 1, requestNo: 1 },
      { row: 3, householdId: 3, requestNo: 1 },
    ]);
    expect([w.rowCount, w.get('2/1', 'rent'), w.keyOf(3), w.keyOf(4)]).toEqual([
      2,
      undefined,
      '3/1',
      undefined,
    ]);
  });

  it('typing the number of another household keeps both apart (#2)', () => {
    const w = seeded();
    w.update([{ row: 6, columnKey: 'householdId', after: 2 }], CTX);
    expect(w.keyOf(6)).toBe('2/1#2');
    expect(brief(w.update([{ row: 6, columnKey: 'rent', after: 999 }], CTX))).toEqual([
      [2, null, 'Loyer de base mensuel', '', '999'],
    ]);
    expect(brief(w.update([{ row: 3, columnKey: 'rent', after: 510 }], CTX))).toEqual([
      [2, 1, 'Loyer de base mensuel', '500', '510'],
    ]);
  });

  it('seed replaces everything; duplicates in the table get #2', () => {
    const w = seeded();
    w.seed([
      { row: 2, values: { householdId: 5 } },
      { row: 3, values: { householdId: 5, requestNo: 1, rent: 1 } },
    ]);
    expect([w.rowCount, w.keyOf(2), w.keyOf(3), w.get('5/1#2', 'rent'), w.get('1/1', 'rent')]).toEqual([
      2,
      '5/1',
      '5/1#2',
      1,
      undefined,
    ]);
  });
});
