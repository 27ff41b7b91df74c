/**
 * Fiche 3 — Les nouvelles conditions de logement (guide p.18–21, GUIDE-NOTES §2(c), F6, F7).
 *
 * Every table counts the relogés of the population (base 'reloges'), except « Statut d'occupation »,
 * counted on the whole population with its « Sans objet » row (households not relogés: Relogement
 * NON, D or A), kept out of the percentages.
 *
 * Synthèse lines (our Decisions; percentages over the households that answered the table):
 * - Taux d'effort avant / après: « Taux d'effort de 25 % et plus » (the FAT's top class, ≥ 25 %).
 * - Évolution du taux d'effort: the three classes of fiche 4 — baisse (< −2,5 pts), stable
 *   ([−2,5 ; 2,5]), hausse (> 2,5 pts; the population 'reloges-hausse-taux-effort').
 * - Surface × reste à charge (the ANRU test for PLAI households: constant reste à charge for an equal
 *   surface): surface égale = band « 0 % » (surface after = surface before, exactly);
 *   (a) surface égale et reste à charge stable ou en baisse (≤ 0 €), (b) surface égale et reste à
 *   charge en hausse (> 0 €), (c) surface en baisse et reste à charge en hausse. Base: households
 *   with both evolutions renseignées. Rows = reste à charge, columns = surface, so each column's
 *   percentages read "for an equal surface, x % saw their reste à charge fall".
 * - Density: rows = après, columns = avant (percentages: "of the households in sur-occupation
 *   before, x % are in équilibre after").
 */
import type { ColumnKey } from '../catalogue/columns';
import type { Household } from '../household/types';
import { isRelocated } from '../populations/predefined';
import {
  ACCEPTANCE,
  BUILDING_AGE,
  DENSITY_AFTER,
  DENSITY_BEFORE,
  EFFORT_AFTER,
  EFFORT_BEFORE,
  EFFORT_EVOLUTION_5,
  FINANCING,
  LOCATION,
  RELOCATION_TYPE,
  RESERVATION,
  RESIDUAL_EVOLUTION,
  ROOMS_AFTER,
  ROOMS_BEFORE,
  ROOMS_EVOLUTION,
  SURFACE_EVOLUTION,
  TENURE_AFTER,
  ZUS,
} from './standard';
import {
  averageFigure,
  cellSum,
  countFigure,
  crossBlock,
  crossTable,
  figuresBlock,
  flatTable,
  syntheseLine,
  tableBlock,
} from './tables';
import type { Fiche, FicheContext, FicheTable, SyntheseLine } from './types';
import { numberOf, valueOf, type Variable } from './variables';

/** Sum of the rows at the given indexes of a flat table, as a synthesis line. */
function rowsLine(t: FicheTable, label: string, indexes: readonly number[]): SyntheseLine {
  return syntheseLine(
    label,
    indexes.reduce((s, i) => s + t.rows[i].count, 0),
    t.answered,
  );
}

function withSynthese(t: FicheTable, lines: readonly SyntheseLine[]): FicheTable {
  return { ...t, synthese: lines };
}

/** Index ranges of the 9-band tables: < −5, −5 à 0, 0, 0 à 5 … > 40. */
const NINE = { down: [0, 1], zero: [2], up: [3, 4, 5, 6, 7, 8] } as const;

export function fiche3(population: readonly Household[], ctx: FicheContext): Fiche {
  const rel = population.filter(isRelocated);
  const flat = (id: string, v: Variable) => flatTable(id, v, rel, 'reloges');
  const t = (id: string, v: Variable) => tableBlock(flat(id, v));
  const avg = (id: string, label: string, unit: string, key: ColumnKey) =>
    averageFigure(id, label, unit, rel, (h) => numberOf(h, key), 'reloges');

  const before = flat('f3-taux-effort-avant', EFFORT_BEFORE);
  const after = flat('f3-taux-effort-apres', EFFORT_AFTER);
  const evolution = flat('f3-evolution-taux-effort', EFFORT_EVOLUTION_5);
  const surfaceRac = crossTable(
    'f3-surface-reste-a-charge',
    RESIDUAL_EVOLUTION,
    SURFACE_EVOLUTION,
    rel,
    'reloges',
    'Évolution de la surface en croisé avec la quittance résiduelle',
  );
  const inSet = (set: readonly number[]) => (i: number) => set.includes(i);
  const surfaceSynthese = [
    syntheseLine(
      'Surface égale et reste à charge stable ou en baisse (≤ 0 €)',
      cellSum(surfaceRac, inSet([...NINE.down, ...NINE.zero]), inSet(NINE.zero)),
      surfaceRac.answered,
    ),
    syntheseLine(
      'Surface égale et reste à charge en hausse (> 0 €)',
      cellSum(surfaceRac, inSet(NINE.up), inSet(NINE.zero)),
      surfaceRac.answered,
    ),
    syntheseLine(
      'Surface en baisse et reste à charge en hausse',
      cellSum(surfaceRac, inSet(NINE.up), inSet(NINE.down)),
      surfaceRac.answered,
    ),
  ];
  const hosted = rel.filter((h) => valueOf(h, 'priorStatus') === 'H').length;
  const split = rel.filter((h) => valueOf(h, 'priorStatus') === 'D').length;

  return {
    number: 3,
    title: 'Les nouvelles conditions de logement',
    subtitle: `${ctx.populationLabel} — ${ctx.scopeLabel}`,
    populationSize: population.length,
    relocatedSize: rel.length,
    commentsTitle: 'Commentaires et observations sur fiche 3',
    sections: [
      {
        id: 'budget',
        question: "Quelle est l'évolution du budget logement des ménages ?",
        blocks: [
          tableBlock(
            withSynthese(before, [
              rowsLine(before, "Taux d'effort de 25 % et plus avant le relogement", [4, 5]),
            ]),
          ),
          tableBlock(
            withSynthese(after, [
              rowsLine(after, "Taux d'effort de 25 % et plus après le relogement", [4, 5]),
            ]),
          ),
          figuresBlock('f3-budget', 'Budget logement (moyennes par ménage)', [
            avg(
              'quittance-residuelle-avant',
              'Quittance résiduelle moyenne avant le relogement',
              '€',
              'residualRent',
            ),
            avg(
              'quittance-residuelle-apres',
              'Quittance résiduelle moyenne après le relogement',
              '€',
              'residualRentAfter',
            ),
            avg('loyer-base-avant', 'Loyer de base moyen avant le relogement', '€', 'rent'),
            avg('loyer-base-apres', 'Loyer de base moyen après le relogement', '€', 'rentAfter'),
            avg(
              'provision-charges-avant',
              'Provision pour charges moyenne avant le relogement',
              '€',
              'charges',
            ),
            avg(
              'provision-charges-apres',
              'Provision pour charges moyenne après le relogement',
              '€',
              'chargesAfter',
            ),
          ]),
          tableBlock(
            withSynthese(evolution, [
              rowsLine(evolution, "Baisse du taux d'effort (< -2,5 pts)", [0, 1]),
              rowsLine(evolution, "Taux d'effort stable (-2,5 à 2,5 pts)", [2]),
              rowsLine(evolution, "Hausse du taux d'effort (> 2,5 pts)", [3, 4]),
            ]),
          ),
        ],
      },
      {
        id: 'surface-reste-a-charge',
        question:
          "Le reste à charge est-il resté constant pour un logement de surface égale (règle de l'ANRU) ?",
        blocks: [crossBlock({ ...surfaceRac, synthese: surfaceSynthese })],
      },
      {
        id: 'taille',
        question: 'Le relogement a-t-il permis une évolution de la taille du logement ?',
        blocks: [
          t('f3-pieces-avant', ROOMS_BEFORE),
          t('f3-pieces-apres', ROOMS_AFTER),
          t('f3-evolution-pieces', ROOMS_EVOLUTION),
          figuresBlock('f3-pieces-surface', 'Pièces et surface (moyennes par ménage)', [
            avg(
              'evolution-moyenne-pieces',
              'Évolution moyenne du nombre de pièces avant/après',
              'pièces',
              'roomsEvolution',
            ),
            avg(
              'surface-moyenne-avant',
              'Surface habitable ou corrigée moyenne avant le relogement',
              'm²',
              'surface',
            ),
            avg(
              'surface-moyenne-apres',
              'Surface habitable ou corrigée moyenne après le relogement',
              'm²',
              'surfaceAfter',
            ),
            avg(
              'evolution-moyenne-surface',
              'Évolution moyenne de la surface avant/après',
              'm²',
              'surfaceEvolution',
            ),
          ]),
          t('f3-evolution-surface', SURFACE_EVOLUTION),
        ],
      },
      {
        id: 'densite',
        question:
          'Le relogement a-t-il permis une adaptation de la taille du logement au regard de la composition du ménage ?',
        blocks: [
          crossBlock(
            crossTable(
              'f3-densite',
              DENSITY_AFTER,
              DENSITY_BEFORE,
              rel,
              'reloges',
              "Densité d'occupation avant et après le relogement",
            ),
          ),
        ],
      },
      {
        id: 'bati',
        question: 'Dans quel type de bâti les ménages ont-ils été relogés ?',
        blocks: [t('f3-age-bati', BUILDING_AGE), t('f3-financement', FINANCING)],
      },
      {
        id: 'localisation',
        question:
          'Concernant la localisation géographique, dans quels secteurs ont été relogés les ménages ?',
        blocks: [t('f3-zus', ZUS), t('f3-localisation', LOCATION)],
      },
      {
        id: 'statut',
        question: "Le relogement a-t-il permis une évolution du statut d'occupation ?",
        blocks: [tableBlock(flatTable('f3-statut-occupation', TENURE_AFTER, population, 'population'))],
      },
      {
        id: 'type',
        question: "De quel type de relogement s'agit-il ?",
        blocks: [
          t('f3-type-relogement', RELOCATION_TYPE),
          t('f3-accepte-refuse', ACCEPTANCE),
          figuresBlock('f3-propositions', 'Propositions et rappel', [
            avg('propositions-moyenne', 'Nombre moyen de propositions', 'propositions', 'proposals'),
            countFigure(
              'rappel-heberges-decohabitants',
              "Rappel : nombre d'hébergés et de décohabitants relogés",
              hosted + split,
              'reloges',
            ),
            countFigure('rappel-heberges', 'dont hébergés', hosted, 'reloges'),
            countFigure('rappel-decohabitants', 'dont décohabitants', split, 'reloges'),
          ]),
        ],
      },
      {
        id: 'partenaires',
        question: 'Quel est le degré de mobilisation des partenaires dans les relogements ?',
        blocks: [t('f3-reservataire', RESERVATION)],
      },
    ],
  };
}
