/** Task pane entry (placeholder: the task pane engineer replaces the content). */
import { FluentProvider, Title1, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title1 as="h1">RIME – Suivi des relogements</Title1>
      </main>
    </FluentProvider>
  );
}

function render(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}

// Outside Office (plain browser, or office.js not loaded) the page still renders.
if (typeof Office !== 'undefined') void Office.onReady(() => render());
else render();
