/**
 * Who is named in the history. Office.js gives add-ins no user name, so the pane asks once and keeps
 * the answer on this device (localStorage « rime.user »); the person can change it at any time in the
 * « Suivi » section. Until it is given, history rows say « (non renseigné) ».
 *
 * localStorage can be missing or refuse access (private browsing, locked-down Office webviews): the
 * name is then kept for the session only, never an error.
 */
export const USER_KEY = 'rime.user';
export const UNKNOWN_USER = '(non renseigné)';
/** Longest name kept (a history cell, not an essay). */
export const MAX_NAME_LENGTH = 80;

type Listener = (who: string) => void;

let sessionName = '';
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Spaces folded, control characters removed, cut to MAX_NAME_LENGTH. */
export function cleanName(name: string): string {
  return name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .trim();
}

/** The name given on this device ('' when none). */
export function storedName(): string {
  try {
    const v = storage()?.getItem(USER_KEY);
    if (typeof v === 'string') return cleanName(v);
  } catch {
    // Access refused: fall back to the session's name.
  }
  return sessionName;
}

/** The name written in the history: the one given, or « (non renseigné) ». */
export function currentUser(): string {
  return storedName() || UNKNOWN_USER;
}

/** Keeps the name on this device ('' forgets it) and tells the listeners. Returns the name kept. */
export function saveName(name: string): string {
  const clean = cleanName(name);
  const before = storedName();
  sessionName = clean;
  try {
    const s = storage();
    if (clean) s?.setItem(USER_KEY, clean);
    else s?.removeItem(USER_KEY);
  } catch {
    // Kept for this session only.
  }
  if (clean !== before) for (const l of listeners) l(clean || UNKNOWN_USER);
  return clean;
}

/** Called with the new history name each time it changes; returns the unsubscribe function. */
export function onUserChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
