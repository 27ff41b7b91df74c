/**
 * Fiche 1 — État d'avancement des relogements (guide p.14, GUIDE-NOTES §2(c), F1, F2).
 *
 * Decisions:
 * - Part des ménages relogés = relogés of the population ÷ "Nombre de ménages à reloger au démarrage"
 *   of the operations in scope × 100 (the guide's "au regard du nombre de relogements à réaliser").
 * - Taux d'occupation = logements occupés ÷ logements à démolir × 100, logements occupés = à démolir
 *   − vacants (the FAT's "Logements occupés", reference §7). The guide's other reading, ménages à
 *   reloger for 100 logements à démolir (décohabitants make it exceed the occupation rate), is given too.
 * - Décohabitants / hébergés relogés: their share is over the relogés whose Statut d'occupation
 *   antérieur is renseigné (D-PERCENT).
 * - Neuf ou moins de 5 ans = Âge du bâti CN or C-5 (as population 'reloges-neuf'), over the relogés
 *   whose Âge du bâti is renseigné.
 * - The three dates (F2): Date de début de l'opération (earliest of the scope), Date du dernier
 *   relogement = latest Date du déménagement of the relogés of the population, Date d'édition.
 * - Last section « Taux de remplissage » (issue 9): filled / non renseigné / rate per ANRU ★ column and
 *   overall, over the population (after-relocation columns over its relogés); see completeness.ts.
 */
import type { Household } from '../household/types';
import { isRelocated, isToRelocate, NEW_BUILDING_CODES } from '../populations/predefined';
import { completenessBlock } from './completeness';
import { BUILDING_AGE, PRIOR_STATUS, RELOCATION_SITUATION } from './standard';
import { countFigure, figuresBlock, flatTable, shareFigure, tableBlock } from './tables';
import type { Fiche, FicheContext, Figure } from './types';
import { numberOf, valueOf } from './variables';

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b <= 0 ? null : (a / b) * 100;

function lastMoveDate(relocated: readonly Household[]): Figure {
  let last: number | null = null;
  let answered = 0;
  for (const h of relocated) {
    const d = numberOf(h, 'moveDate');
    if (d === null) continue;
    answered += 1;
    if (last === null || d > last) last = d;
  }
  return {
    id: 'date-dernier-relogement',
    label: 'Date du dernier relogement',
    unit: 'date',
    value: last,
    base: 'reloges',
    answered,
    nr: relocated.length - answered,
  };
}

export function fiche1(population: readonly Household[], ctx: FicheContext): Fiche {
  const relocated = population.filter(isRelocated);
  const toRelocate = population.filter(isToRelocate).length;
  const ops = ctx.operations;

  const status = flatTable(
    'f1-statut-reloges',
    PRIOR_STATUS,
    relocated,
    'reloges',
    "Statut d'occupation antérieur des ménages relogés",
  );
  const hostedOrSplit = relocated.filter((h) =>
    ['D', 'H'].includes(String(valueOf(h, 'priorStatus'))),
  ).length;
  const age = flatTable('f1-age-bati', BUILDING_AGE, relocated, 'reloges');
  const newer = relocated.filter((h) =>
    NEW_BUILDING_CODES.includes(String(valueOf(h, 'buildingAge'))),
  ).length;
  const occupied =
    ops.dwellingsToDemolish !== null && ops.vacantDwellings !== null
      ? ops.dwellingsToDemolish - ops.vacantDwellings
      : null;

  return {
    number: 1,
    title: "État d'avancement des relogements",
    subtitle: `${ctx.populationLabel} — ${ctx.scopeLabel}`,
    populationSize: population.length,
    relocatedSize: relocated.length,
    commentsTitle: 'Commentaires et observations sur fiche 1',
    sections: [
      {
        id: 'avancement',
        question:
          'Quelle est la part de relogements réalisés au moment du bilan au regard du nombre de relogements à réaliser ?',
        blocks: [
          figuresBlock('f1-avancement', 'Avancement des relogements', [
            countFigure(
              'menages-a-reloger-demarrage',
              "Nombre de ménages à reloger au démarrage de l'opération (y compris décohabitants ou hébergés)",
              ops.householdsToRelocate,
              'operations',
            ),
            countFigure('menages-reloges', 'Nombre de ménages relogés', relocated.length, 'population'),
            countFigure(
              'menages-restant-a-reloger',
              'Nombre de ménages restant à reloger',
              toRelocate,
              'population',
            ),
            {
              id: 'part-reloges',
              label: 'Part des ménages relogés au regard du nombre de ménages à reloger',
              unit: '%',
              base: 'operations',
              value: ratio(relocated.length, ops.householdsToRelocate),
            },
          ]),
          tableBlock(flatTable('f1-situation', RELOCATION_SITUATION, population, 'population')),
        ],
      },
      {
        id: 'occupation',
        question:
          "Quelle est la part de ménages à reloger au regard du nombre de logements à démolir (le taux d'occupation) ?",
        blocks: [
          figuresBlock('f1-occupation', "Taux d'occupation", [
            countFigure(
              'logements-a-demolir',
              'Nombre de logements à démolir',
              ops.dwellingsToDemolish,
              'operations',
              'logements',
            ),
            countFigure(
              'logements-vacants',
              'Nombre de logements vacants',
              ops.vacantDwellings,
              'operations',
              'logements',
            ),
            countFigure(
              'logements-occupes',
              'Nombre de logements occupés',
              occupied,
              'operations',
              'logements',
            ),
            {
              id: 'taux-occupation',
              label: "Taux d'occupation (logements occupés ÷ logements à démolir)",
              unit: '%',
              base: 'operations',
              value: ratio(occupied, ops.dwellingsToDemolish),
            },
            {
              id: 'menages-pour-100-logements',
              label: 'Ménages à reloger pour 100 logements à démolir',
              unit: 'ménages',
              base: 'operations',
              value: ratio(ops.householdsToRelocate, ops.dwellingsToDemolish),
            },
          ]),
        ],
      },
      {
        id: 'decohabitants',
        question:
          'Quelle est la part des décohabitants et hébergés relogés au regard du nombre total de ménages relogés ?',
        blocks: [
          tableBlock(status),
          figuresBlock('f1-decohabitants', 'Décohabitants et hébergés relogés', [
            countFigure(
              'decohabitants-heberges-reloges',
              'Nombre de ménages relogés dont décohabitants ou hébergés',
              hostedOrSplit,
              'reloges',
            ),
            shareFigure(
              'part-decohabitants-heberges',
              'Part des décohabitants et hébergés parmi les ménages relogés',
              hostedOrSplit,
              status.answered,
              relocated.length,
              'reloges',
            ),
          ]),
        ],
      },
      {
        id: 'neuf',
        question: 'Quelle est la part des ménages relogés dans un logement neuf ou de moins de 5 ans ?',
        blocks: [
          tableBlock(age),
          figuresBlock('f1-neuf', 'Relogements dans le neuf ou le récent', [
            countFigure(
              'reloges-neuf-moins-5-ans',
              'Nombre de ménages relogés dans un logement neuf ou de moins de 5 ans',
              newer,
              'reloges',
            ),
            shareFigure(
              'part-neuf-moins-5-ans',
              'Part des ménages relogés dans un logement neuf ou de moins de 5 ans',
              newer,
              age.answered,
              relocated.length,
              'reloges',
            ),
          ]),
        ],
      },
      {
        id: 'dates',
        question: 'Dates',
        blocks: [
          figuresBlock('f1-dates', 'Dates', [
            {
              id: 'date-debut',
              label: "Date de début de l'opération",
              unit: 'date',
              base: 'operations',
              value: ops.startDate,
            },
            lastMoveDate(relocated),
            { id: 'date-edition', label: "Date d'édition", unit: 'date', value: ctx.today },
          ]),
        ],
      },
      {
        id: 'remplissage',
        question:
          'Taux de remplissage : « le taux de remplissage conditionne fortement la qualité des résultats ». Quelle part des ménages concernés a chaque variable renseignée ?',
        blocks: [completenessBlock(population, ctx.customFields)],
      },
    ],
  };
}
