/** Task pane entry inside Office: the pane runs the excel layer through the real Excel.run. */
import { createRoot } from 'react-dom/client';
import { serialFromDate } from '../domain/dates';
import { App } from './App';
import type { PaneHost } from './host';

const officeHost: PaneHost = {
  run: (callback) => Excel.run((context) => callback(context)),
  today: () => serialFromDate(new Date()),
  openWorkbook: (base64) => Excel.createWorkbook(base64),
};

function render(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={officeHost} />);
}

// Outside Office (plain browser, or office.js not loaded) the page still renders.
if (typeof Office !== 'undefined') void Office.onReady(() => render());
else render();
