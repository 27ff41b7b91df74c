/**
 * « Exports »: the operation (Tout or one of liste_opération), the FAT démolition sheet, the three
 * exports (a new workbook in Office, a new sheet in the demo) and the switch that hides or shows the
 * identifying columns of the household table.
 */
import { Button, Caption1, Dropdown, Field, Option, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ExportChoice } from '../../excel/exports';
import type { Outcome, Progress } from '../useAction';
import { ALL, EXPORT_LABELS, exportActions } from './exports/actions';
import type { PaneSection, SectionProps } from './index';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const KINDS: readonly ExportChoice[] = ['anru', 'base', 'anonyme'];

function ExportsSection({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const actions = exportActions(host);
  const [operations, setOperations] = useState<string[]>([]);
  const [operation, setOperation] = useState<string>(ALL);
  const [hidden, setHidden] = useState<boolean | null>(null);

  const refresh = useCallback(() => {
    const a = exportActions(host);
    a.listOperations().then(
      (names) => {
        setOperations(names);
        setOperation((current) => (current === ALL || names.includes(current) ? current : ALL));
      },
      () => setOperations([]),
    );
    void a.identifyingHidden().then(setHidden);
  }, [host]);
  // Re-read after every action of the pane (Préparer le classeur, an operation deleted…).
  useEffect(() => {
    if (!busy) refresh();
  }, [busy, refresh]);

  const act = (name: string, f: (p: Progress) => Promise<Outcome>) => () => void run(name, f);

  return (
    <div className={styles.column}>
      <Field label="Opération" hint="« Tout » : toutes les opérations de liste_opération.">
        <Dropdown
          value={operation}
          selectedOptions={[operation]}
          onOptionSelect={(_, d) => setOperation(d.optionValue ?? ALL)}
          disabled={busy}
        >
          <Option value={ALL}>{ALL}</Option>
          {operations.map((o) => (
            <Option key={o} value={o}>
              {o}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={act('Fiche FAT démolition', (p) => actions.fat(operation, p))}>
        Fiche FAT démolition
      </Button>
      {KINDS.map((kind) => (
        <Button key={kind} disabled={busy} onClick={act(EXPORT_LABELS[kind], (p) => actions.exportData(kind, operation, p))}>
          {EXPORT_LABELS[kind]}
        </Button>
      ))}
      <Caption1 className={styles.hint}>
        {host.openWorkbook
          ? 'Chaque export s’ouvre dans un nouveau classeur.'
          : 'Chaque export est écrit dans une nouvelle feuille du classeur.'}{' '}
        Pour un partenaire, utilisez « Export anonymisé ».
      </Caption1>
      <Switch
        label="Masquer / afficher les colonnes identifiantes"
        checked={hidden === true}
        disabled={busy || hidden === null}
        onChange={(_, d) =>
          act(d.checked ? 'Masquer les colonnes identifiantes' : 'Afficher les colonnes identifiantes', (p) => actions.setHidden(d.checked, p))()
        }
      />
    </div>
  );
}

export const exportSection: PaneSection | null = { id: 'exports', title: 'Exports', Component: ExportsSection };
