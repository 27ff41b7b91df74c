/**
 * « Suivi » (Suivi dans le temps): the reminders of the circular, the name written in the history,
 * « Clore le point d'étape », the completeness per column and a note on the history sheet.
 */
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { HISTORY_SHEET, type Reminder } from '../../domain/tracking';
import type { PaneSection, SectionProps } from './index';
import { trackingActions } from './tracking/actions';
import { CompletenessList } from './tracking/CompletenessList';
import { IdentityField } from './tracking/IdentityField';
import { MilestoneClose } from './tracking/MilestoneClose';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The reminders banner (« Point d'étape le 30/11 : dans 5 jours »), refreshed after each action. */
function Reminders({ host, busy }: SectionProps) {
  const [list, setList] = useState<Reminder[]>([]);
  useEffect(() => {
    if (busy) return;
    let live = true;
    trackingActions(host)
      .reminders()
      .then(
        (r) => live && setList(r),
        () => live && setList([]),
      );
    return () => {
      live = false;
    };
  }, [host, busy]);
  if (list.length === 0) return null;
  return (
    <div data-testid="reminders">
      {list.map((r) => (
        <MessageBar key={`${r.kind}-${r.milestone}`} intent={r.kind === 'upcoming' ? 'info' : 'warning'}>
          <MessageBarBody>{r.message}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

function TrackingSection(props: SectionProps) {
  const styles = useStyles();
  const notice = props.host.trackingNotice?.() ?? null;
  return (
    <div className={styles.column}>
      <Reminders {...props} />
      <IdentityField />
      <section className={styles.part} aria-label="Point d'étape">
        <Subtitle2 as="h3">Point d&apos;étape</Subtitle2>
        <MilestoneClose {...props} />
      </section>
      <section className={styles.part} aria-label="Taux de remplissage">
        <Subtitle2 as="h3">Taux de remplissage</Subtitle2>
        <CompletenessList {...props} />
      </section>
      <section className={styles.part} aria-label="Historique">
        <Subtitle2 as="h3">Historique</Subtitle2>
        <Body1>
          Chaque modification du tableau des ménages (qui, quand, ancienne et nouvelle valeur) et chaque clôture de point
          d&apos;étape sont inscrites sur la feuille « {HISTORY_SHEET} ».
        </Body1>
        {notice && (
          <MessageBar intent={notice.intent} data-testid="tracking-notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {!props.host.trackingNotice && (
          <Caption1>Dans Excel, le suivi des modifications démarre à l&apos;ouverture du volet.</Caption1>
        )}
      </section>
    </div>
  );
}

export const trackingSection: PaneSection = { id: 'suivi', title: 'Suivi', Component: TrackingSection };
