/** FAT démolition on the 20 hand-built requests of dataset.ts: every figure below is counted by hand. */
import { computeFat } from '../../../src/domain/fat';
import type { FatCountTable, FatRateTable, FatReport, FatTableId } from '../../../src/domain/fat';
import { DATASET, FIGURES } from './dataset';

const report: FatReport = computeFat(DATASET, FIGURES, { scopeLabel: 'Tour A', today: 45678 });

function counts(id: FatTableId): FatCountTable {
  const t = report.tables.find((x) => x.id === id);
  if (!t || t.kind !== 'counts') throw new Error(id);
  return t;
}

/** [label, count] for every line, reason appended to « Non classé » lines. */
function lines(id: FatTableId): [string, number | null][] {
  return counts(id).rows.map((r) => [r.isUnclassified ? `Non classé — ${r.reason}` : r.label, r.count]);
}

describe('FAT démolition: report', () => {
  it('has the title, scope, date and the seven tables in the guide order', () => {
    expect(report.title).toBe('RAPPEL DES INDICATEURS DE BILAN ANRU – FAT DÉMOLITION');
    expect(report.scopeLabel).toBe('Tour A');
    expect(report.editionDate).toBe(45678);
    expect(report.householdCount).toBe(20);
    expect(report.relocatedCount).toBe(16);
    expect(report.tables.map((t) => t.title)).toEqual([
      'STRATÉGIE DE RELOGEMENT (RÉCAPITULATIF)',
      'DESCRIPTION DES RELOGEMENTS',
      'TAUX DE RELOGEMENT RÉALISÉ OU PRIS EN COMPTE SUR PROPOSITION FORMALISÉE DANS LE PARC CONVENTIONNÉ < 5 ANS',
      'PAR LOCALISATION GÉOGRAPHIQUE',
      'ÉVOLUTION DU NOMBRE DE PIÈCES',
      'RESTE À CHARGE (quittance − APL) PAR RAPPORT AU LOGEMENT PRÉCÉDENT',
      "STRUCTURE DES TAUX D'EFFORT DES MÉNAGES RELOGÉS ((quittance − APL) / ressources)",
    ]);
  });
});

describe('1. Stratégie de relogement', () => {
  it('counts figures of liste_opération and requests', () => {
    expect(lines('strategy')).toEqual([
      ['Logements à démolir', 40],
      ['Logements occupés', 28],
      ['Décohabitations', 3], // H2, H14, H17
      ['Ménages à reloger', 25],
      ['Départs spontanés', 1], // H15
      ['Autres', 1], // H16
    ]);
    expect(counts('strategy').columnTitle).toBe('NOMBRE');
  });

  it('gives the rule of each line', () => {
    expect(counts('strategy').rows.map((r) => r.rule)).toEqual([
      'liste_opération : Nombre de logements à démolir',
      'Nombre de logements à démolir − Nombre de logements vacants (liste_opération)',
      "Statut d'occupation antérieur = D",
      "liste_opération : Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)",
      'Relogement = D',
      'Relogement = A',
    ]);
  });
});

describe('2. Description des relogements', () => {
  it('puts each relocated household on one line, in the guide order and grouping', () => {
    expect(lines('description')).toEqual([
      ['PARC LOGEMENT SOCIAL', null],
      ['PARC CONVENTIONNÉ DEPUIS MOINS DE 5 ANS', null],
      ["Logement social neuf (1re mise en location) d'ancienneté inférieure à 5 ans au moment du relogement", 3], // H1, H2, H13
      ['Logement conventionné en acquisition-amélioration de moins de 5 ans', 1], // H3
      ['PARC CONVENTIONNÉ DEPUIS PLUS DE 5 ANS', null],
      ["Logement dans le parc existant avec engagement formalisé d'une proposition d'un logement neuf (*)", 1], // H4
      ['Logt social réhabilité (« neuf ») depuis moins de 5 ans', 1], // H10
      ['Autre parc social (y compris résidences sociales)', 2], // H19, H20
      ['AUTRE PARC LOCATIF', null],
      ['Prêt locatif social (PLS)', 1], // H5
      ['Prêt locatif intermédiaire (PLI) ou parc privé', 1], // H18
      ['Locatif libre', 1], // H6
      ['Autres', 1], // H8
      ['ACCESSION À LA PROPRIÉTÉ', null],
      ['Nombre de ménages ayant accédé à la propriété', 1], // H7
      ["Non classé — Codes incohérents : Type de relogement = TN (attente d'un logement neuf dans le parc social) alors que le Statut d'occupation n'est pas PS", 1], // H9
      ["Non classé — Codes incohérents : financement du parc social alors que le Statut d'occupation est LL ou A", 1], // H12
      ["Non classé — Statut d'occupation vide et aucun autre code ne place le relogement (Type de relogement TN, Âge du bâti ou Type de financement du parc social)", 1], // H11
      ['TOTAL des ménages relogés', 16],
    ]);
  });

  it('indents group headers, sub-groups and lines', () => {
    expect(counts('description').rows.slice(0, 4).map((r) => [r.level, r.isHeader === true])).toEqual([
      [0, true],
      [1, true],
      [2, false],
      [2, false],
    ]);
  });

  it('writes the rule beside each line, with its priority', () => {
    const rule = (label: string): string => counts('description').rows.find((r) => r.label === label)!.rule;
    expect(rule('Prêt locatif social (PLS)')).toBe(
      "Relogement = OUI et Type de financement = PLS et Statut d'occupation ∈ {PS, LL, A} ou vide (priorité 2)",
    );
    expect(rule("Logement social neuf (1re mise en location) d'ancienneté inférieure à 5 ans au moment du relogement")).toBe(
      "Relogement = OUI et Âge du bâti ∈ {CN, C-5} et Statut d'occupation = PS ou vide (priorité 4)",
    );
    expect(rule('TOTAL des ménages relogés')).toBe('Relogement = OUI');
  });
});

describe('3. Taux de relogement dans le parc conventionné < 5 ans', () => {
  const t = report.tables.find((x) => x.id === 'rate') as FatRateTable;
  const row = (id: string): readonly (number | null)[] => t.rows.find((r) => r.id === id)!.values;

  it('has the guide columns plus the NR column', () => {
    expect(t.columns.map((c) => c.label)).toEqual([
      'Ménages sous plafond de ressources PLAI',
      "Ménages entre le plafond PLAI et le plafond d'attribution d'un logement social",
      'Autres ménages',
      'Plafonds de ressources non renseignés (NR)',
      'Total des relogements',
    ]);
  });

  it('counts (a), (b), the relocated and the rate by category', () => {
    expect(row('definitive')).toEqual([2, 1, 0, 0, 3]); // H1, H3 | H2
    expect(row('formalised')).toEqual([1, 0, 0, 0, 1]); // H4
    expect(row('noType')).toEqual([1, 0, 0, 0, 1]); // H13: neuf, type vide
    expect(row('relocated')).toEqual([6, 4, 4, 2, 16]);
    expect(row('rate')).toEqual([0.5, 0.25, 0, 0, 0.25]);
  });

  it('leaves the rate blank for an empty category', () => {
    const only = computeFat(DATASET.filter((h) => h.values.ceilings === '1'), FIGURES, { scopeLabel: 'Tour A', today: 1 });
    const rate = (only.tables[2] as FatRateTable).rows.find((r) => r.id === 'rate')!.values;
    expect(rate).toEqual([0.5, null, null, null, 0.5]);
  });
});

describe('4. Par localisation géographique', () => {
  it('crosses ZUS / QPV and localisation', () => {
    expect(lines('location')).toEqual([
      ['Relogement dans la même ZUS (projet) ou même périmètre (dérog. art. 6)', 4], // H1, H11, H13, H20
      ['Relogement dans une autre ZUS (commune)', 2], // H2, H10
      ["Relogement dans une autre ZUS dans l'agglomération hors commune", 1], // H3
      ['Relogement hors ZUS dans la commune', 3], // H4, H5, H19
      ["Relogement hors ZUS dans l'agglomération hors commune", 2], // H6, H18
      ['Relogement hors agglomération', 2], // H7 (ZUS vide), H12
      ['Non classé — Localisation géographique vide', 1], // H8
      ['Non classé — ZUS / QPV vide (nécessaire sauf hors agglomération)', 1], // H9
      ['TOTAL', 16],
    ]);
    expect(counts('location').columnTitle).toBe('TOTAL');
    expect(counts('location').rows[3].rule).toBe('Relogement = OUI et Localisation géographique ∈ {SIT, HSIT} et ZUS / QPV = HZ');
  });
});

describe('5. Évolution du nombre de pièces', () => {
  it('counts less, same, more and says which input is missing', () => {
    expect(lines('rooms')).toEqual([
      ['Relogement avec un nombre de pièces inférieur', 4], // H2, H5, H10, H18
      ['Relogement avec le même nombre de pièces', 6], // H1, H6, H8, H9, H12, H19
      ['Relogement avec un nombre de pièces supérieur', 4], // H3, H4, H11, H13
      ['Non classé — Évolution nombre pièces (avant/après) non calculable : Nombre de pièces après vide ; Nombre de pièces vide', 1], // H20
      ['Non classé — Évolution nombre pièces (avant/après) non calculable : Nombre de pièces vide', 1], // H7
      ['TOTAL', 16],
    ]);
    expect(counts('rooms').rows[1].rule).toBe('Relogement = OUI et Évolution nombre pièces (avant/après) = 0');
  });
});

describe('6. Reste à charge', () => {
  it('splits on the change of the quittance résiduelle', () => {
    expect(lines('residualRent')).toEqual([
      ['Nombre de ménages ayant un reste à charge inférieur ou égal', 7], // H2, H3, H5, H8, H9, H12, H18
      ['Nombre de ménages ayant un reste à charge supérieur', 7], // H1, H6, H7, H10, H11, H13, H19
      ['Non classé — Évolution de la quittance résiduelle non calculable : Loyer de base mensuel (y compris garage) après vide', 1], // H4
      ['Non classé — Évolution de la quittance résiduelle non calculable : Loyer de base mensuel vide', 1], // H20
      ['TOTAL', 16],
    ]);
    expect(counts('residualRent').rows[0].rule).toBe('Relogement = OUI et Évolution de la quittance résiduelle ≤ 0 €');
  });
});

describe("7. Structure des taux d'effort", () => {
  it('counts the five FAT bands before and after, each with its total', () => {
    expect(lines('effortRate')).toEqual([
      ['Avant le relogement', null],
      ['< 10 %', 3], // H1 9 %, H11 5 %, H18 5 %
      ['≥ 10 % et < 15 %', 3], // H8, H10 (10 %), H13 12 %
      ['≥ 15 % et < 20 %', 3], // H2, H9 (15 %), H19 17 %
      ['≥ 20 % et < 25 %', 2], // H4, H6 (20 %)
      ['≥ 25 %', 2], // H3 25 %, H5 30 %
      ["Non classé — Taux d'effort (en %) non calculable : Loyer de base mensuel vide", 1], // H20
      ["Non classé — Taux d'effort (en %) non calculable : Ressources du ménage nulles ou négatives", 1], // H12
      ["Non classé — Taux d'effort (en %) non calculable : Salaires mensuels et Prestations familiales vides", 1], // H7
      ['TOTAL', 16],
      ['Après le relogement', null],
      ['< 10 %', 2], // H11 6 %, H18 0 %
      ['≥ 10 % et < 15 %', 4], // H1 12 %, H2 10 %, H8 10 %, H9 14 %
      ['≥ 15 % et < 20 %', 1], // H19 19 %
      ['≥ 20 % et < 25 %', 2], // H6 22,5 %, H13 20 %
      ['≥ 25 %', 4], // H3 25 %, H5 25 %, H10 30 %, H20 30 %
      ["Non classé — Taux d'effort après (en %) non calculable : Loyer de base mensuel (y compris garage) après vide", 1], // H4
      ["Non classé — Taux d'effort après (en %) non calculable : Ressources du ménage nulles ou négatives", 1], // H12
      ["Non classé — Taux d'effort après (en %) non calculable : Salaires mensuels et Prestations familiales vides", 1], // H7
      ['TOTAL', 16],
    ]);
    expect(counts('effortRate').rows[2].rule).toBe("Relogement = OUI et Taux d'effort (en %) ≥ 10 % et < 15 %");
  });
});
