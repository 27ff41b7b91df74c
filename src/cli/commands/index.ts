import { controlCommands } from './control';
import { exportCommands } from './exports';
import { trackingCommands } from './tracking';
import { treatmentCommands } from './treatments';
import type { Command } from './types';
import { operations, sample, setup } from './workbook';

export const commands: readonly Command[] = [setup, sample, operations, ...controlCommands, ...treatmentCommands, ...exportCommands, ...trackingCommands];
