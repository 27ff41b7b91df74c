/** Commands of the « Contrôle de saisie » issue: check (Valider la saisie), field add (Insérer un nouveau champ). */
import type { CustomFieldType } from '../../domain/catalogue';
import type { CheckSummary, Finding } from '../../domain/rules';
import { columnIndex } from '../../domain/rules/text';
import { addCustomField } from '../../excel/fields';
import { validateInput } from '../../excel/marks';
import { stringOption, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { logOf, withWorkbook } from '../session';
import type { Command } from './types';

/** One finding as `check --json` prints it. */
export interface FindingJson {
  readonly row: number;
  /** N° d'identification (null when blank or unreadable). */
  readonly id: number | null;
  readonly requestNo: number | null;
  /** Column key (catalogue key or `custom:…`). */
  readonly column: string;
  readonly columnLabel: string;
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
}

export interface CheckJson {
  readonly findings: readonly FindingJson[];
  readonly summary: CheckSummary;
  readonly markedCells: number;
  readonly lines: readonly string[];
}

export const check: Command = {
  name: 'check',
  usage: 'check --in IN.xlsx --out OUT.xlsx [--today AAAA-MM-JJ] [--json]',
  summary: 'Valider la saisie : contrôle chaque ménage, repère les cellules à corriger (rouge : erreur, orange : avertissement) et liste les constats.',
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      const result = await s.run((context) => validateInput(context, { today: s.today }));
      const labels = columnIndex(result.customFields);
      result.lines.forEach((l) => s.print(l));
      if (result.findings.length > 0) s.print('');
      for (const f of result.findings) s.print(`[${f.severity}] ${f.message}`);
      const json: CheckJson = {
        findings: result.findings.map((f) => ({
          row: f.row,
          id: f.householdId,
          requestNo: f.requestNo,
          column: f.columnKey,
          columnLabel: labels.label(f.columnKey),
          rule: f.ruleId,
          severity: f.severity,
          message: f.message,
        })),
        summary: result.summary,
        markedCells: result.markedCells,
        lines: result.lines,
      };
      s.printJson(json);
    }),
};

/** French type words of the runner (and their accented / English spellings) → field type. */
const TYPES: Readonly<Record<string, CustomFieldType>> = {
  texte: 'text', text: 'text',
  nombre: 'number', number: 'number',
  montant: 'amount', amount: 'amount', 'montant€': 'amount',
  date: 'date',
  liste: 'list', list: 'list', code: 'list', codes: 'list',
};

export function fieldType(word: string | undefined): CustomFieldType {
  if (!word) throw new CliError('L\'option --type est obligatoire : texte, nombre, montant, date ou liste.', 2);
  const type = TYPES[word.trim().toLowerCase().replace(/\s+/g, '')];
  if (!type) throw new CliError(`Type de champ inconnu (« ${word} ») : choisir texte, nombre, montant, date ou liste.`, 2);
  return type;
}

/** `"A=Libellé;B=Autre"` → codes (a code without « = » takes itself as meaning). */
export function parseCodes(text: string): { code: string; label: string }[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? { code: part, label: '' } : { code: part.slice(0, at).trim(), label: part.slice(at + 1).trim() };
    });
}

/** `--personal` (flag), or `--personal=oui|non`. */
function personalOf(args: ParsedArgs): boolean {
  const v = args.options.personal;
  if (v === undefined || v === true) return v === true;
  if (/^(oui|o|yes|true|1)$/i.test(v)) return true;
  if (/^(non|n|no|false|0)$/i.test(v)) return false;
  throw new CliError(`--personal attend oui ou non (reçu « ${v} »).`, 2);
}

export const field: Command = {
  name: 'field',
  usage: 'field add --name NOM --type texte|nombre|montant|date|liste [--codes "A=Libellé;B=Autre"] [--aide TEXTE] [--personal] [--who NOM] --in IN.xlsx --out OUT.xlsx [--json]',
  summary: 'Insérer un nouveau champ de saisie (colonne avant « Commentaires et observations », format, liste déroulante, Tableau des variables).',
  notes: [
    '--name et --type sont obligatoires ; --codes ne sert qu’aux champs de type liste, qui en demandent au moins un.',
    'La définition du champ (type, codes, aide, données personnelles) est gardée dans la feuille très masquée RIME_champs :',
    'les contrôles de « Valider la saisie » et les critères des traitements la suivent.',
  ],
  examples: [
    'field add --name "Visite à domicile" --type liste --codes "F=Faite;P=Prévue;R=Refusée" --aide "Visite du référent" --in suivi.xlsx --out suivi-champ.xlsx',
    'field add --name "Nombre de visites" --type nombre --in suivi.xlsx --out suivi-champ.xlsx',
  ],
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      if (args.positionals[1] !== 'add') throw new CliError('Sous-commande attendue : field add --name NOM --type TYPE.', 2);
      const name = stringOption(args, 'name');
      if (!name) throw new CliError("L'option --name est obligatoire (titre de la nouvelle colonne).", 2);
      const type = fieldType(stringOption(args, 'type'));
      const codesText = stringOption(args, 'codes');
      if (type !== 'list' && codesText) throw new CliError('--codes ne sert qu\'aux champs de type liste.', 2);
      const report = await s.run((context) =>
        addCustomField(context, {
          name,
          type,
          codes: codesText ? parseCodes(codesText) : undefined,
          // « --help » prints the command's help: the field's help text comes with --aide TEXTE.
          help: stringOption(args, 'aide') ?? '',
          personal: personalOf(args),
          today: s.today,
          log: logOf(args),
        }),
      );
      report.lines.forEach((l) => s.print(`- ${l}`));
      s.printJson(report);
    }),
};

export const controlCommands: readonly Command[] = [check, field];
