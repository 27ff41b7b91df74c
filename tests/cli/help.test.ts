/**
 * The runner's help in French: `rime --help` lists the commands, `rime <commande> --help` (or `--aide`
 * alone) prints that command's usage, options and examples; `field add --aide TEXTE` stays the field's
 * help text.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commands } from '../../src/cli/commands';
import { MemoryWorkbook } from '../../src/host/memory';
import { rime } from './run';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rime-help-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const file = (name: string) => path.join(dir, name);

describe('rime <commande> --help', () => {
  test('field add --help: what it does, usage, every option explained, examples; exit 0, nothing on stderr', async () => {
    const r = await rime('field', 'add', '--help');
    expect(r).toMatchObject({ code: 0, err: '' });
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'Insérer un nouveau champ de saisie (colonne avant « Commentaires et observations », format, liste déroulante, Tableau des variables).',
    );
    expect(lines).toContain(
      'Usage : npm run rime -- field add --name NOM --type texte|nombre|montant|date|liste [--codes "A=Libellé;B=Autre"] [--aide TEXTE] [--personal] [--who NOM] --in IN.xlsx --out OUT.xlsx [--json]',
    );
    const options = lines.slice(lines.indexOf('Options :') + 1, lines.indexOf('Options :') + 11);
    expect(options).toEqual([
      '  --name NOM                              titre de la nouvelle colonne',
      '  --type texte|nombre|montant|date|liste  type du champ : texte, nombre, montant (en €), date ou liste (codes d’une liste déroulante)',
      '  --codes "A=Libellé;B=Autre"             pour une liste : les codes et leur signification, séparés par « ; » (un code sans « = » est sa propre signification)',
      '  --aide TEXTE                            aide à la saisie, affichée quand on sélectionne une cellule du champ',
      '  --personal                              données personnelles : le champ est exclu des exports destinés aux partenaires',
      '  --who NOM                               nom inscrit dans l’historique',
      '  --in IN.xlsx                            classeur lu (jamais modifié)',
      '  --out OUT.xlsx                          classeur écrit, seulement si tout a réussi (jamais de fichier partiel)',
      '  --json                                  résultat détaillé en JSON sur la sortie standard',
      '  --help (ou --aide seul)                 affiche cette aide',
    ]);
    expect(lines).toContain('Exemples :');
    expect(lines).toContain(
      '  npm run rime -- field add --name "Visite à domicile" --type liste --codes "F=Faite;P=Prévue;R=Refusée" --aide "Visite du référent" --in suivi.xlsx --out suivi-champ.xlsx',
    );
  });

  test('the same help from --aide alone, from « field --help », and whatever else is on the line', async () => {
    const help = (await rime('field', 'add', '--help')).out;
    expect((await rime('field', 'add', '--aide')).out).toBe(help);
    expect((await rime('field', '--help')).out).toBe(help);
    const withFiles = await rime('field', 'add', '--name', 'X', '--aide', '--in', file('absent.xlsx'), '--out', file('x.xlsx'));
    expect(withFiles).toEqual({ code: 0, out: help, err: '' });
    expect(existsSync(file('x.xlsx'))).toBe(false);
  });

  test('every command: its own usage, and a French line for each of its options', async () => {
    for (const c of commands) {
      const r = await rime(c.name, '--help');
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      expect(lines[0]).toBe(c.summary);
      const forms = c.usage.split('\n').map((f) => f.trim());
      expect(lines.slice(2, 2 + forms.length)).toEqual(forms.map((f, i) => `${i === 0 ? 'Usage : ' : '        '}npm run rime -- ${f}`));
      const options = lines.slice(lines.indexOf('Options :') + 1).filter((l) => l.startsWith('  --'));
      // Each option: its flag, two spaces or more, then its explanation.
      for (const o of options) expect(o).toMatch(/^ {2}--\S.*\S {2,}\S/);
    }
    const milestone = (await rime('milestone', '--help')).out.split('\n');
    expect(milestone.slice(2, 4)).toEqual([
      'Usage : npm run rime -- milestone close --date AAAA-MM-JJ [--who NOM] [--confirm] --in IN.xlsx --out OUT.xlsx [--json]',
      '        npm run rime -- milestone export [--date AAAA-MM-JJ] --in IN.xlsx --out EXPORT.xlsx [--json]',
    ]);
    const check = (await rime('check', '--help')).out.split('\n');
    expect(check).toContain('  --today AAAA-MM-JJ       date du jour retenue (par défaut : aujourd’hui)');
    const treat = (await rime('treat', '--aide')).out.split('\n');
    expect(treat.filter((l) => l.startsWith('  --')).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      '--population ID|all', '--criteria \'[{"key":…,"op":…,"value":…}]\'', '--operation NOM|Tout', '--in IN.xlsx', '--out OUT.xlsx',
      '--today AAAA-MM-JJ', '--json', '--help (ou --aide seul)',
    ]);
  });

  test('--help alone lists the commands (exit 0); nothing at all is a usage error (exit 2); an unknown command is named', async () => {
    const all = await rime('--help');
    expect(all.code).toBe(0);
    expect(all.out.split('\n')[0]).toBe('Usage : npm run rime -- <commande> [options]');
    expect(all.out).toContain('Aide d’une commande : npm run rime -- <commande> --help (ou --aide).');
    for (const c of commands) expect(all.out).toContain(`  ${c.usage}\n      ${c.summary}`);
    expect((await rime()).code).toBe(2);
    const unknown = await rime('champ', '--help');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Erreur : Commande inconnue : « champ ».');
  });
});

test('field add --aide TEXTE is still the help text of the new field', async () => {
  expect((await rime('setup', '--out', file('new.xlsx'), '--today', '2026-11-23')).code).toBe(0);
  const r = await rime('field', 'add', '--name', 'Visite', '--type', 'texte', '--aide', 'Date et objet de la visite', '--in', file('new.xlsx'), '--out', file('field.xlsx'));
  expect(r).toMatchObject({ code: 0, err: '' });
  const wb = await MemoryWorkbook.fromXlsx(await fs.readFile(file('field.xlsx')));
  expect(wb.sheet('RIME_champs')!.values('A2:E2')).toEqual([['Visite', 'custom:visite', 'text', '', 'Date et objet de la visite']]);
});
