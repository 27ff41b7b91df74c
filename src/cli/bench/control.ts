/**
 * Bench rows of « Contrôle de saisie ». The bench's households are coherent (no injected error), so a
 * second validation is run with « today » two years earlier: every later moving date is then in the
 * future, which marks thousands of cells (painting in chunks) for « Supprimer les repérages » to undo.
 */
import { clearMarks, validateInput } from '../../excel/marks';
import type { BenchStep } from '../benchSteps';

const TWO_YEARS = 730;

export function controlBench(today: number): [string, BenchStep][] {
  return [
    ['Valider la saisie', (context) => validateInput(context, { today })],
    ['Valider la saisie (aujourd’hui − 2 ans : dates futures repérées)', (context) => validateInput(context, { today: today - TWO_YEARS })],
    ['Supprimer les repérages (après la validation)', (context) => clearMarks(context)],
  ];
}
