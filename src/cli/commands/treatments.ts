import type { Command } from './types';

export const treatmentCommands: readonly Command[] = [];
