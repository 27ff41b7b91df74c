import { operations, sample, setup } from './workbook';
import type { Command } from './types';

export const commands: readonly Command[] = [setup, sample, operations];
