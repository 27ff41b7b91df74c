/**
 * « Insérer un nouveau champ de saisie »: name, type, codes of a list (one « CODE = libellé » per line),
 * help text and the personal-data flag. The excel layer checks the name and codes (French errors).
 */
import { Button, Checkbox, Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CustomFieldType } from '../../../domain/catalogue';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface NewField {
  readonly name: string;
  readonly type: CustomFieldType;
  readonly codes?: readonly { code: string; label: string }[];
  readonly help: string;
  readonly personal: boolean;
}

const TYPES: readonly { value: CustomFieldType; text: string }[] = [
  { value: 'text', text: 'Texte' },
  { value: 'number', text: 'Nombre' },
  { value: 'amount', text: 'Montant (€)' },
  { value: 'date', text: 'Date' },
  { value: 'list', text: 'Liste de codes' },
];

/** One « CODE = libellé » per line (a line without « = » is a code that means itself). */
export function parseCodeLines(text: string): { code: string; label: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? { code: line, label: '' } : { code: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
    });
}

export function FieldForm({ busy, onAdd }: { busy: boolean; onAdd: (field: NewField) => Promise<boolean> }) {
  const styles = useStyles();
  const [name, setName] = useState('');
  const [type, setType] = useState<CustomFieldType>('text');
  const [codes, setCodes] = useState('');
  const [help, setHelp] = useState('');
  const [personal, setPersonal] = useState(false);
  const typeText = TYPES.find((t) => t.value === type)?.text ?? '';

  const submit = async () => {
    const ok = await onAdd({ name, type, help, personal, ...(type === 'list' ? { codes: parseCodeLines(codes) } : {}) });
    if (ok) {
      setName('');
      setCodes('');
      setHelp('');
      setPersonal(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label="Insérer un nouveau champ de saisie"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className={styles.heading}>Insérer un nouveau champ de saisie</h3>
      <Field label="Nom du champ" required hint="Titre de la colonne, placée avant « Commentaires et observations ».">
        <Input value={name} onChange={(_, d) => setName(d.value)} disabled={busy} />
      </Field>
      <Field label="Type">
        <Dropdown
          value={typeText}
          selectedOptions={[type]}
          onOptionSelect={(_, d) => setType((d.optionValue ?? 'text') as CustomFieldType)}
          disabled={busy}
        >
          {TYPES.map((t) => (
            <Option key={t.value} value={t.value}>
              {t.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {type === 'list' && (
        <Field label="Codes et significations" required hint="Un code par ligne, par exemple : F = Faite">
          <Textarea value={codes} onChange={(_, d) => setCodes(d.value)} disabled={busy} resize="vertical" rows={4} />
        </Field>
      )}
      <Field label="Aide à la saisie" hint="Message affiché quand on sélectionne une cellule de la colonne.">
        <Textarea value={help} onChange={(_, d) => setHelp(d.value)} disabled={busy} resize="vertical" rows={2} />
      </Field>
      <Checkbox
        label="Données personnelles (exclues des exports destinés aux partenaires)"
        checked={personal}
        onChange={(_, d) => setPersonal(d.checked === true)}
        disabled={busy}
      />
      <Button type="submit" disabled={busy || name.trim() === ''}>
        Insérer le champ
      </Button>
    </form>
  );
}
