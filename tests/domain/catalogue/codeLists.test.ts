/**
 * Every code column has its code list, with the reference's codes (reference §3, codes written by hand),
 * and every Decision id used by the catalogue exists in DECISIONS.
 */
import {
  BAND_TABLES,
  CODE_LISTS,
  DECISIONS,
  DENSITY_BANDS,
  HOUSEHOLD_COLUMNS,
  OPERATION_COLUMNS,
  codeLabel,
  codeList,
  decisionById,
} from '../../../src/domain/catalogue';

/** Code column → its list (written by hand). `operation` reads its list from liste_opération. */
const CODE_COLUMNS: Readonly<Record<string, string | undefined>> = {
  operation: undefined,
  rooms: 'rooms',
  chargesType: 'charges',
  priorStatus: 'priorStatus',
  familyStructure: 'family',
  jobStatus: 'job',
  resourceType: 'resourceType',
  ceilings: 'ceilings',
  seniority: 'seniority',
  wishedRooms: 'rooms',
  roomsAfter: 'rooms',
  tenureAfter: 'tenureAfter',
  dwellingType: 'dwelling',
  financing: 'financing',
  buildingAge: 'buildingAge',
  zus: 'zus',
  location: 'location',
  reservation: 'reservation',
  chargesTypeAfter: 'charges',
  relocation: 'relocation',
  socialSupport: 'yesNo',
  relocationType: 'relocationType',
  acceptance: 'acceptance',
};

/** Codes of each list, in order, as reference §3 gives them; `numeric` lists hold numbers in the cells. */
const LISTS: Readonly<Record<string, { numeric: boolean; codes: string[]; decided?: string[] }>> = {
  rooms: { numeric: true, codes: ['1', '2', '3', '4', '5', '6'] },
  charges: { numeric: false, codes: ['I', 'C'] },
  priorStatus: { numeric: false, codes: ['T', 'D', 'H'] },
  family: { numeric: false, codes: ['I', 'C', 'M', 'CE', 'IH', 'CH', 'MH', 'CEH'] },
  job: { numeric: false, codes: ['ES', 'EP', 'RE', 'RET', 'A'] },
  resourceType: { numeric: false, codes: ['S', 'S+R', 'S+P', 'S+P+R', 'R', 'R+P', 'P'] },
  ceilings: { numeric: true, codes: ['1', '2', '3'] },
  seniority: { numeric: true, codes: ['1', '2', '3', '4', '5'] },
  tenureAfter: { numeric: false, codes: ['PS', 'LL', 'AP', 'A'], decided: ['PS', 'LL'] },
  dwelling: { numeric: false, codes: ['I', 'C'] },
  financing: {
    numeric: false,
    codes: ['PLAI', 'PLUS', 'PLUS CD', 'PLA', 'PLS', 'PLI', 'HLMO', 'AS', 'AI'],
    decided: ['AS', 'AI'],
  },
  buildingAge: {
    numeric: false,
    codes: ['CN', 'C-5', 'CR-5', 'CR+5', 'CNR+5', 'RD5', 'AA-5'],
    decided: ['RD5', 'AA-5'],
  },
  zus: { numeric: false, codes: ['Z', 'HZ'] },
  location: { numeric: false, codes: ['SIT', 'HSIT', 'AGGLO', 'HAGL'], decided: ['HSIT'] },
  reservation: { numeric: false, codes: ['PREF', 'FONC', 'VILLE', 'EPCI', 'B', '1%', 'AR'] },
  relocation: { numeric: false, codes: ['OUI', 'NON', 'D', 'A'] },
  yesNo: { numeric: false, codes: ['OUI', 'NON'] },
  relocationType: { numeric: false, codes: ['T', 'D', 'TN'], decided: ['T'] },
  acceptance: { numeric: false, codes: ['A', 'R'], decided: ['A'] },
};

describe('code columns and their lists', () => {
  it('lists exactly the code columns written by hand, each with its list', () => {
    const actual = Object.fromEntries(
      HOUSEHOLD_COLUMNS.filter((c) => c.kind === 'code').map((c) => [c.key, c.codeList]),
    );
    expect(actual).toEqual(CODE_COLUMNS);
  });

  it('has one list per id written by hand, and no other', () => {
    expect(CODE_LISTS.map((l) => l.id).sort()).toEqual(Object.keys(LISTS).sort());
  });

  it.each(Object.entries(LISTS))('list %s has the reference codes', (id, expected) => {
    const list = codeList(id);
    expect(list.numeric).toBe(expected.numeric);
    expect(list.codes.map((c) => c.code)).toEqual(expected.codes);
    // Codes not legible in the guide (marked (D) in the reference) carry Decision D-CODES or their own.
    const decided = list.codes.filter((c) => c.decision).map((c) => c.code);
    expect(decided).toEqual(expected.decided ?? []);
    for (const c of list.codes) expect(c.label.trim()).not.toBe('');
  });

  it('gives the guide meanings of a few codes', () => {
    expect(codeLabel('rooms', '6')).toBe('T6 ou plus');
    expect(codeLabel('family', 'CE')).toBe('Couple avec enfant(s)');
    expect(codeLabel('buildingAge', 'RD5')).toBe('Lgt social réhab. dans 5 ans');
    expect(codeLabel('relocation', 'D')).toBe('Départ spontané (parti de lui-même)');
    expect(codeLabel('zus', 'HZ')).toBe('Hors ZUS / QPV');
    expect(codeLabel('rooms', '7')).toBeUndefined();
    expect(() => codeList('nope')).toThrow('Liste de codes inconnue : nope');
  });

  it('maps every alias to a code of its own list', () => {
    for (const list of CODE_LISTS) {
      for (const target of Object.values(list.aliases ?? {})) {
        expect(list.codes.map((c) => c.code)).toContain(target);
      }
    }
  });
});

describe('decisions', () => {
  const ids = new Set<string>(DECISIONS.map((d) => d.id));

  it('has unique ids, a source and a French text', () => {
    expect(ids.size).toBe(DECISIONS.length);
    for (const d of DECISIONS) {
      expect(['reference', 'project']).toContain(d.source);
      expect(d.text.length).toBeGreaterThan(20);
    }
    expect(decisionById('D-STAR')?.source).toBe('reference');
    expect(decisionById('P-ROUNDING')?.source).toBe('project');
    expect(decisionById('D-NOPE')).toBeUndefined();
  });

  it('knows every Decision id used by columns, codes and band tables', () => {
    const used = [
      ...[...HOUSEHOLD_COLUMNS, ...OPERATION_COLUMNS].flatMap((c) => c.decisions),
      ...CODE_LISTS.flatMap((l) => l.codes.flatMap((c) => (c.decision ? [c.decision] : []))),
      ...[...BAND_TABLES, DENSITY_BANDS].flatMap((t) => t.decisions),
    ];
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('ties the guide ambiguities to the columns they concern', () => {
    const of = (key: string): readonly string[] => HOUSEHOLD_COLUMNS.find((c) => c.key === key)!.decisions;
    expect(of('householdId')).toContain('D-REQUEST');
    expect(of('quittance')).toContain('D-QUITTANCE');
    expect(of('densityBefore')).toContain('D-DENSITY');
    expect(of('surfaceEvolutionBand')).toEqual(expect.arrayContaining(['D-SURFACE', 'D-BANDS9']));
    expect(of('zus')).toContain('D-ZUS');
    expect(of('acceptance')).toContain('D-ACCEPT');
    expect(of('buildingAge')).toEqual(expect.arrayContaining(['D-RD5', 'D-AA5']));
    expect(OPERATION_COLUMNS.find((c) => c.key === 'relocatedCount')!.decisions).toEqual(['D-OPCOUNTS']);
  });
});
