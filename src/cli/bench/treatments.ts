import type { BenchStep } from '../benchSteps';

export function treatmentBench(_today: number): [string, BenchStep][] {
  return [];
}
