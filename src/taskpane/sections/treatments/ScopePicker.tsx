/** « Périmètre » of the treatments: Tout (every operation) or one or more operations of liste_opération. */
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { ALL_OPERATIONS } from '../../../domain/catalogue';
import type { Scope } from '../../../domain/populations';

/** The selection as a scope: « Tout » or nothing selected = every operation. */
export function scopeOf(selected: readonly string[]): Scope {
  const names = selected.filter((s) => s !== ALL_OPERATIONS);
  return names.length === 0 ? { kind: 'all' } : { kind: 'operations', names };
}

/** Choosing Tout clears the operations; choosing an operation clears Tout; nothing left = Tout. */
export function nextSelection(clicked: string | undefined, selected: readonly string[]): string[] {
  if (clicked === ALL_OPERATIONS) return [ALL_OPERATIONS];
  const names = selected.filter((s) => s !== ALL_OPERATIONS);
  return names.length === 0 ? [ALL_OPERATIONS] : names;
}

interface Props {
  operations: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled: boolean;
}

export function ScopePicker({ operations, selected, onChange, disabled }: Props) {
  const names = selected.filter((s) => s !== ALL_OPERATIONS);
  const value = names.length === 0 ? 'Tout (toutes les opérations)' : names.join(', ');
  // Operations since removed from liste_opération are dropped from the selection.
  const kept = selected.filter((s) => s === ALL_OPERATIONS || operations.includes(s));
  return (
    <Field label="Périmètre (opérations)" hint="Tout, ou une ou plusieurs opérations de « liste_opération ».">
      <Dropdown
        multiselect
        value={value}
        selectedOptions={kept.length === 0 ? [ALL_OPERATIONS] : kept}
        onOptionSelect={(_, d) => onChange(nextSelection(d.optionValue, d.selectedOptions))}
        disabled={disabled}
      >
        <Option value={ALL_OPERATIONS} text="Tout (toutes les opérations)">
          Tout (toutes les opérations)
        </Option>
        {operations.map((o) => (
          <Option key={o} value={o}>
            {o}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
