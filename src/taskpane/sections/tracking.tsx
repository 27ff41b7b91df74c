import type { PaneSection } from './index';

/** Not built yet: the section is not shown. */
export const trackingSection: PaneSection | null = null;
