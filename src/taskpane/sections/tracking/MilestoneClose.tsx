import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { isoDate, parseIsoDate } from '../../../domain/dates';
import type { SectionProps } from '../index';
import { trackingActions, type DuplicateQuestion } from './actions';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * « Clore le point d'étape »: the date defaults to the next milestone of Paramètres (again after each
 * action, e.g. new dates applied in Paramètres, until the user types one); a milestone already
 * closed asks the French question, « Confirmer » records a second closing. « Exporter le point d'étape »
 * gives the last closed one as a file of aggregated figures.
 */
export function MilestoneClose({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const actions = trackingActions(host);
  const [date, setDate] = useState('');
  const [question, setQuestion] = useState<DuplicateQuestion | null>(null);
  // A date typed by the user is kept; otherwise the default follows Paramètres after each action.
  const typed = useRef(false);

  useEffect(() => {
    if (busy) return;
    let live = true;
    actions.nextMilestone().then(
      (d) => {
        if (live && d !== null) setDate((current) => (typed.current && current ? current : isoDate(d)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, busy]);

  const serial = parseIsoDate(date);
  const close = (when: number, confirm: boolean) => () =>
    run("Clore le point d'étape", (p) => actions.close(when, confirm, setQuestion, p));

  return (
    <div className={styles.column}>
      <Field
        label="Point d'étape à clore"
        hint="Par défaut, le prochain point d'étape de la feuille Paramètres."
        validationState={date && serial === undefined ? 'error' : 'none'}
        validationMessage={date && serial === undefined ? 'Date invalide : choisir une date (jj/mm/aaaa).' : undefined}
      >
        <Input
          type="date"
          value={date}
          onChange={(_, d) => {
            typed.current = true;
            setDate(d.value);
            setQuestion(null);
          }}
        />
      </Field>
      <Button appearance="primary" disabled={busy || serial === undefined} onClick={serial === undefined ? undefined : close(serial, false)}>
        Clore le point d&apos;étape
      </Button>
      {question && (
        <MessageBar intent="warning" layout="multiline" data-testid="milestone-question">
          <MessageBarBody>
            <MessageBarTitle>Point d&apos;étape déjà clos</MessageBarTitle>
            {question.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={close(question.date, true)}>
              Confirmer
            </Button>
            <Button disabled={busy} onClick={() => setQuestion(null)}>
              Annuler
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button disabled={busy} onClick={() => run("Exporter le point d'étape", (p) => actions.exportLast(p))}>
        Exporter le point d&apos;étape
      </Button>
      <Caption1>
        Le dernier point d&apos;étape clos, en chiffres agrégés sans donnée personnelle
        {host.openWorkbook ? ', dans un nouveau classeur.' : ', en fichier .xlsx téléchargé.'}
      </Caption1>
    </div>
  );
}
