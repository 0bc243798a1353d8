import type { Command } from 'commander';

/** A CLI command module: adds its subcommand(s) to the program. */
export type RegisterCommand = (program: Command) => void;

const registrations: RegisterCommand[] = [];

export function registerCommands(program: Command): void {
  for (const register of registrations) register(program);
}
