import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActionState } from './useAction';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Progress of the running action (with its step in words) and the outcome of the last one. */
export function Feedback({ state }: { state: ActionState }) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      {state.running && (
        <Field validationMessage={state.step ?? ''} validationState="none" label={`${state.running} en cours`}>
          <ProgressBar aria-label={`${state.running} en cours`} />
        </Field>
      )}
      {state.outcome && (
        <MessageBar intent={state.outcome.intent} data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>{state.outcome.title}</MessageBarTitle>
            {state.outcome.lines.length > 0 && (
              <ul className={styles.lines}>
                {state.outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
