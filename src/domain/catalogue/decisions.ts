import type { Decision } from './types';

/**
 * Decisions: where the guide is ambiguous or silent. 'reference' decisions come from
 * RIME-REFERENCE.md; 'project' decisions were taken by this project beyond it (docs/decisions.md lists them all, with why).
 */
export const DECISIONS = [
  { id: 'D-STAR', source: 'reference', text: "L'étoile ★ (variable ANRU) est posée sur les variables utilisées par les indicateurs de la FAT démolition, plus l'opération, le relogement, les dates et le type de relogement : la liste du guide n'est pas lisible." },
  { id: 'D-REQUEST', source: 'reference', text: "Un ménage (N° d'identification) peut avoir plusieurs demandes (décohabitation) : le N° de demande les distingue et le couple (N° d'identification, N° de demande) est unique." },
  { id: 'D-AMOUNTS', source: 'reference', text: "Les montants sont conservés tels que saisis et arrondis seulement à l'affichage (le guide demande d'arrondir à l'euro supérieur, ce qui biaise les taux d'effort)." },
  { id: 'D-QUITTANCE', source: 'reference', text: 'La quittance mensuelle est calculée (loyer de base + provision pour charges) au lieu d\'être saisie.' },
  { id: 'D-SALARIES', source: 'reference', text: "« Salaires mensuels » s'entend « revenus mensuels (hors prestations familiales) » : salaires, pensions, minima sociaux. Le taux d'effort du guide n'a pas d'autre colonne de revenus." },
  { id: 'D-SMIC', source: 'reference', text: "Le SMIC net mensuel est lu dans la table datée de la feuille Paramètres (année → SMIC) pour l'année de référence choisie ; par défaut 1 118 € (2006, 39 h) et les valeurs récentes." },
  { id: 'D-RMI', source: 'reference', text: 'Le RMI est devenu le RSA en juin 2009 : les codes « R » désignent aujourd\'hui le RSA.' },
  { id: 'D-CODES', source: 'reference', text: "Code illisible dans le guide : choisi par nous (PS, LL, HSIT, AS, AI, RD5, AA-5, T, A)." },
  { id: 'D-RD5', source: 'reference', text: "RD5 = « Lgt social réhab. dans 5 ans » (libellé des fiches du guide, sans code lisible)." },
  { id: 'D-AA5', source: 'reference', text: "AA-5 = logement conventionné en acquisition-amélioration de moins de 5 ans, nécessaire à la FAT démolition." },
  { id: 'D-ZUS', source: 'reference', text: 'Depuis 2015 les quartiers prioritaires sont les QPV : la colonne s\'intitule « ZUS / QPV », codes Z / HZ.' },
  { id: 'D-ACCEPT', source: 'reference', text: 'Le guide place « Relogement accepté / refusé » sous la proposition temporaire (TN) ; nous l\'appliquons à toute proposition.' },
  { id: 'D-DENSITY', source: 'reference', text: 'Densité : Équilibre si occupants = pièces ± 1 ; Sur-occupation si occupants ≥ pièces + 2 ; Sous-occupation si occupants ≤ pièces − 2 (le guide laisse ± 2 sans classe).' },
  { id: 'D-SURFACE', source: 'reference', text: "Les tranches d'évolution de la surface portent sur la variation relative (après − avant) ÷ avant × 100, « en pourcentages » comme le dit le guide ; l'évolution en m² est une colonne à part." },
  { id: 'D-BANDS9', source: 'reference', text: 'Tables à 9 tranches : < −5 ; [−5 ; 0[ ; = 0 ; ]0 ; 5] ; ]5 ; 10] ; ]10 ; 20] ; ]20 ; 30] ; ]30 ; 40] ; > 40.' },
  { id: 'D-EFFORT-BANDS', source: 'reference', text: "Tranches de taux d'effort semi-ouvertes [bas ; haut[ : < 10 %, 10-15, 15-20, 20-25, 25-30, ≥ 30 % (la FAT regroupe ≥ 25 %)." },
  { id: 'D-EFFORT-EVOL', source: 'reference', text: "Évolution du taux d'effort en points : < −15 ; [−15 ; −2,5[ ; [−2,5 ; 2,5] ; ]2,5 ; 15] ; > 15. La fiche 4 regroupe en 3 : diminution (< −2,5), stable, augmentation (> 2,5)." },
  { id: 'D-BLANK', source: 'reference', text: 'Une donnée manquante donne un résultat vide (non renseigné, NR), jamais #VALEUR!, #DIV/0! ni un taux d\'effort de 0 % pour un ménage sans revenu déclaré.' },
  { id: 'D-OPCOUNTS', source: 'reference', text: "Nombre de ménages relogés et date du dernier relogement de chaque opération sont calculés d'après les lignes des ménages, jamais saisis." },
  { id: 'D-PERCENT', source: 'reference', text: 'Les pourcentages portent sur les ménages ayant répondu (Total = 100 %) ; les non-renseignés (NR) sont comptés à part.' },
  { id: 'P-OPTIONAL-TERMS', source: 'project', text: "Une provision pour charges ou une APL vide compte pour 0 dans la quittance et le reste à charge ; un loyer vide rend la quittance vide. Ressources = salaires + prestations, vide seulement si les deux sont vides ; taux d'effort vide si les ressources sont vides ou nulles." },
  { id: 'P-ROUNDING', source: 'project', text: "Les évolutions sont arrondies à 4 décimales (points, %, pièces) et à 2 décimales (€, m²), de même que l'écart occupants − pièces de la densité, à l'identique dans Excel et dans le complément, pour que les bornes de tranches tombent juste (0,2 − 0,175 ne vaut pas exactement 0,025 en calcul flottant)." },
  { id: 'P-TEXT-IN-NUMBER', source: 'project', text: "Un nombre ou une date saisis comme texte (« 12,5 », « 03/02/2024 ») ne sont pas utilisés : Excel ne les calcule pas, les statistiques les comptent non renseignés, et le contrôle de saisie signale l'erreur avec la valeur à ressaisir." },
  { id: 'P-CODE-CASE', source: 'project', text: 'Un code saisi en minuscules ou entouré d\'espaces (« ce », « oui ») est lu comme le code officiel (CE, OUI) : la liste déroulante d\'Excel ne distingue pas la casse.' },
  { id: 'P-SMIC-YEAR', source: 'project', text: "L'année de référence du SMIC est un paramètre (feuille Paramètres), par défaut l'année d'édition." },
] as const satisfies readonly Decision[];

export type KnownDecisionId = (typeof DECISIONS)[number]['id'];

export function decisionById(id: string): Decision | undefined {
  return (DECISIONS as readonly Decision[]).find((d) => d.id === id);
}
