import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  Subtitle2,
  Caption1,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Feedback } from './Feedback';
import type { PaneHost } from './host';
import { SECTIONS } from './sections';
import { WorkbookSection } from './sections/WorkbookSection';
import { useAction } from './useAction';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, maxWidth: '100%', boxSizing: 'border-box', minWidth: '280px' },
  header: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalM },
});

/** The RIME task pane: sections follow the user's work; a section appears only when its capability exists. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { state, run } = useAction(host.onChanged);
  const busy = state.running !== null;
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-label="RIME – Suivi des relogements">
        <header className={styles.header}>
          <Subtitle2 as="h1">RIME – Suivi des relogements</Subtitle2>
          <Caption1>Relogement des ménages des opérations ANRU</Caption1>
        </header>
        <Feedback state={state} />
        <Accordion multiple collapsible defaultOpenItems={['classeur']}>
          <AccordionItem value="classeur">
            <AccordionHeader as="h2">Classeur</AccordionHeader>
            <AccordionPanel>
              <WorkbookSection host={host} run={run} busy={busy} />
            </AccordionPanel>
          </AccordionItem>
          {SECTIONS.map(({ id, title, Component }) => (
            <AccordionItem key={id} value={id}>
              <AccordionHeader as="h2">{title}</AccordionHeader>
              <AccordionPanel>
                <Component host={host} run={run} busy={busy} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </main>
    </FluentProvider>
  );
}
