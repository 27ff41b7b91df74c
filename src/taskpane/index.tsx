/** Task pane entry inside Office: the pane runs the excel layer through the real Excel.run. */
import { createRoot } from 'react-dom/client';
import { serialFromDate } from '../domain/dates';
import { App } from './App';
import type { PaneHost } from './host';
import { currentUser } from './identity';
import { officeTracking } from './sections/tracking/officeTracking';

// Change tracking (Suivi dans le temps): started after Office.onReady, never breaking the pane.
const tracking = officeTracking((callback) => Excel.run((context) => callback(context)), currentUser);

const officeHost: PaneHost = {
  run: (callback) => Excel.run((context) => callback(context)),
  today: () => serialFromDate(new Date()),
  openWorkbook: (base64) => Excel.createWorkbook(base64),
  who: currentUser,
  trackingNotice: () => tracking.notice(),
  // After an action (e.g. « Préparer le classeur »), tracking starts if it was waiting for it.
  onChanged: () => void tracking.ensure(),
};

function render(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={officeHost} />);
}

// Outside Office (plain browser, or office.js not loaded) the page still renders.
if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    render();
    // Load the add-in with this workbook from now on (shared runtime), so edits are tracked from the opening.
    if (Office.addin?.setStartupBehavior) {
      Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch((e: unknown) => console.warn('RIME : chargement au démarrage non activé.', e));
    }
    if (typeof Excel !== 'undefined') void tracking.ensure().catch((e: unknown) => console.warn('RIME : suivi non démarré.', e));
  });
} else render();
