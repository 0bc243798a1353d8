import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

/** Entry of `npx sohoa`. Each command lives in cli/commands/<name>.ts and registers itself on the program. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('sohoa')
    .description('Digitize still-valid administrative results and track compliance (Điện Biên 1536/KH-UBND).')
    .showHelpAfterError();
  await registerCommands(program, argv);
  await program.parseAsync(argv);
}
