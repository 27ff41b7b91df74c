import { computeFiches, triAPlat } from '../../../src/domain/fiches';
import { FIXTURE } from './fixture';
import { CTX } from './helpers';

const rows = triAPlat(computeFiches(FIXTURE, CTX));

describe('tri à plat for Tableaux_comparaisons', () => {
  it('starts with the population size and the relogés', () => {
    expect(rows.slice(0, 2)).toEqual([
      { tableId: 'population', variable: 'Population', label: 'Nombre de ménages', count: 12, percent: null },
      {
        tableId: 'population',
        variable: 'Population',
        label: 'dont ménages relogés',
        count: 8,
        percent: null,
      },
    ]);
  });

  it('gives each table’s rows, then Total and NR', () => {
    const apl = rows.filter((r) => r.tableId === 'f2-apl');
    expect(
      apl.map((r) => [r.label, r.count, r.percent === null ? null : Math.round(r.percent * 100) / 100]),
    ).toEqual([
      ["Bénéficiaires de l'APL", 6, 66.67],
      ["Non bénéficiaires de l'APL", 3, 33.33],
      ['Total', 9, 100],
      ['NR', 3, null],
    ]);
    expect(apl[0].variable).toBe("Bénéficiaires de l'APL");
    const statut = rows.filter((r) => r.tableId === 'f3-statut-occupation');
    expect(statut.map((r) => [r.label, r.count])).toEqual([
      ['Parc social', 4],
      ['Locatif libre', 1],
      ['Accession à la propriété', 1],
      ['Autres parcs', 1],
      ['Sans objet', 3],
      ['Total', 7],
      ['NR', 2],
    ]);
  });

  it('lists the key tables in a fixed order, without the free-text tables', () => {
    const ids = [...new Set(rows.map((r) => r.tableId))];
    expect(ids).toEqual([
      'population',
      'f1-situation',
      'f2-statut',
      'f2-structure',
      'f2-enfants',
      'f2-age',
      'f2-anciennete',
      'f2-situation-pro',
      'f2-nature-ressources',
      'f2-plafonds',
      'f2-ressources-smic',
      'f2-apl',
      'f3-taux-effort-avant',
      'f3-taux-effort-apres',
      'f3-evolution-taux-effort',
      'f3-pieces-avant',
      'f3-pieces-apres',
      'f3-evolution-pieces',
      'f3-evolution-surface',
      'f3-age-bati',
      'f3-financement',
      'f3-zus',
      'f3-localisation',
      'f3-statut-occupation',
      'f3-type-relogement',
      'f3-accepte-refuse',
      'f3-reservataire',
    ]);
    // 2 head lines + 26 tables × (rows + Total + NR): 4+3+5+3+6+5+5+7+3+7+2+6+6+5+6+6+3+9+7+9+2+4+5+3+2+7 = 130 rows.
    expect(rows.length).toBe(2 + 130 + 2 * 26);
    const titles = [...new Set(rows.map((r) => `${r.tableId}|${r.variable}`))].map((k) => k.split('|')[1]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(rows.find((r) => r.tableId === 'f2-statut')?.variable).toBe("Statut d'occupation antérieur");
    expect(rows.find((r) => r.tableId === 'f3-statut-occupation')?.variable).toBe("Statut d'occupation");
  });

  it('keeps empty rows: an empty population gives the same lines with zeros', () => {
    const empty = triAPlat(computeFiches([], CTX));
    expect(empty.map((r) => r.label)).toEqual(rows.map((r) => r.label));
    expect(empty.every((r) => r.count === 0 && r.percent === null)).toBe(true);
  });
});
