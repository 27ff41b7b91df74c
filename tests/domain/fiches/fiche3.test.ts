import { fiche3 } from '../../../src/domain/fiches';
import { FIXTURE } from './fixture';
import { counts, cross, CTX, figure, pcts, table } from './helpers';

const f = fiche3(FIXTURE, CTX);

describe('fiche 3 — nouvelles conditions de logement (8 relogés, H8 blank)', () => {
  it('taux d’effort before and after in 6 bands, with the ≥ 25 % synthèse', () => {
    const before = table(f, 'f3-taux-effort-avant');
    expect(counts(before)).toEqual([
      ['Moins de 10 %', 0],
      ['De 10 à 15 %', 0],
      ['De 15 à 20 %', 0],
      ['De 20 à 25 %', 1],
      ['De 25 à 30 %', 4],
      ['Plus de 30 %', 2],
    ]);
    expect([before.nr, before.answered, before.total, before.base]).toEqual([1, 7, 8, 'reloges']);
    expect(before.synthese).toEqual([
      {
        label: "Taux d'effort de 25 % et plus avant le relogement",
        count: 6,
        percent: (6 / 7) * 100,
        text: '6 ménages soit 86 %',
      },
    ]);
    const after = table(f, 'f3-taux-effort-apres');
    expect(after.rows.map((r) => r.count)).toEqual([0, 1, 0, 2, 1, 3]);
    expect(after.synthese?.[0].text).toBe('4 ménages soit 57 %');
  });

  it('budget averages before and after', () => {
    const v = (id: string) => figure(f, id).value;
    expect(v('quittance-residuelle-avant')).toBeCloseTo(2740 / 7, 8);
    expect(v('quittance-residuelle-apres')).toBeCloseTo(2785 / 7, 8);
    expect(v('loyer-base-avant')).toBeCloseTo(2820 / 7, 8);
    expect(v('loyer-base-apres')).toBeCloseTo(2865 / 7, 8);
    expect(v('provision-charges-avant')).toBeCloseTo(620 / 7, 8);
    expect(v('provision-charges-apres')).toBeCloseTo(610 / 7, 8);
    expect(figure(f, 'loyer-base-apres').answered).toBe(7);
  });

  it('évolution du taux d’effort in 5 classes (2,5 stable, -15 diminution) with its 3-line synthèse', () => {
    const t = table(f, 'f3-evolution-taux-effort');
    expect(counts(t)).toEqual([
      ['< -15 pts : Très forte diminution', 0],
      ['De -15 à -2,5 pts : Diminution', 2],
      ['De -2,5 à 2,5 pts : Stable', 3],
      ['De 2,5 à 15 pts : Augmentation', 1],
      ['> 15 pts : Très forte augmentation', 1],
    ]);
    expect(pcts(t)).toEqual([0, 28.57, 42.86, 14.29, 14.29]);
    expect(t.synthese?.map((s) => [s.label, s.text])).toEqual([
      ["Baisse du taux d'effort (< -2,5 pts)", '2 ménages soit 29 %'],
      ["Taux d'effort stable (-2,5 à 2,5 pts)", '3 ménages soit 43 %'],
      ["Hausse du taux d'effort (> 2,5 pts)", '2 ménages soit 29 %'],
    ]);
  });

  it('crosses the reste à charge evolution (rows) with the surface evolution (columns), 9 × 9, ANRU synthèse', () => {
    const t = cross(f, 'f3-surface-reste-a-charge');
    expect(t.title).toBe('Évolution de la surface en croisé avec la quittance résiduelle');
    expect(t.colLabels).toEqual([
      '< -5 %',
      'De -5 à 0 %',
      '0 %',
      'De 0 à 5 %',
      'De 5 à 10 %',
      'De 10 à 20 %',
      'De 20 à 30 %',
      'De 30 à 40 %',
      '> 40 %',
    ]);
    expect(t.rowLabels[2]).toBe('0 €');
    const expected = Array.from({ length: 9 }, () => Array(9).fill(0));
    expected[0][2] = 2; // H3, H7: -30 €, -450 € at equal surface
    expected[2][2] = 1; // H4: 0 €, 0 %
    expected[6][6] = 1; // H1: +30 €, +25 %
    expected[6][0] = 1; // H2: +25 €, -37,5 %
    expected[8][4] = 1; // H5: +190 €, +7,7 %
    expected[8][6] = 1; // H6: +280 €, +28,6 %
    expect(t.cells).toEqual(expected);
    expect([t.bothNr, t.answered, t.total]).toEqual([1, 7, 8]);
    expect(t.percents[0][2]).toBeCloseTo(66.6667, 3);
    expect(t.synthese?.map((s) => [s.label, s.count, s.text])).toEqual([
      ['Surface égale et reste à charge stable ou en baisse (≤ 0 €)', 3, '3 ménages soit 43 %'],
      ['Surface égale et reste à charge en hausse (> 0 €)', 0, '0 ménage soit 0 %'],
      ['Surface en baisse et reste à charge en hausse', 1, '1 ménage soit 14 %'],
    ]);
  });

  it('rooms before / after, their evolution and averages of rooms and surfaces', () => {
    expect(counts(table(f, 'f3-pieces-avant'))).toEqual([
      ['1 pièce', 1],
      ['2 pièces', 1],
      ['3 pièces', 3],
      ['4 pièces', 2],
      ['5 pièces', 0],
      ['6 pièces et plus', 0],
    ]);
    expect(table(f, 'f3-pieces-apres').rows.map((r) => r.count)).toEqual([0, 3, 2, 1, 1, 0]);
    expect(counts(table(f, 'f3-evolution-pieces'))).toEqual([
      ['Diminution', 1],
      ['Stabilité', 3],
      ['Augmentation', 3],
    ]);
    expect(figure(f, 'evolution-moyenne-pieces').value).toBeCloseTo(1 / 7, 10);
    expect(figure(f, 'surface-moyenne-avant').value).toBeCloseTo(415 / 7, 8);
    expect(figure(f, 'surface-moyenne-apres').value).toBeCloseTo(425 / 7, 8);
    expect(figure(f, 'evolution-moyenne-surface').value).toBeCloseTo(10 / 7, 8);
    expect(table(f, 'f3-evolution-surface').rows.map((r) => r.count)).toEqual([1, 0, 3, 0, 1, 0, 2, 0, 0]);
  });

  it('density: après (rows) × avant (columns)', () => {
    const t = cross(f, 'f3-densite');
    expect(t.rowLabels).toEqual(['Sous-occupation', 'Équilibre', 'Sur-occupation']);
    expect(t.cells).toEqual([
      [0, 0, 0],
      [1, 5, 1],
      [0, 0, 0],
    ]); // H2 sous → équilibre, H6 sur → équilibre
    expect(t.percents[1]).toEqual([100, 100, 100]);
    expect(t.bothNr).toBe(1);
  });

  it('âge du bâti and type de financement in the guide order', () => {
    expect(table(f, 'f3-age-bati').rows.map((r) => r.count)).toEqual([2, 1, 1, 0, 1, 1, 0]);
    const fin = table(f, 'f3-financement');
    expect(counts(fin)).toEqual([
      ['PLS', 1],
      ['PLA', 0],
      ['PLUS CD', 1],
      ['PLUS', 2],
      ['PLAI', 1],
      ['PLI', 0],
      ['HLMO', 1],
      ['Autres social', 0],
      ['Autres intermédiaires', 0],
    ]);
    expect([fin.nr, fin.answered]).toEqual([2, 6]);
  });

  it('ZUS, localisation, réservataire', () => {
    expect(counts(table(f, 'f3-zus'))).toEqual([
      ['ZUS / QPV', 4],
      ['Hors ZUS / QPV', 3],
    ]);
    expect(counts(table(f, 'f3-localisation'))).toEqual([
      ['Relogt sur site', 3],
      ['Relogt hors site dans commune', 2],
      ['Relogt hors commune dans Agglo', 1],
      ['Relogement hors Agglo', 1],
    ]);
    const r = table(f, 'f3-reservataire');
    expect(counts(r)).toEqual([
      ['Contingent préfecture', 1],
      ['Fonct. préf. et assimilés', 0],
      ['Ville', 1],
      ['EPCI', 1],
      ['Bailleur', 1],
      ['1 % logement', 1],
      ['Autres réservataires', 1],
    ]);
    expect(r.nr).toBe(2);
  });

  it("statut d'occupation on the whole population, « Sans objet » outside the percentages", () => {
    const t = table(f, 'f3-statut-occupation');
    expect(counts(t)).toEqual([
      ['Parc social', 4],
      ['Locatif libre', 1],
      ['Accession à la propriété', 1],
      ['Autres parcs', 1],
      ['Sans objet', 3],
    ]);
    expect([t.nr, t.answered, t.total, t.base]).toEqual([2, 7, 12, 'population']); // H8 blank status, H12 blank Relogement
    expect(pcts(t)).toEqual([57.14, 14.29, 14.29, 14.29, null]);
    expect(t.rows[4].outOfBase).toBe(true);
  });

  it('type de relogement, accepté / refusé, propositions and the hébergés / décohabitants reminder', () => {
    expect(counts(table(f, 'f3-type-relogement'))).toEqual([
      ['Relogement tiroir (cas spécifiques)', 1],
      ['Relogement définitif', 5],
      ['Relogement temporaire', 1],
    ]);
    const a = table(f, 'f3-accepte-refuse');
    expect(counts(a)).toEqual([
      ['Accepté', 5],
      ['Refusé', 1],
    ]); // H10 (NON, refusé) is not a relogé
    expect(a.nr).toBe(2);
    const p = figure(f, 'propositions-moyenne');
    expect(p.value).toBeCloseTo(13 / 6, 10);
    expect([p.answered, p.nr]).toEqual([6, 2]);
    expect(figure(f, 'rappel-heberges-decohabitants').value).toBe(2);
    expect(figure(f, 'rappel-heberges').value).toBe(1);
    expect(figure(f, 'rappel-decohabitants').value).toBe(1);
  });
});
