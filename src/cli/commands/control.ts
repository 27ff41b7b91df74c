import type { Command } from './types';

export const controlCommands: readonly Command[] = [];
