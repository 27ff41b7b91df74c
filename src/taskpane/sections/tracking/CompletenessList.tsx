import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ALL_OPERATIONS } from '../../../domain/catalogue';
import type { CompletenessView } from '../../../excel/tracking';
import { messageForError } from '../../errors';
import type { SectionProps } from '../index';
import { percent, trackingActions } from './actions';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    width: '100%',
    justifyContent: 'space-between',
    textAlign: 'left',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  rate: { fontVariantNumeric: 'tabular-nums', flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Rows shown before « Afficher toutes les colonnes ». */
const FIRST_ROWS = 10;

/**
 * Taux de remplissage: the columns worst first for « Tout » or one operation; a row selects the
 * column's cells in the household sheet (to fill them in).
 */
export function CompletenessList({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const actions = trackingActions(host);
  const [operation, setOperation] = useState<string>(ALL_OPERATIONS);
  const [operations, setOperations] = useState<string[]>([]);
  const [view, setView] = useState<CompletenessView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);

  useEffect(() => {
    if (busy) return;
    let live = true;
    actions.completeness(operation).then(
      (v) => {
        if (!live) return;
        setView(v);
        setError(null);
        setOperations(v.byOperation.flatMap((o) => (o.operation === null ? [] : [o.operation])));
      },
      (e: unknown) => {
        if (!live) return;
        setView(null);
        setError(messageForError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [host, busy, operation]);

  const shown = view ? (all ? view.columns : view.columns.slice(0, FIRST_ROWS)) : [];
  return (
    <div className={styles.column}>
      <Field label="Opération">
        <Dropdown
          value={operation}
          selectedOptions={[operation]}
          onOptionSelect={(_, d) => {
            setOperation(d.optionValue ?? ALL_OPERATIONS);
            setAll(false);
          }}
        >
          <Option value={ALL_OPERATIONS}>{ALL_OPERATIONS}</Option>
          {operations.map((o) => (
            <Option key={o} value={o}>
              {o}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {error && <Body1 role="alert">{error}</Body1>}
      {!view && !error && <Spinner size="tiny" label="Calcul du taux de remplissage…" />}
      {view && (
        <>
          <Body1 data-testid="completeness-overall">
            {view.scope} : {percent(view.overall)} des cases remplies ({view.households} ménages)
          </Body1>
          <Caption1>Les colonnes les moins remplies d&apos;abord (★ : colonne ANRU). Cliquer pour aller à la colonne.</Caption1>
          <ul className={styles.list} aria-label="Taux de remplissage par colonne" data-testid="completeness-list">
            {shown.map((c) => (
              <li key={c.key}>
                <Button
                  appearance="subtle"
                  className={styles.row}
                  disabled={busy || c.address === null}
                  title={c.address ?? 'Colonne absente du tableau'}
                  onClick={() => run('Aller à la colonne', (p) => actions.goTo(c.key, c.label, p))}
                >
                  <span>
                    {c.anru ? '★ ' : ''}
                    {c.label}
                    {c.optional ? ' (facultatif)' : ''}
                  </span>
                  <span className={styles.rate}>
                    {percent(c.rate)}
                    {c.missing > 0 ? ` · ${c.missing} vide(s)` : ''}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {view.columns.length > FIRST_ROWS && (
            <Button appearance="transparent" onClick={() => setAll(!all)}>
              {all ? 'Afficher les 10 premières colonnes' : `Afficher les ${view.columns.length} colonnes`}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
