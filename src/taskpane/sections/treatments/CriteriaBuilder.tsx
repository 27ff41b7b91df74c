/**
 * « Tri manuel »: column, operator, value → « Ajouter le critère »; the criteria (AND) with the French
 * sentence that will title the result sheet; « Lancer le tri »; « Enregistrer les critères » under a name.
 */
import {
  Body1, Button, Caption1, Dropdown, Field, Input, Option, OptionGroup, makeStyles, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { criteriaSentence, fieldFor, type Criterion } from '../../../domain/populations';
import type { TreatmentContext } from './actions';
import { buildCriterion, codesOf, columnGroups, EMPTY_DRAFT, OPERATOR_WORDS, operatorsOf, type Draft } from './draft';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, justifyContent: 'space-between' },
  preview: { padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  dropdown: { minWidth: 0, width: '100%' },
});

interface Props {
  ctx: TreatmentContext;
  criteria: readonly Criterion[];
  onCriteria: (criteria: Criterion[]) => void;
  onRun: (criteria: readonly Criterion[]) => void;
  onSave: (name: string, criteria: readonly Criterion[]) => void;
  disabled: boolean;
}

function ValueInput({ draft, set, ctx, disabled }: { draft: Draft; set: (d: Partial<Draft>) => void; ctx: TreatmentContext; disabled: boolean }) {
  const styles = useStyles();
  const field = fieldFor(draft.key, ctx.customFields);
  if (!field || draft.op === '' || draft.op === 'renseigne' || draft.op === 'non_renseigne') return null;
  const unit = field.unit ? ` (en ${field.unit})` : '';
  if (field.kind === 'code' && draft.op !== 'contient') {
    const codes = codesOf(field, ctx.operations);
    const many = draft.op === 'parmi' || draft.op === 'n_est_pas_parmi';
    const chosen = many ? [...draft.codes] : draft.text ? [draft.text] : [];
    const text = codes.filter((c) => chosen.includes(c.code)).map((c) => c.text).join(', ');
    return (
      <Field label={many ? 'Valeurs' : 'Valeur'}>
        <Dropdown
          className={styles.dropdown}
          multiselect={many}
          placeholder={many ? 'Choisir une ou plusieurs valeurs' : 'Choisir une valeur'}
          value={text}
          selectedOptions={chosen}
          onOptionSelect={(_, d) => (many ? set({ codes: d.selectedOptions }) : set({ text: d.optionValue ?? '' }))}
          disabled={disabled}
        >
          {codes.map((c) => (
            <Option key={c.code} value={c.code}>
              {c.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  const type = field.kind === 'date' ? 'date' : 'text';
  const mode = field.kind === 'number' ? 'decimal' : undefined;
  if (draft.op === 'entre') {
    return (
      <div className={styles.row}>
        <Field label={`De${unit}`}>
          <Input type={type} inputMode={mode} value={draft.text} onChange={(_, d) => set({ text: d.value })} disabled={disabled} />
        </Field>
        <Field label={`À${unit}`}>
          <Input type={type} inputMode={mode} value={draft.upTo} onChange={(_, d) => set({ upTo: d.value })} disabled={disabled} />
        </Field>
      </div>
    );
  }
  return (
    <Field label={field.kind === 'text' || draft.op === 'contient' ? 'Texte recherché' : `Valeur${unit}`}>
      <Input type={draft.op === 'contient' ? 'text' : type} inputMode={mode} value={draft.text} onChange={(_, d) => set({ text: d.value })} disabled={disabled} />
    </Field>
  );
}

export function CriteriaBuilder({ ctx, criteria, onCriteria, onRun, onSave, disabled }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const set = (d: Partial<Draft>) => {
    setDraft((old) => ({ ...old, ...d }));
    setError('');
  };
  const groups = columnGroups(ctx.customFields);
  const columnLabel = groups.flatMap((g) => g.columns).find((c) => c.key === draft.key)?.label ?? '';
  const operators = operatorsOf(draft.key, ctx.customFields);

  const add = () => {
    const built = buildCriterion(draft, ctx.customFields, ctx.operations);
    if ('error' in built) return setError(built.error);
    onCriteria([...criteria, built.criterion]);
    setDraft(EMPTY_DRAFT);
  };

  return (
    <div className={styles.column}>
      <Field label="Colonne">
        <Dropdown
          className={styles.dropdown}
          placeholder="Choisir une colonne"
          value={columnLabel}
          selectedOptions={draft.key ? [draft.key] : []}
          onOptionSelect={(_, d) => {
            const key = d.optionValue ?? '';
            set({ key, op: operatorsOf(key, ctx.customFields)[0] ?? '', text: '', codes: [], upTo: '' });
          }}
          disabled={disabled}
        >
          {groups.map((g) => (
            <OptionGroup key={g.label} label={g.label}>
              {g.columns.map((c) => (
                <Option key={c.key} value={c.key}>
                  {c.label}
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Dropdown>
      </Field>
      <Field label="Opérateur">
        <Dropdown
          className={styles.dropdown}
          placeholder="Choisir un opérateur"
          value={draft.op ? OPERATOR_WORDS[draft.op] : ''}
          selectedOptions={draft.op ? [draft.op] : []}
          onOptionSelect={(_, d) => set({ op: (d.optionValue ?? '') as Draft['op'], text: '', codes: [], upTo: '' })}
          disabled={disabled || operators.length === 0}
        >
          {operators.map((o) => (
            <Option key={o} value={o}>
              {OPERATOR_WORDS[o]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ValueInput draft={draft} set={set} ctx={ctx} disabled={disabled} />
      <Field validationMessage={error || undefined} validationState={error ? 'error' : 'none'}>
        <Button disabled={disabled || !draft.key} onClick={add}>
          Ajouter le critère
        </Button>
      </Field>

      {criteria.length > 0 && (
        <ol className={styles.list} aria-label="Critères du tri">
          {criteria.map((c, i) => (
            <li key={i}>
              <span className={styles.item}>
                <Body1>{criteriaSentence([c], ctx.customFields)}</Body1>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Retirer le critère ${i + 1}`}
                  disabled={disabled}
                  onClick={() => onCriteria(criteria.filter((_, j) => j !== i))}
                >
                  Retirer
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.preview} data-testid="criteria-sentence" aria-live="polite">
        <Caption1 block>Population triée (titre de la feuille)&nbsp;:</Caption1>
        <Body1 as="p" style={{ margin: 0 }}>
          {criteria.length > 0 ? criteriaSentence(criteria, ctx.customFields) : 'Aucun critère : ajoutez-en au moins un.'}
        </Body1>
      </div>
      <Button appearance="primary" disabled={disabled || criteria.length === 0} onClick={() => onRun(criteria)}>
        Lancer le tri
      </Button>
      <Field label="Nom pour enregistrer ces critères">
        <Input value={name} maxLength={100} onChange={(_, d) => setName(d.value)} disabled={disabled} />
      </Field>
      <Button disabled={disabled || criteria.length === 0 || name.trim() === ''} onClick={() => onSave(name, criteria)}>
        Enregistrer les critères
      </Button>
    </div>
  );
}
