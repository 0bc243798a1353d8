import type { Command } from 'commander';
import { failCommand, printJson } from '#cli/output.ts';
import type { LocalStack } from '#local/composition.ts';
import { DEFAULT_API_PORT, writeDevConfig } from '#local/dev-config.ts';
import { DEFAULT_DATA_DIR, signLocalToken } from '#local/tokens.ts';

interface DevOptions {
  dataDir: string;
  port: string;
  fresh?: boolean;
  json?: boolean;
}

/**
 * `sohoa dev`: the whole stack in this process until Ctrl-C. Writes `<dataDir>/dev.json` with the endpoints
 * and one clerk token per agency found in the table.
 */
export function register(program: Command): void {
  program
    .command('dev')
    .description('start the local stack (dynalite, s3rver, pipeline, API) until Ctrl-C; writes .sohoa/dev.json')
    .option('--data-dir <dir>', 'where the local data lives (kept across restarts)', DEFAULT_DATA_DIR)
    .option('--port <port>', 'API port (0 = any free port)', String(DEFAULT_API_PORT))
    .option('--fresh', 'delete the stored table and objects first (keeps the token key)')
    .option('--json', 'print dev.json on stdout instead of the human summary')
    .action(async (options: DevOptions) => {
      let stack: LocalStack | undefined;
      let stopping: string | null = null;
      const stop = (signal: string) => {
        if (stopping) {
          // A second Ctrl-C means "now": LevelDB's write-ahead log keeps what was acknowledged.
          process.stderr.write(`sohoa dev: ${signal} again, exiting without waiting\n`);
          process.exit(130);
        }
        stopping = signal;
        process.stderr.write(`\nsohoa dev: ${signal}, stopping…\n`);
        // Bounded: an OCR run in progress is not waited for past this; the reconciler re-drives its
        // document at the next start-up (queued events are rebuilt from the store, not kept).
        setTimeout(() => {
          process.stderr.write(
            `sohoa dev: still busy after ${STOP_TIMEOUT_MS / 1000} s, exiting; unfinished work resumes at the next start\n`,
          );
          process.exit(1);
        }, STOP_TIMEOUT_MS).unref();
        // During startup the stack is not there yet: the startup code stops it as soon as it is.
        if (stack) shutdown(stack);
      };
      // Listening from the start, so a Ctrl-C during startup also ends cleanly.
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
      try {
        const port = Number.parseInt(options.port, 10);
        // Loaded on demand: the stack pulls in every handler, OCR and the SDK; other commands start faster.
        const { openLocalStack } = await import('#local/composition.ts');
        const { ensureWebBuild } = await import('#local/web-build.ts');
        await ensureWebBuild({ log: (line) => process.stderr.write(`sohoa dev: ${line}\n`) });
        stack = await openLocalStack({
          dataDir: options.dataDir,
          port: Number.isFinite(port) ? port : DEFAULT_API_PORT,
          fresh: options.fresh,
          logger: consoleLogger,
        });
        if (stopping) {
          shutdown(stack);
          return;
        }
        const agencies = await stack.deps.stores.agencies.list();
        for (const agency of agencies) {
          stack.config.tokens[agency.id] = await signLocalToken({ agencyId: agency.id }, { dataDir: stack.dataDir });
        }
        const path = await writeDevConfig(stack.dataDir, stack.config);
        if (options.json) printJson(stack.config);
        else
          printSummary(
            stack,
            path,
            agencies.map((a) => ({ id: a.id, name: a.name })),
          );
      } catch (error) {
        await stack?.close();
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          failCommand(
            new Error(`port ${options.port} is in use (is another \`sohoa dev\` running?); try --port 0`),
            options.json,
          );
        }
        failCommand(error, options.json);
      }
    });
}

/** Longest wait for running invocations after Ctrl-C. */
const STOP_TIMEOUT_MS = 10_000;

function shutdown(stack: LocalStack): void {
  stack
    .close()
    .then(() => {
      process.stderr.write(`sohoa dev: stopped, data kept in ${stack.dataDir}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      process.stderr.write(`sohoa dev: error while stopping: ${String(error)}\n`);
      process.exit(1);
    });
}

const consoleLogger = {
  info: (message: string, extra?: Record<string, unknown>) => log('info', message, extra),
  warn: (message: string, extra?: Record<string, unknown>) => log('warn', message, extra),
  error: (message: string, extra?: Record<string, unknown>) => log('error', message, extra),
};

function log(level: string, message: string, extra?: Record<string, unknown>): void {
  process.stderr.write(`sohoa dev [${level}] ${message}${extra ? ` ${JSON.stringify(extra)}` : ''}\n`);
}

function printSummary(stack: LocalStack, path: string, agencies: { id: string; name: string }[]): void {
  const lines = [
    'sohoa local stack is running (Ctrl-C to stop; data is kept).',
    `  Web app:   ${stack.config.webUrl ?? '(not served)'}`,
    `  API:       ${stack.config.apiUrl}`,
    `  Sign-in:   ${stack.config.oidcIssuer ?? '(none)'} (OIDC; users vanthu.<agency id>, xem.<agency id>, quantri)`,
    `  S3:        ${stack.config.s3Endpoint} (bucket ${stack.config.bucket}, keys S3RVER/S3RVER)`,
    `  DynamoDB:  ${stack.config.dynamoEndpoint} (table ${stack.config.table})`,
    `  Config:    ${path}`,
    '',
  ];
  if (agencies.length === 0) {
    lines.push(
      'No agencies yet. In another terminal run `npx sohoa agencies import FILE.csv`',
      '(e.g. demo/agencies.csv) or `npx sohoa demo`, then restart `sohoa dev` or use `sohoa token --agency ID`.',
    );
  } else {
    lines.push(`Tokens (clerk role, valid 30 days; also in ${path}):`);
    for (const agency of agencies) {
      lines.push(`  ${agency.id}  ${agency.name}`, `    ${stack.config.tokens[agency.id]}`);
    }
    lines.push('', 'Other roles: `npx sohoa token --agency ID --role admin|viewer`.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
