/** Sheets written from the catalogue (Listes, Tableau des variables, Explication): created, or rewritten when they differ (pure). */
import { CODE_LISTS, FORMATS, HOUSEHOLD_SHEET, OPERATION_SHEET } from '../../domain/catalogue';
import { formulaAt, type Grid } from '../workbook/grid';
import { newPart, type PlanPart } from './householdCommon';
import { EXPLANATION_SHEET, LISTS_SHEET, listTitle, PARAMS_SHEET, VARIABLES_SHEET } from './layout';
import type { Cell, Op } from './ops';
import { VARIABLE_WIDTHS, variablesSheet } from './variables';

export interface GeneratedSheet {
  readonly name: string;
  readonly cells: Cell[][];
  readonly widths: readonly number[];
  /** Columns formatted as text before writing (codes such as "1%"). */
  readonly textCols?: readonly number[];
  readonly headerRows: readonly number[];
  readonly wrap?: boolean;
}

export function listsSheet(): GeneratedSheet {
  const height = 1 + Math.max(...CODE_LISTS.map((l) => l.codes.length));
  const cells: Cell[][] = Array.from({ length: height }, () => Array.from({ length: 2 * CODE_LISTS.length }, () => '' as Cell));
  const textCols: number[] = [];
  CODE_LISTS.forEach((l, i) => {
    cells[0][2 * i] = `${listTitle(l)} : code`;
    cells[0][2 * i + 1] = 'Signification';
    if (!l.numeric) textCols.push(2 * i);
    l.codes.forEach((k, j) => {
      cells[j + 1][2 * i] = l.numeric ? Number(k.code) : k.code;
      cells[j + 1][2 * i + 1] = k.label;
    });
  });
  const widths = CODE_LISTS.flatMap(() => [80, 200]);
  return { name: LISTS_SHEET, cells, widths, textCols, headerRows: [0] };
}

export const EXPLANATION_LINES: readonly string[] = [
  'Mode d\'emploi de RIME pour Excel : suivi du relogement des ménages (opérations ANRU)',
  '',
  '1. Préparer le classeur',
  '« Préparer le classeur » crée ou met à niveau les feuilles sans jamais effacer une valeur saisie. On peut le relancer à tout moment : s\'il n\'y a rien à changer, il ne change rien.',
  '',
  `2. Les opérations (feuille ${OPERATION_SHEET})`,
  'Une ligne par opération physique (bâtiment, unité de la FAT). La ligne « Tout » regroupe toutes les opérations : elle est calculée par le complément, seules Commune et EPCI peuvent y être saisies.',
  'Après avoir ajouté ou renommé une opération, cliquez sur « Valider la liste des opérations » : la liste est triée et la liste déroulante « Opération » du tableau des ménages est mise à jour.',
  'Pour supprimer une opération, utilisez « Supprimer une opération » : le complément refuse tant que des ménages y sont rattachés, ou les déplace d\'abord vers l\'opération que vous choisissez.',
  '',
  `3. La saisie des ménages (feuille ${HOUSEHOLD_SHEET}, tableau Tableau_menages)`,
  'Une ligne par demande de relogement : un ménage qui décohabite a plusieurs lignes avec le même N° d\'identification et des N° de demande différents.',
  'Les colonnes à liste déroulante n\'acceptent que les codes de la liste ; le message d\'aide de la cellule rappelle leur signification.',
  'Les colonnes grisées, en italique, sont calculées par formule : ne rien y saisir. Une donnée manquante donne un résultat vide (non renseigné).',
  'Les variables demandées par l\'ANRU portent une étoile ★ dans leur en-tête.',
  'Saisissez les montants tels quels (ils sont arrondis à l\'affichage seulement), les dates en jj/mm/aaaa, les nombres sans texte autour.',
  'Pour ajouter un champ, insérez une colonne juste avant « Commentaires et observations » : il est conservé et utilisable dans les traitements.',
  'Vous pouvez déplacer, masquer ou élargir les colonnes : le complément les retrouve par leur en-tête. Ne renommez pas les en-têtes du catalogue.',
  '',
  `4. Les paramètres (feuille ${PARAMS_SHEET})`,
  'Bailleur, référent, année de référence du SMIC et table du SMIC net mensuel par année (modifiable), points d\'étape de l\'année.',
  '',
  `5. Les définitions (feuille ${VARIABLES_SHEET})`,
  'Pour chaque colonne : codes et significations, format, formule et tranches, variable ANRU, données personnelles, et les décisions prises là où le guide est ambigu.',
  '',
  '6. Données personnelles',
  'Noms, prénoms, adresses et commentaires sont des données personnelles (RGPD) ; les commentaires peuvent être sensibles : n\'y portez aucune appréciation sur la situation sociale. Le tableau de saisie est un document interne : ne transmettez aux partenaires que des résultats agrégés ou les exports prévus.',
];

export function explanationSheet(): GeneratedSheet {
  return { name: EXPLANATION_SHEET, cells: EXPLANATION_LINES.map((l) => [l]), widths: [700], headerRows: [0], wrap: true };
}

export function variablesGenerated(): GeneratedSheet {
  return { name: VARIABLES_SHEET, cells: variablesSheet(), widths: VARIABLE_WIDTHS, headerRows: [2], wrap: true };
}

function sameContent(g: Grid, cells: readonly (readonly Cell[])[]): boolean {
  return cells.every((row, r) => row.every((v, c) => formulaAt(g, r, c) === v));
}

/** Creates the sheet, or rewrites its block when a cell differs; cells outside the block are left alone. */
export function planGenerated(spec: GeneratedSheet, existing: string | null, g: Grid): PlanPart {
  const part = newPart();
  if (existing && sameContent(g, spec.cells)) return part;
  const sheet = existing ?? spec.name;
  const ops: Op[] = [];
  if (!existing) {
    ops.push({ t: 'addSheet', sheet });
    spec.widths.forEach((width, col) => ops.push({ t: 'columnWidth', sheet, col, width }));
    const cols = spec.cells[0].length;
    for (const r of spec.headerRows) ops.push({ t: 'format', sheet, row: r, col: 0, rows: 1, cols, format: { bold: true, fill: 'D9E1F2' } });
    if (spec.wrap) ops.push({ t: 'format', sheet, row: 0, col: 0, rows: spec.cells.length, cols, format: { wrap: true, vAlign: 'Top' } });
  }
  for (const col of spec.textCols ?? []) {
    ops.push({ t: 'format', sheet, row: 1, col, rows: spec.cells.length - 1, cols: 1, format: { numberFormat: FORMATS.text } });
  }
  ops.push({ t: 'write', sheet, row: 0, col: 0, cells: spec.cells });
  if (!existing && spec.headerRows.length > 0) ops.push({ t: 'freeze', sheet, rows: Math.max(...spec.headerRows) + 1, cols: 0 });
  part.ops.push(...ops);
  part.changed = true;
  part.lines.push(existing ? `Feuille « ${sheet} » mise à jour d'après le catalogue.` : `Feuille « ${sheet} » créée.`);
  return part;
}
