/**
 * `npm run rime -- <commande> …`: runs the code behind the pane's buttons on the in-memory Excel host,
 * for scripting and for checking results in a real spreadsheet. French messages; exit code ≠ 0 on error;
 * OUT is written only on success; IN is never modified.
 */
import { parseArgs, type ParsedArgs } from './args';
import { commands } from './commands';
import { CliError, describeError } from './errors';
import { commandHelp, usage } from './help';

/** `--help` (also `--help=…`), or `--aide` given alone (`field add --aide TEXTE` is the field's help text). */
function wantsHelp(args: ParsedArgs): boolean {
  return args.options.help !== undefined || args.options.aide === true;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const name = args.positionals[0];
    if (!name) {
      process.stdout.write(`${usage(commands)}\n`);
      return wantsHelp(args) ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new CliError(`Commande inconnue : « ${name} ».\n\n${usage(commands)}`, 2);
    if (wantsHelp(args)) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    await command.run(args);
    return 0;
  } catch (e) {
    process.stderr.write(`Erreur : ${describeError(e)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
