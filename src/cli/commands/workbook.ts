/** Commands of issue 4: setup, sample, operations validate|delete. */
import { dropEmptySheets, loadSample } from '../../excel/sample/loadSample';
import { deleteOperation, validateOperations } from '../../excel/operations/actions';
import { prepareWorkbook } from '../../excel/setup/prepare';
import { generateSample } from '../../sample';
import { intOption, stringOption, type ParsedArgs } from '../args';
import { CliError } from '../errors';
import { logOf, withWorkbook } from '../session';
import type { Command } from './types';

export const setup: Command = {
  name: 'setup',
  usage: 'setup [--in IN.xlsx] --out OUT.xlsx [--bailleur NOM] [--referent NOM] [--today AAAA-MM-JJ] [--who NOM] [--json]',
  summary: 'Préparer le classeur (crée ou met à niveau les feuilles, le tableau, les listes et les formules).',
  run: (args: ParsedArgs) =>
    withWorkbook(args, { allowNew: true }, async (s) => {
      const report = await s.run((context) =>
        prepareWorkbook(context, {
          today: s.today, bailleur: stringOption(args, 'bailleur'), referent: stringOption(args, 'referent'), log: logOf(args),
        }),
      );
      if (report.changed) s.print('Classeur préparé :');
      report.lines.forEach((l) => s.print(report.changed ? `- ${l}` : l));
      s.printJson(report);
    }),
};

export const sample: Command = {
  name: 'sample',
  usage: 'sample --households N [--operations K] [--errors E] [--seed S] [--in IN.xlsx] --out OUT.xlsx [--json]',
  summary: 'Génère des ménages fictifs (anciens en-têtes RIME) puis prépare le classeur.',
  run: (args: ParsedArgs) =>
    withWorkbook(args, { allowNew: true }, async (s) => {
      const households = intOption(args, 'households', -1, 1);
      if (households < 1) throw new CliError("L'option --households est obligatoire (nombre de ménages ≥ 1).", 2);
      let data;
      try {
        data = generateSample({
          households,
          operations: intOption(args, 'operations', 4, 1),
          errors: intOption(args, 'errors', 0, 0),
          seed: intOption(args, 'seed', 1, 0),
          today: s.today,
        });
      } catch (e) {
        throw new CliError(e instanceof Error ? e.message : String(e), 2);
      }
      const fresh = !stringOption(args, 'in');
      const report = await s.run(async (context) => {
        const r = await loadSample(context, data, { today: s.today });
        if (fresh) await dropEmptySheets(context);
        return r;
      });
      s.print(`${data.rows.length} ménages fictifs sur ${data.operations.length} opérations, ${data.injected.length} erreurs injectées.`);
      report?.lines.forEach((l) => s.print(`- ${l}`));
      s.printJson({ households: data.rows.length, operations: data.operations.length, injected: data.injected, setup: report });
    }),
};

export const operations: Command = {
  name: 'operations',
  usage: 'operations validate|delete NOM [--move-to AUTRE] [--who NOM] --in IN.xlsx --out OUT.xlsx [--json]',
  summary: 'Valider la liste des opérations, ou supprimer une opération.',
  run: (args: ParsedArgs) =>
    withWorkbook(args, {}, async (s) => {
      const [, action, name] = args.positionals;
      if (action === 'validate') {
        const report = await s.run((context) => validateOperations(context, { log: logOf(args) }));
        report.lines.forEach((l) => s.print(`- ${l}`));
        s.printJson(report);
      } else if (action === 'delete') {
        if (!name) throw new CliError('Indiquer le nom de l\'opération à supprimer : operations delete "NOM".', 2);
        const report = await s.run((context) => deleteOperation(context, name, { moveTo: stringOption(args, 'move-to'), log: logOf(args) }));
        report.lines.forEach((l) => s.print(`- ${l}`));
        s.printJson(report);
      } else {
        throw new CliError('Sous-commande attendue : operations validate | operations delete NOM.', 2);
      }
    }),
};
