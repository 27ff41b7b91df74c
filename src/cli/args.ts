/** Minimal argument parsing for the runner: positionals, `--name value`, boolean `--flag`, and `--aide [TEXTE]`. */
import { CliError } from './errors';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

const BOOLEAN_FLAGS = new Set(['json', 'help', 'force', 'confirm', 'personal']);
/** Options whose value may be left out: `--aide TEXTE` (a field's help text) or `--aide` alone (the command's help). */
const OPTIONAL_VALUE = new Set(['aide']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (BOOLEAN_FLAGS.has(name)) options[name] = inline ?? true;
    else if (inline !== undefined) options[name] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options[name] = argv[++i];
    else if (OPTIONAL_VALUE.has(name)) options[name] = true;
    else throw new CliError(`L'option --${name} attend une valeur.`, 2);
  }
  return { positionals, options };
}

export function stringOption(args: ParsedArgs, name: string, required: true): string;
export function stringOption(args: ParsedArgs, name: string, required?: false): string | undefined;
export function stringOption(args: ParsedArgs, name: string, required = false): string | undefined {
  const v = args.options[name];
  if (v === undefined) {
    if (required) throw new CliError(`L'option --${name} est obligatoire.`, 2);
    return undefined;
  }
  if (v === true) throw new CliError(`L'option --${name} attend une valeur.`, 2);
  return v;
}

export function intOption(args: ParsedArgs, name: string, fallback: number, min = 0): number {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} attend un nombre entier ≥ ${min} (reçu « ${v} »).`, 2);
  return n;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}
