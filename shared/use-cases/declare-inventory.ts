/**
 * `PUT /inventory`: an agency declares how many still-valid results it holds as of a date. Every
 * declaration is kept; reports use the latest one on or before their date.
 */
import { z } from 'zod';
import type { InventoryDeclaration } from '#shared/domain/types.ts';
import { ValidationError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { AgencyStore, InventoryStore } from '../ports.ts';
import { actingAgency, type Caller, notFound, requireWriter } from './access.ts';

export const inventorySchema = z
  .object({
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    totalValid: z.number().int().nonnegative(),
    byType: z.record(z.string(), z.number().int().nonnegative()).optional(),
    estimated: z.boolean().optional(),
  })
  .strict();

export function makeDeclareInventory({
  inventory,
  clock,
  audit,
}: {
  inventory: InventoryStore;
  clock: Clock;
  /** Records the declaration in the audit log (`makeAuditWriter`). */
  audit: (caller: Caller, action: string, target: string, before: unknown, after: unknown) => Promise<void>;
}) {
  return async (caller: Caller, agencyId: string, body: unknown): Promise<InventoryDeclaration> => {
    requireWriter(caller);
    const parsed = inventorySchema.safeParse(body);
    if (!parsed.success || Number.isNaN(Date.parse(parsed.data.asOf))) {
      throw new ValidationError(
        'invalid_request',
        `invalid inventory declaration${parsed.success ? '' : `: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`}`,
        'Khai báo tồn kho không hợp lệ: cần asOf (YYYY-MM-DD) và totalValid (số nguyên ≥ 0).',
      );
    }
    const declaration: InventoryDeclaration = {
      agencyId,
      asOf: parsed.data.asOf,
      totalValid: parsed.data.totalValid,
      ...(parsed.data.byType ? { byType: parsed.data.byType } : {}),
      estimated: parsed.data.estimated ?? false,
      declaredBy: caller.subject ?? caller.agencyId,
      declaredAt: clock.now().toISOString(),
    };
    await inventory.declare(declaration);
    await audit(caller, 'inventory.declare', `inventory:${agencyId}`, null, declaration);
    return declaration;
  };
}

/**
 * `GET /agencies/{id}/inventory`: every declaration of an agency, newest first. Admins read any agency;
 * others only their own (another agency answers 404, like a missing one).
 */
export function makeInventoryHistory({ inventory, agencies }: { inventory: InventoryStore; agencies: AgencyStore }) {
  return async (caller: Caller, agencyId: string): Promise<{ items: InventoryDeclaration[] }> => {
    const id = actingAgency(caller, agencyId);
    if (!(await agencies.get(id))) throw notFound('agency');
    return { items: await inventory.history(id) };
  };
}
