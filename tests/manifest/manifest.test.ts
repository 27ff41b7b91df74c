/**
 * Offline checks of manifest.xml (Microsoft's validator, `npm run validate`, needs the internet).
 * The manifest is parsed with xml2js (sax, strict), already installed with office-addin-manifest.
 * URLs under https://localhost:3000/ are mapped to what the production build emits: the HtmlWebpackPlugin
 * pages of webpack.config.js and the files it copies (assets/*, manifest.xml). No build is run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COMMANDS } from '../../src/commands/commands';

interface XmlNode {
  '#name': string;
  $?: Record<string, string>;
  $$?: XmlNode[];
  _?: string;
}
interface Xml2js {
  parseStringPromise(xml: string, options: object): Promise<Record<string, XmlNode>>;
}
interface Page {
  entry: string;
  sources: string[];
  template: string;
  filename: string;
}
interface WebpackConfigModule {
  (env: object, argv: { mode: string }): Promise<{ plugins: object[] }>;
  OFFICE_PAGES: Page[];
  copiedFiles(): string[];
}

const ROOT = join(__dirname, '..', '..');
const BASE_URL = 'https://localhost:3000/';
// Plain CommonJS, outside Jest's module registry: xml2js has no types here, webpack.config.js is JavaScript.
const nodeRequire = createRequire(__filename);
const xml2js = nodeRequire('xml2js') as Xml2js;
const webpackConfig = nodeRequire(join(ROOT, 'webpack.config.js')) as WebpackConfigModule;

const PARSE_OPTIONS = { explicitChildren: true, preserveChildrenOrder: true, explicitCharkey: true };

async function parse(xml: string): Promise<XmlNode> {
  const document = await xml2js.parseStringPromise(xml, PARSE_OPTIONS);
  return Object.values(document)[0];
}

/** Every element of the tree, depth first, in document order. */
function elements(node: XmlNode): XmlNode[] {
  return [node, ...(node.$$ ?? []).flatMap(elements)];
}
const children = (node: XmlNode, name: string): XmlNode[] =>
  (node.$$ ?? []).filter((c) => c['#name'] === name);
function child(node: XmlNode, name: string): XmlNode {
  const found = children(node, name);
  if (found.length !== 1) throw new Error(`<${node['#name']}> has ${found.length} <${name}>`);
  return found[0];
}
const attr = (node: XmlNode, name: string): string | undefined => node.$?.[name];
const text = (node: XmlNode): string => (node._ ?? '').trim();

/** Width and height from the IHDR chunk of a PNG file. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const manifestXml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
let root: XmlNode;
let all: XmlNode[];
/** Resources by id: { kind: 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings', value }. */
let resources: Map<string, { kind: string; value: string }>;

beforeAll(async () => {
  root = await parse(manifestXml);
  all = elements(root);
  resources = new Map();
  const resourceNode = child(child(root, 'VersionOverrides'), 'Resources');
  for (const group of resourceNode.$$ ?? []) {
    for (const item of group.$$ ?? []) {
      resources.set(attr(item, 'id') ?? '', {
        kind: group['#name'],
        value: attr(item, 'DefaultValue') ?? '',
      });
    }
  }
});

describe('manifest.xml: XML and identity', () => {
  test('is well formed (the parser is strict: a broken document is rejected)', async () => {
    await expect(parse('<OfficeApp><Id></OfficeApp>')).rejects.toThrow();
    expect(root['#name']).toBe('OfficeApp');
    expect(manifestXml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  test('is a task pane add-in (schema 1.1) for Excel, in French', () => {
    expect(attr(root, 'xmlns')).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(attr(root, 'xsi:type')).toBe('TaskPaneApp');
    expect(text(child(root, 'Id'))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(text(child(root, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(root, 'ProviderName'))).toBe('RIME');
    expect(text(child(root, 'DefaultLocale'))).toBe('fr-FR');
    expect(attr(child(root, 'DisplayName'), 'DefaultValue')).toBe('RIME – Suivi des relogements');
    expect(attr(child(root, 'Description'), 'DefaultValue')).toMatch(/relogements.*ANRU/);
    expect(children(child(root, 'Hosts'), 'Host').map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    expect(text(child(root, 'Permissions'))).toBe('ReadWriteDocument');
  });

  test('declares the requirement sets: ExcelApi 1.13 and SharedRuntime 1.1, as the README says', () => {
    const sets = child(child(root, 'Requirements'), 'Sets');
    expect(attr(sets, 'DefaultMinVersion')).toBe('1.1');
    const declared = Object.fromEntries(
      children(sets, 'Set').map((set) => [attr(set, 'Name'), attr(set, 'MinVersion')]),
    );
    expect(declared).toEqual({ ExcelApi: '1.13', SharedRuntime: '1.1' });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Ensemble de conditions requises (ExcelApi)');
    expect(readme).toContain('ExcelApi 1.13');
  });

  test('uses VersionOverrides V1_0, the only version a TaskPaneApp accepts', () => {
    const overrides = child(root, 'VersionOverrides');
    expect(attr(overrides, 'xmlns')).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
  });
});

describe('manifest.xml: ids and resources', () => {
  test('every id attribute is unique', () => {
    const ids = all.map((e) => attr(e, 'id')).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every resid is defined, of the right kind, and every resource is used', () => {
    const expectedKind = (element: XmlNode): string => {
      const name = element['#name'];
      if (name === 'bt:Image') return 'bt:Images';
      if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(name)) return 'bt:Urls';
      if (name === 'Description') return 'bt:LongStrings';
      return 'bt:ShortStrings'; // Label, Title
    };
    const used = new Set<string>();
    for (const element of all.filter((e) => attr(e, 'resid') !== undefined)) {
      const resid = attr(element, 'resid') ?? '';
      used.add(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ resid, kind: resources.get(resid)?.kind }).toEqual({ resid, kind: expectedKind(element) });
    }
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('strings fit the limits (short 125, long 250) and are not empty', () => {
    for (const [id, { kind, value }] of resources) {
      expect({ id, empty: value.trim() === '' }).toEqual({ id, empty: false });
      if (kind === 'bt:ShortStrings') expect({ id, long: value.length > 125 }).toEqual({ id, long: false });
      if (kind === 'bt:LongStrings') expect({ id, long: value.length > 250 }).toEqual({ id, long: false });
    }
  });
});

describe('manifest.xml: URLs map to files of the production build', () => {
  const urls = (): { where: string; url: string; size?: string }[] => [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((name) => ({
      where: name,
      url: attr(child(root, name), 'DefaultValue') ?? '',
    })),
    {
      where: 'DefaultSettings',
      url: attr(child(child(root, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue') ?? '',
    },
    ...[...resources]
      .filter(([, r]) => r.kind === 'bt:Images' || r.kind === 'bt:Urls')
      .map(([id, r]) => ({ where: id, url: r.value })),
  ];

  test('every URL is under https://localhost:3000/', () => {
    for (const { where, url } of urls())
      expect({ where, url: url.startsWith(BASE_URL) }).toEqual({ where, url: true });
    expect(children(child(root, 'AppDomains'), 'AppDomain').map(text)).toEqual(['https://localhost:3000']);
  });

  test('pages are HtmlWebpackPlugin outputs of the production build; other files are copied files', async () => {
    const config = await webpackConfig({}, { mode: 'production' });
    const htmlPages = config.plugins
      .filter((plugin) => plugin.constructor.name === 'HtmlWebpackPlugin')
      .map((plugin) => (plugin as { userOptions: { filename: string } }).userOptions.filename);
    expect(htmlPages.sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const page of webpackConfig.OFFICE_PAGES) {
      for (const source of [page.template, ...page.sources])
        expect(existsSync(join(ROOT, source))).toBe(true);
    }
    const copied = webpackConfig.copiedFiles();
    expect(copied).toContain('manifest.xml');
    for (const { where, url } of urls()) {
      const path = url.slice(BASE_URL.length);
      const built = htmlPages.includes(path) || (copied.includes(path) && existsSync(join(ROOT, path)));
      expect({ where, path, built }).toEqual({ where, path, built: true });
    }
  });

  test('every PNG in assets/ has the size its name says; icons referenced have the size they are used at', () => {
    const pngs = webpackConfig.copiedFiles().filter((file) => file.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(16);
    for (const file of pngs) {
      const named = Number(/-(\d+)\.png$/.exec(file)?.[1]);
      expect({ file, ...pngSize(join(ROOT, file)) }).toEqual({ file, width: named, height: named });
    }
    const sizeOf = (url: string) => pngSize(join(ROOT, url.slice(BASE_URL.length))).width;
    expect(sizeOf(attr(child(root, 'IconUrl'), 'DefaultValue') ?? '')).toBe(32);
    expect(sizeOf(attr(child(root, 'HighResolutionIconUrl'), 'DefaultValue') ?? '')).toBe(64);
    for (const image of all.filter((e) => e['#name'] === 'bt:Image' && attr(e, 'size'))) {
      const resid = attr(image, 'resid') ?? '';
      expect({ resid, size: sizeOf(resources.get(resid)?.value ?? '') }).toEqual({
        resid,
        size: Number(attr(image, 'size')),
      });
    }
  });
});

describe('manifest.xml: shared runtime and ribbon', () => {
  const host = () => child(child(child(root, 'VersionOverrides'), 'Hosts'), 'Host');
  const label = (node: XmlNode) => resources.get(attr(child(node, 'Label'), 'resid') ?? '')?.value;

  test('the task pane page is the shared runtime and the function file', () => {
    const runtime = child(child(host(), 'Runtimes'), 'Runtime');
    expect(attr(runtime, 'resid')).toBe('Taskpane.Url');
    expect(attr(runtime, 'lifetime')).toBe('long');
    expect(attr(child(child(host(), 'DesktopFormFactor'), 'FunctionFile'), 'resid')).toBe('Taskpane.Url');
    expect(resources.get('Taskpane.Url')?.value).toBe(`${BASE_URL}taskpane.html`);
    expect(attr(child(child(root, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue')).toBe(
      `${BASE_URL}taskpane.html`,
    );
  });

  test('a custom tab RIME with the groups Classeur and Contrôle and four French buttons', () => {
    const surface = child(child(host(), 'DesktopFormFactor'), 'ExtensionPoint');
    expect(attr(surface, 'xsi:type')).toBe('PrimaryCommandSurface');
    const tab = child(surface, 'CustomTab');
    expect(attr(tab, 'id')).toBe('TabRIME');
    expect(label(tab)).toBe('RIME');
    expect((tab.$$ ?? []).map((c) => c['#name'])).toEqual(['Group', 'Group', 'Label']); // groups before the label
    const ribbon = children(tab, 'Group').map((group) => ({
      group: label(group),
      buttons: children(group, 'Control').map((control) => {
        const action = child(control, 'Action');
        return {
          label: label(control),
          type: attr(control, 'xsi:type'),
          action: attr(action, 'xsi:type'),
          target:
            attr(action, 'xsi:type') === 'ShowTaskpane'
              ? `${text(child(action, 'TaskpaneId'))} ${attr(child(action, 'SourceLocation'), 'resid')}`
              : text(child(action, 'FunctionName')),
        };
      }),
    }));
    expect(ribbon).toEqual([
      {
        group: 'Classeur',
        buttons: [
          {
            label: 'Ouvrir RIME',
            type: 'Button',
            action: 'ShowTaskpane',
            target: 'Office.AutoShowTaskpaneWithDocument Taskpane.Url',
          },
          {
            label: 'Préparer le classeur',
            type: 'Button',
            action: 'ExecuteFunction',
            target: 'prepareWorkbook',
          },
        ],
      },
      {
        group: 'Contrôle',
        buttons: [
          { label: 'Valider la saisie', type: 'Button', action: 'ExecuteFunction', target: 'validateInput' },
          {
            label: 'Supprimer les repérages',
            type: 'Button',
            action: 'ExecuteFunction',
            target: 'clearMarks',
          },
        ],
      },
    ]);
  });

  test('groups and buttons have 16/32/80 icons; buttons have a supertip', () => {
    const surface = child(child(host(), 'DesktopFormFactor'), 'ExtensionPoint');
    const groups = children(child(surface, 'CustomTab'), 'Group');
    for (const node of [...groups, ...groups.flatMap((g) => children(g, 'Control'))]) {
      const sizes = children(child(node, 'Icon'), 'bt:Image').map((image) => attr(image, 'size'));
      expect({ id: attr(node, 'id'), sizes }).toEqual({ id: attr(node, 'id'), sizes: ['16', '32', '80'] });
    }
    for (const control of groups.flatMap((g) => children(g, 'Control'))) {
      const supertip = child(control, 'Supertip');
      expect(attr(child(supertip, 'Title'), 'resid')).toBe(attr(child(control, 'Label'), 'resid'));
      expect(resources.get(attr(child(supertip, 'Description'), 'resid') ?? '')?.value).toMatch(/\S{3,}/);
    }
  });

  test('the ExecuteFunction names are exactly the commands that src/commands registers', () => {
    const names = all.filter((e) => e['#name'] === 'FunctionName').map(text);
    expect(names.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  test('every text a user sees is French (no common English words)', () => {
    const seen = [
      attr(child(root, 'DisplayName'), 'DefaultValue') ?? '',
      attr(child(root, 'Description'), 'DefaultValue') ?? '',
      ...[...resources.values()].filter((r) => r.kind.endsWith('Strings')).map((r) => r.value),
    ];
    const english = /\b(the|and|of|to|click|open|add-?in|button|workbook|sheet|check|clear|prepare)\b/i;
    expect(seen.filter((s) => english.test(s))).toEqual([]);
    expect(seen.join(' ')).toMatch(/[éèêàçô]/);
  });
});
