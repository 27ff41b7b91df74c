/** An error the runner reports to the user in French, with exit code 1 (2 for a usage error). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** French text for an error thrown by the excel layer or the host, chosen by its code, never its message. */
export function describeError(e: unknown): string {
  if (e instanceof CliError) return e.message;
  const code = (e as { code?: string })?.code;
  const known: Record<string, string> = {
    RequestPayloadSizeLimitExceeded: 'La requête dépasse la taille autorisée par Excel (5 Mo).',
    ItemNotFound: 'Un élément attendu du classeur (feuille, tableau, nom) est introuvable.',
    ItemAlreadyExists: 'Un élément du même nom existe déjà dans le classeur.',
    InvalidArgument: 'Une valeur transmise à Excel est invalide.',
    PropertyNotLoaded: 'Erreur interne : une propriété a été lue sans être chargée.',
  };
  const frenchMessage = (e as { frenchMessage?: string })?.frenchMessage;
  if (frenchMessage) return frenchMessage;
  if (code && known[code]) return `${known[code]} (${code})`;
  if (code && e instanceof Error) return `${e.message} (${code})`;
  return e instanceof Error ? `Erreur inattendue : ${e.message}` : 'Erreur inattendue.';
}
