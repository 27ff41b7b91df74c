/**
 * The findings of the last « Valider la saisie »: a summary by rule, filters (gravité, règle) and the
 * findings grouped by household (sheet row + N° d'identification), each with « Aller à ».
 */
import { Button, Caption1, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckSummary, Finding, Severity } from '../../../domain/rules';

const PAGE = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
  },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  finding: { display: 'flex', flexDirection: 'column', gap: '2px', paddingLeft: tokens.spacingHorizontalS, borderLeft: '3px solid' },
  erreur: { borderLeftColor: '#C50F1F' },
  avertissement: { borderLeftColor: '#BC4B09' },
  message: { overflowWrap: 'anywhere' },
  go: { alignSelf: 'flex-start' },
});

export interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  readonly busy: boolean;
  readonly onGo: (finding: Finding) => void;
}

type SeverityFilter = 'toutes' | Severity;
const SEVERITY_TEXT: Readonly<Record<SeverityFilter, string>> = { toutes: 'Toutes', erreur: 'Erreurs', avertissement: 'Avertissements' };
const ALL_RULES = '';

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/** « Ligne 91 – N° 79 » (« demande 2 » when above 1). */
function householdTitle(f: Finding): string {
  const who = f.householdId === null ? "N° d'identification manquant" : `N° ${f.householdId}`;
  return `Ligne ${f.row} – ${who}${f.requestNo !== null && f.requestNo > 1 ? `, demande ${f.requestNo}` : ''}`;
}

export function Findings({ findings, summary, busy, onGo }: FindingsProps) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<SeverityFilter>('toutes');
  const [rule, setRule] = useState<string>(ALL_RULES);
  const [shown, setShown] = useState(PAGE);
  const titles = useMemo(() => new Map(summary.byRule.map((r) => [r.ruleId, r.title])), [summary]);
  const rules = summary.byRule.filter((r) => severity === 'toutes' || r.severity === severity);
  const activeRule = rules.some((r) => r.ruleId === rule) ? rule : ALL_RULES;

  const groups = useMemo(() => {
    const byRow = new Map<number, Finding[]>();
    for (const f of findings) {
      if (severity !== 'toutes' && f.severity !== severity) continue;
      if (activeRule !== ALL_RULES && f.ruleId !== activeRule) continue;
      byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
    }
    return [...byRow.values()];
  }, [findings, severity, activeRule]);
  const selected = groups.reduce((n, g) => n + g.length, 0);

  if (findings.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Constats du contrôle" data-testid="findings">
      <h3 className={styles.heading}>Résumé par règle</h3>
      <ul className={styles.summary} data-testid="rule-summary">
        {summary.byRule.map((r) => (
          <li key={r.ruleId}>
            <Text size={200}>
              {r.title} ({r.severity}) : {r.count}
            </Text>
          </li>
        ))}
      </ul>
      <Field label="Gravité">
        <Dropdown
          value={SEVERITY_TEXT[severity]}
          selectedOptions={[severity]}
          onOptionSelect={(_, d) => {
            setSeverity((d.optionValue ?? 'toutes') as SeverityFilter);
            setShown(PAGE);
          }}
        >
          <Option value="toutes">{SEVERITY_TEXT.toutes}</Option>
          <Option value="erreur">{`${SEVERITY_TEXT.erreur} (${summary.errors})`}</Option>
          <Option value="avertissement">{`${SEVERITY_TEXT.avertissement} (${summary.warnings})`}</Option>
        </Dropdown>
      </Field>
      <Field label="Règle">
        <Dropdown
          value={activeRule === ALL_RULES ? 'Toutes les règles' : titles.get(activeRule) ?? activeRule}
          selectedOptions={[activeRule]}
          onOptionSelect={(_, d) => {
            setRule(d.optionValue ?? ALL_RULES);
            setShown(PAGE);
          }}
        >
          <Option value={ALL_RULES}>Toutes les règles</Option>
          {rules.map((r) => (
            <Option key={r.ruleId} value={r.ruleId} text={r.title}>
              {`${r.title} (${r.count})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1 data-testid="findings-count">
        {plural(selected, 'constat', 'constats')} sur {plural(groups.length, 'ménage', 'ménages')}
      </Caption1>
      <ul className={styles.list}>
        {groups.slice(0, shown).map((g) => (
          <li key={g[0].row} className={styles.group} data-testid="finding-group">
            <h4 className={styles.groupTitle}>{householdTitle(g[0])}</h4>
            {g.map((f, i) => (
              <div key={i} className={`${styles.finding} ${styles[f.severity]}`} data-severity={f.severity}>
                <Text size={200} className={styles.message}>
                  <strong>{f.severity === 'erreur' ? 'Erreur' : 'Avertissement'} :</strong> {f.message}
                </Text>
                <Button
                  size="small"
                  className={styles.go}
                  disabled={busy}
                  aria-label={`Aller à la cellule : ligne ${f.row}, ${titles.get(f.ruleId) ?? f.ruleId}`}
                  onClick={() => onGo(f)}
                >
                  Aller à
                </Button>
              </div>
            ))}
          </li>
        ))}
      </ul>
      {groups.length > shown && (
        <Button onClick={() => setShown(shown + PAGE)}>
          {`Afficher ${Math.min(PAGE, groups.length - shown)} ménages de plus (${groups.length - shown} non affichés)`}
        </Button>
      )}
    </section>
  );
}
