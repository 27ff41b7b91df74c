/** Browser demo entry (placeholder: the demo engineer wires the in-memory host and the task pane here). */
import { Body1, FluentProvider, Title1, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function Demo() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title1 as="h1">Démonstration RIME</Title1>
        <Body1 as="p">La démonstration sur un classeur d’exemple arrive bientôt.</Body1>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Demo />);
