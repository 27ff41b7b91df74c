import { fiche4 } from '../../../src/domain/fiches';
import { FIXTURE } from './fixture';
import { counts, cross, CTX, table } from './helpers';

const f = fiche4(FIXTURE, CTX);
const EFFORT_3 = ['Diminution (< -2,5 pts)', 'Stable (-2,5 à 2,5 pts)', 'Augmentation (> 2,5 pts)'];

describe('fiche 4 — parcours résidentiel (8 relogés)', () => {
  it('crosses the effort evolution in 3 classes (columns) with the évolution des pièces', () => {
    const t = cross(f, 'f4-effort-pieces');
    expect(t.colLabels).toEqual(EFFORT_3);
    expect(t.rowLabels).toEqual(['Diminution', 'Stabilité', 'Augmentation']);
    expect(t.cells).toEqual([
      [0, 1, 0],
      [2, 0, 1],
      [0, 2, 1],
    ]);
    expect(t.colTotals).toEqual([2, 3, 2]);
    expect(t.percents.map((r) => r.map((p) => (p === null ? null : Math.round(p * 100) / 100)))).toEqual([
      [0, 33.33, 0],
      [100, 0, 50],
      [0, 66.67, 50],
    ]);
    expect([t.bothNr, t.total]).toEqual([1, 8]);
  });

  it('with the nature du logement (Collectif, Individuel) and des charges', () => {
    expect(cross(f, 'f4-effort-nature-logement').cells).toEqual([
      [2, 3, 0],
      [0, 0, 2],
    ]);
    const c = cross(f, 'f4-effort-charges');
    expect(c.rowLabels).toEqual(['Individuelles', 'Collectives']);
    expect(c.cells).toEqual([
      [1, 0, 2],
      [1, 3, 0],
    ]);
  });

  it('with the âge du bâti and the financement, a blank row variable kept in rowNr', () => {
    const a = cross(f, 'f4-effort-age-bati');
    expect(a.cells).toEqual([
      [0, 1, 1],
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect([a.rowNr, a.colNr.every((n) => n === 0), a.bothNr]).toEqual([[0, 0, 1], true, 1]); // H5: bâti blank, augmentation
    const fin = cross(f, 'f4-effort-financement');
    expect(fin.rowNr).toEqual([0, 0, 1]);
    expect(fin.cells[3]).toEqual([1, 1, 0]); // PLUS: H3 diminution, H1 stable
  });

  it('commune and quartier de relogement: spellings grouped, sorted by count then name', () => {
    const c = table(f, 'f4-commune');
    expect(counts(c)).toEqual([
      ['Lyon', 5],
      ['Bron', 1],
      ['Vénissieux', 1],
    ]); // 'LYON' counted with 'Lyon'
    expect([c.nr, c.total]).toEqual([1, 8]);
    const q = table(f, 'f4-quartier');
    expect(counts(q)).toEqual([
      ['Mermoz', 4],
      ['États-Unis', 1],
      ['Minguettes', 1],
    ]);
    expect(q.nr).toBe(2);
  });

  it('localisation, âge du bâti and financement as flat tables', () => {
    expect(table(f, 'f4-localisation').rows.map((r) => r.count)).toEqual([3, 2, 1, 1]);
    expect(table(f, 'f4-age-bati').rows.map((r) => r.count)).toEqual([2, 1, 1, 0, 1, 1, 0]);
    expect(table(f, 'f4-financement').rows.map((r) => r.count)).toEqual([1, 0, 1, 2, 1, 0, 1, 0, 0]);
  });

  it('crosses the wished commune (columns) with the commune de relogement, with the synthèse', () => {
    const t = cross(f, 'f4-souhait-commune');
    expect(t.colLabels).toEqual(['Lyon', 'Bron', 'Villeurbanne']);
    expect(t.rowLabels).toEqual(['Lyon', 'Bron', 'Vénissieux']);
    expect(t.cells).toEqual([
      [4, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(t.bothNr).toBe(1);
    expect(t.synthese?.map((s) => s.text)).toEqual(['5 ménages soit 71 %', '2 ménages soit 29 %']);
    expect(t.synthese?.[0].label).toBe('Relogés dans la commune souhaitée');
  });

  it('crosses the wished quartier with the quartier de relogement', () => {
    const t = cross(f, 'f4-souhait-quartier');
    expect(t.colLabels).toEqual(['Mermoz', 'Bachut', 'Gratte-Ciel', 'Minguettes']);
    expect(t.rowLabels).toEqual(['Mermoz', 'États-Unis', 'Minguettes']);
    expect(t.cells).toEqual([
      [2, 1, 1, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
    ]);
    expect([t.bothNr, t.answered]).toEqual([2, 6]);
    expect(t.synthese?.map((s) => [s.label, s.text])).toEqual([
      ['Relogés dans le quartier souhaité', '3 ménages soit 50 %'],
      ['Relogés ailleurs que dans le quartier souhaité', '3 ménages soit 50 %'],
    ]);
  });
});
