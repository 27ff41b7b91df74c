/**
 * Bench rows of « Traitements »: what the pane section reads when it opens (small sheets only), then two
 * predefined populations on Tout, each writing its result sheet and its Tableaux_comparaisons block.
 * The syncs must not depend on the number of households.
 */
import { runTreatment } from '../../excel/reports';
import { readTreatmentChoices } from '../../excel/workbook/treatmentChoices';
import type { BenchStep } from '../benchSteps';

const ALL = { kind: 'all' } as const;

export function treatmentBench(today: number): [string, BenchStep][] {
  return [
    ['Traitements : ouverture de la section (opérations, champs ajoutés, critères enregistrés)', (context) => readTreatmentChoices(context)],
    ['Traitement : ménages relogés (Tout)', (context) => runTreatment(context, { population: 'reloges', scope: ALL, today })],
    ['Traitement : relogés en ZUS (Tout)', (context) => runTreatment(context, { population: 'reloges-zus', scope: ALL, today })],
  ];
}
