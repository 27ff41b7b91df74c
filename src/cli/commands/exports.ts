import type { Command } from './types';

export const exportCommands: readonly Command[] = [];
