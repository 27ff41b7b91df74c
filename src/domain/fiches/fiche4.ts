/**
 * Fiche 4 — Le parcours résidentiel des ménages relogés (guide p.22–23, GUIDE-NOTES §2(c), F8–F10).
 * Every table counts the relogés of the population (base 'reloges').
 *
 * - Crossings with the effort-rate evolution in 3 classes (columns; D-EFFORT-EVOL), percentages within
 *   each column, as the guide's reading example ("33 % des ménages dont l'évolution du taux d'effort
 *   diminue ont connu … une diminution de la taille du logement").
 * - Commune and quartier de relogement: tris à plat of the typed names, grouped without case or
 *   accents, shown with their most frequent spelling, sorted by count (descending) then name.
 * - « Évolution du souhait » (the wish at the proposal, F9) × place of relocation: columns = the wish,
 *   rows = where the household was relocated; Synthèse = relogés in the wished commune (quartier) or
 *   elsewhere, over the households with both renseignés.
 */
import type { ColumnKey } from '../catalogue/columns';
import type { Household } from '../household/types';
import { foldText } from '../populations/criteria';
import { isRelocated } from '../populations/predefined';
import { decapitalize } from '../populations/sentence';
import {
  BUILDING_AGE,
  CHARGES_AFTER,
  DWELLING,
  EFFORT_EVOLUTION_3,
  FINANCING,
  LOCATION,
  ROOMS_EVOLUTION,
} from './standard';
import { crossBlock, crossTable, flatTable, syntheseLine, tableBlock } from './tables';
import type { CrossTable, Fiche, FicheContext } from './types';
import { textVariable, type Variable } from './variables';

interface WishCross {
  readonly id: string;
  readonly title: string;
  readonly wish: { readonly key: ColumnKey; readonly title: string };
  readonly place: { readonly key: ColumnKey; readonly title: string };
  /** « la commune souhaitée », « le quartier souhaité ». */
  readonly wished: string;
}

function wishCross(w: WishCross, rel: readonly Household[]): CrossTable {
  const rows = textVariable(w.place.title, w.place.key, rel);
  const cols = textVariable(w.wish.title, w.wish.key, rel);
  const t = crossTable(w.id, rows, cols, rel, 'reloges', w.title);
  let inWish = 0;
  t.cells.forEach((r, i) =>
    r.forEach((n, j) => {
      if (foldText(t.rowLabels[i]) === foldText(t.colLabels[j])) inWish += n;
    }),
  );
  return {
    ...t,
    synthese: [
      syntheseLine(`Relogés dans ${w.wished}`, inWish, t.answered),
      syntheseLine(`Relogés ailleurs que dans ${w.wished}`, t.answered - inWish, t.answered),
    ],
  };
}

const COMMUNE: WishCross = {
  id: 'f4-souhait-commune',
  title: 'Évolution commune souhaitée et commune de relogement',
  wish: { key: 'wishCommuneChange', title: 'Évolution du souhait Commune' },
  place: { key: 'relocationCommune', title: 'Commune de relogement' },
  wished: 'la commune souhaitée',
};

const DISTRICT: WishCross = {
  id: 'f4-souhait-quartier',
  title: 'Évolution quartier souhaité et quartier de relogement',
  wish: { key: 'wishDistrictChange', title: 'Évolution du souhait Quartier' },
  place: { key: 'relocationDistrict', title: 'Quartier de relogement' },
  wished: 'le quartier souhaité',
};

export function fiche4(population: readonly Household[], ctx: FicheContext): Fiche {
  const rel = population.filter(isRelocated);
  const t = (id: string, v: Variable) => tableBlock(flatTable(id, v, rel, 'reloges'));
  const x = (id: string, v: Variable) =>
    crossBlock(
      crossTable(
        id,
        v,
        EFFORT_EVOLUTION_3,
        rel,
        'reloges',
        `Évolution du taux d'effort et ${decapitalize(v.title)}`,
      ),
    );

  return {
    number: 4,
    title: 'Le parcours résidentiel des ménages relogés',
    subtitle: `${ctx.populationLabel} — ${ctx.scopeLabel}`,
    populationSize: population.length,
    relocatedSize: rel.length,
    commentsTitle: 'Commentaires et observations sur fiche 4',
    sections: [
      {
        id: 'effort-conditions',
        question:
          "L'augmentation du taux d'effort est-elle liée à une amélioration des conditions de logement ?",
        blocks: [
          x('f4-effort-pieces', ROOMS_EVOLUTION),
          x('f4-effort-nature-logement', DWELLING),
          x('f4-effort-charges', CHARGES_AFTER),
          x('f4-effort-age-bati', BUILDING_AGE),
          x('f4-effort-financement', FINANCING),
        ],
      },
      {
        id: 'mobilite',
        question: 'Le relogement a-t-il favorisé une certaine mobilité résidentielle (géographique) ?',
        blocks: [
          t('f4-commune', textVariable('Commune de relogement', 'relocationCommune', rel)),
          t('f4-quartier', textVariable('Quartier de relogement', 'relocationDistrict', rel)),
          t('f4-localisation', LOCATION),
          crossBlock(wishCross(COMMUNE, rel)),
          crossBlock(wishCross(DISTRICT, rel)),
        ],
      },
      {
        id: 'peuplement',
        question: 'Le relogement a-t-il eu un impact sur les équilibres de peuplement ?',
        blocks: [t('f4-age-bati', BUILDING_AGE), t('f4-financement', FINANCING)],
      },
    ],
  };
}
