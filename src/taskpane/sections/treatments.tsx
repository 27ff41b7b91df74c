/**
 * « Traitements »: périmètre (Tout or operations), the 22 predefined populations (one click each),
 * « Tout lancer », the manual criteria builder, saved criteria sets, « Efface dernier tri ».
 * Every action goes through the excel layer (src/excel/reports) and reports the result sheet and N.
 */
import { Body1Strong, Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ALL_OPERATIONS } from '../../domain/catalogue';
import type { Criterion, Population } from '../../domain/populations';
import type { Outcome, Progress } from '../useAction';
import type { PaneSection, SectionProps } from './index';
import { contextReloads, EMPTY_CONTEXT, treatmentActions, type TreatmentContext } from './treatments/actions';
import { CriteriaBuilder } from './treatments/CriteriaBuilder';
import { PopulationList } from './treatments/PopulationList';
import { SavedSets } from './treatments/SavedSets';
import { ScopePicker, scopeOf } from './treatments/ScopePicker';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
});

function TreatmentsSection({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const actions = treatmentActions(host);
  const [ctx, setCtx] = useState<TreatmentContext>(EMPTY_CONTEXT);
  const [selected, setSelected] = useState<string[]>([ALL_OPERATIONS]);
  const [criteria, setCriteria] = useState<Criterion[]>([]);

  const refresh = useCallback(() => {
    treatmentActions(host).loadContext().then(setCtx, () => setCtx(EMPTY_CONTEXT));
  }, [host]);
  // Read when the section opens and after the pane's actions that may change the context (a prepared
  // workbook, a new field or operation, a saved set…), not after a treatment.
  const reloads = useRef(contextReloads());
  useEffect(() => {
    if (reloads.current.busyChanged(busy)) refresh();
  }, [busy, refresh]);

  const scope = scopeOf(selected.filter((s) => s === ALL_OPERATIONS || ctx.operations.includes(s)));
  const act = (name: string, f: (p: Progress) => Promise<Outcome>, keepsContext = false) => {
    if (keepsContext) reloads.current.quietly();
    void run(name, f);
  };

  return (
    <div className={styles.column}>
      <ScopePicker operations={ctx.operations} selected={selected} onChange={setSelected} disabled={busy} />

      <Body1Strong as="h3" className={styles.heading}>
        Traitement automatique
      </Body1Strong>
      <Button appearance="primary" disabled={busy} onClick={() => act('Tout lancer', (p) => actions.runAll(scope, p), true)}>
        Tout lancer (22 populations)
      </Button>
      <PopulationList
        disabled={busy}
        onRun={(pop: Population) => act(`Traitement « ${pop.label} »`, (p) => actions.run(pop.id, scope, p), true)}
      />

      <Divider />
      <Body1Strong as="h3" className={styles.heading}>
        Tri manuel
      </Body1Strong>
      <CriteriaBuilder
        ctx={ctx}
        criteria={criteria}
        onCriteria={setCriteria}
        disabled={busy}
        onRun={(c) => act('Lancer le tri', (p) => actions.run({ criteria: c }, scope, p), true)}
        onSave={(name, c) => act('Enregistrer les critères', (p) => actions.save(name, c, ctx, p))}
      />

      <Body1Strong as="h3" className={styles.heading}>
        Critères enregistrés
      </Body1Strong>
      <SavedSets
        ctx={ctx}
        disabled={busy}
        onRun={(name, c) => act(`Tri « ${name} »`, (p) => actions.run({ criteria: c, label: name }, scope, p), true)}
        onEdit={(c) => setCriteria([...c])}
      />

      <Divider />
      <Button disabled={busy} onClick={() => act('Efface dernier tri', (p) => actions.erase(p), true)}>
        Efface dernier tri
      </Button>
    </div>
  );
}

export const treatmentSection: PaneSection = { id: 'traitements', title: 'Traitements', Component: TreatmentsSection };
