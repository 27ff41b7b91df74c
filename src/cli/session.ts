/**
 * One runner invocation: load IN (or a new empty workbook) into the in-memory host, run exactly the code
 * behind the pane's buttons, and write OUT only when everything succeeded. IN is never modified.
 */
import { MemoryWorkbook } from '../host/memory';
import { serialFromDate, parseIsoDate } from '../domain/dates';
import { flag, stringOption, type ParsedArgs } from './args';
import { CliError } from './errors';
import { readInput, writeOutputAtomically } from './io';

export interface Session {
  readonly workbook: MemoryWorkbook;
  readonly today: number;
  readonly json: boolean;
  run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  print(line: string): void;
  printJson(value: unknown): void;
}

/** Who the history names for the runner's actions when --who is not given. */
export const CLI_WHO = 'rime (ligne de commande)';

/** `--who NOM` (trimmed), else « rime (ligne de commande) »: the actions that change the workbook log themselves. */
export function logOf(args: ParsedArgs): { who: string } {
  return { who: stringOption(args, 'who')?.trim() || CLI_WHO };
}

export function todayOf(args: ParsedArgs): number {
  const given = stringOption(args, 'today');
  if (!given) return serialFromDate(new Date());
  const serial = parseIsoDate(given);
  if (serial === undefined) throw new CliError(`--today attend une date AAAA-MM-JJ (reçu « ${given} »).`, 2);
  return serial;
}

/**
 * Opens IN (required unless `allowNew`), runs `body`, saves OUT atomically when given: the workbook, or
 * with `outIsExport` the file `body` returns (an export; the workbook itself is then never written).
 */
export async function withWorkbook(
  args: ParsedArgs,
  opts: { allowNew?: boolean; needsOut?: boolean; outIsExport?: boolean },
  body: (s: Session) => Promise<void | Uint8Array>,
): Promise<void> {
  const input = stringOption(args, 'in');
  const output = stringOption(args, 'out');
  if (!input && !opts.allowNew) throw new CliError("L'option --in est obligatoire pour cette commande.", 2);
  if (opts.needsOut !== false && !output) {
    const what = opts.outIsExport ? " : fichier .xlsx de l'export à écrire." : ' pour cette commande.';
    throw new CliError(`L'option --out est obligatoire${what}`, 2);
  }
  const workbook = input ? await MemoryWorkbook.fromXlsx(await readInput(input)) : new MemoryWorkbook();
  const json = flag(args, 'json');
  const session: Session = {
    workbook,
    today: todayOf(args),
    json,
    run: (callback) => workbook.run(callback),
    print: (line) => {
      if (!json) process.stdout.write(`${line}\n`);
    },
    printJson: (value) => {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
  const result = await body(session);
  if (!output) return;
  if (opts.outIsExport && !(result instanceof Uint8Array)) throw new Error('withWorkbook: outIsExport sans fichier à écrire.');
  await writeOutputAtomically(output, opts.outIsExport ? (result as Uint8Array) : await workbook.toXlsx(), input);
}
