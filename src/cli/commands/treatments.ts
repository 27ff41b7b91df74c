/**
 * Command of the « Traitements » issue: `treat` runs one predefined population, manual criteria, or all
 * 22 populations (« Tout lancer ») on Tout or chosen operations, exactly as the pane does (runTreatment /
 * runAllTreatments). With --json it prints every fiche table (labels, counts, NR, totals, percentages),
 * computed from the same read with the same pure functions the treatment uses.
 */
import { ALL_OPERATIONS } from '../../domain/catalogue';
import type { Fiche } from '../../domain/fiches';
import { POPULATIONS, type Criterion, type Scope } from '../../domain/populations';
import { runAllTreatments, runTreatment, type TreatmentResult } from '../../excel/reports';
import { compute, resolvePopulation, type PopulationChoice } from '../../excel/reports/population';
import { readForTreatment } from '../../excel/reports/read';
import { stringOption, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { withWorkbook, type Session } from '../session';
import type { Command } from './types';

/** Scope of --operation: « Tout » (default), one name, or several separated by « ; ». */
export function scopeOf(args: ParsedArgs): Scope {
  const given = stringOption(args, 'operation');
  if (given === undefined) return { kind: 'all' };
  const names = given.split(';').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) {
    throw new CliError("L'option --operation attend le nom d'une opération de liste_opération, ou « Tout ».", 2);
  }
  if (names.some((n) => n.toLocaleLowerCase('fr-FR') === ALL_OPERATIONS.toLocaleLowerCase('fr-FR'))) return { kind: 'all' };
  return { kind: 'operations', names };
}

/** --criteria: a JSON array of criteria ({ key, op, value }); checked later against the workbook's columns. */
export function criteriaOf(text: string): Criterion[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(
      'L\'option --criteria attend une liste JSON de critères, par exemple \'[{"key":"relocation","op":"est","value":"OUI"}]\'.',
      2,
    );
  }
  if (!Array.isArray(data)) throw new CliError("L'option --criteria attend une liste JSON de critères (entre crochets [ ]).", 2);
  return data as Criterion[];
}

type Choice = { readonly all: true } | { readonly all: false; readonly choice: PopulationChoice };

function choiceOf(args: ParsedArgs): Choice {
  const population = stringOption(args, 'population');
  const criteria = stringOption(args, 'criteria');
  if (population !== undefined && criteria !== undefined) {
    throw new CliError('Indiquez soit --population, soit --criteria, pas les deux.', 2);
  }
  if (criteria !== undefined) return { all: false, choice: { criteria: criteriaOf(criteria) } };
  if (population === undefined) {
    throw new CliError(
      "L'option --population est obligatoire : l'identifiant d'une population (ex. reloges-zus), « all » pour les 22, ou --criteria.",
      2,
    );
  }
  return population === 'all' ? { all: true } : { all: false, choice: population };
}

/** The fiches of each treatment, computed from one read with the treatment's own pure functions. */
async function fichesOf(s: Session, choices: readonly PopulationChoice[], scope: Scope): Promise<Fiche[][]> {
  const read = await s.run((context) => readForTreatment(context));
  const names = read.operations.length > 0 ? read.operations.map((o) => o.name) : read.households.operations;
  const ctx = { customFields: read.households.customFields, operations: names };
  return choices.map((c) => {
    const f = compute(resolvePopulation(c, ctx), scope, read.households.households, read.operations, s.today, ctx.customFields).fiches;
    return [f.fiche1, f.fiche2, f.fiche3, f.fiche4];
  });
}

function describe(r: TreatmentResult): string {
  const block = r.comparisonBlock === null ? '' : `, bloc ${r.comparisonBlock + 1} de Tableaux_comparaisons`;
  return `Feuille « ${r.sheetName} » : ${r.populationSize} ménages (dont ${r.relocatedSize} relogés)${block}.`;
}

function warn(s: Session, results: readonly TreatmentResult[]): void {
  const problems = results[0]?.rowsWithProblems ?? 0;
  if (problems > 0) {
    s.print(
      `Attention : ${problems} lignes ont une valeur illisible, comptée comme non renseignée (NR). Lancez « Valider la saisie » pour les corriger.`,
    );
  }
}

export const treat: Command = {
  name: 'treat',
  usage:
    'treat --population ID|all | --criteria \'[{"key":…,"op":…,"value":…}]\' [--operation NOM|Tout] --in IN.xlsx --out OUT.xlsx [--today AAAA-MM-JJ] [--json]',
  summary:
    'Traitements : feuille « Résultats … » et bloc de Tableaux_comparaisons pour une population, des critères ou les 22 (all) ; --json : tous les tableaux des fiches.',
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      const chosen = choiceOf(args);
      const scope = scopeOf(args);
      const choices: PopulationChoice[] = [];
      let results: readonly TreatmentResult[];
      let syncs: number;
      if (chosen.all) {
        const report = await s.run((context) => runAllTreatments(context, { scope, today: s.today }));
        results = report.results;
        syncs = report.syncs;
        choices.push(...POPULATIONS.map((p) => p.id));
        s.print(`${results.length} traitements lancés (${results[0]?.scopeLabel ?? ''}) :`);
        results.forEach((r) => s.print(`- ${describe(r)}`));
      } else {
        const result = await s.run((context) => runTreatment(context, { population: chosen.choice, scope, today: s.today }));
        results = [result];
        syncs = result.syncs;
        choices.push(chosen.choice);
        s.print(`Traitement « ${result.populationLabel} » — ${result.scopeLabel}`);
        s.print(describe(result));
      }
      warn(s, results);
      if (!s.json) return;
      const fiches = await fichesOf(s, choices, scope);
      s.printJson({
        syncs,
        treatments: results.map((r, i) => ({
          population: typeof choices[i] === 'string' ? choices[i] : null,
          ...r,
          fiches: fiches[i],
        })),
      });
    }),
};

export const treatmentCommands: readonly Command[] = [treat];
