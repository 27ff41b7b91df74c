/**
 * No personal value of the source (name, first name, address, comment, user column flagged personal)
 * may appear anywhere in the ANRU or the anonymised export: headers, cells, title, scope, notice.
 */
import {
  anonymisedExportColumns,
  anruExportColumns,
  baseExportColumns,
  buildExportRows,
  type ExportTable,
} from '../../../src/domain/exports';
import { CUSTOM_FIELDS, HOUSEHOLDS, HOUSEHOLD_IDS, SECRETS } from './fixtures';

const scope = { operation: null, today: 45500, random: () => 0.42 };
const ALL_SECRETS: (string | number)[] = Object.values(SECRETS).flat();

/** Everything the export carries, as one text. */
function everything(t: ExportTable): string {
  return JSON.stringify(t);
}

function leaks(t: ExportTable): (string | number)[] {
  const text = everything(t);
  const cells = t.rows.flat();
  return ALL_SECRETS.filter((s) => text.includes(String(s)) || cells.includes(s));
}

describe('exports: personal data', () => {
  const base = buildExportRows(HOUSEHOLDS, baseExportColumns(CUSTOM_FIELDS), scope);
  const anru = buildExportRows(HOUSEHOLDS, anruExportColumns(CUSTOM_FIELDS), scope);
  const anonymised = buildExportRows(HOUSEHOLDS, anonymisedExportColumns(CUSTOM_FIELDS), scope);

  it('the base export holds every personal value (so the hunt below can find them)', () => {
    expect(leaks(base)).toEqual(ALL_SECRETS);
  });

  it('the ANRU export holds none', () => {
    expect(leaks(anru)).toEqual([]);
  });

  it('the anonymised export holds none', () => {
    expect(leaks(anonymised)).toEqual([]);
  });

  it('the ANRU export keeps the N° d’identification; the anonymised one does not', () => {
    expect(anru.rows.map((r) => r[1])).toEqual(HOUSEHOLD_IDS);
    const text = everything(anonymised);
    for (const id of HOUSEHOLD_IDS) expect(text.includes(String(id))).toBe(false);
  });

  it('refuses a column set for partners that carries a personal column', () => {
    const tampered = { kind: 'anru' as const, columns: baseExportColumns(CUSTOM_FIELDS).columns };
    expect(() => buildExportRows(HOUSEHOLDS, tampered, scope)).toThrow(
      "Export Exportation données ANRU : colonnes personnelles refusées (Nom du chef de ménage, Prénom du chef de ménage, Adresse actuelle du ménage à reloger, Téléphone du ménage, Montant aide exceptionnelle, Commentaires et observations).",
    );
  });
});
