import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { workbookActions } from '../actions';
import type { PaneHost } from '../host';
import type { Outcome, Progress } from '../useAction';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  host: PaneHost;
  run: (name: string, action: (progress: Progress) => Promise<Outcome>) => Promise<void>;
  busy: boolean;
}

/** Classeur: Préparer le classeur, Valider la liste des opérations, Supprimer une opération. */
export function WorkbookSection({ host, run, busy }: Props) {
  const styles = useStyles();
  const actions = workbookActions(host);
  const [operations, setOperations] = useState<string[]>([]);
  const [toDelete, setToDelete] = useState<string>('');
  const [moveTo, setMoveTo] = useState<string>('');

  const refresh = () => {
    actions.listOperations().then(setOperations, () => setOperations([]));
  };
  useEffect(refresh, [host]);

  const act = (name: string, f: (p: Progress) => Promise<Outcome>) => () => run(name, f).then(refresh);

  return (
    <div className={styles.column}>
      <Button appearance="primary" disabled={busy} onClick={act('Préparer le classeur', actions.prepare)}>
        Préparer le classeur
      </Button>
      <Button disabled={busy} onClick={act('Valider la liste des opérations', actions.validateOperations)}>
        Valider la liste des opérations
      </Button>
      <Field label="Opération à supprimer">
        <Dropdown
          placeholder="Choisir une opération"
          value={toDelete}
          selectedOptions={toDelete ? [toDelete] : []}
          onOptionSelect={(_, d) => setToDelete(d.optionValue ?? '')}
          disabled={busy || operations.length === 0}
        >
          {operations.map((o) => (
            <Option key={o} value={o}>
              {o}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Déplacer d'abord ses ménages vers (facultatif)">
        <Dropdown
          placeholder="Ne pas déplacer"
          value={moveTo}
          selectedOptions={moveTo ? [moveTo] : []}
          onOptionSelect={(_, d) => setMoveTo(d.optionValue ?? '')}
          disabled={busy || !toDelete}
        >
          <Option value="">Ne pas déplacer</Option>
          {operations
            .filter((o) => o !== toDelete)
            .map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
        </Dropdown>
      </Field>
      <Button
        disabled={busy || !toDelete}
        onClick={act('Supprimer une opération', (p) => actions.deleteOperation(toDelete, moveTo || undefined, p))}
      >
        Supprimer une opération
      </Button>
    </div>
  );
}
