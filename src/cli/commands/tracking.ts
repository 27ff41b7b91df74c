import type { Command } from './types';

export const trackingCommands: readonly Command[] = [];
