/**
 * « Points d'étape » in Paramètres: the dates of the Paramètres sheet (read when the section opens and
 * after each action), a calendar of the guide for a year, and « Appliquer », which rewrites them.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDate, ymdFromSerial } from '../../../domain/dates';
import { MILESTONE_PRESETS, type MilestonePreset } from '../../../domain/tracking';
import { applyMilestonePreset, presetLines, presetProblem } from '../../../excel/settings/milestones';
import { readMilestoneSettings } from '../../../excel/tracking';
import { currentUser } from '../../identity';
import type { SectionProps } from '../index';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The choices as the user reads them. */
export const PRESET_CHOICES: Readonly<Record<MilestonePreset, string>> = {
  circulaire: 'Circulaire USH (8 par an)',
  mensuel: 'Mensuel (12)',
  trimestriel: 'Trimestriel (4)',
  semestriel: 'Semestriel (2)',
};

export function MilestoneDates({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const [dates, setDates] = useState<readonly number[] | null>(null);
  const [preset, setPreset] = useState<MilestonePreset>('circulaire');
  const [year, setYear] = useState(() => String(ymdFromSerial(host.today()).year));

  useEffect(() => {
    if (busy) return;
    let live = true;
    host.run((context) => readMilestoneSettings(context)).then(
      (s) => live && setDates(s.sheet ? s.dates : null),
      () => live && setDates(null),
    );
    return () => {
      live = false;
    };
  }, [host, busy]);

  const apply = () =>
    run("Points d'étape", async (progress) => {
      const y = /^\s*\d{4}\s*$/.test(year) ? Number(year) : NaN;
      const problem = presetProblem(preset, y);
      if (problem) return { intent: 'error', title: "Points d'étape non modifiés", lines: [problem] };
      progress('Écriture des dates dans la feuille Paramètres…');
      const who = host.who?.() ?? currentUser();
      const report = await host.run((context) => applyMilestonePreset(context, { preset, year: y, who }));
      return { intent: 'success', title: "Points d'étape enregistrés", lines: presetLines(report) };
    });

  return (
    <section className={styles.part} aria-label="Points d'étape">
      <Subtitle2 as="h3">Points d&apos;étape</Subtitle2>
      <Body1 data-testid="milestone-dates">
        {dates === null
          ? 'Dates actuelles : illisibles tant que la feuille Paramètres manque.'
          : dates.length === 0
            ? 'Aucune date dans la feuille Paramètres : les rappels suivent la circulaire USH (8 par an).'
            : `Dates actuelles (${dates.length}) : ${dates.map(formatDate).join(', ')}.`}
      </Body1>
      <Field label="Calendrier">
        <RadioGroup value={preset} onChange={(_, d) => setPreset(d.value as MilestonePreset)} disabled={busy}>
          {MILESTONE_PRESETS.map((p) => (
            <Radio key={p} value={p} label={PRESET_CHOICES[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Année des points d'étape">
        <Input value={year} onChange={(_, d) => setYear(d.value)} disabled={busy} inputMode="numeric" />
      </Field>
      <Button appearance="primary" disabled={busy} onClick={apply}>
        Appliquer
      </Button>
      <Caption1>
        Les dates peuvent aussi être modifiées directement dans la feuille Paramètres (colonne F, sous « Point
        d&apos;étape »). Les rappels du Suivi les suivent, d&apos;année en année.
      </Caption1>
    </section>
  );
}
