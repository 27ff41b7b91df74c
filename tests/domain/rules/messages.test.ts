/**
 * Full French messages, written by hand: row, N° d'identification (N° de demande when above 1), the
 * column's label from the catalogue, the rule's title, what is wrong, the fix.
 */
import { serialFromYmd } from '../../../src/domain/dates';
import { RELOCATED, check, type Raw } from './helpers';

const message = (rows: Raw[], ruleId: string, row = 2): string => {
  const f = check(rows).find((x) => x.ruleId === ruleId && x.row === row);
  if (!f) throw new Error(`pas de constatation ${ruleId} ligne ${row}`);
  return f.message;
};
const one = (changes: Raw, ruleId: string): string => message([{ ...RELOCATED, ...changes }], ruleId);

describe('messages', () => {
  it("structure-enfants (the guide's example: CE with 0 children)", () => {
    expect(one({ children: 0, occupants: 2 }, 'structure-enfants')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Structure familiale » — Structure familiale incohérente avec le nombre d'enfants. " +
        "La structure CE (couple avec enfant(s)) suppose au moins un enfant, or « Nombre d'enfants » vaut 0. " +
        "Corriger la structure familiale (C si le ménage n'a pas d'enfant) ou le nombre d'enfants.",
    );
  });

  it('nombre-en-texte names the N° de demande above 1 and the value to retype', () => {
    const rows = [RELOCATED, { ...RELOCATED, requestNo: 2, priorStatus: 'D', rent: '412,50' }];
    expect(message(rows, 'nombre-en-texte', 3)).toBe(
      "Ligne 3 (N° d'identification 101, N° de demande 2), colonne « Loyer de base mensuel » — Nombre saisi comme du texte. " +
        '« 412,50 » est saisi comme du texte : Excel ne le calcule pas. Ressaisir le nombre 412,5.',
    );
  });

  it('date-demenagement-future gives both dates', () => {
    expect(one({ moveDate: serialFromYmd(2025, 7, 1) }, 'date-demenagement-future')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Date du déménagement » — Date du déménagement dans le futur. " +
        "Le 01/07/2025 est postérieur à aujourd'hui (30/06/2025). " +
        'Corriger la date (jour/mois inversés ? année ?) ; si le déménagement est seulement prévu, laisser Relogement à NON et vider la date.',
    );
  });

  it('date-demenagement-avant-debut names the operation and its start', () => {
    expect(one({ moveDate: serialFromYmd(2020, 12, 31) }, 'date-demenagement-avant-debut')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Date du déménagement » — Date du déménagement avant le début de l'opération. " +
        "Le 31/12/2020 précède le début de l'opération « Les Tilleuls » (01/01/2021). " +
        "Corriger la date du déménagement, l'opération du ménage, ou la date de début dans liste_opération.",
    );
  });

  it('reloge-donnee-anru-manquante names the empty column', () => {
    expect(one({ zus: '' }, 'reloge-donnee-anru-manquante')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « ZUS / QPV » — Ménage relogé : donnée ANRU manquante. " +
        'Relogement = OUI mais « ZUS / QPV » est vide. Renseigner « ZUS / QPV ».',
    );
  });

  it('occupants-incoherents shows the composition', () => {
    expect(one({ occupants: 5 }, 'occupants-incoherents')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Nombre d'occupants » — Nombre d'occupants différent de la composition du ménage. " +
        '5 occupants sont saisis, la composition en donne 4 (structure CE : 2 adultes + 2 enfants + 0 hébergé). ' +
        "Vérifier le nombre d'occupants, la structure familiale, les enfants et les hébergés ; si un autre adulte vit en permanence dans le logement, le préciser dans les commentaires.",
    );
  });

  it('identifiant-manquant', () => {
    expect(one({ householdId: '' }, 'identifiant-manquant')).toBe(
      "Ligne 2 (N° d'identification manquant), colonne « N° d'identification du ménage » — N° d'identification manquant. " +
        "La cellule est vide. Saisir le N° d'identification de la famille (le même pour toutes ses demandes).",
    );
  });

  it('a N° typed as text is shown as typed', () => {
    expect(one({ householdId: ' 101 ' }, 'nombre-en-texte')).toMatch(
      /^Ligne 2 \(N° d'identification illisible « 101 »\), colonne « N° d'identification du ménage »/,
    );
  });

  it('localisation-commune names both communes', () => {
    expect(one({ relocationCommune: 'Lyon' }, 'localisation-commune')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Localisation géographique » — Localisation incohérente avec la commune de relogement. " +
        "HSIT (relogement hors site dans la commune) suppose un relogement dans la commune de l'opération (Vénissieux), or « Commune de relogement » est « Lyon ». " +
        "Corriger la commune de relogement, ou choisir AGGLO (hors commune dans l'agglomération) ou HAGL (hors agglomération).",
    );
  });

  it('doublon-demande names the other row', () => {
    expect(message([RELOCATED, RELOCATED], 'doublon-demande')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « N° d'identification du ménage » — N° d'identification et N° de demande en double. " +
        "Le N° d'identification 101 avec le N° de demande 1 figure aussi à la ligne 3. " +
        'Supprimer la ligne en double, ou donner un N° de demande différent à chaque demande de la famille (décohabitation : 2, 3…).',
    );
  });

  it('apl-superieure-quittance shows the amounts in euros', () => {
    expect(one({ apl: 480 }, 'apl-superieure-quittance')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « APL » — APL supérieure à la quittance. " +
        '« APL » : 480 € ; « Quittance mensuelle » : 475,50 €. ' +
        "Vérifier l'APL (montant mensuel), le loyer de base et la provision pour charges.",
    );
  });

  it('age-hors-bornes suggests a year of birth was typed', () => {
    expect(one({ age: 1983 }, 'age-hors-bornes')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Âge du chef de ménage » — Âge hors de 16 à 110 ans. " +
        "Âge saisi : 1983 ans. 1983 ressemble à une année de naissance : saisir l'âge en années.",
    );
  });

  it('taux-effort-excessif gives the rate and the resources', () => {
    expect(one({ salaries: 300, familyBenefits: '' }, 'taux-effort-excessif')).toBe(
      "Ligne 2 (N° d'identification 101), colonne « Taux d'effort (en %) » — Taux d'effort supérieur à 100 %. " +
        "« Taux d'effort (en %) » : 118,5 % pour 300 € de ressources mensuelles. " +
        "Vérifier les ressources (salaires mensuels, prestations familiales : montants mensuels), le loyer et l'APL.",
    );
  });

  it('non-reloge-avec-logement-apres lists the filled cells', () => {
    const base = { ...RELOCATED, relocation: 'NON', moveDate: '', relocationType: '', acceptance: '' };
    expect(message([base], 'non-reloge-avec-logement-apres')).toContain(
      'Relogement = NON mais ces cellules du logement après relogement sont remplies : « Nombre de pièces après », ' +
        "« Surface habitable ou corrigée en m² après », « Statut d'occupation »,",
    );
  });
});
