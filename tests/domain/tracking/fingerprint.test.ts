import {
  canonicalValues,
  diffFingerprints,
  fingerprint,
  fingerprintRows,
  fingerprintValues,
  fnv1a64,
  rowKey,
  rowKeyOf,
  uniqueKeys,
} from '../../../src/domain/tracking';
import { makeHousehold, SUIVI } from './helpers';

/** Independent reference: FNV-1a 64 with BigInt over TextEncoder bytes. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text))
    h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('FNV-1a 64', () => {
  it('gives the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes: accents, €, emoji, lone surrogate (as U+FFFD)', () => {
    for (const s of [
      'é',
      'Évolution du taux d’effort',
      '1 200 €',
      'Ménage 😀',
      'a\ud800b',
      'x'.repeat(5000),
    ]) {
      expect(fnv1a64(s)).toBe(reference(s));
    }
    expect(fnv1a64('a\ud800b')).toBe(reference('a\ufffdb'));
  });
});

describe('canonical values', () => {
  it('sorted keys, tagged values, blanks left out', () => {
    expect(canonicalValues({ b: 2, a: 'x', c: null, d: '', e: true })).toBe(
      '"a"=s:"x"\u001f"b"=n:2\u001f"e"=b:1',
    );
  });

  it('a number and the same digits as text differ', () => {
    expect(fingerprintValues({ rent: 12 })).not.toBe(fingerprintValues({ rent: '12' }));
  });

  it('does not depend on key order (column positions)', () => {
    expect(fingerprintValues({ rent: 450, age: 41, lastName: 'Durand' })).toBe(
      fingerprintValues({ lastName: 'Durand', age: 41, rent: 450 }),
    );
  });

  it('a value moved to another column changes it', () => {
    expect(fingerprintValues({ rent: 450, charges: 50 })).not.toBe(
      fingerprintValues({ rent: 50, charges: 450 }),
    );
  });
});

describe('household fingerprints', () => {
  const base = makeHousehold({
    householdId: 12,
    requestNo: 1,
    rent: 450,
    charges: 50,
    operation: 'Les Tilleuls',
  });

  it('covers input values only: derived values do not count', () => {
    const withDerived = makeHousehold({
      householdId: 12,
      requestNo: 1,
      rent: 450,
      charges: 50,
      operation: 'Les Tilleuls',
      quittance: 500,
    });
    expect(fingerprint(withDerived)).toBe(fingerprint(base));
  });

  it('an empty user column changes nothing, a filled one changes it', () => {
    const emptyCustom = makeHousehold(
      { householdId: 12, requestNo: 1, rent: 450, charges: 50, operation: 'Les Tilleuls' },
      { [SUIVI.key]: null },
    );
    const filled = makeHousehold(
      { householdId: 12, requestNo: 1, rent: 450, charges: 50, operation: 'Les Tilleuls' },
      { [SUIVI.key]: 'oui' },
    );
    expect(fingerprint(emptyCustom)).toBe(fingerprint(base));
    expect(fingerprint(filled)).not.toBe(fingerprint(base));
  });

  it('equals the hash of the canonical text of its non-blank inputs', () => {
    expect(fingerprint(base)).toBe(
      fnv1a64(
        '"charges"=n:50\u001f"householdId"=n:12\u001f"operation"=s:"Les Tilleuls"\u001f"rent"=n:450\u001f"requestNo"=n:1',
      ),
    );
  });

  it('is 16 hex digits', () => {
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('row keys', () => {
  it('N° d’identification / N° de demande, blank demande = 1', () => {
    expect(rowKeyOf(12, 2)).toBe('12/2');
    expect(rowKeyOf(12, null)).toBe('12/1');
    expect(rowKeyOf(null, 1)).toBe('/1');
    expect(rowKeyOf(' 7 ', '')).toBe('7/1');
    expect(rowKey(makeHousehold({ householdId: 30, requestNo: 3 }))).toBe('30/3');
  });

  it('duplicates get #2, #3 in row order', () => {
    expect(uniqueKeys(['1/1', '2/1', '1/1', '1/1'])).toEqual(['1/1', '2/1', '1/1#2', '1/1#3']);
  });
});

describe('diffFingerprints', () => {
  it('changed, added and removed row keys', () => {
    const previous = new Map([
      ['1/1', 'aaaa'],
      ['2/1', 'bbbb'],
      ['3/1', 'cccc'],
      ['4/1', 'dddd'],
    ]);
    const current = new Map([
      ['4/1', 'dddd'],
      ['2/1', 'b2b2'],
      ['5/1', 'eeee'],
      ['1/1', 'aaaa'],
      ['3/2', 'ffff'],
    ]);
    expect(diffFingerprints(previous, current)).toEqual({
      changed: ['2/1'],
      added: ['5/1', '3/2'],
      removed: ['3/1'],
    });
  });

  it('nothing when equal, everything added from an empty previous state', () => {
    const m = new Map([['1/1', 'aaaa']]);
    expect(diffFingerprints(m, new Map(m))).toEqual({ changed: [], added: [], removed: [] });
    expect(diffFingerprints(new Map(), m)).toEqual({ changed: [], added: ['1/1'], removed: [] });
  });

  it('from households: one edited, one deleted, one new request (décohabitation)', () => {
    const a = makeHousehold({ householdId: 1, requestNo: 1, rent: 400 }, {}, 2);
    const b = makeHousehold({ householdId: 2, requestNo: 1, rent: 500 }, {}, 3);
    const c = makeHousehold({ householdId: 3, requestNo: 1, rent: 600 }, {}, 4);
    const before = fingerprintRows([a, b, c]);
    const b2 = makeHousehold({ householdId: 2, requestNo: 1, rent: 510 }, {}, 2);
    const a2 = makeHousehold({ householdId: 1, requestNo: 2, rent: 300 }, {}, 5);
    // rows sorted differently: the row number is no part of the key
    const after = fingerprintRows([
      b2,
      makeHousehold({ householdId: 1, requestNo: 1, rent: 400 }, {}, 3),
      a2,
    ]);
    expect(diffFingerprints(before, after)).toEqual({ changed: ['2/1'], added: ['1/2'], removed: ['3/1'] });
  });

  it('duplicate keys stay distinct', () => {
    const rows = fingerprintRows([
      makeHousehold({ householdId: 1 }),
      makeHousehold({ householdId: 1, rent: 10 }),
    ]);
    expect([...rows.keys()]).toEqual(['1/1', '1/1#2']);
  });
});
