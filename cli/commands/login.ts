import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { DEFAULT_CLI_CLIENT_ID, DEFAULT_LOOPBACK_PORT, login } from '#cli/auth/login.ts';
import { failCommand } from '#cli/output.ts';

/** `sohoa login --api URL [--issuer URL --client-id ID]`: OIDC code + PKCE in the browser, tokens kept per API. */
export function register(program: Command): void {
  program
    .command('login')
    .description(
      'sign in to a deployment (or a running `sohoa dev`) in the browser: OIDC code + PKCE, loopback redirect',
    )
    .requiredOption('--api <url>', 'the API URL (ApiUrl output, or dev.json apiUrl)')
    .option('--issuer <url>', 'OIDC issuer (OidcIssuer output); default <api>/oidc, the provider of `sohoa dev`')
    .option('--client-id <id>', 'the CLI app client (CliClientId output)', DEFAULT_CLI_CLIENT_ID)
    .option('--port <port>', 'loopback port registered for the CLI client', String(DEFAULT_LOOPBACK_PORT))
    .option('--no-browser', 'only print the sign-in URL')
    .action(async (options: { api: string; issuer?: string; clientId: string; port: string; browser: boolean }) => {
      try {
        const result = await login({
          apiUrl: options.api,
          issuer: options.issuer,
          clientId: options.clientId,
          port: Number.parseInt(options.port, 10),
          openBrowser: (url) => {
            process.stderr.write(`Open this address to sign in:\n  ${url}\n`);
            if (options.browser) {
              const opener =
                process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
              spawn(opener, [url], { stdio: 'ignore', detached: true })
                .on('error', () => {})
                .unref();
            }
          },
        });
        process.stdout.write(`signed in to ${options.api}; tokens in ${result.path}\n`);
      } catch (error) {
        failCommand(error, false);
      }
    });
}
