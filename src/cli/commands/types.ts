import type { ParsedArgs } from '../args';

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Further lines of `<commande> --help` (after the options). */
  readonly notes?: readonly string[];
  /** Command lines shown by `<commande> --help`, after « npm run rime -- ». */
  readonly examples?: readonly string[];
  run(args: ParsedArgs): Promise<void>;
}
