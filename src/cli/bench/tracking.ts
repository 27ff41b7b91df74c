/**
 * Bench rows of « Exports » and « Suivi »: the FAT and the ANRU export on Tout, the taux de remplissage
 * of the pane, closing a point d'étape (frozen block, Progression, history row) and exporting it. The
 * syncs must not depend on the number of households (the extra ones at 20,000+ are read chunks).
 */
import { exportData, writeFatSheet } from '../../excel/exports';
import { closeMilestone, exportMilestone, readCompleteness } from '../../excel/tracking';
import type { BenchStep } from '../benchSteps';

/** 31/10/2026, a point d'étape of the circular. */
const MILESTONE = 46_326;

export function trackingBench(today: number): [string, BenchStep][] {
  return [
    ['Fiche FAT démolition (Tout)', (context) => writeFatSheet(context, { operation: 'Tout', today })],
    ['Exportation données ANRU (Tout, nouvelle feuille)', (context) => exportData(context, { kind: 'anru', operation: 'Tout', today })],
    ['Taux de remplissage (volet, Tout)', (context) => readCompleteness(context)],
    [
      "Clore le point d'étape (bloc figé, Progression, historique)",
      (context) => closeMilestone(context, { date: MILESTONE, who: 'Banc de mesure', now: '2026-11-02T10:00:00' }),
    ],
    ["Exporter le point d'étape (fichier .xlsx agrégé)", (context) => exportMilestone(context)],
  ];
}
