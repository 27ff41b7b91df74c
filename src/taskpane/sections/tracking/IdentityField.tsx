import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { MAX_NAME_LENGTH, saveName, storedName, UNKNOWN_USER } from '../../identity';

/**
 * « Votre nom (pour l'historique) »: asked once, kept on this device, editable. Saved when the field
 * loses the focus or on Entrée.
 */
export function IdentityField() {
  const [saved, setSaved] = useState(storedName);
  const [text, setText] = useState(saved);
  const save = () => {
    const kept = saveName(text);
    setSaved(kept);
    setText(kept);
  };
  const pending = text.trim() !== saved;
  return (
    <Field
      label="Votre nom (pour l'historique)"
      validationState={saved ? (pending ? 'none' : 'success') : 'warning'}
      validationMessage={
        pending
          ? 'Appuyez sur Entrée pour enregistrer.'
          : saved
            ? `Enregistré sur cet appareil : l'historique indiquera « ${saved} ».`
            : `Non renseigné : l'historique indiquera « ${UNKNOWN_USER} ».`
      }
    >
      <Input
        value={text}
        maxLength={MAX_NAME_LENGTH}
        placeholder="Prénom Nom"
        onChange={(_, d) => setText(d.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </Field>
  );
}
