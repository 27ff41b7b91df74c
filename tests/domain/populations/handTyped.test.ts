/**
 * Criteria on a user column typed by hand (no definition, `guessed`): the pane and the treatment may
 * guess its type differently, so it accepts the text and the number operators whatever the guess.
 */
import type { CustomFieldDef } from '../../../src/domain/catalogue/types';
import { serialFromYmd } from '../../../src/domain/dates';
import { criteriaPredicate, operatorsFor, parseCriteriaSet, type Criterion } from '../../../src/domain/populations';
import { makeHousehold } from './helpers';

const guessed = (key: string, type: CustomFieldDef['type']): CustomFieldDef => ({ key, label: key.slice(7), type, help: '', personal: false, guessed: true });
const VISITS_NUMBER = guessed('custom:nb visites', 'number');
const VISITS_TEXT = guessed('custom:nb visites', 'text');
const VISIT_DATE = guessed('custom:date visite', 'date');
const DEFINED_NUMBER: CustomFieldDef = { key: 'custom:nb visites', label: 'Nb visites', type: 'number', help: '', personal: false };

/** Which of the values (one household each) satisfy the criterion. */
const kept = (c: Criterion, field: CustomFieldDef, values: (string | number | null)[]) => {
  const test = criteriaPredicate([c], [field]);
  return values.filter((v) => test(makeHousehold({}, { [field.key]: v })));
};

describe('a column typed by hand, guessed as numbers by the treatment', () => {
  const cells = [12, 112, 7, 12.5, null];

  test('« contient » (the pane offered text) reads the number as Excel shows it', () => {
    expect(kept({ key: 'custom:nb visites', op: 'contient', value: '12' }, VISITS_NUMBER, cells)).toEqual([12, 112, 12.5]);
    expect(kept({ key: 'custom:nb visites', op: 'contient', value: '12,5' }, VISITS_NUMBER, cells)).toEqual([12.5]);
  });

  test('« = 12 » and « entre » compare the numbers', () => {
    expect(kept({ key: 'custom:nb visites', op: '=', value: 12 }, VISITS_NUMBER, cells)).toEqual([12]);
    expect(kept({ key: 'custom:nb visites', op: 'entre', value: [7, 12] }, VISITS_NUMBER, cells)).toEqual([12, 7]);
    expect(kept({ key: 'custom:nb visites', op: 'non_renseigne' }, VISITS_NUMBER, cells)).toEqual([null]);
  });
});

describe('a column typed by hand, guessed as text by the treatment (one cell is not a number)', () => {
  // readHouseholds reads a number of a text column as its text: 12 → « 12 ».
  const cells = ['12', '12,5', 'deux', '3', null];

  test('comparisons (the pane offered numbers) read the texts that are plain numbers', () => {
    expect(kept({ key: 'custom:nb visites', op: '=', value: 12 }, VISITS_TEXT, cells)).toEqual(['12']);
    expect(kept({ key: 'custom:nb visites', op: '>', value: 3 }, VISITS_TEXT, cells)).toEqual(['12', '12,5']);
    expect(kept({ key: 'custom:nb visites', op: 'entre', value: [3, 12] }, VISITS_TEXT, cells)).toEqual(['12', '3']);
    expect(kept({ key: 'custom:nb visites', op: '≠', value: 12 }, VISITS_TEXT, cells)).toEqual(['12,5', '3']);
  });

  test('« contient » as for any text', () => {
    expect(kept({ key: 'custom:nb visites', op: 'contient', value: 'DEUX' }, VISITS_TEXT, cells)).toEqual(['deux']);
  });
});

test('« contient » on a column guessed as dates reads jj/mm/aaaa', () => {
  const march = serialFromYmd(2025, 3, 14);
  const june = serialFromYmd(2024, 6, 3);
  expect(kept({ key: 'custom:date visite', op: 'contient', value: '/2025' }, VISIT_DATE, [march, june])).toEqual([march]);
  expect(kept({ key: 'custom:date visite', op: '<', value: march }, VISIT_DATE, [march, june])).toEqual([june]);
});

describe('operators', () => {
  test('the builder offers the guessed kind’s operators', () => {
    expect(operatorsFor(VISITS_TEXT)).toEqual(['contient', 'renseigne', 'non_renseigne']);
    expect(operatorsFor(VISITS_NUMBER)).toEqual(['=', '≠', '<', '≤', '>', '≥', 'entre', 'renseigne', 'non_renseigne']);
  });

  test('saved criteria on a guessed column: text and number operators accepted, code operators refused', () => {
    const json = (c: unknown) => JSON.stringify({ version: 1, criteria: [c] });
    expect(parseCriteriaSet(json({ key: 'custom:nb visites', op: 'contient', value: '12' }), { customFields: [VISITS_NUMBER] }).ok).toBe(true);
    expect(parseCriteriaSet(json({ key: 'custom:nb visites', op: '>', value: 3 }), { customFields: [VISITS_TEXT] }).ok).toBe(true);
    expect(parseCriteriaSet(json({ key: 'custom:nb visites', op: 'est', value: '12' }), { customFields: [VISITS_TEXT] })).toEqual({
      ok: false,
      errors: [
        "Critère 1 : l'opérateur « est » ne s'applique pas à « nb visites » (opérateurs possibles : « = », « ≠ », « < », « ≤ », « > », « ≥ », « entre », « contient », « renseigne », « non_renseigne »).",
      ],
    });
  });

  test('a defined number field keeps its own operators only', () => {
    expect(() => criteriaPredicate([{ key: 'custom:nb visites', op: 'contient', value: '12' }], [DEFINED_NUMBER])).toThrow(
      "L'opérateur « contient » ne s'applique pas à la colonne « Nb visites ».",
    );
    const test = criteriaPredicate([{ key: 'custom:nb visites', op: '=', value: 12 }], [DEFINED_NUMBER]);
    expect(test(makeHousehold({}, { 'custom:nb visites': '12' }))).toBe(false);
  });
});
