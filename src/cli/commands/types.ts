import type { ParsedArgs } from '../args';

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: ParsedArgs): Promise<void>;
}
