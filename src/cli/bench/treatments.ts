/**
 * Bench rows of « Traitements »: two predefined populations on Tout, each writing its result sheet and
 * its Tableaux_comparaisons block. The syncs must not depend on the number of households.
 */
import { runTreatment } from '../../excel/reports';
import type { BenchStep } from '../benchSteps';

const ALL = { kind: 'all' } as const;

export function treatmentBench(today: number): [string, BenchStep][] {
  return [
    ['Traitement : ménages relogés (Tout)', (context) => runTreatment(context, { population: 'reloges', scope: ALL, today })],
    ['Traitement : relogés en ZUS (Tout)', (context) => runTreatment(context, { population: 'reloges-zus', scope: ALL, today })],
  ];
}
