/** Which columns each export carries: lists written by hand from the catalogue's flags. */
import { anonymisedExportColumns, anruExportColumns, baseExportColumns } from '../../../src/domain/exports';
import { CUSTOM_FIELDS } from './fixtures';

describe('export columns', () => {
  it('ANRU: operation, numbers, then every ★ variable, no user column', () => {
    expect(anruExportColumns(CUSTOM_FIELDS).columns.map((c) => c.header)).toEqual([
      'Opération ★',
      "N° d'identification du ménage",
      'N° de demande',
      'Nombre de pièces ★',
      'Loyer de base mensuel ★',
      'Provision pour charges ★',
      'Quittance mensuelle ★',
      'APL ★',
      'Quittance résiduelle ★',
      "Taux d'effort (en %) ★",
      "Statut d'occupation antérieur ★",
      'Salaires mensuels ★',
      'Prestations familiales ★',
      'Ressources du ménage ★',
      'Plafonds des ressources du ménage ★',
      'Nombre de pièces après ★',
      'Évolution nombre pièces (avant/après) ★',
      "Statut d'occupation ★",
      'Type de financement ★',
      'Âge du bâti ★',
      'ZUS / QPV ★',
      'Localisation géographique ★',
      'Loyer de base mensuel (y compris garage) après ★',
      'Provision charges après ★',
      'Quittance mensuelle après ★',
      'Simulation APL après ★',
      'Quittance résiduelle après ★',
      "Taux d'effort après (en %) ★",
      'Évolution de la quittance résiduelle ★',
      'Relogement ★',
      'Date du déménagement ★',
      'Type de relogement ★',
    ]);
  });

  it('anonymised: no name, first name, address, comment or personal user column; random number first', () => {
    const keys = anonymisedExportColumns(CUSTOM_FIELDS).columns.map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(['anonymousId', 'requestNo', 'operation']);
    for (const k of ['householdId', 'lastName', 'firstName', 'address', 'comments', 'custom:telephone', 'custom:aide']) {
      expect(keys).not.toContain(k);
    }
    expect(keys[keys.length - 1]).toBe('custom:suivi');
    expect(keys).toHaveLength(69); // 72 columns − 5 (N° d'identification, nom, prénom, adresse, commentaires) + N° anonyme + Suivi MOUS
  });

  it('base: every column, user columns just before « Commentaires et observations »', () => {
    const keys = baseExportColumns(CUSTOM_FIELDS).columns.map((c) => c.key);
    expect(keys).toHaveLength(75);
    expect(keys.slice(0, 6)).toEqual(['householdId', 'requestNo', 'lastName', 'firstName', 'operation', 'address']);
    expect(keys.slice(-4)).toEqual(['custom:telephone', 'custom:aide', 'custom:suivi', 'comments']);
  });
});
