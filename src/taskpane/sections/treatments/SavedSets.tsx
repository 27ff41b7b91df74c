/** « Critères enregistrés » (sheet RIME_criteres): run a set again, or load it into the builder to change it. */
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { criteriaSentence, type Criterion } from '../../../domain/populations';
import type { TreatmentContext } from './actions';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  ctx: TreatmentContext;
  onRun: (name: string, criteria: readonly Criterion[]) => void;
  onEdit: (criteria: readonly Criterion[]) => void;
  disabled: boolean;
}

export function SavedSets({ ctx, onRun, onEdit, disabled }: Props) {
  const styles = useStyles();
  if (ctx.sets.length === 0) return <Caption1>Aucun jeu de critères enregistré pour l&apos;instant.</Caption1>;
  return (
    <ul className={styles.list} aria-label="Critères enregistrés">
      {ctx.sets.map((s) => (
        <li key={`${s.row}-${s.name}`} className={styles.item}>
          <Body1>
            <strong>{s.name}</strong>
          </Body1>
          {s.ok ? (
            <>
              <Caption1>{criteriaSentence(s.criteria, ctx.customFields)}</Caption1>
              <div className={styles.buttons}>
                <Button size="small" aria-label={`Lancer « ${s.name} »`} disabled={disabled} onClick={() => onRun(s.name, s.criteria)}>
                  Lancer
                </Button>
                <Button size="small" appearance="subtle" aria-label={`Modifier « ${s.name} »`} disabled={disabled} onClick={() => onEdit(s.criteria)}>
                  Modifier
                </Button>
              </div>
            </>
          ) : (
            <Caption1 className={styles.error}>Illisible, non lancé : {s.errors.join(' ')}</Caption1>
          )}
        </li>
      ))}
    </ul>
  );
}
