/**
 * `npm run rime -- <commande> …`: runs the code behind the pane's buttons on the in-memory Excel host,
 * for scripting and for checking results in a real spreadsheet. French messages; exit code ≠ 0 on error;
 * OUT is written only on success; IN is never modified.
 */
import { parseArgs } from './args';
import { commands } from './commands';
import { CliError, describeError } from './errors';

function usage(): string {
  return ['Usage : npm run rime -- <commande> [options]', '', 'Commandes :', ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const name = args.positionals[0];
    if (!name || args.options.help) {
      process.stdout.write(`${usage()}\n`);
      return name ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new CliError(`Commande inconnue : « ${name} ».\n\n${usage()}`, 2);
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
