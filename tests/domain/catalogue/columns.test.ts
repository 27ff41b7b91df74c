/**
 * The catalogue holds every column of the household table (reference §3, GUIDE-NOTES §2(a)) and of
 * liste_opération (reference §2), in order, with the guide's labels. Expected rows are written by hand.
 */
import {
  ANRU_STAR,
  HOUSEHOLD_COLUMNS,
  OPERATION_COLUMNS,
  column,
  columnForHeader,
  headerOf,
  normaliseHeader,
} from '../../../src/domain/catalogue';
import type { ColumnDef } from '../../../src/domain/catalogue';

type Row = readonly [key: string, label: string, kind: string, anru: boolean];
const Y = true;
const N = false;

/** The 72 household columns, in the guide's annex order (reference §3.1–3.5). */
const HOUSEHOLD: readonly Row[] = [
  ['householdId', "N° d'identification du ménage", 'integer', N],
  ['requestNo', 'N° de demande', 'integer', N],
  ['lastName', 'Nom du chef de ménage', 'text', N],
  ['firstName', 'Prénom du chef de ménage', 'text', N],
  ['operation', 'Opération', 'code', Y],
  ['address', 'Adresse actuelle du ménage à reloger', 'text', N],
  ['rooms', 'Nombre de pièces', 'code', Y],
  ['surface', 'Surface habitable ou surface corrigée en m²', 'number', N],
  ['rent', 'Loyer de base mensuel', 'amount', Y],
  ['charges', 'Provision pour charges', 'amount', Y],
  ['chargesType', 'Nature des charges', 'code', N],
  ['quittance', 'Quittance mensuelle', 'derived', Y],
  ['apl', 'APL', 'amount', Y],
  ['residualRent', 'Quittance résiduelle', 'derived', Y],
  ['effortRate', "Taux d'effort (en %)", 'derived', Y],
  ['priorStatus', "Statut d'occupation antérieur", 'code', Y],
  ['densityBefore', "Estimation de la densité d'occupation avant", 'derived', N],
  ['occupants', "Nombre d'occupants", 'integer', N],
  ['familyStructure', 'Structure familiale', 'code', N],
  ['children', "Nombre d'enfants", 'integer', N],
  ['adultChildren', 'Dont enfants majeurs', 'integer', N],
  ['hosted', "Nombre d'hébergés", 'integer', N],
  ['rni', 'Revenu(s) net imposable (RNI)', 'amount', N],
  ['salaries', 'Salaires mensuels', 'amount', Y],
  ['familyBenefits', 'Prestations familiales', 'amount', Y],
  ['resources', 'Ressources du ménage', 'derived', Y],
  ['resourcesSmic', 'Ressources en SMIC', 'derived', N],
  ['jobStatus', 'Situation professionnelle du chef de ménage', 'code', N],
  ['resourceType', 'Nature des ressources du ménage', 'code', N],
  ['ceilings', 'Plafonds des ressources du ménage', 'code', Y],
  ['seniority', 'Ancienneté dans le logement', 'code', N],
  ['age', 'Âge du chef de ménage', 'integer', N],
  ['ageBand', 'Âge du chef de ménage par tranches', 'derived', N],
  ['wishedRooms', 'Souhait nombre de pièces', 'code', N],
  ['wishedCommune', 'Souhait initial commune', 'text', N],
  ['wishedDistrict', 'Souhait initial quartier', 'text', N],
  ['wishCommuneChange', 'Évolution du souhait Commune', 'text', N],
  ['wishDistrictChange', 'Évolution du souhait Quartier', 'text', N],
  ['proposals', 'Nombre de propositions de logement', 'integer', N],
  ['roomsAfter', 'Nombre de pièces après', 'code', Y],
  ['densityAfter', "Estimation de la densité d'occupation après", 'derived', N],
  ['roomsEvolution', 'Évolution nombre pièces (avant/après)', 'derived', Y],
  ['surfaceAfter', 'Surface habitable ou corrigée en m² après', 'number', N],
  ['surfaceEvolution', 'Évolution de la surface du logement (habitable ou corrigée)', 'derived', N],
  ['surfaceEvolutionBand', 'Évolution de la surface en tranches (%)', 'derived', N],
  ['tenureAfter', "Statut d'occupation", 'code', Y],
  ['dwellingType', 'Nature du logement', 'code', N],
  ['financing', 'Type de financement', 'code', Y],
  ['buildingAge', 'Âge du bâti', 'code', Y],
  ['relocationCommune', 'Commune de relogement', 'text', N],
  ['relocationDistrict', 'Quartier de relogement', 'text', N],
  ['relocatingLandlord', 'Bailleur relogeur', 'text', N],
  ['zus', 'ZUS / QPV', 'code', Y],
  ['location', 'Localisation géographique', 'code', Y],
  ['reservation', 'Réservataire', 'code', N],
  ['rentAfter', 'Loyer de base mensuel (y compris garage) après', 'amount', Y],
  ['chargesAfter', 'Provision charges après', 'amount', Y],
  ['chargesTypeAfter', 'Nature des charges après', 'code', N],
  ['quittanceAfter', 'Quittance mensuelle après', 'derived', Y],
  ['aplAfter', 'Simulation APL après', 'amount', Y],
  ['residualRentAfter', 'Quittance résiduelle après', 'derived', Y],
  ['effortRateAfter', "Taux d'effort après (en %)", 'derived', Y],
  ['effortRateEvolution', "Évolution du taux d'effort", 'derived', N],
  ['effortRateEvolutionBand', "Évolution du taux d'effort en tranches", 'derived', N],
  ['residualRentEvolution', 'Évolution de la quittance résiduelle', 'derived', Y],
  ['residualRentEvolutionBand', 'Évolution de la quittance résiduelle en valeur absolue par tranches et en euros', 'derived', N],
  ['relocation', 'Relogement', 'code', Y],
  ['socialSupport', 'Accompagnement social lié au relogement', 'code', N],
  ['moveDate', 'Date du déménagement', 'date', Y],
  ['relocationType', 'Type de relogement', 'code', Y],
  ['acceptance', 'Relogement accepté / Relogement refusé', 'code', N],
  ['comments', 'Commentaires et observations', 'text', N],
];

/** The 12 columns of liste_opération (reference §2; the two computed ones per Decision D-OPCOUNTS). */
const OPERATIONS: readonly Row[] = [
  ['name', "Nom de l'opération", 'text', N],
  ['commune', 'Commune', 'text', N],
  ['district', 'Quartier', 'text', N],
  ['epci', 'EPCI', 'text', N],
  ['householdsToRelocate', "Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)", 'integer', N],
  ['dwellingsToDemolish', 'Nombre de logements à démolir', 'integer', N],
  ['vacantDwellings', 'Nombre de logements vacants', 'integer', N],
  ['startDate', "Date de début de l'opération", 'date', N],
  ['endDate', "Date de fin de l'opération", 'date', N],
  ['relocatedCount', 'Nombre de ménages relogés', 'derived', N],
  ['lastRelocation', 'Date du dernier relogement', 'derived', N],
  ['notes', 'Observations', 'text', N],
];

const shape = (c: ColumnDef): Row => [c.key, c.label, c.kind, c.anru];

describe('household columns (72, in order, with the guide labels)', () => {
  it('has exactly the 72 columns written by hand, and no other', () => {
    expect(HOUSEHOLD).toHaveLength(72);
    expect(HOUSEHOLD_COLUMNS.map((c) => c.key)).toEqual(HOUSEHOLD.map((r) => r[0]));
  });

  it.each(HOUSEHOLD.map((r, i) => [i + 1, r] as const))('column %i: %j', (position, row) => {
    expect(shape(HOUSEHOLD_COLUMNS[position - 1])).toEqual(row);
  });

  it('has 30 ANRU columns (Decision D-STAR)', () => {
    expect(HOUSEHOLD_COLUMNS.filter((c) => c.anru)).toHaveLength(30);
  });

  it('keeps the comments column last (user fields are inserted before it)', () => {
    expect(HOUSEHOLD_COLUMNS[HOUSEHOLD_COLUMNS.length - 1].key).toBe('comments');
  });
});

describe('liste_opération columns (12, in order)', () => {
  it('has exactly the 12 columns written by hand', () => {
    expect(OPERATIONS).toHaveLength(12);
    expect(OPERATION_COLUMNS.map((c) => c.key)).toEqual(OPERATIONS.map((r) => r[0]));
  });

  it.each(OPERATIONS.map((r, i) => [i + 1, r] as const))('column %i: %j', (position, row) => {
    expect(shape(OPERATION_COLUMNS[position - 1])).toEqual(row);
  });

  it('has unique keys and headers', () => {
    expect(new Set(OPERATION_COLUMNS.map((c) => c.key)).size).toBe(12);
    expect(new Set(OPERATION_COLUMNS.map((c) => normaliseHeader(c.label))).size).toBe(12);
  });
});

describe('personal and sensitive data (CNIL/RGPD)', () => {
  it('marks exactly the names, the address and the comments as personal', () => {
    expect(HOUSEHOLD_COLUMNS.filter((c) => c.personal).map((c) => c.key)).toEqual([
      'lastName', 'firstName', 'address', 'comments',
    ]);
  });

  it('marks only the comments as sensitive', () => {
    expect(HOUSEHOLD_COLUMNS.filter((c) => c.sensitive).map((c) => c.key)).toEqual(['comments']);
  });
});

describe('keys and headers', () => {
  it('has unique keys', () => {
    expect(new Set(HOUSEHOLD_COLUMNS.map((c) => c.key)).size).toBe(72);
  });

  it('has headers that stay unique once normalised (accents, case, star removed)', () => {
    expect(new Set(HOUSEHOLD_COLUMNS.map((c) => normaliseHeader(c.label))).size).toBe(72);
    expect(new Set(HOUSEHOLD_COLUMNS.map((c) => normaliseHeader(headerOf(c)))).size).toBe(72);
  });

  it('maps every label and every alias back to its own column', () => {
    const wrong: string[] = [];
    for (const c of HOUSEHOLD_COLUMNS) {
      for (const text of [c.label, headerOf(c), ...(c.aliases ?? [])]) {
        if (columnForHeader(text)?.key !== c.key) wrong.push(`${text} → ${columnForHeader(text)?.key}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('normalises headers as users retype them', () => {
    expect(normaliseHeader("  Taux  d’effort (EN %) ★ ")).toBe("taux d'effort (en %)");
    expect(columnForHeader('loyer de base mensuel *')?.key).toBe('rent');
    expect(columnForHeader('AGE DU BATI')?.key).toBe('buildingAge');
    expect(columnForHeader('Ma colonne à moi')).toBeUndefined();
  });

  it('reads the former labels of the catalogue as aliases', () => {
    expect(columnForHeader('Revenu net imposable (RNI)')?.key).toBe('rni');
    expect(columnForHeader('Évolution nombre pièces')?.key).toBe('roomsEvolution');
    expect(columnForHeader('Relogement accepté / refusé')?.key).toBe('acceptance');
    expect(columnForHeader('ZUS')?.key).toBe('zus');
  });
});

describe('headerOf', () => {
  it('adds " ★" to ANRU columns only', () => {
    expect(headerOf(column('rent'))).toBe('Loyer de base mensuel ★');
    expect(headerOf(column('moveDate'))).toBe('Date du déménagement ★');
    expect(headerOf(column('surface'))).toBe('Surface habitable ou surface corrigée en m²');
    expect(headerOf(column('comments'))).toBe('Commentaires et observations');
    for (const c of HOUSEHOLD_COLUMNS) {
      expect(headerOf(c)).toBe(c.anru ? `${c.label} ${ANRU_STAR}` : c.label);
      expect(headerOf(c).endsWith('★')).toBe(c.anru);
    }
    expect(ANRU_STAR).toBe('★');
  });
});
