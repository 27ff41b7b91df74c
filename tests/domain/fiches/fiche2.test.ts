import { fiche2 } from '../../../src/domain/fiches';
import { FIXTURE } from './fixture';
import { counts, cross, CTX, figure, pcts, table } from './helpers';

const f = fiche2(FIXTURE, CTX);

describe('fiche 2 — profil (population of 12, H8 blank, crossings on the 8 relogés)', () => {
  it('titles itself after who is counted', () => {
    expect(f.title).toBe('Le profil des ménages');
    expect(fiche2(FIXTURE.slice(0, 8), CTX).title).toBe('Le profil des ménages relogés');
  });

  it('statut d’occupation in the guide order (Hébergés, Décohabitants, Titulaire de bail)', () => {
    const t = table(f, 'f2-statut');
    expect(counts(t)).toEqual([
      ['Hébergés', 2],
      ['Décohabitants', 2],
      ['Titulaire de bail', 7],
    ]);
    expect([t.nr, t.answered, t.total]).toEqual([1, 11, 12]);
    expect(pcts(t)).toEqual([18.18, 18.18, 63.64]);
  });

  it('structure familiale in 5 groups, every …H code pooled', () => {
    const t = table(f, 'f2-structure');
    expect(counts(t)).toEqual([
      ['Personnes isolées', 3],
      ['Familles monoparentales', 1],
      ['Couple sans enfant', 2],
      ['Couple avec enfants', 2],
      ['Ménages avec des hébergés', 3],
    ]);
    expect(t.nr).toBe(1);
    const occ = figure(f, 'moyenne-occupants');
    expect(occ.value).toBeCloseTo(30 / 11, 10);
    expect([occ.answered, occ.nr, occ.unit]).toEqual([11, 1, 'personnes']);
  });

  it('enfants in bands and on average', () => {
    const t = table(f, 'f2-enfants');
    expect(counts(t)).toEqual([
      ['Sans enfant', 6],
      ['1-2 enfants', 3],
      ['3 enfants et plus', 2],
    ]);
    expect(t.nr).toBe(1);
    expect(figure(f, 'moyenne-enfants').value).toBeCloseTo(1, 10); // 11 / 11
  });

  it('âge in bands (29, 60 and 75 on the edges) and on average', () => {
    const t = table(f, 'f2-age');
    expect(counts(t)).toEqual([
      ['Moins de 30 ans', 3],
      ['30-39 ans', 2],
      ['40-49 ans', 2],
      ['50-59 ans', 1],
      ['60-74 ans', 2],
      ['75 ans et plus', 1],
    ]);
    expect(figure(f, 'age-moyen').value).toBeCloseTo(44, 10); // 484 / 11
  });

  it('ancienneté, situation professionnelle, nature des ressources, plafonds', () => {
    expect(counts(table(f, 'f2-anciennete'))).toEqual([
      ["Moins d'un an", 2],
      ['1-5 ans', 2],
      ['5-10 ans', 2],
      ['10-15 ans', 2],
      ['Plus de 15 ans', 3],
    ]);
    expect(counts(table(f, 'f2-situation-pro'))).toEqual([
      ['Emplois stables', 3],
      ['Emplois précaires', 2],
      ["Recherche d'emploi", 2],
      ['Retraite', 3],
      ['Autres', 1],
    ]);
    expect(counts(table(f, 'f2-nature-ressources'))).toEqual([
      ['Salaires', 4],
      ['Salaires et RMI', 0],
      ['Salaires et Prestations familiales', 3],
      ['Salaires et Prest. familiales et RMI', 1],
      ['RMI', 1],
      ['RMI et Prestations familiales', 1],
      ['Prestations familiales', 1],
    ]);
    const p = table(f, 'f2-plafonds');
    expect(counts(p)).toEqual([
      ['< 60 % des plafonds PLUS', 6],
      ['Entre 60 et 100 % des plaf. PLUS', 3],
      ['> 100 % des plafonds PLUS', 2],
    ]);
    expect(pcts(p)).toEqual([54.55, 27.27, 18.18]);
  });

  it('ressources in SMIC bands (0,5 / 2,5 / 3 on the edges), average resources and RNI', () => {
    const t = table(f, 'f2-ressources-smic');
    expect(t.rows.map((r) => r.count)).toEqual([1, 3, 2, 2, 1, 1, 1]);
    expect(t.rows[0].label).toBe("Moins d'un demi SMIC (< 0,5 SMIC)");
    expect([t.nr, t.total]).toEqual([1, 12]);
    const res = figure(f, 'ressources-moyennes');
    expect(res.value).toBeCloseTo(15600 / 11, 8);
    expect([res.unit, res.answered]).toEqual(['€', 11]);
    const rni = figure(f, 'rni-moyen');
    expect(rni.value).toBeCloseTo(155000 / 9, 8);
    expect([rni.answered, rni.nr]).toEqual([9, 3]);
  });

  it('APL: > 0 bénéficiaire, 0 non bénéficiaire, blank NR; average over bénéficiaires', () => {
    const t = table(f, 'f2-apl');
    expect(counts(t)).toEqual([
      ["Bénéficiaires de l'APL", 6],
      ["Non bénéficiaires de l'APL", 3],
    ]);
    expect([t.nr, t.answered, t.total]).toEqual([3, 9, 12]);
    expect(pcts(t)).toEqual([66.67, 33.33]);
    const apl = figure(f, 'apl-moyenne');
    expect(apl.value).toBeCloseTo(1180 / 6, 8);
    expect(apl.answered).toBe(6);
  });

  it('crosses the effort-rate evolution (5 classes, columns) with the statut, on the relogés', () => {
    const t = cross(f, 'f2-x-effort-statut');
    expect(t.rowLabels).toEqual(['Hébergés', 'Décohabitants', 'Titulaire de bail']);
    expect(t.colLabels).toEqual([
      '< -15 pts : Très forte diminution',
      'De -15 à -2,5 pts : Diminution',
      'De -2,5 à 2,5 pts : Stable',
      'De 2,5 à 15 pts : Augmentation',
      '> 15 pts : Très forte augmentation',
    ]);
    expect(t.cells).toEqual([
      [0, 0, 1, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 1, 2, 1, 1],
    ]);
    expect([t.bothNr, t.answered, t.total, t.base]).toEqual([1, 7, 8, 'reloges']);
    expect(t.colTotals).toEqual([0, 2, 3, 1, 1]);
    expect(t.percents[2][2]).toBeCloseTo(66.6667, 3); // 2 titulaires of 3 stable
    expect(t.percents[0][0]).toBeNull();
  });

  it('crosses in / out of ZUS with the structure familiale', () => {
    const t = cross(f, 'f2-x-zus-structure');
    expect(t.colLabels).toEqual(['En ZUS / QPV', 'Hors ZUS / QPV']);
    expect(t.cells).toEqual([
      [1, 1],
      [0, 1],
      [1, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(t.bothNr).toBe(1);
    expect(cross(f, 'f2-x-hors-zus-structure').cells).toEqual([
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
  });

  it('crosses new housing (CN, C-5) with APL, NR in the margins', () => {
    const t = cross(f, 'f2-x-neuf-apl');
    expect(t.colLabels).toEqual(['Logement neuf (CN, C-5)', 'Autre logement']);
    expect(t.cells).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect([t.rowNr, t.colNr, t.bothNr, t.answered, t.total]).toEqual([[0, 0], [0, 0], 2, 6, 8]);
  });

  it('keeps a relogé whose crossing variable is blank in colNr (H5: titulaire, âge du bâti blank)', () => {
    const t = cross(f, 'f2-x-neuf-statut');
    expect(t.cells).toEqual([
      [0, 1],
      [0, 1],
      [3, 1],
    ]); // H4 hébergé, H3 décohabitant: autre; T: H1, H2, H6 neuf, H7 autre
    expect([t.rowNr, t.colNr, t.bothNr]).toEqual([[0, 0], [0, 0, 1], 1]);
  });

  it('has the 7 crossings of each of the 7 crossing variables', () => {
    expect(f.sections.map((s) => s.id)).toEqual([
      'profil',
      'croisement-effort',
      'croisement-neuf',
      'croisement-individuel',
      'croisement-propriete',
      'croisement-sur-site',
      'croisement-zus',
      'croisement-hors-zus',
    ]);
    for (const s of f.sections.slice(1)) expect(s.blocks.length).toBe(7);
    expect(cross(f, 'f2-x-effort-apl').title).toBe(
      "Croisement de l'évolution du taux d'effort avec : bénéficiaires de l'APL",
    );
  });
});
