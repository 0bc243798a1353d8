import type { Command } from 'commander';
import { failCommand } from '#cli/output.ts';
import { DEFAULT_DATA_DIR, ROLES, type Role, signLocalToken } from '#local/tokens.ts';
import { isSafeId } from '#shared/domain/object-keys.ts';
import { ValidationError } from '#shared/errors.ts';

/**
 * `sohoa token --agency ID [--role R]`: a JWT signed with the local OIDC provider's key (issuer `sohoa-local`,
 * audience `sohoa-api`; local/tokens.ts), alone on the last line of stdout.
 */
export function register(program: Command): void {
  program
    .command('token')
    .description('local mode only: print a token the local API accepts for this agency (last line of stdout)')
    .requiredOption('--agency <id>', 'agency id, e.g. so-tu-phap')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'clerk')
    .option('--data-dir <dir>', 'local data directory (holds oidc-key.json)', DEFAULT_DATA_DIR)
    .option('--expires-in <duration>', 'lifetime, e.g. 8h, 30d', '30d')
    .action(async (options: { agency: string; role: string; dataDir: string; expiresIn: string }) => {
      try {
        if (!(ROLES as readonly string[]).includes(options.role)) {
          throw new ValidationError(
            'invalid_role',
            `--role must be one of ${ROLES.join(', ')}`,
            `Vai trò phải là một trong: ${ROLES.join(', ')}.`,
          );
        }
        if (!isSafeId(options.agency)) {
          throw new ValidationError(
            'invalid_agency',
            '--agency must be an agency id: letters, digits, `.`, `-`, `_` (e.g. so-tu-phap)',
            'Mã cơ quan chỉ gồm chữ, số, dấu `.`, `-`, `_` (ví dụ so-tu-phap).',
          );
        }
        const token = await signLocalToken(
          { agencyId: options.agency, role: options.role as Role },
          { dataDir: options.dataDir, expiresIn: options.expiresIn },
        );
        process.stdout.write(`${token}\n`);
      } catch (error) {
        failCommand(error, false);
      }
    });
}
