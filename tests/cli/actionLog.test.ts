/**
 * The runner's actions log themselves in « Historique des modifications » under --who (default « rime
 * (ligne de commande) »). Input: an old RIME file written by hand — 4 households, 2 operations:
 * 1 Durand Tour A, 2 Petit Tour A, 3 (no name) Barre B (N° de demande 2), 4 Roux Barre B.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HISTORY_TABLE } from '../../src/domain/tracking';
import { loadSample } from '../../src/excel/sample/loadSample';
import { MemoryWorkbook } from '../../src/host/memory';
import { rime } from './run';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-cli-log-'));
  const wb = new MemoryWorkbook();
  const data = {
    operations: [{ name: 'Tour A' }, { name: 'Barre B' }],
    rows: [
      { householdId: 1, requestNo: 1, lastName: 'Durand', operation: 'Tour A' },
      { householdId: 2, requestNo: 1, lastName: 'Petit', operation: 'Tour A' },
      { householdId: 3, requestNo: 2, operation: 'Barre B' },
      { householdId: 4, requestNo: 1, lastName: 'Roux', operation: 'Barre B' },
    ],
  };
  await wb.run((context) => loadSample(context, data, { today: 46315, legacyOnly: true }));
  await fs.writeFile(file('old.xlsx'), await wb.toXlsx());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);

/** The history rows without their date-time (now). */
async function history(f: string): Promise<unknown[][]> {
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(f));
  return (wb.table(HISTORY_TABLE)?.values() ?? []).map((r) => r.slice(1));
}

test('setup, operations delete --move-to --who, field add: one row each, one more per household moved', async () => {
  const setup = await rime('setup', '--in', file('old.xlsx'), '--out', file('prepared.xlsx'), '--today', '2026-10-20');
  expect(setup.code).toBe(0);
  const prepared = [
    'rime (ligne de commande)',
    'Tableau_de_saisie',
    '',
    '',
    '',
    '',
    'Classeur préparé : plage de la feuille « Tableau_de_saisie » convertie en tableau Excel Tableau_menages ; ' +
      '4 feuilles créées (Paramètres, Tableau des variables, Explication, Listes) ; 18 colonnes du catalogue ajoutées ; ' +
      '4 ménages, 2 opérations.',
    'Préparer le classeur',
  ];
  expect(await history(file('prepared.xlsx'))).toEqual([prepared]);

  const d = await rime('operations', 'delete', 'Barre B', '--move-to', 'Tour A', '--who', 'Marie Dupont', '--in', file('prepared.xlsx'), '--out', file('deleted.xlsx'));
  expect(d.code).toBe(0);
  expect(await history(file('deleted.xlsx'))).toEqual([
    prepared,
    ['Marie Dupont', 'liste_opération', '', '', 'Opération', '', 'Opération « Barre B » supprimée de la feuille liste_opération ; 2 ménages déplacés vers « Tour A »', "suppression d'opération"],
    ['Marie Dupont', 'Tableau_de_saisie', 3, 2, 'Opération', 'Barre B', 'Tour A', "suppression d'opération"],
    ['Marie Dupont', 'Tableau_de_saisie', 4, 1, 'Opération', 'Barre B', 'Tour A', "suppression d'opération"],
  ]);

  const f = await rime('field', 'add', '--name', 'Nombre de visites', '--type', 'nombre', '--who', 'Paul', '--in', file('deleted.xlsx'), '--out', file('field.xlsx'));
  expect(f.code).toBe(0);
  expect((await history(file('field.xlsx'))).slice(4)).toEqual([
    ['Paul', 'Tableau_de_saisie', '', '', 'Nombre de visites', '', 'Champ « Nombre de visites » ajouté : nombre', 'champ ajouté'],
  ]);
});
