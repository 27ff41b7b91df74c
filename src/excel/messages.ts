/**
 * Shared by the pane and the runner.
 * French messages for errors, chosen by `error.code` (Office.js messages are localised: never parsed).
 * Errors of the excel layer carry their own French message (`frenchMessage` or a French `message`
 * with a RIME code).
 */
const BY_CODE: Record<string, string> = {
  RequestPayloadSizeLimitExceeded:
    "La requête envoyée à Excel est trop volumineuse (plus de 5 Mo). Réessayer ; si l'erreur persiste, signaler le nombre de lignes du tableau.",
  ItemNotFound: 'Une feuille ou un tableau attendu est introuvable. Lancer « Préparer le classeur » pour le recréer.',
  ItemAlreadyExists: 'Une feuille ou un tableau du même nom existe déjà. Renommer l\'élément existant puis réessayer.',
  InvalidArgument: 'Excel a refusé une valeur. Vérifier la saisie puis réessayer.',
  InvalidReference: 'Une référence du classeur est invalide. Lancer « Préparer le classeur ».',
  AccessDenied: 'Le classeur est protégé ou en lecture seule : ôter la protection puis réessayer.',
  InsertDeleteConflict: 'Un filtre ou un tableau empêche l\'insertion : retirer les filtres puis réessayer.',
  ActivityLimitReached: 'Excel est occupé. Patienter quelques secondes puis réessayer.',
  GeneralException: 'Excel a signalé une erreur générale. Enregistrer le classeur, puis réessayer.',
  PropertyNotLoaded: 'Erreur interne du complément (propriété non chargée). Merci de la signaler.',
  MilestoneAlreadyClosed:
    "Ce point d'étape est déjà clos. Confirmer pour en enregistrer un second (bouton « Confirmer » du volet, option --confirm du runner).",
};

export function messageForError(error: unknown): string {
  const e = error as { code?: string; name?: string; frenchMessage?: string; message?: string; rime?: boolean };
  if (e?.frenchMessage) return e.frenchMessage;
  if (e?.name === 'WorkbookError' && e.message) return e.message;
  if (e?.code && BY_CODE[e.code]) return BY_CODE[e.code];
  if (e?.rime && e.message) return e.message;
  return `Erreur inattendue${e?.code ? ` (${e.code})` : ''}. Enregistrer le classeur puis réessayer.`;
}
