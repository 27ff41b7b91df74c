/** Further bench rows, one file per capability (contrôle de saisie, traitements…). */
import { controlBench } from './bench/control';
import { trackingBench } from './bench/tracking';
import { treatmentBench } from './bench/treatments';

export type BenchStep = (context: Excel.RequestContext) => Promise<unknown>;

export function benchSteps(today: number): [string, BenchStep][] {
  return [...controlBench(today), ...treatmentBench(today), ...trackingBench(today)];
}
