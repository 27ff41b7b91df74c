/**
 * Fiche 2 — Le profil des ménages (guide p.16–17, GUIDE-NOTES §2(c), F3, F4, F5).
 *
 * Decisions:
 * - The profile (variables known at diagnosis) is counted on the whole population of the treatment,
 *   so "Ménages à reloger" gets the profile of the households still to relocate. The title is the
 *   guide's « Le profil des ménages relogés » when every household of the population is relogé,
 *   « Le profil des ménages » otherwise.
 * - The crossings use after-relocation variables: they count the relogés of the population only
 *   (base 'reloges'). Columns are the crossing variable, rows the profile variable, percentages
 *   within each column ("x % of the households whose effort rate rose are titulaires").
 * - Bénéficiaires de l'APL: APL (before relocation) > 0; = 0 non bénéficiaire; blank NR.
 *   « Montant moyen de l'APL » is averaged over the bénéficiaires only.
 * - Averages (occupants, enfants, âge, ressources €, RNI) skip NR values; each says on how many.
 */
import type { Household } from '../household/types';
import { isRelocated } from '../populations/predefined';
import { decapitalize } from '../populations/sentence';
import {
  AGE,
  APL,
  CEILINGS,
  CHILDREN,
  EFFORT_EVOLUTION_5,
  FAMILY_GROUPS,
  JOB,
  PRIOR_STATUS,
  PROFILE_CROSS_VARIABLES,
  PROFILE_SPLITS,
  RESOURCE_TYPE,
  SENIORITY,
  SMIC,
} from './standard';
import { averageFigure, crossBlock, crossTable, figuresBlock, flatTable, tableBlock } from './tables';
import type { Fiche, FicheBlock, FicheContext, FicheSection } from './types';
import { numberOf, type Variable } from './variables';

const SPLIT_QUESTIONS: Readonly<Record<string, string>> = {
  neuf: 'ayant accédé à un logement neuf',
  individuel: 'ayant accédé à un logement individuel',
  propriete: 'ayant accédé à la propriété',
  'sur-site': 'relogés sur site (même quartier)',
  zus: 'relogés en ZUS',
  'hors-zus': 'relogés hors ZUS',
};

function crossings(
  prefix: string,
  col: Variable,
  relocated: readonly Household[],
  what: string,
): FicheBlock[] {
  return PROFILE_CROSS_VARIABLES.map(({ id, variable }) =>
    crossBlock(
      crossTable(
        `f2-x-${prefix}-${id}`,
        variable,
        col,
        relocated,
        'reloges',
        `Croisement ${what} avec : ${decapitalize(variable.title)}`,
      ),
    ),
  );
}

export function fiche2(population: readonly Household[], ctx: FicheContext): Fiche {
  const relocated = population.filter(isRelocated);
  const all = population;
  const t = (id: string, v: Variable) => tableBlock(flatTable(id, v, all, 'population'));
  const avg = (id: string, label: string, unit: string, read: (h: Household) => number | null) =>
    averageFigure(id, label, unit, all, read, 'population');

  const profile: FicheSection = {
    id: 'profil',
    question: 'Quel est le profil socio-économique des ménages ?',
    blocks: [
      t('f2-statut', PRIOR_STATUS),
      t('f2-structure', FAMILY_GROUPS),
      figuresBlock('f2-occupants', "Nombre moyen d'occupants", [
        avg('moyenne-occupants', "Nombre moyen d'occupants par ménage", 'personnes', (h) =>
          numberOf(h, 'occupants'),
        ),
      ]),
      t('f2-enfants', CHILDREN),
      figuresBlock('f2-enfants-moyenne', "Nombre moyen d'enfants", [
        avg('moyenne-enfants', "Nombre moyen d'enfants par ménage", 'enfants', (h) =>
          numberOf(h, 'children'),
        ),
      ]),
      t('f2-age', AGE),
      figuresBlock('f2-age-moyen', 'Âge moyen', [
        avg('age-moyen', 'Âge moyen du chef de ménage', 'ans', (h) => numberOf(h, 'age')),
      ]),
      t('f2-anciennete', SENIORITY),
      t('f2-situation-pro', JOB),
      t('f2-nature-ressources', RESOURCE_TYPE),
      t('f2-plafonds', CEILINGS),
      t('f2-ressources-smic', SMIC),
      figuresBlock('f2-ressources-moyennes', 'Ressources moyennes', [
        avg('ressources-moyennes', 'Ressources moyennes par ménage (par mois)', '€', (h) =>
          numberOf(h, 'resources'),
        ),
        avg('rni-moyen', 'Revenu net imposable moyen par ménage (par an)', '€/an', (h) => numberOf(h, 'rni')),
      ]),
      t('f2-apl', APL),
      figuresBlock('f2-apl-moyenne', "Moyenne de l'APL", [
        avg('apl-moyenne', "Montant moyen de l'APL (bénéficiaires)", '€', (h) => {
          const x = numberOf(h, 'apl');
          return x !== null && x > 0 ? x : null;
        }),
      ]),
    ],
  };

  const effort: FicheSection = {
    id: 'croisement-effort',
    question:
      "Quel est le profil socio-économique des ménages ayant subi une augmentation du taux d'effort ?",
    blocks: crossings('effort', EFFORT_EVOLUTION_5, relocated, "de l'évolution du taux d'effort"),
  };

  const splits: FicheSection[] = PROFILE_SPLITS.map(({ id, variable }) => ({
    id: `croisement-${id}`,
    question: `Quel est le profil socio-économique des ménages ${SPLIT_QUESTIONS[id]} ?`,
    blocks: crossings(id, variable, relocated, `des ménages ${decapitalize(variable.title)}`),
  }));

  return {
    number: 2,
    title:
      relocated.length === population.length && population.length > 0
        ? 'Le profil des ménages relogés'
        : 'Le profil des ménages',
    subtitle: `${ctx.populationLabel} — ${ctx.scopeLabel}`,
    populationSize: population.length,
    relocatedSize: relocated.length,
    commentsTitle: 'Commentaires et observations sur fiche 2',
    sections: [profile, effort, ...splits],
  };
}
