/** Small hand-written fiches for the plan tests (figures chosen by hand, not computed). */
import type { CompletenessLine, CrossTable, Fiche, FicheSection, FicheTable, Fiches } from '../../../src/domain/fiches';

export function flat(id: string, title: string, rows: [string, number, number | null][], nr: number): FicheTable {
  const answered = rows.reduce((s, r) => s + r[1], 0);
  return {
    id, title, base: 'reloges', nr, total: answered + nr, answered,
    rows: rows.map(([label, count, percent]) => ({ label, count, percent })),
  };
}

/** 2 × 2 cross table: A/B down, X/Y across. cells [[1,2],[3,0]], rowNr [1,0], colNr [0,2], bothNr 1. */
export const CROSS: CrossTable = {
  id: 'f2-x-test', title: 'Croisement test', base: 'reloges', rowTitle: 'Ligne', colTitle: 'Colonne',
  rowLabels: ['A', 'B'], colLabels: ['X', 'Y'], cells: [[1, 2], [3, 0]], rowNr: [1, 0], colNr: [0, 2], bothNr: 1,
  rowTotals: [3, 3], colTotals: [4, 2], answered: 6, total: 10, percentBase: 'column',
  percents: [[25, 100], [75, 0]],
};

const AGE = flat('f1-age-bati', 'Âge du bâti', [['Logt social neuf 1re livraison', 1, 25], ['Logt social de −5 ans', 3, 75]], 2);
const STRUCT = flat('f2-structure', 'Structure familiale', [['Personnes isolées', 2, 50], ['Couple avec enfants', 2, 50]], 0);
const BEFORE = flat('f3-taux-effort-avant', "Le taux d'effort avant le relogement", [['Moins de 10 %', 3, 60], ['Plus de 30 %', 2, 40]], 1);
const AFTER = flat('f3-taux-effort-apres', "Le taux d'effort après le relogement", [['Moins de 10 %', 1, 20], ['Plus de 30 %', 4, 80]], 1);
const LOC = flat('f4-localisation', 'Localisation géographique', [['Relogt sur site', 4, 100], ['Relogement hors Agglo', 0, 0]], 0);

/** Overall, ★ together, two ★ columns (one with nobody concerned, its label on two lines), a user column. */
export const COMPLETENESS: CompletenessLine[] = [
  { key: 'all', kind: 'all', label: 'Ensemble des variables', applicable: 40, filled: 30, missing: 10, percent: 75 },
  { key: 'anru', kind: 'anru', label: 'Variables ANRU ★', applicable: 20, filled: 16, missing: 4, percent: 80 },
  { key: 'rent', kind: 'column', label: 'Loyer de base mensuel ★', applicable: 4, filled: 3, missing: 1, percent: 75 },
  { key: 'rentAfter', kind: 'column', label: 'Loyer de base mensuel (y compris garage) après ★', applicable: 0, filled: 0, missing: 0, percent: null },
  { key: 'custom:suivi', kind: 'custom', label: 'Suivi CCAS (champ ajouté)', applicable: 4, filled: 1, missing: 3, percent: 25 },
];

function fiche(number: 1 | 2 | 3 | 4, title: string, sections: FicheSection[]): Fiche {
  return {
    number, title, subtitle: 'Ménages relogés en ZUS — Tout', populationSize: 6, relocatedSize: 6, sections,
    commentsTitle: `Commentaires et observations sur fiche ${number}`,
  };
}

export const FICHES: Fiches = {
  fiche1: fiche(1, "État d'avancement des relogements", [
    {
      id: 's1', question: 'Question 1 ?', blocks: [
        { kind: 'figures', id: 'f1-x', title: 'Chiffres', figures: [
          { id: 'a', label: 'Nombre de ménages relogés', value: 6, unit: 'ménages' },
          { id: 'b', label: 'Part des relogés', value: 37.5, unit: '%' },
          { id: 'c', label: "Date d'édition", value: 45000, unit: 'date' },
          { id: 'd', label: 'Ressources moyennes', value: 1372.5, unit: '€' },
          { id: 'e', label: 'Âge moyen', value: 56.25, unit: 'ans' },
          { id: 'f', label: 'Date de début', value: null, unit: 'date' },
        ] },
        { kind: 'table', table: AGE },
      ],
    },
    {
      id: 'remplissage', question: 'Taux de remplissage ?', blocks: [
        { kind: 'completeness', id: 'f1-remplissage', title: 'Taux de remplissage des variables', lines: COMPLETENESS, notes: ['Note 1.', 'Note 2.'] },
      ],
    },
  ]),
  fiche2: fiche(2, 'Le profil des ménages relogés', [
    { id: 's2', question: 'Question 2 ?', blocks: [{ kind: 'table', table: STRUCT }, { kind: 'cross', table: CROSS }] },
  ]),
  fiche3: fiche(3, 'Les nouvelles conditions de logement', [
    { id: 's3', question: 'Question 3 ?', blocks: [{ kind: 'table', table: BEFORE }, { kind: 'table', table: AFTER }] },
  ]),
  fiche4: fiche(4, 'Le parcours résidentiel des ménages relogés', [
    { id: 's4', question: 'Question 4 ?', blocks: [{ kind: 'table', table: LOC }] },
  ]),
};
