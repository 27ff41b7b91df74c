/**
 * Reading one row of cells into a typed household (Decisions P-TEXT-IN-NUMBER, P-CODE-CASE): cells that
 * cannot be used are null with a problem naming the fix; parsing never throws on user data.
 */
import fc from 'fast-check';
import { HOUSEHOLD_COLUMNS, codeList } from '../../../src/domain/catalogue';
import type { CellValue, CustomFieldDef } from '../../../src/domain/catalogue';
import { parseRow, type ParseContext, type RawRow } from '../../../src/domain/household';

const CTX: ParseContext = { row: 12, params: { smic: 1118 }, operations: ['Résidence Lyonnais', 'Les Tilleuls'] };
const parse = (raw: RawRow, ctx: ParseContext = CTX) => parseRow(raw, ctx);
const problemOf = (raw: RawRow, key: string) => parse(raw).problems.find((p) => p.key === key);

describe('numbers', () => {
  it('reads numbers as typed, cents included', () => {
    const { household, problems } = parse({ rent: 412.37, occupants: 4, surface: 63.5 });
    expect(household.values.rent).toBe(412.37);
    expect(household.values.occupants).toBe(4);
    expect(household.values.surface).toBe(63.5);
    expect(problems).toEqual([]);
  });

  it("'12,5' typed as text is not used: null, numberAsText, suggestion 12.5", () => {
    const { household, problems } = parse({ rent: '12,5' });
    expect(household.values.rent).toBeNull();
    expect(problems).toEqual([{
      key: 'rent', kind: 'numberAsText', raw: '12,5', suggestion: 12.5,
      message: '« 12,5 » est saisi comme du texte : Excel ne le calcule pas. Ressaisir le nombre 12,5.',
    }]);
  });

  it('reads "1 200,50 €" as text with suggestion 1200.5, and "abc" as not a number', () => {
    expect(problemOf({ salaries: '1 200,50 €' }, 'salaries')).toMatchObject({ kind: 'numberAsText', suggestion: 1200.5 });
    expect(problemOf({ salaries: 'abc' }, 'salaries')).toMatchObject({ kind: 'notANumber', suggestion: undefined });
  });

  it('keeps a decimal in an integer column but reports it', () => {
    const { household, problems } = parse({ occupants: 2.5 });
    expect(household.values.occupants).toBe(2.5);
    expect(problems).toEqual([expect.objectContaining({ key: 'occupants', kind: 'notAnInteger' })]);
    expect(problems[0].message).toBe("2,5 n'est pas un nombre entier : saisir un nombre entier.");
  });

  it('reports booleans (VRAI/FAUX) in number, code and date columns', () => {
    const { household, problems } = parse({ rent: true, rooms: false, moveDate: true });
    expect([household.values.rent, household.values.rooms, household.values.moveDate]).toEqual([null, null, null]);
    expect(problems.map((p) => [p.key, p.kind])).toEqual([['rooms', 'unknownCode'], ['rent', 'notANumber'], ['moveDate', 'notADate']]);
    expect(problems[1].message).toBe("VRAI n'est pas un nombre : saisir un nombre.");
    expect(problems[0].message).toMatch(/^« FAUX » n'est pas un code de la liste/);
  });

  it('reports cells holding only spaces', () => {
    for (const key of ['rent', 'rooms', 'moveDate']) {
      const { household, problems } = parse({ [key]: '   ' });
      expect(household.values[key as 'rent']).toBeNull();
      expect(problems).toEqual([expect.objectContaining({ key, kind: 'spacesOnly' })]);
    }
    expect(parse({ lastName: '   ' }).household.values.lastName).toBeNull();
    expect(parse({ lastName: '   ' }).problems).toEqual([]);
  });
});

describe('codes', () => {
  it("' T3 ' in Nombre de pièces is text: null, codeAsText, suggestion '3'", () => {
    const { household, problems } = parse({ rooms: ' T3 ' });
    expect(household.values.rooms).toBeNull();
    expect(problems).toEqual([{
      key: 'rooms', kind: 'codeAsText', raw: ' T3 ', suggestion: '3',
      message: '« T3 » est saisi comme du texte : choisir 3 dans la liste déroulante.',
    }]);
    expect(problemOf({ roomsAfter: '4' }, 'roomsAfter')).toMatchObject({ kind: 'codeAsText', suggestion: '4' });
  });

  it('reads the numbers of numeric code lists as canonical codes', () => {
    const v = parse({ rooms: 3, ceilings: 1, seniority: 5 }).household.values;
    expect([v.rooms, v.ceilings, v.seniority]).toEqual(['3', '1', '5']);
    expect(problemOf({ rooms: 7 }, 'rooms')).toMatchObject({ kind: 'unknownCode', raw: 7 });
  });

  it("reads lower-case codes as the official ones without a problem: 'ce' → CE, 'oui' → OUI", () => {
    const { household, problems } = parse({ familyStructure: 'ce', relocation: 'oui', socialSupport: ' non ', zus: 'hz', financing: 'plus cd' });
    expect(household.values.familyStructure).toBe('CE');
    expect(household.values.relocation).toBe('OUI');
    expect(household.values.socialSupport).toBe('NON');
    expect(household.values.zus).toBe('HZ');
    expect(household.values.financing).toBe('PLUS CD');
    expect(problems).toEqual([]);
  });

  it('reads the aliases of the lists (1 % typed as 0.01, O for OUI, PLUSCD)', () => {
    const v = parse({ reservation: 0.01, socialSupport: 'o', financing: 'PLUSCD' }).household.values;
    expect([v.reservation, v.socialSupport, v.financing]).toEqual(['1%', 'OUI', 'PLUS CD']);
  });

  it('reports an unknown code with the list of codes', () => {
    const { household, problems } = parse({ familyStructure: 'X' });
    expect(household.values.familyStructure).toBeNull();
    expect(problems).toEqual([{
      key: 'familyStructure', kind: 'unknownCode', raw: 'X', suggestion: undefined,
      message: "« X » n'est pas un code de la liste : choisir parmi I, C, M, CE, IH, CH, MH, CEH.",
    }]);
  });
});

describe('dates', () => {
  it('reads serial dates, dropping the time of day', () => {
    expect(parse({ moveDate: 45325 }).household.values.moveDate).toBe(45325);
    expect(parse({ moveDate: 45325.75 }).household.values.moveDate).toBe(45325);
  });

  it("'03/02/2024' typed as text: null, dateAsText, suggestion 45325 (3 February 2024)", () => {
    const { household, problems } = parse({ moveDate: '03/02/2024' });
    expect(household.values.moveDate).toBeNull();
    expect(problems).toEqual([{
      key: 'moveDate', kind: 'dateAsText', raw: '03/02/2024', suggestion: 45325,
      message: "« 03/02/2024 » est saisi comme du texte : ressaisir la date 03/02/2024 pour qu'Excel la reconnaisse.",
    }]);
    expect(problemOf({ moveDate: '2024-02-03' }, 'moveDate')).toMatchObject({ kind: 'dateAsText', suggestion: 45325 });
  });

  it('reports impossible dates', () => {
    expect(problemOf({ moveDate: '31/02/2024' }, 'moveDate')).toMatchObject({ kind: 'notADate' });
    expect(problemOf({ moveDate: -3 }, 'moveDate')).toMatchObject({ kind: 'notADate' });
    expect(problemOf({ moveDate: 3000000 }, 'moveDate')).toMatchObject({ kind: 'notADate' });
  });
});

describe('identification and operation', () => {
  it('gives N° de demande 1 when blank, keeps a typed one, and does not default a wrong one', () => {
    expect(parse({ householdId: 841 }).household.values.requestNo).toBe(1);
    expect(parse({ householdId: 841, requestNo: 2 }).household.values.requestNo).toBe(2);
    expect(parse({ requestNo: 'abc' }).household.values.requestNo).toBeNull();
  });

  it('matches the operation against liste_opération ignoring case and accents', () => {
    expect(parse({ operation: 'residence LYONNAIS ' }).household.values.operation).toBe('Résidence Lyonnais');
    expect(parse({ operation: 'les tilleuls' }).household.values.operation).toBe('Les Tilleuls');
    expect(problemOf({ operation: 'Les Acacias' }, 'operation')).toMatchObject({ kind: 'unknownCode' });
    expect(parse({ operation: ' Les Acacias ' }, { row: 3, params: { smic: 1118 } }).household.values.operation).toBe('Les Acacias');
  });

  it('keeps the row number, trims texts and shows booleans as VRAI/FAUX in text columns', () => {
    const { household } = parse({ lastName: '  Ricord ', address: '2 rue du bas', relocationCommune: true });
    expect(household.row).toBe(12);
    expect([household.values.lastName, household.values.address, household.values.relocationCommune]).toEqual(['Ricord', '2 rue du bas', 'VRAI']);
  });

  it('computes the derived values from the raw cells, as the workbook formulas do', () => {
    const v = parse({ rent: 400, charges: 50, apl: 100, salaries: 1000, familyBenefits: 200 }).household.values;
    expect([v.quittance, v.residualRent, v.resources, v.effortRate, v.resourcesSmic]).toEqual([450, 350, 1200, 0.2916666666666667, 1.0733]);
  });
});

describe('numbers beyond range', () => {
  it('gives blank derived values, never Infinity, when a sum overflows', () => {
    const v = parse({ rent: 1e308, charges: 1e308, salaries: 5e-324, familyBenefits: '' }).household.values;
    expect([v.rent, v.quittance, v.residualRent, v.resources, v.effortRate]).toEqual([1e308, null, null, 5e-324, null]);
  });
});

describe('custom fields', () => {
  const FIELDS: CustomFieldDef[] = [
    { key: 'custom:garage', label: 'Garage', type: 'list', help: '', personal: false, codes: [{ code: 'OUI', label: 'Oui' }, { code: 'NON', label: 'Non' }] },
    { key: 'custom:dette', label: 'Dette locative', type: 'amount', help: '', personal: false },
    { key: 'custom:enfants scolarisés', label: 'Enfants scolarisés', type: 'number', help: '', personal: false },
    { key: 'custom:visite', label: 'Date de visite', type: 'date', help: '', personal: false },
    { key: 'custom:note', label: 'Note', type: 'text', help: '', personal: true },
  ];
  const ctx: ParseContext = { ...CTX, customFields: FIELDS };

  it('reads each type of custom field', () => {
    const { household, problems } = parseRow({
      'custom:garage': 'oui', 'custom:dette': 1250.4, 'custom:enfants scolarisés': 2, 'custom:visite': 45000, 'custom:note': ' RAS ',
    }, ctx);
    expect(household.custom).toEqual({
      'custom:garage': 'OUI', 'custom:dette': 1250.4, 'custom:enfants scolarisés': 2, 'custom:visite': 45000, 'custom:note': 'RAS',
    });
    expect(problems).toEqual([]);
  });

  it('reports unusable custom cells under the field key', () => {
    const { household, problems } = parseRow({ 'custom:garage': 'peut-être', 'custom:dette': '1 250', 'custom:visite': '01/01/2023' }, ctx);
    expect(household.custom['custom:garage']).toBeNull();
    expect(household.custom['custom:note']).toBeNull();
    expect(problems.map((p) => [p.key, p.kind, p.suggestion])).toEqual([
      ['custom:garage', 'unknownCode', undefined], ['custom:dette', 'numberAsText', 1250], ['custom:visite', 'dateAsText', 44927],
    ]);
  });
});

describe('never throws on garbage', () => {
  const cellValue: fc.Arbitrary<CellValue | null | undefined> = fc.oneof(
    fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(''), fc.constant(null), fc.constant(undefined),
    fc.constantFrom(' T3 ', '12,5', '03/02/2024', 'ce', '1%', '  ', '__proto__', 'constructor', 'toString', 'NaN', '-0', 'Infinity'),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, 2958466, 0.01, 2.5),
  );
  const keys = [...HOUSEHOLD_COLUMNS.map((c) => c.key), 'custom:garage', 'custom:dette', 'custom:visite', 'custom:note'];
  const rawRow = fc.dictionary(fc.constantFrom(...keys), cellValue, { maxKeys: keys.length });
  const ctx: ParseContext = {
    ...CTX,
    customFields: [
      { key: 'custom:garage', label: 'Garage', type: 'list', help: '', personal: false, codes: [{ code: 'OUI', label: 'Oui' }] },
      { key: 'custom:dette', label: 'Dette', type: 'amount', help: '', personal: false },
      { key: 'custom:visite', label: 'Visite', type: 'date', help: '', personal: false },
      { key: 'custom:note', label: 'Note', type: 'text', help: '', personal: false },
    ],
  };

  it('gives every non-null value the type of its column', () => {
    fc.assert(
      fc.property(rawRow, (raw) => {
        const { household, problems } = parseRow(raw, ctx);
        for (const c of HOUSEHOLD_COLUMNS) {
          const v = household.values[c.key as keyof typeof household.values];
          if (v === null) continue;
          const wantsText = c.kind === 'code' || c.kind === 'text' || (c.kind === 'derived' && c.result === 'label');
          if (wantsText) expect(typeof v).toBe('string');
          else expect(Number.isFinite(v)).toBe(true);
          if (c.kind === 'code' && c.key === 'operation') expect(CTX.operations).toContain(v);
          else if (c.kind === 'code') expect(codeList(c.codeList!).codes.map((x) => x.code)).toContain(v);
          if (c.kind === 'date') expect(Number.isInteger(v)).toBe(true);
          if (c.kind === 'text') expect(v).toBe((v as string).trim());
        }
        for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000, seed: 4242 },
    );
  });
});
