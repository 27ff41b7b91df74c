import { messageForError } from '../excel/messages';

/** An error the runner reports to the user in French, with exit code 1 (2 for a usage error). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** French text for any error: the runner's own, or the excel layer's / host's, chosen by code. */
export function describeError(e: unknown): string {
  if (e instanceof CliError) return e.message;
  return messageForError(e);
}
