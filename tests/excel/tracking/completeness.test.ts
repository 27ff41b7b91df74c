import { goToColumn, readCompleteness } from '../../../src/excel/tracking/completeness';
import { handBuilt } from './helpers';

// 4 households (see handBuilt): names 3/4, moving date 1 of the 2 relogés, Relogement 4/4, Prénom 0/4.
test('completeness per column for Tout, with the column letter and the cells to select', async () => {
  const wb = await handBuilt();
  const view = await wb.run((ctx) => readCompleteness(ctx));
  expect(view.scope).toBe('Tout');
  expect(view.households).toBe(4);
  const col = (key: string) => view.columns.find((c) => c.key === key)!;
  expect(col('lastName')).toMatchObject({
    applicable: 4,
    filled: 3,
    missing: 1,
    rate: 0.75,
    column: 'C',
    address: 'Tableau_de_saisie!C6:C9',
  });
  expect(col('moveDate')).toMatchObject({
    applicable: 2,
    filled: 1,
    rate: 0.5,
    column: 'BQ',
    address: 'Tableau_de_saisie!BQ6:BQ9',
  });
  expect(col('relocation')).toMatchObject({ applicable: 4, filled: 4, rate: 1 });
  expect(col('firstName')).toMatchObject({ applicable: 4, filled: 0, rate: 0 });
  // worst first: a 0 % column before the 50 % and 75 % ones, the optional comments last
  const order = view.columns.map((c) => c.key);
  expect(order.indexOf('firstName')).toBeLessThan(order.indexOf('moveDate'));
  expect(order.indexOf('moveDate')).toBeLessThan(order.indexOf('lastName'));
  expect(order[order.length - 1]).toBe('comments');
  expect(view.byOperation.map((o) => [o.label, o.households])).toEqual([
    ['Tour A', 2],
    ['Barre B', 2],
  ]);
});

test('completeness of one operation; an unknown operation is refused in French', async () => {
  const wb = await handBuilt();
  const view = await wb.run((ctx) => readCompleteness(ctx, { operation: 'barre b' }));
  expect(view.scope).toBe('Barre B');
  expect(view.households).toBe(2);
  const col = (key: string) => view.columns.find((c) => c.key === key)!;
  expect(col('lastName')).toMatchObject({ applicable: 2, filled: 1, rate: 0.5 });
  expect(col('moveDate')).toMatchObject({ applicable: 1, filled: 0, rate: 0 });
  await expect(wb.run((ctx) => readCompleteness(ctx, { operation: 'Tour Z' }))).rejects.toMatchObject({
    code: 'UnknownOperation',
    message: expect.stringContaining('« Tour Z » est introuvable'),
  });
});

test('goToColumn selects the household cells of the column', async () => {
  const wb = await handBuilt();
  const r = await wb.run((ctx) => goToColumn(ctx, 'moveDate'));
  expect(r.address).toBe('Tableau_de_saisie!BQ6:BQ9');
  expect(wb.selection()).toBe('Tableau_de_saisie!BQ6:BQ9');
  expect(wb.activeSheetName()).toBe('Tableau_de_saisie');
});
