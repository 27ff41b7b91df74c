/** docs/decisions.md lists every Decision of the catalogue, with its exact text, under its source. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { DECISIONS } from '../../../src/domain/catalogue';

const doc = readFileSync(join(__dirname, '../../../docs/decisions.md'), 'utf8');
const REFERENCE = '## Décisions de la référence\n';
const PROJECT = '## Décisions du projet, au-delà de la référence\n';

function section(title: string): string {
  const start = doc.indexOf(title);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = doc.indexOf('\n## ', start + title.length);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe('docs/decisions.md', () => {
  it('has the two groups, reference first', () => {
    expect(doc.indexOf(REFERENCE)).toBeGreaterThan(0);
    expect(doc.indexOf(PROJECT)).toBeGreaterThan(doc.indexOf(REFERENCE));
  });

  it.each(DECISIONS.map((d) => [d.id, d] as const))('lists %s with its source and exact text', (id, d) => {
    const group = section(d.source === 'reference' ? REFERENCE : PROJECT);
    const line = group.split('\n').find((l) => l.startsWith(`- **${id}** (${d.source}`));
    expect(line).toBeDefined();
    expect(line!.endsWith(`— ${d.text}`)).toBe(true);
  });

  it('gives one line of why for every project decision', () => {
    const lines = section(PROJECT).split('\n');
    for (const d of DECISIONS.filter((x) => x.source === 'project')) {
      const i = lines.findIndex((l) => l.startsWith(`- **${d.id}** `));
      expect([d.id, lines[i + 1]?.startsWith('  - *Pourquoi :* ')]).toEqual([d.id, true]);
    }
  });

  it('lists no decision that the catalogue does not hold', () => {
    const ids = new Set<string>(DECISIONS.map((d) => d.id));
    const listed = [...(section(REFERENCE) + section(PROJECT)).matchAll(/^- \*\*([A-Z0-9-]+)\*\*/gm)].map((m) => m[1]);
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
    expect(listed).toHaveLength(DECISIONS.length);
  });
});
