/** Rows of the exports: scope, cell values, headers, notices, random numbers of the anonymised export. */
import {
  anonymisedExportColumns,
  anruExportColumns,
  baseExportColumns,
  buildExportRows,
  confidentialityNotice,
} from '../../../src/domain/exports';
import { CUSTOM_FIELDS, HOUSEHOLDS } from './fixtures';

/** A fixed sequence of draws, for a reproducible shuffle in tests only. */
function draws(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}

describe('buildExportRows', () => {
  it('ANRU export of one operation: its rows, codes as codes, numeric codes as numbers, dates as serials', () => {
    const t = buildExportRows(HOUSEHOLDS, anruExportColumns(CUSTOM_FIELDS), { operation: 'Tour A', today: 45500 });
    expect(t.title).toBe('Exportation données ANRU');
    expect(t.scopeLabel).toBe('Tour A');
    expect(t.date).toBe(45500);
    expect(t.rows).toHaveLength(2);
    const cell = (row: number, header: string) => t.rows[row][t.headers.indexOf(header)];
    expect(cell(0, 'Opération ★')).toBe('Tour A');
    expect(cell(0, 'Nombre de pièces ★')).toBe(4);
    expect(cell(0, 'Évolution nombre pièces (avant/après) ★')).toBe(-1);
    expect(cell(0, 'Loyer de base mensuel ★')).toBe(310.5);
    expect(cell(0, "Statut d'occupation ★")).toBe('PS');
    expect(cell(0, 'Date du déménagement ★')).toBe(45123);
    expect(cell(0, 'APL ★')).toBe('');
    expect(cell(1, "Statut d'occupation antérieur ★")).toBe('D');
    expect(cell(1, 'N° de demande')).toBe(2);
  });

  it('Tout: every household, the base keeps the order and every value', () => {
    const t = buildExportRows(HOUSEHOLDS, baseExportColumns(CUSTOM_FIELDS), { operation: null, today: 45500 });
    expect(t.scopeLabel).toBe('Tout');
    expect(t.title).toBe('Exportation de la base de saisie');
    expect(t.rows.map((r) => r[0])).toEqual([918273, 918273, 564738]);
    expect(t.rows[0][t.headers.indexOf('Suivi MOUS')]).toBe('OUI');
    expect(t.rows[0][t.headers.indexOf('Commune de relogement')]).toBe('Villeurbanne');
    expect(t.rows[2][t.headers.indexOf('Plafonds des ressources du ménage ★')]).toBe(2);
  });

  it('anonymised: one random number per family, rows ordered by it', () => {
    // Families in order of appearance: 918273 (2 requests), 564738. Fisher–Yates on [1, 2] with a draw
    // of 0.1 swaps them: 918273 → 2, 564738 → 1.
    const t = buildExportRows(HOUSEHOLDS, anonymisedExportColumns(CUSTOM_FIELDS), { operation: null, today: 45500, random: draws(0.1) });
    expect(t.title).toBe('Exportation anonymisée de la base de saisie');
    expect(t.headers.slice(0, 2)).toEqual(['N° anonyme du ménage', 'N° de demande']);
    expect(t.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, 1, 'Tour B'],
      [2, 1, 'Tour A'],
      [2, 2, 'Tour A'],
    ]);
    const kept = buildExportRows(HOUSEHOLDS, anonymisedExportColumns(CUSTOM_FIELDS), { operation: null, today: 45500, random: draws(0.9) });
    expect(kept.rows.map((r) => r[0])).toEqual([1, 1, 2]);
  });

  it('carries a one-line French confidentiality notice per kind', () => {
    expect(confidentialityNotice('base')).toBe(
      "Document interne – données personnelles et commentaires potentiellement sensibles (RGPD) : ne pas transmettre en l'état aux partenaires.",
    );
    expect(confidentialityNotice('anru')).toContain('sans nom, prénom, adresse ni commentaire');
    expect(confidentialityNotice('anonymised')).toContain('tiré au hasard à chaque export');
    for (const kind of ['base', 'anru', 'anonymised'] as const) expect(confidentialityNotice(kind)).not.toContain('\n');
    const t = buildExportRows(HOUSEHOLDS, anruExportColumns(), { operation: null, today: 1 });
    expect(t.notice).toBe(confidentialityNotice('anru'));
  });
});
