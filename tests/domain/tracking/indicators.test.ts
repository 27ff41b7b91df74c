/**
 * The indicator matrix of a snapshot (fiche 1, FAT, completeness per scope) on six hand-built
 * households; every expected figure is counted by hand in the comments.
 */
import { serialFromYmd } from '../../../src/domain/dates';
import {
  indicatorsOf,
  mergeScopes,
  MilestoneSnapshotSchema,
  progressSeries,
  snapshotFromHouseholds,
  type IndicatorMatrix,
  type MilestoneSnapshot,
} from '../../../src/domain/tracking';
import { makeHousehold } from './helpers';

const MARCH_10 = serialFromYmd(2024, 3, 10);
const MAY_20 = serialFromYmd(2024, 5, 20);
const T = 'Les Tilleuls';
const B = 'Bellevue';

/**
 * 1 Tilleuls relogé: décohabitant, neuf (CN), parc social, type D, plafond 1, sur site en ZUS, 10/03/2024.
 * 2 Tilleuls relogé: titulaire, CR+5, parc social, type D, plafond 2, hors site hors ZUS, 20/05/2024.
 * 3 Tilleuls à reloger. 4 Bellevue relogé: hébergé, nothing else typed. 5 Bellevue départ spontané.
 * 6 no operation, autre sortie (A).
 */
const HOUSEHOLDS = [
  makeHousehold({
    householdId: 1, requestNo: 1, operation: T, relocation: 'OUI', priorStatus: 'D', buildingAge: 'CN', tenureAfter: 'PS',
    relocationType: 'D', ceilings: '1', location: 'SIT', zus: 'Z', moveDate: MARCH_10,
  }),
  makeHousehold({
    householdId: 2, requestNo: 1, operation: T, relocation: 'OUI', priorStatus: 'T', buildingAge: 'CR+5', tenureAfter: 'PS',
    relocationType: 'D', ceilings: '2', location: 'HSIT', zus: 'HZ', moveDate: MAY_20,
  }),
  makeHousehold({ householdId: 3, requestNo: 1, operation: T, relocation: 'NON' }),
  makeHousehold({ householdId: 4, requestNo: 1, operation: B, relocation: 'OUI', priorStatus: 'H' }),
  makeHousehold({ householdId: 5, requestNo: 1, operation: B, relocation: 'D' }),
  makeHousehold({ householdId: 6, requestNo: 1, operation: null, relocation: 'A' }),
];

const OPERATIONS = [
  { name: T, householdsToRelocate: 5, dwellingsToDemolish: 6, vacantDwellings: 1, startDate: serialFromYmd(2023, 1, 15) },
  { name: B, householdsToRelocate: 4, dwellingsToDemolish: 4, vacantDwellings: null, startDate: serialFromYmd(2023, 6, 1) },
];

const snap = snapshotFromHouseholds(HOUSEHOLDS, ['Tout', ...OPERATIONS], serialFromYmd(2024, 10, 31), {
  closedAt: '2024-11-02T09:00:00',
  who: 'mdupont',
});
const m = snap.indicators as IndicatorMatrix;

function values(id: string): (number | null)[] {
  for (const s of m.sections) {
    const r = s.rows.find((x) => x.id === id);
    if (r) return [...r.values];
  }
  throw new Error(`no row ${id}`);
}
const near = (id: string, expected: (number | null)[]): void => {
  const got = values(id);
  expect(got.map((v) => v === null)).toEqual(expected.map((v) => v === null));
  got.forEach((v, i) => v !== null && expect(v).toBeCloseTo(expected[i] as number, 12));
};

test('scopes: Tout then the operations of liste_opération; sections: fiche 1, the seven FAT tables, completeness', () => {
  expect(m.scopes).toEqual(['Tout', T, B]);
  expect(m.sections.map((s) => s.title)).toEqual([
    'Fiche 1 — Avancement des relogements',
    "Fiche 1 — Taux d'occupation",
    'Fiche 1 — Décohabitants et hébergés relogés',
    'Fiche 1 — Relogements dans le neuf ou le récent',
    'Fiche 1 — Dates',
    'FAT — STRATÉGIE DE RELOGEMENT (RÉCAPITULATIF)',
    'FAT — DESCRIPTION DES RELOGEMENTS',
    'FAT — TAUX DE RELOGEMENT RÉALISÉ OU PRIS EN COMPTE SUR PROPOSITION FORMALISÉE DANS LE PARC CONVENTIONNÉ < 5 ANS',
    'FAT — PAR LOCALISATION GÉOGRAPHIQUE',
    'FAT — ÉVOLUTION DU NOMBRE DE PIÈCES',
    'FAT — RESTE À CHARGE (quittance − APL) PAR RAPPORT AU LOGEMENT PRÉCÉDENT',
    "FAT — STRUCTURE DES TAUX D'EFFORT DES MÉNAGES RELOGÉS ((quittance − APL) / ressources)",
    'Taux de remplissage',
  ]);
  for (const s of m.sections) for (const r of s.rows) expect(r.values).toHaveLength(3);
});

test('fiche 1: avancement, situation (with NR and total), occupation, décohabitants, neuf, dates', () => {
  // Tout: 9 to relocate (5 + 4), relogés 1, 2, 4 = 3, à reloger 3 = 1; part 3/9.
  expect(values('f1:menages-a-reloger-demarrage')).toEqual([9, 5, 4]);
  expect(values('f1:menages-reloges')).toEqual([3, 2, 1]);
  expect(values('f1:menages-restant-a-reloger')).toEqual([1, 1, 0]);
  near('f1:part-reloges', [3 / 9, 2 / 5, 1 / 4]);
  const situation = m.sections[0].rows.filter((r) => r.id.startsWith('f1:f1-situation'));
  expect(situation.map((r) => [r.label, r.format, ...r.values])).toEqual([
    ['Situation des ménages au regard du relogement', 'label', null, null, null],
    ['Ménages relogés', 'count', 3, 2, 1],
    ['Ménages à reloger', 'count', 1, 1, 0],
    ['Départs spontanés', 'count', 1, 0, 1],
    ['Autres (décès, expulsion…)', 'count', 1, 0, 0],
    ['Non renseigné', 'count', 0, 0, 0],
    ['Total', 'count', 6, 3, 2],
  ]);
  // Occupation: 10 dwellings (6 + 4); Bellevue's vacant count is blank, so Tout's sum is blank too.
  expect(values('f1:logements-a-demolir')).toEqual([10, 6, 4]);
  expect(values('f1:logements-vacants')).toEqual([null, 1, null]);
  expect(values('f1:logements-occupes')).toEqual([null, 5, null]);
  near('f1:taux-occupation', [null, 5 / 6, null]);
  near('f1:menages-pour-100-logements', [90, (5 / 6) * 100, 100]);
  // Décohabitants or hébergés among the relogés: 1 (D) and 4 (H).
  expect(values('f1:decohabitants-heberges-reloges')).toEqual([2, 1, 1]);
  near('f1:part-decohabitants-heberges', [2 / 3, 1 / 2, 1]);
  // Neuf: household 1 (CN); 4 has no Âge du bâti (NR), so Bellevue's share is blank.
  expect(values('f1:reloges-neuf-moins-5-ans')).toEqual([1, 1, 0]);
  near('f1:part-neuf-moins-5-ans', [1 / 2, 1 / 2, null]);
  expect(values('f1:f1-age-bati:nr')).toEqual([1, 0, 1]);
  expect(values('f1:date-debut')).toEqual([serialFromYmd(2023, 1, 15), serialFromYmd(2023, 1, 15), serialFromYmd(2023, 6, 1)]);
  expect(values('f1:date-dernier-relogement')).toEqual([MAY_20, MAY_20, null]);
  expect(values('f1:date-edition')).toEqual(Array(3).fill(serialFromYmd(2024, 11, 2)));
  const formats = Object.fromEntries(m.sections.flatMap((s) => s.rows).map((r) => [r.id, r.format]));
  expect([formats['f1:part-reloges'], formats['f1:menages-pour-100-logements'], formats['f1:date-debut']]).toEqual([
    'percent',
    'rate',
    'date',
  ]);
});

test('FAT: strategy, description with headings and a « Non classé » line counting 0 where absent, rate table flattened', () => {
  const rows = (title: string) => m.sections.find((s) => s.title.startsWith(`FAT — ${title}`))!.rows;
  expect(rows('STRATÉGIE').map((r) => [r.label, ...r.values])).toEqual([
    ['Logements à démolir', 10, 6, 4],
    ['Logements occupés', null, 5, null],
    ['Décohabitations', 1, 1, 0],
    ['Ménages à reloger', 9, 5, 4],
    ['Départs spontanés', 1, 0, 1],
    ['Autres', 1, 0, 0],
  ]);
  const description = rows('DESCRIPTION');
  expect(description.filter((r) => r.format === 'label').map((r) => r.label)).toEqual([
    'PARC LOGEMENT SOCIAL',
    'PARC CONVENTIONNÉ DEPUIS MOINS DE 5 ANS',
    'PARC CONVENTIONNÉ DEPUIS PLUS DE 5 ANS',
    'AUTRE PARC LOCATIF',
    'ACCESSION À LA PROPRIÉTÉ',
  ]);
  // 1 → neuf, 2 (PS, CR+5) → autre parc social, 4 (no statut) → Non classé; Les Tilleuls has no Non classé.
  expect(values('fat:description:new')).toEqual([1, 1, 0]);
  expect(values('fat:description:otherSocial')).toEqual([1, 1, 0]);
  const unclassified = description.filter((r) => r.label.startsWith('Non classé — '));
  expect(unclassified.map((r) => [r.label, ...r.values])).toEqual([
    [
      "Non classé — Statut d'occupation vide et aucun autre code ne place le relogement (Type de relogement TN, Âge du bâti ou Type de financement du parc social)",
      1,
      0,
      1,
    ],
  ]);
  expect(description[description.length - 1].label).toBe('TOTAL des ménages relogés');
  expect(values('fat:description:total')).toEqual([3, 2, 1]);
  // Rate: (a) = 1 (neuf, type D, plafond 1); relogés per category 1 / 1 / 0 / NR 1; rates 1, 0, blank, 0, 1/3.
  expect(values('fat:rate:definitive:ceiling1')).toEqual([1, 1, 0]);
  expect(values('fat:rate:relocated:ceilingNR')).toEqual([1, 0, 1]);
  near('fat:rate:rate:ceiling1', [1, 1, null]);
  near('fat:rate:rate:ceiling3', [null, null, null]);
  near('fat:rate:rate:total', [1 / 3, 1 / 2, 0]);
  const rate = rows('TAUX DE RELOGEMENT');
  expect(rate).toHaveLength(25); // 5 lines × 5 columns
  expect(rate[0].label).toBe('Ménages relogés définitivement (a) — Ménages sous plafond de ressources PLAI');
  expect(rate[24]).toMatchObject({ label: 'Taux de relogement (a + b) / ménages relogés — Total des relogements', format: 'percent' });
  // Location: 1 same ZUS, 2 hors ZUS in the commune, 4 without location.
  expect(values('fat:location:sameZus')).toEqual([1, 1, 0]);
  expect(values('fat:location:outZusCommune')).toEqual([1, 1, 0]);
  expect(values('fat:location:total')).toEqual([3, 2, 1]);
  expect(values('fat:effortRate:after:total')).toEqual([3, 2, 1]);
});

test('completeness: overall rate then each ANRU ★ column', () => {
  const rows = m.sections[m.sections.length - 1].rows;
  // Cells filled / applicable (40 columns for everyone, 31 more for a relogé): households 1 and 2 fill 12,
  // 3 fills 4, 4 fills 5, 5 fills 4, 6 fills 3 → Tout 40 / (6 × 40 + 3 × 31); Tilleuls 28 / 182; Bellevue 9 / 111.
  expect(rows[0].label).toBe('Taux de remplissage global (toutes les colonnes sauf les facultatives)');
  near('completeness:overall', [40 / 333, 28 / 182, 9 / 111]);
  expect(rows.slice(1).every((r) => r.label.endsWith(' ★') && r.format === 'percent')).toBe(true);
  near('completeness:relocation', [1, 1, 1]);
  near('completeness:operation', [5 / 6, 1, 1]);
  // Âge du bâti applies to the relogés only: 1 and 2 filled, 4 not.
  near('completeness:buildingAge', [2 / 3, 1, 0]);
  expect(rows.map((r) => r.id)).not.toContain('completeness:comments');
});

test('a snapshot with its matrix is a valid stored snapshot, and survives JSON', () => {
  const back = MilestoneSnapshotSchema.safeParse(JSON.parse(JSON.stringify(snap)));
  expect(back.success).toBe(true);
  expect(back.data?.indicators?.sections).toHaveLength(13);
  const broken = { ...snap, indicators: { ...m, scopes: ['Tout'] } };
  expect(MilestoneSnapshotSchema.safeParse(broken).success).toBe(false);
});

test('an old snapshot (no matrix) still decodes, feeds the series, and gives the sections it can', () => {
  const old = {
    milestone: serialFromYmd(2024, 9, 30),
    closedAt: '2024-10-01T08:00:00',
    who: 'agent',
    scopes: [
      { scopeLabel: 'Tout', relocated: 4, toRelocate: 6, departures: 1, others: 0, notInformed: 1, total: 12, completeness: 0.25 },
      { scopeLabel: T, relocated: 4, toRelocate: 2, departures: 0, others: 0, notInformed: 0, total: 6, completeness: 0.5 },
    ],
  };
  const parsed = MilestoneSnapshotSchema.safeParse(old);
  expect(parsed.success).toBe(true);
  const decoded = parsed.data as MilestoneSnapshot;
  expect(progressSeries([decoded, snap]).map((p) => [p.label, p.relocated, p.toRelocate])).toEqual([
    ['30/09/2024', 4, 6],
    ['31/10/2024', 3, 1],
  ]);
  const legacy = indicatorsOf(decoded);
  expect(legacy.scopes).toEqual(['Tout', T]);
  expect(legacy.sections.map((s) => [s.title, s.rows.map((r) => [r.label, ...r.values])])).toEqual([
    [
      'Situation des ménages',
      [
        ['Ménages relogés', 4, 4],
        ['Ménages à reloger', 6, 2],
        ['Départs spontanés', 1, 0],
        ['Autres (décès, expulsion…)', 0, 0],
        ['Non renseigné', 1, 0],
        ['Total', 12, 6],
      ],
    ],
    ['Taux de remplissage', [['Taux de remplissage global (toutes les colonnes sauf les facultatives)', 0.25, 0.5]]],
  ]);
  expect(indicatorsOf(snap)).toBe(snap.indicators);
});

test('mergeScopes: rows merged by id in order, a missing « Non classé » is 0, any other missing row null', () => {
  const r = (id: string, value: number | null) => ({ id, label: id, format: 'count' as const, value });
  const merged = mergeScopes(
    ['Tout', 'A', 'B'],
    [
      [{ title: 'S', rows: [r('a', 1), r('unclassified:x', 2), r('total', 3)] }],
      [{ title: 'S', rows: [r('a', 1), r('total', 1)] }],
      [{ title: 'S', rows: [r('a', 0), r('unclassified:y', 1), r('total', 1)] }, { title: 'Only B', rows: [r('z', 7)] }],
    ],
  );
  expect(merged.sections.map((s) => [s.title, s.rows.map((x) => [x.id, ...x.values])])).toEqual([
    [
      'S',
      [
        ['a', 1, 1, 0],
        ['unclassified:x', 2, 0, 0],
        ['unclassified:y', 0, 0, 1],
        ['total', 3, 1, 1],
      ],
    ],
    ['Only B', [['z', null, null, 7]]],
  ]);
});
