/**
 * The runner's help, in French: the list of commands (`rime --help`), and one command's usage, options
 * and examples (`rime <commande> --help`, or `--aide` given alone). The options are those of the
 * command's usage line, in its order, each with its placeholder and what it does.
 */
import { MILESTONE_PRESETS, PRESET_LABELS } from '../domain/tracking';
import type { Command } from './commands/types';

/** What each option of the commands does (the placeholder comes from the usage line). */
const OPTION_TEXT: Readonly<Record<string, string>> = {
  in: 'classeur lu (jamais modifié)',
  out: 'classeur écrit, seulement si tout a réussi (jamais de fichier partiel)',
  today: 'date du jour retenue (par défaut : aujourd’hui)',
  json: 'résultat détaillé en JSON sur la sortie standard',
  bailleur: 'nom du bailleur, écrit dans la feuille Paramètres',
  referent: 'nom du référent, écrit dans la feuille Paramètres',
  households: 'nombre de ménages fictifs (au moins 1)',
  operations: 'nombre d’opérations (4 par défaut)',
  errors: 'nombre d’erreurs de saisie glissées exprès (0 par défaut)',
  seed: 'graine du tirage (1 par défaut) : même graine, mêmes ménages',
  'move-to': 'opération qui reçoit les ménages de l’opération supprimée',
  name: 'titre de la nouvelle colonne',
  type: 'type du champ : texte, nombre, montant (en €), date ou liste (codes d’une liste déroulante)',
  codes: 'pour une liste : les codes et leur signification, séparés par « ; » (un code sans « = » est sa propre signification)',
  aide: 'aide à la saisie, affichée quand on sélectionne une cellule du champ',
  personal: 'données personnelles : le champ est exclu des exports destinés aux partenaires',
  population: 'une population prédéfinie (son identifiant) ou les 22 (all)',
  criteria: 'critères manuels en JSON, combinés par « et »',
  operation: 'périmètre : une opération de liste_opération, ou Tout',
  date: 'date du point d’étape',
  preset: `calendrier des points d’étape — ${MILESTONE_PRESETS.map((p) => PRESET_LABELS[p].replace(/^./, (c) => c.toLowerCase())).join(' ; ')}`,
  year: 'année des dates écrites (par défaut : l’année en cours)',
  who: 'nom inscrit dans l’historique',
  confirm: 'confirme une action à ne pas refaire par erreur',
};

const HELP_FLAGS = '--help (ou --aide seul)';
const HELP_TEXT = 'affiche cette aide';

/** The options of a usage line: `--name PLACEHOLDER` as written there, in order, each once. */
export function usageOptions(usage: string): { name: string; shown: string }[] {
  const out: { name: string; shown: string }[] = [];
  const seen = new Set<string>();
  for (const m of usage.matchAll(/--([a-z][a-z-]*)(?: ("[^"]*"|'[^']*'|[^\s[\]|-][^\s\]]*))?/g)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    out.push({ name: m[1], shown: m[2] ? `--${m[1]} ${m[2]}` : `--${m[1]}` });
  }
  return out;
}

/** The list of commands. */
export function usage(commands: readonly Command[]): string {
  return [
    'Usage : npm run rime -- <commande> [options]',
    '',
    'Commandes :',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Aide d’une commande : npm run rime -- <commande> --help (ou --aide).',
  ].join('\n');
}

/** « Usage : npm run rime -- … », one line per form of the command (a usage may hold several). */
export function usageLines(usage: string): string[] {
  const head = 'Usage : ';
  return usage
    .split('\n')
    .map((form, i) => `${i === 0 ? head : ' '.repeat(head.length)}npm run rime -- ${form.trim()}`);
}

/** One command's help: what it does, its usage, each option, notes and examples. */
export function commandHelp(command: Command): string {
  const rows = usageOptions(command.usage)
    .filter((o) => o.name !== 'help')
    .map((o) => [o.shown, OPTION_TEXT[o.name] ?? ''] as const);
  rows.push([HELP_FLAGS, HELP_TEXT]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  const lines = [
    command.summary,
    '',
    ...usageLines(command.usage),
    '',
    'Options :',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`.trimEnd()),
  ];
  if (command.notes?.length) lines.push('', ...command.notes);
  if (command.examples?.length) lines.push('', command.examples.length > 1 ? 'Exemples :' : 'Exemple :', ...command.examples.map((e) => `  npm run rime -- ${e}`));
  return lines.join('\n');
}
