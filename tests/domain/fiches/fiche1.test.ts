import { serialFromYmd } from '../../../src/domain/dates';
import { fiche1 } from '../../../src/domain/fiches';
import { FIXTURE } from './fixture';
import { counts, CTX, figure, pcts, table } from './helpers';

const f = fiche1(FIXTURE, CTX);

describe('fiche 1 — état d’avancement (12 households, 8 relogés)', () => {
  it('names itself and its population', () => {
    expect(f.title).toBe("État d'avancement des relogements");
    expect(f.subtitle).toBe('Ensemble des ménages — Toutes les opérations (Tout)');
    expect([f.populationSize, f.relocatedSize]).toEqual([12, 8]);
    expect(f.commentsTitle).toBe('Commentaires et observations sur fiche 1');
  });

  it('counts relogés, à reloger and the share of the operations’ households', () => {
    expect(figure(f, 'menages-a-reloger-demarrage').value).toBe(20);
    expect(figure(f, 'menages-reloges').value).toBe(8);
    expect(figure(f, 'menages-restant-a-reloger').value).toBe(2);
    expect(figure(f, 'part-reloges').value).toBeCloseTo(40, 10); // 8 / 20
  });

  it('shows every household in the situation table (blank Relogement = NR)', () => {
    const t = table(f, 'f1-situation');
    expect(counts(t)).toEqual([
      ['Ménages relogés', 8],
      ['Ménages à reloger', 2],
      ['Départs spontanés', 1],
      ['Autres (décès, expulsion…)', 0],
    ]);
    expect([t.nr, t.answered, t.total, t.base]).toEqual([1, 11, 12, 'population']);
    expect(pcts(t)).toEqual([72.73, 18.18, 9.09, 0]);
  });

  it('gives the taux d’occupation from the operations', () => {
    expect(figure(f, 'logements-a-demolir').value).toBe(24);
    expect(figure(f, 'logements-vacants').value).toBe(6);
    expect(figure(f, 'logements-occupes').value).toBe(18);
    expect(figure(f, 'taux-occupation').value).toBeCloseTo(75, 10); // 18 / 24
    expect(figure(f, 'menages-pour-100-logements').value).toBeCloseTo(83.3333, 3); // 20 / 24
  });

  it('gives NR figures when the operations are not typed', () => {
    const g = fiche1(FIXTURE, {
      ...CTX,
      operations: {
        householdsToRelocate: null,
        dwellingsToDemolish: 0,
        vacantDwellings: null,
        startDate: null,
      },
    });
    expect(figure(g, 'part-reloges').value).toBeNull();
    expect(figure(g, 'taux-occupation').value).toBeNull();
    expect(figure(g, 'menages-pour-100-logements').value).toBeNull();
    expect(figure(g, 'logements-occupes').value).toBeNull();
    expect(figure(g, 'date-debut').value).toBeNull();
  });

  it('counts décohabitants and hébergés among the relogés', () => {
    const t = table(f, 'f1-statut-reloges');
    expect(counts(t)).toEqual([
      ['Hébergés', 1],
      ['Décohabitants', 1],
      ['Titulaire de bail', 5],
    ]);
    expect([t.nr, t.answered, t.total, t.base]).toEqual([1, 7, 8, 'reloges']);
    expect(figure(f, 'decohabitants-heberges-reloges').value).toBe(2);
    const share = figure(f, 'part-decohabitants-heberges');
    expect(share.value).toBeCloseTo(28.5714, 3); // 2 / 7
    expect([share.answered, share.nr]).toEqual([7, 1]);
  });

  it('tabulates the âge du bâti of the relogés, AA-5 included, and the share in new housing', () => {
    const t = table(f, 'f1-age-bati');
    expect(counts(t)).toEqual([
      ['Logt social neuf 1re livraison', 2],
      ['Logt social de -5 ans', 1],
      ['Log. social réhabilité -5 ans', 1],
      ['Log. social réhabilité +5 ans', 0],
      ['Log. social non réhabilité +5 ans', 1],
      ['Lgt social réhab. dans 5 ans', 1],
      ['Acquisition-amélioration -5 ans', 0],
    ]);
    expect([t.nr, t.answered, t.total]).toEqual([2, 6, 8]);
    expect(pcts(t)).toEqual([33.33, 16.67, 16.67, 0, 16.67, 16.67, 0]);
    expect(figure(f, 'reloges-neuf-moins-5-ans').value).toBe(3); // CN ×2 + C-5
    expect(figure(f, 'part-neuf-moins-5-ans').value).toBeCloseTo(50, 10);
  });

  it('gives the three dates', () => {
    expect(figure(f, 'date-debut').value).toBe(serialFromYmd(2022, 1, 15));
    const last = figure(f, 'date-dernier-relogement');
    expect(last.value).toBe(serialFromYmd(2024, 6, 30)); // H5
    expect([last.answered, last.nr]).toEqual([7, 1]);
    expect(figure(f, 'date-edition').value).toBe(serialFromYmd(2024, 9, 1));
  });

  it('has no last relocation date without relogés', () => {
    const g = fiche1(FIXTURE.slice(8), CTX);
    expect(figure(g, 'date-dernier-relogement').value).toBeNull();
    expect(figure(g, 'part-neuf-moins-5-ans').value).toBeNull();
    expect(table(g, 'f1-age-bati').rows.every((r) => r.percent === null)).toBe(true);
  });
});
