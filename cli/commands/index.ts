import type { Command } from 'commander';
import { register as agencies } from './agencies.ts';
import { register as classify } from './classify.ts';
import { register as demo } from './demo.ts';
import { register as dev } from './dev.ts';
import { register as extract } from './extract.ts';
import { register as inventory } from './inventory.ts';
import { register as reclassify } from './reclassify.ts';
import { register as reconcile } from './reconcile.ts';
import { register as report } from './report.ts';
import { register as samples } from './samples.ts';
import { register as token } from './token.ts';
import { register as upload } from './upload.ts';

/** A CLI command module: adds its subcommand(s) to the program. */
export type RegisterCommand = (program: Command) => void;

const registrations: RegisterCommand[] = [
  demo,
  dev,
  token,
  upload,
  agencies,
  inventory,
  report,
  extract,
  classify,
  samples,
  reclassify,
  reconcile,
];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
