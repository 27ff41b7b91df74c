/**
 * Contrôle: « Valider la saisie » (marks the cells to fix and lists the findings by household),
 * « Supprimer les repérages », « Aller à » a finding's cell, and « Insérer un nouveau champ de saisie ».
 */
import { Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckSummary, Finding } from '../../domain/rules';
import { addCustomField } from '../../excel/fields';
import { clearMarks, goToFinding, validateInput } from '../../excel/marks';
import { columnLetter } from '../../excel/util/address';
import { paneLog } from '../actions';
import type { PaneHost } from '../host';
import type { Outcome } from '../useAction';
import { FieldForm, type NewField } from './control/FieldForm';
import { Findings } from './control/Findings';
import type { PaneSection, SectionProps } from './index';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

interface CheckView {
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

/** The last check of each workbook host: the list is still there when the section is opened again. */
const lastChecks = new WeakMap<PaneHost, CheckView>();

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export function validationOutcome(summary: CheckSummary, lines: readonly string[]): Outcome {
  const found = summary.errors + summary.warnings;
  return {
    intent: found === 0 ? 'success' : 'warning',
    title:
      found === 0
        ? 'Saisie validée : aucune erreur'
        : `Saisie contrôlée : ${plural(summary.errors, 'erreur', 'erreurs')}, ${plural(summary.warnings, 'avertissement', 'avertissements')}`,
    lines,
  };
}

function ControlSection({ host, run, busy }: SectionProps) {
  const styles = useStyles();
  const [check, setCheck] = useState<CheckView | null>(() => lastChecks.get(host) ?? null);
  const keep = (view: CheckView | null) => {
    if (view) lastChecks.set(host, view);
    else lastChecks.delete(host);
    setCheck(view);
  };

  const validate = () =>
    run('Valider la saisie', async (progress) => {
      const result = await host.run((context) =>
        validateInput(context, { today: host.today(), onProgress: (p) => progress(p.message) }),
      );
      keep({ findings: result.findings, summary: result.summary });
      return validationOutcome(result.summary, result.lines);
    });

  const clear = () =>
    run('Supprimer les repérages', async (progress) => {
      progress('Les cellules repérées retrouvent leurs couleurs…');
      const result = await host.run((context) => clearMarks(context));
      const nothing = result.restored === 0 && result.left === 0;
      return { intent: nothing ? 'info' : 'success', title: nothing ? 'Aucun repérage à supprimer' : 'Repérages supprimés', lines: nothing ? [] : result.lines };
    });

  const goTo = (finding: Finding) =>
    run('Aller à la cellule', async () => {
      const at = await host.run((context) => goToFinding(context, finding));
      return {
        intent: 'info',
        title: `Cellule ${columnLetter(at.col)}${at.row} sélectionnée`,
        lines: [`Feuille « ${at.sheet} », ligne ${at.row}.`, finding.message],
      };
    });

  const addField = async (field: NewField): Promise<boolean> => {
    let added = false;
    await run('Insérer un nouveau champ de saisie', async (progress) => {
      progress(`Insertion de la colonne « ${field.name.trim()} »…`);
      const report = await host.run((context) => addCustomField(context, { ...field, today: host.today(), log: paneLog(host) }));
      added = true;
      return { intent: 'success', title: `Champ « ${report.field.label} » inséré`, lines: report.lines };
    });
    return added;
  };

  return (
    <div className={styles.column}>
      <Button appearance="primary" disabled={busy} onClick={validate}>
        Valider la saisie
      </Button>
      <Button disabled={busy} onClick={clear}>
        Supprimer les repérages
      </Button>
      {check && <Findings findings={check.findings} summary={check.summary} busy={busy} onGo={goTo} />}
      <Divider />
      <FieldForm busy={busy} onAdd={addField} />
    </div>
  );
}

export const controlSection: PaneSection | null = { id: 'controle', title: 'Contrôle', Component: ControlSection };
