/**
 * Ribbon commands (manifest.xml: ExecuteFunction `prepareWorkbook`, `validateInput`, `clearMarks`).
 * Bundled alone in commands.html and also in the task pane bundle (shared runtime: taskpane.html).
 * Each runs the same excel-layer action as the pane's button; when it fails, the pane opens so the user
 * can read the French message there (a ribbon command has no other place to show one). « Préparer le
 * classeur » logs itself in the history under the name given in the pane (identity.ts).
 */
import { serialFromDate } from '../domain/dates';
import { clearMarks, validateInput } from '../excel/marks';
import { prepareWorkbook } from '../excel/setup/prepare';
import { currentUser } from '../taskpane/identity';

type CommandHandler = (event: Office.AddinCommands.Event) => void;

function command(action: (context: Excel.RequestContext) => Promise<unknown>): CommandHandler {
  return (event) => {
    Excel.run(action)
      .catch(async () => {
        try {
          await Office.addin.showAsTaskpane();
        } catch {
          // Without a shared runtime the pane cannot be opened from here: nothing else to do.
        }
      })
      .finally(() => event.completed());
  };
}

const today = (): number => serialFromDate(new Date());

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  prepareWorkbook: command((context) => prepareWorkbook(context, { today: today(), log: { who: currentUser() } })),
  validateInput: command((context) => validateInput(context, { today: today() })),
  clearMarks: command((context) => clearMarks(context)),
};

/** Registers the ribbon commands; does nothing outside Office (office.js absent or without `actions`). */
export function registerCommands(): void {
  if (typeof Office === 'undefined' || !Office.actions) return;
  for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
}

if (typeof Office !== 'undefined') void Office.onReady(() => registerCommands());
