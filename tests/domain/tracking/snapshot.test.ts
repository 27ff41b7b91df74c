import { serialFromYmd } from '../../../src/domain/dates';
import {
  MilestoneSnapshotSchema,
  progressSeries,
  snapshotFromHouseholds,
  type MilestoneSnapshot,
  type ScopeCounts,
} from '../../../src/domain/tracking';
import { makeHousehold } from './helpers';

const h = (id: number, operation: string | null, relocation: string | null) =>
  makeHousehold({ householdId: id, requestNo: 1, operation, relocation }, {}, id + 1);

const HOUSEHOLDS = [
  h(1, 'Les Tilleuls', 'OUI'),
  h(2, 'Les Tilleuls', 'OUI'),
  h(3, 'Les Tilleuls', 'NON'),
  h(4, 'Les Tilleuls', 'D'),
  h(5, 'Bellevue', 'OUI'),
  h(6, 'Bellevue', 'A'),
  h(7, 'Bellevue', null),
  h(8, null, 'NON'),
];
const M_3110 = serialFromYmd(2024, 10, 31);
const M_3011 = serialFromYmd(2024, 11, 30);

const counts = (s: ScopeCounts): unknown[] => [
  s.scopeLabel,
  s.relocated,
  s.toRelocate,
  s.departures,
  s.others,
  s.notInformed,
  s.total,
];

describe('snapshotFromHouseholds', () => {
  const snap = snapshotFromHouseholds(
    HOUSEHOLDS,
    ['Tout', 'Les Tilleuls', 'Bellevue', 'Vide'],
    M_3110 + 0.4,
    {
      closedAt: '2024-11-02T09:00:00',
      who: 'mdupont',
    },
  );

  it('records the milestone (whole day), when and who', () => {
    expect([snap.milestone, snap.closedAt, snap.who]).toEqual([45596, '2024-11-02T09:00:00', 'mdupont']);
  });

  it('Tout (every household, those without operation included) then each operation: OUI / NON / D / A / blank', () => {
    expect(snap.scopes.map(counts)).toEqual([
      ['Tout', 3, 2, 1, 1, 1, 8],
      ['Les Tilleuls', 2, 1, 1, 0, 0, 4],
      ['Bellevue', 1, 0, 0, 1, 1, 3],
      ['Vide', 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('the completeness of each scope (40 columns for all, 31 more for each relogé)', () => {
    expect(snap.scopes[0].completeness).toBeCloseTo(30 / 413, 12); // filled 16 + 11 + 3; 8 × 40 + 3 × 31
    expect(snap.scopes[1].completeness).toBeCloseTo(16 / 222, 12); // 4 × 4; 4 × 40 + 2 × 31
    expect(snap.scopes[2].completeness).toBeCloseTo(11 / 151, 12); // 4 + 4 + 3; 3 × 40 + 31
    expect(snap.scopes[3].completeness).toBeNull();
  });

  it('is a valid stored snapshot', () => {
    expect(MilestoneSnapshotSchema.safeParse(snap).success).toBe(true);
  });
});

const scope = (scopeLabel: string, relocated: number, toRelocate: number): ScopeCounts => ({
  scopeLabel,
  relocated,
  toRelocate,
  departures: 0,
  others: 0,
  notInformed: 0,
  total: relocated + toRelocate,
  completeness: 0.5,
});
const S1: MilestoneSnapshot = {
  milestone: M_3110,
  closedAt: '2024-11-02T09:00:00',
  who: 'a',
  scopes: [scope('Tout', 10, 30)],
};
const S2: MilestoneSnapshot = {
  milestone: M_3011,
  closedAt: '2024-12-01T10:00:00',
  who: 'b',
  scopes: [scope('Tout', 15, 25), scope('Bellevue', 4, 6)],
};
const S3: MilestoneSnapshot = {
  milestone: M_3110,
  closedAt: '2024-11-05T16:30:00',
  who: 'c',
  scopes: [scope('Tout', 12, 28), scope('Bellevue', 3, 7)],
};

describe('progressSeries', () => {
  it('one point per closed milestone, a milestone closed twice keeps both, ordered by closing time', () => {
    const pts = progressSeries([S2, S3, S1]);
    expect(pts.map((p) => [p.label, p.closedAt, p.relocated, p.toRelocate, p.total])).toEqual([
      ['31/10/2024', '2024-11-02T09:00:00', 10, 30, 40],
      ['31/10/2024 (2)', '2024-11-05T16:30:00', 12, 28, 40],
      ['30/11/2024', '2024-12-01T10:00:00', 15, 25, 40],
    ]);
    expect(pts.map((p) => p.milestone)).toEqual([M_3110, M_3110, M_3011]);
    expect(pts[0].completeness).toBe(0.5);
  });

  it('for one operation: snapshots without it give no point', () => {
    expect(progressSeries([S1, S2, S3], 'Bellevue').map((p) => [p.label, p.relocated])).toEqual([
      ['31/10/2024', 3],
      ['30/11/2024', 4],
    ]);
  });

  it('orders by milestone first: a late re-closing of 31/10 stays before 30/11', () => {
    const late: MilestoneSnapshot = {
      ...S1,
      closedAt: '2024-12-10T08:00:00',
      scopes: [scope('Tout', 11, 29)],
    };
    expect(progressSeries([S2, late, S1]).map((p) => [p.label, p.relocated])).toEqual([
      ['31/10/2024', 10],
      ['31/10/2024 (2)', 11],
      ['30/11/2024', 15],
    ]);
  });

  it('no snapshot, no point', () => {
    expect(progressSeries([])).toEqual([]);
  });
});

describe('MilestoneSnapshotSchema', () => {
  it('refuses a negative count, a rate above 1 or an unreadable closing date', () => {
    expect(
      MilestoneSnapshotSchema.safeParse({ ...S1, scopes: [{ ...S1.scopes[0], relocated: -1 }] }).success,
    ).toBe(false);
    expect(
      MilestoneSnapshotSchema.safeParse({ ...S1, scopes: [{ ...S1.scopes[0], completeness: 1.2 }] }).success,
    ).toBe(false);
    const bad = MilestoneSnapshotSchema.safeParse({ ...S1, closedAt: '02/11/2024' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe(
      'date de clôture (closedAt) attendue au format aaaa-mm-jjThh:mm:ss',
    );
  });
});
