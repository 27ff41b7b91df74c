import type { BenchStep } from '../benchSteps';

export function controlBench(_today: number): [string, BenchStep][] {
  return [];
}
