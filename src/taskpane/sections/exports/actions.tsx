/**
 * The « Exports » actions: each calls the excel layer through the host's `run` and turns its result into
 * a French outcome (sheet or new workbook, households exported, what to do about unreadable cells).
 */
import {
  areIdentifyingColumnsHidden, exportData, setIdentifyingColumnsHidden, writeFatSheet,
  type ExportChoice, type ExportResult, type FatSheetResult, type HideResult,
} from '../../../excel/exports';
import { readOperations } from '../../../excel/workbook/operations';
import type { PaneHost } from '../../host';
import type { Outcome, Progress } from '../../useAction';

export const ALL = 'Tout';

export const EXPORT_LABELS: Readonly<Record<ExportChoice, string>> = {
  anru: 'Exportation données ANRU',
  base: 'Exportation de la base de saisie',
  anonyme: 'Export anonymisé',
};

const EXPORT_NOTES: Readonly<Record<ExportChoice, string>> = {
  anru: 'Colonnes ANRU seulement, sans nom, prénom, adresse ni commentaire.',
  base: 'Document interne : il contient les données personnelles des ménages, ne pas le transmettre aux partenaires.',
  anonyme: 'Sans nom, prénom, adresse ni commentaire, ménages renumérotés : transmissible aux partenaires.',
};

const scopeWords = (operation: string): string => (operation === ALL ? 'toutes les opérations' : `l'opération « ${operation} »`);

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

/** Outcome of « Fiche FAT démolition » (pure). */
export function fatOutcome(r: FatSheetResult): Outcome {
  const unclassified = r.report.tables
    .flatMap((t) => (t.kind === 'counts' ? t.rows : []))
    .filter((row) => row.isUnclassified)
    .reduce((sum, row) => sum + (row.count ?? 0), 0);
  const lines = [
    `${plural(r.householdCount, 'ménage', 'ménages')} dans le périmètre, dont ${plural(r.relocatedCount, 'relogé', 'relogés')}.`,
    'Chaque ligne indique sa règle de calcul (colonne « Règle de calcul (décision RIME) »).',
  ];
  if (unclassified > 0) {
    lines.push(
      `${plural(unclassified, 'classement', 'classements')} en « Non classé », avec leur motif : lancez « Valider la saisie » pour compléter ou corriger ces ménages.`,
    );
  }
  return { intent: unclassified > 0 ? 'warning' : 'success', title: `Fiche FAT créée : feuille « ${r.sheetName} »`, lines };
}

/** Outcome of an export (pure). */
export function exportOutcome(kind: ExportChoice, r: ExportResult): Outcome {
  const where = r.mode === 'newWorkbook' ? 'nouveau classeur ouvert' : `feuille « ${r.sheetName ?? ''} »`;
  const lines = [`${plural(r.rows, 'ménage exporté', 'ménages exportés')}.`, EXPORT_NOTES[kind]];
  if (r.rowsWithProblems > 0) {
    lines.push(
      `${plural(r.rowsWithProblems, 'ligne a', 'lignes ont')} une valeur illisible, exportée vide. Lancez « Valider la saisie » pour la corriger, puis relancez l'export.`,
    );
  }
  return { intent: r.rowsWithProblems > 0 ? 'warning' : 'success', title: `${EXPORT_LABELS[kind]} : ${where}`, lines };
}

/** Outcome of « Masquer / afficher les colonnes identifiantes » (pure). */
export function hideOutcome(r: HideResult): Outcome {
  if (r.headers.length === 0) {
    return { intent: 'info', title: 'Aucune colonne identifiante trouvée', lines: ['Lancez « Préparer le classeur » pour retrouver les colonnes du tableau de saisie.'] };
  }
  const lines = [`${plural(r.headers.length, 'colonne', 'colonnes')} : ${r.headers.join(', ')}.`];
  if (r.hidden) lines.push('Les colonnes masquées restent dans le fichier : pour un partenaire, utilisez « Export anonymisé ».');
  return { intent: 'success', title: r.hidden ? 'Colonnes identifiantes masquées' : 'Colonnes identifiantes affichées', lines };
}

export function exportActions(host: PaneHost) {
  return {
    async listOperations(): Promise<string[]> {
      const read = await host.run((context) => readOperations(context));
      return read.operations.map((o) => o.name);
    },

    /** null when the household table cannot be found (the switch is then disabled). */
    async identifyingHidden(): Promise<boolean | null> {
      try {
        return await host.run((context) => areIdentifyingColumnsHidden(context));
      } catch {
        return null;
      }
    },

    async fat(operation: string, progress: Progress): Promise<Outcome> {
      progress(`Lecture des ménages et calcul de la FAT pour ${scopeWords(operation)}…`);
      const r = await host.run((context) => writeFatSheet(context, { operation, today: host.today() }));
      return fatOutcome(r);
    },

    async exportData(kind: ExportChoice, operation: string, progress: Progress): Promise<Outcome> {
      progress(`Lecture des ménages de ${scopeWords(operation)}…`);
      const open = host.openWorkbook;
      const r = await host.run((context) =>
        exportData(context, {
          kind,
          operation,
          today: host.today(),
          openWorkbook: open
            ? async (base64) => {
                progress('Ouverture du nouveau classeur…');
                await open(base64);
              }
            : undefined,
        }),
      );
      return exportOutcome(kind, r);
    },

    async setHidden(hidden: boolean, progress: Progress): Promise<Outcome> {
      progress(hidden ? 'Masquage des colonnes identifiantes…' : 'Affichage des colonnes identifiantes…');
      const r = await host.run((context) => setIdentifyingColumnsHidden(context, hidden));
      return hideOutcome(r);
    },
  };
}
