import type { Command } from 'commander';
import { register as token } from './token.ts';
import { register as upload } from './upload.ts';

/** A CLI command module: adds its subcommand(s) to the program. */
export type RegisterCommand = (program: Command) => void;

const registrations: RegisterCommand[] = [token, upload];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
