/** File handling of the runner: IN is never modified, OUT is written only on success (never a partial file). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors';

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`Le fichier d'entrée « ${file} » est introuvable : vérifier le chemin (--in).`);
    throw new CliError(`Impossible de lire « ${file} » (${code ?? 'erreur inconnue'}).`);
  }
}

/** Writes to a temporary file beside OUT, then renames it: OUT is complete or untouched. */
export async function writeOutputAtomically(file: string, data: Uint8Array, input?: string): Promise<void> {
  if (input && path.resolve(input) === path.resolve(file)) {
    throw new CliError('--out doit être différent de --in : le fichier d\'entrée n\'est jamais modifié.');
  }
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch {
    throw new CliError(`Impossible de créer le dossier « ${dir} » pour --out.`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new CliError(`Impossible d'écrire « ${file} » (${(e as NodeJS.ErrnoException).code ?? 'erreur inconnue'}).`);
  }
}
