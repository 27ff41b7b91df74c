/**
 * The pane's sections after « Classeur », in the user's order. Each capability registers its own section
 * file; a section whose capability is not built yet is simply absent (no dead buttons).
 */
import type { ComponentType } from 'react';
import type { PaneHost } from '../host';
import type { Outcome, Progress } from '../useAction';
import { controlSection } from './control';
import { exportSection } from './exports';
import { settingsSection } from './settings';
import { trackingSection } from './tracking';
import { treatmentSection } from './treatments';

export interface SectionProps {
  host: PaneHost;
  run: (name: string, action: (progress: Progress) => Promise<Outcome>) => Promise<void>;
  busy: boolean;
}

export interface PaneSection {
  readonly id: string;
  readonly title: string;
  readonly Component: ComponentType<SectionProps>;
}

export const SECTIONS: readonly PaneSection[] = [controlSection, treatmentSection, exportSection, trackingSection, settingsSection].filter(
  (s): s is PaneSection => s !== null,
);
