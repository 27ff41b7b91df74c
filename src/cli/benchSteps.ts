/** Further bench rows (contrôle de saisie, traitements…), added as those actions land. */
export type BenchStep = (context: Excel.RequestContext) => Promise<unknown>;

export function benchSteps(_today: number): [string, BenchStep][] {
  return [];
}
