import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { readSettings, writeSettings, type SmicEntry } from '../../excel/settings/settings';
import type { PaneSection, SectionProps } from './index';
import { MilestoneDates } from './settings/MilestoneDates';

const useStyles = makeStyles({ column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

const frNumber = (n: number): string => String(n).replace('.', ',');

/** "2024 = 1398,69" one per line, as a housing officer types it. */
export function parseSmicLines(text: string): { entries: SmicEntry[]; errors: string[] } {
  const entries: SmicEntry[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^\s*(\d{4})\s*[=:;]\s*([\d\s]+(?:[.,]\d+)?)\s*€?\s*$/.exec(line);
    if (!m) errors.push(`Ligne ${i + 1} « ${line.trim()} » : écrire « année = montant », par exemple « 2026 = 1443,11 ».`);
    else entries.push({ year: Number(m[1]), value: Number(m[2].replace(/\s/g, '').replace(',', '.')) });
  });
  return { entries, errors };
}

function SettingsSection({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const [bailleur, setBailleur] = useState('');
  const [referent, setReferent] = useState('');
  const [year, setYear] = useState('');
  const [smic, setSmic] = useState('');
  const [loaded, setLoaded] = useState(false);

  const load = () =>
    host.run((context) => readSettings(context)).then(
      (s) => {
        setBailleur(s.bailleur);
        setReferent(s.referent);
        setYear(s.smicYear === null ? '' : String(s.smicYear));
        setSmic(s.smicTable.map((e) => `${e.year} = ${frNumber(e.value)}`).join('\n'));
        setLoaded(true);
      },
      () => setLoaded(false),
    );
  useEffect(() => void load(), [host]);

  const save = () =>
    run('Enregistrer les paramètres', async (progress) => {
      const { entries, errors } = parseSmicLines(smic);
      if (errors.length) return { intent: 'error', title: 'Paramètres non enregistrés', lines: errors };
      const y = year.trim() === '' ? null : Number(year);
      progress('Écriture de la feuille Paramètres…');
      const lines = await host.run((context) => writeSettings(context, { bailleur, referent, smicYear: y, smicTable: entries }));
      return { intent: 'success', title: 'Paramètres enregistrés', lines };
    }).then(load);

  if (!loaded) return <p>Lancez d&apos;abord « Préparer le classeur » : il crée la feuille Paramètres.</p>;
  return (
    <div className={styles.column}>
      <Field label="Bailleur (nom du bailleur en charge du relogement)">
        <Input value={bailleur} onChange={(_, d) => setBailleur(d.value)} disabled={busy} />
      </Field>
      <Field label="Référent (saisie et exploitation des données)">
        <Input value={referent} onChange={(_, d) => setReferent(d.value)} disabled={busy} />
      </Field>
      <Field label="Année de référence du SMIC">
        <Input value={year} onChange={(_, d) => setYear(d.value)} disabled={busy} inputMode="numeric" />
      </Field>
      <Field label="SMIC net mensuel par année (une ligne « année = montant »)">
        <Textarea value={smic} onChange={(_, d) => setSmic(d.value)} disabled={busy} rows={6} resize="vertical" />
      </Field>
      <Button appearance="primary" disabled={busy} onClick={save}>
        Enregistrer les paramètres
      </Button>
      <MilestoneDates host={host} run={run} busy={busy} />
    </div>
  );
}

export const settingsSection: PaneSection = { id: 'parametres', title: 'Paramètres', Component: SettingsSection };
