/** The 22 predefined populations (the guide's 19, then the 3 ANRU categories): one click runs one. */
import { Button, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { POPULATIONS, type Population } from '../../../domain/populations';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  button: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', whiteSpace: 'normal', fontWeight: tokens.fontWeightRegular },
  heading: { marginTop: tokens.spacingVerticalS },
});

interface Props {
  onRun: (population: Population) => void;
  disabled: boolean;
}

function Group({ title, populations, onRun, disabled }: Props & { title: string; populations: readonly Population[] }) {
  const styles = useStyles();
  return (
    <>
      <Caption1Strong as="h3" className={styles.heading}>
        {title}
      </Caption1Strong>
      <ul className={styles.list}>
        {populations.map((p) => (
          <li key={p.id}>
            <Button size="small" appearance="subtle" className={styles.button} title={p.definition} disabled={disabled} onClick={() => onRun(p)}>
              {p.label}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function PopulationList({ onRun, disabled }: Props) {
  return (
    <div>
      <Group title="Sous-populations du guide (19)" populations={POPULATIONS.filter((p) => p.kind === 'guide')} onRun={onRun} disabled={disabled} />
      <Group title="Catégories ANRU du reste à charge (3)" populations={POPULATIONS.filter((p) => p.kind === 'anru')} onRun={onRun} disabled={disabled} />
    </div>
  );
}
