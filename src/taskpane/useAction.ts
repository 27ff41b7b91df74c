import { useCallback, useState } from 'react';
import { messageForError } from './errors';

export type Intent = 'success' | 'info' | 'warning' | 'error';

export interface Outcome {
  readonly intent: Intent;
  readonly title: string;
  readonly lines: readonly string[];
}

export interface ActionState {
  readonly running: string | null;
  readonly step: string | null;
  readonly outcome: Outcome | null;
}

export type Progress = (step: string) => void;

/** Runs one action at a time: buttons are disabled while it runs, progress is shown, the outcome is kept. */
export function useAction(onDone?: () => void) {
  const [state, setState] = useState<ActionState>({ running: null, step: null, outcome: null });
  const run = useCallback(
    async (name: string, action: (progress: Progress) => Promise<Outcome>) => {
      setState({ running: name, step: 'Préparation…', outcome: null });
      const progress: Progress = (step) => setState((s) => ({ ...s, step }));
      let outcome: Outcome;
      try {
        outcome = await action(progress);
      } catch (error) {
        outcome = { intent: 'error', title: `${name} : échec`, lines: [messageForError(error)] };
      }
      setState({ running: null, step: null, outcome });
      onDone?.();
    },
    [onDone],
  );
  return { state, run };
}
