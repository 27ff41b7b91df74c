/**
 * What the pane needs from its host: `run` is `Excel.run` inside Office, and the in-memory host's
 * `run` in the browser demo. The pane never touches Excel objects itself: it calls the excel layer.
 */
export interface PaneHost {
  run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Called after each action (the demo refreshes its workbook preview). */
  onChanged?: () => void;
  /** Today's date as an Excel serial (the demo and tests may fix it). */
  today(): number;
  /** Opens an .xlsx (base64) as a new workbook: `Excel.createWorkbook` in Office; absent in the demo (exports go to a new sheet). */
  openWorkbook?: (base64: string) => Promise<void>;
  /**
   * Saves an .xlsx (base64) as a downloaded file: the demo's way for files that must leave the workbook
   * (the point d'étape export); absent in Office, which opens them with `openWorkbook`.
   */
  download?: (fileName: string, base64: string) => void | Promise<void>;
  /** Name written in the history (default: the pane's « Votre nom » field, see identity.ts). */
  who?(): string;
  /** State of change tracking, shown in « Suivi » (Office only; absent in the demo). */
  trackingNotice?(): TrackingNotice | null;
}

/** What the « Suivi » section says about change tracking (started, or why not). */
export interface TrackingNotice {
  readonly intent: 'success' | 'info' | 'warning';
  readonly text: string;
}
