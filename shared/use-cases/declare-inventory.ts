/**
 * `PUT /inventory`: an agency declares how many still-valid results it holds as of a date. Every
 * declaration is kept; reports use the latest one on or before their date.
 */
import { z } from 'zod';
import type { Agency, InventoryDeclaration } from '#shared/domain/types.ts';
import { formatDmy, isIsoDate, vnDateOf } from '#shared/domain/vn-time.ts';
import { ValidationError } from '#shared/errors.ts';
import type { Clock } from '#shared/ports.ts';
import type { AgencyStore, InventoryStore } from '../ports.ts';
import { actingAgency, type Caller, notFound, requireWriter } from './access.ts';

/** More still-valid results than any agency holds: a typo (or `1e308`), refused before it reaches the store. */
export const MAX_INVENTORY_COUNT = 100_000_000;
/** Nothing sohoa counts predates the plans it reports on (Đề án 468 dates from 2021). */
export const EARLIEST_DECLARATION = '2000-01-01';

const count = z.number().int().nonnegative().max(MAX_INVENTORY_COUNT);
export const inventorySchema = z
  .object({
    asOf: z.string().refine(isIsoDate, 'a real date YYYY-MM-DD'),
    totalValid: count,
    byType: z.record(z.string().min(1).max(100), count).optional(),
    estimated: z.boolean().optional(),
  })
  .strict();

/**
 * Why a declaration's date cannot be taken, or null: `asOf` must be a real date, not before 2000, not after
 * today (Vietnam time) and not after the agency's last day (`validTo`; its successor declares from then on).
 */
export function declarationDateProblem(
  asOf: string,
  agency: Pick<Agency, 'id' | 'validTo'>,
  today: string,
): { detail: string; vi: string } | null {
  if (!isIsoDate(asOf) || asOf < EARLIEST_DECLARATION) {
    return { detail: `asOf ${asOf} is not a real date since 2000`, vi: 'Ngày khai báo (asOf) không phải ngày hợp lệ.' };
  }
  if (asOf > today) {
    return {
      detail: `asOf ${asOf} is in the future (today is ${today})`,
      vi: `Ngày khai báo ${formatDmy(asOf)} ở tương lai; chỉ khai báo số liệu đến hôm nay (${formatDmy(today)}).`,
    };
  }
  if (agency.validTo && asOf > agency.validTo) {
    return {
      detail: `asOf ${asOf} is after agency ${agency.id} ended (${agency.validTo})`,
      vi: `Ngày khai báo ${formatDmy(asOf)} sau ngày cơ quan ngừng hoạt động (${formatDmy(agency.validTo)}).`,
    };
  }
  return null;
}

export function makeDeclareInventory({
  inventory,
  agencies,
  clock,
  audit,
}: {
  inventory: InventoryStore;
  agencies: Pick<AgencyStore, 'get'>;
  clock: Clock;
  /** Records the declaration in the audit log (`makeAuditWriter`). */
  audit: (caller: Caller, action: string, target: string, before: unknown, after: unknown) => Promise<void>;
}) {
  return async (caller: Caller, agencyId: string, body: unknown): Promise<InventoryDeclaration> => {
    requireWriter(caller);
    const parsed = inventorySchema.safeParse(body);
    if (!parsed.success) {
      throw new ValidationError(
        'invalid_request',
        `invalid inventory declaration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        `Khai báo tồn kho không hợp lệ: cần asOf (ngày thật, YYYY-MM-DD) và totalValid (số nguyên từ 0 đến ${MAX_INVENTORY_COUNT.toLocaleString('vi-VN')}).`,
      );
    }
    const agency = await agencies.get(agencyId);
    if (!agency) throw notFound('agency');
    const problem = declarationDateProblem(parsed.data.asOf, agency, vnDateOf(clock.now()));
    if (problem) throw new ValidationError('invalid_date', problem.detail, problem.vi);
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
