/**
 * Ribbon commands (manifest.xml: ExecuteFunction `prepareWorkbook`, `validateInput`, `clearMarks`).
 * Bundled alone in commands.html and also in the task pane bundle (shared runtime: taskpane.html).
 *
 * TODO(excel layer): plug in the src/excel functions through the injected `run(callback)` (real `Excel.run`
 * here) and report to the user in French; for now each command only completes.
 */

type CommandHandler = (event: Office.AddinCommands.Event) => void;

const placeholder: CommandHandler = (event) => {
  event.completed();
};

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  prepareWorkbook: placeholder,
  validateInput: placeholder,
  clearMarks: placeholder,
};

/** Registers the ribbon commands; does nothing outside Office (office.js absent or without `actions`). */
export function registerCommands(): void {
  if (typeof Office === 'undefined' || !Office.actions) return;
  for (const [name, handler] of Object.entries(COMMANDS)) Office.actions.associate(name, handler);
}

if (typeof Office !== 'undefined') void Office.onReady(() => registerCommands());
