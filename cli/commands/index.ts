import type { Command } from 'commander';

/** A CLI command module: adds its subcommand(s) to the program. */
export type RegisterCommand = (program: Command) => void;

type CommandModule = { register: RegisterCommand };

/**
 * Command modules by name, in help order. Loaded lazily: `sohoa classify` should not pay for loading the
 * OCR engines, the AWS SDK and the report renderer that other commands need.
 */
const COMMAND_MODULES: Record<string, () => Promise<CommandModule>> = {
  demo: () => import('./demo.ts'),
  dev: () => import('./dev.ts'),
  token: () => import('./token.ts'),
  login: () => import('./login.ts'),
  upload: () => import('./upload.ts'),
  agencies: () => import('./agencies.ts'),
  inventory: () => import('./inventory.ts'),
  report: () => import('./report.ts'),
  extract: () => import('./extract.ts'),
  classify: () => import('./classify.ts'),
  samples: () => import('./samples.ts'),
  reclassify: () => import('./reclassify.ts'),
  reconcile: () => import('./reconcile.ts'),
};

/** Registers only the command being run, or all of them for help and unknown commands. */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const invoked = argv[2];
  const names = invoked !== undefined && invoked in COMMAND_MODULES ? [invoked] : Object.keys(COMMAND_MODULES);
  for (const name of names) {
    const load = COMMAND_MODULES[name];
    if (load) (await load()).register(program);
  }
}
