/**
 * The administration API (role `admin`, province-wide): agencies (list, create, update/retire, CSV import),
 * inventory CSV import, the audit log, the catalogue and the target policy in force. Every change is
 * appended to the audit log (who, when, what, before, after). CSV imports are all-or-nothing: one bad row
 * and nothing is written; the answer lists every problem by line.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isSafeId } from '#shared/domain/object-keys.ts';
import type { TargetPolicy } from '#shared/domain/targets.ts';
import { type Agency, LEVELS } from '#shared/domain/types.ts';
import { vnToday } from '#shared/domain/vn-time.ts';
import { ConflictError, NotFoundError, ValidationError } from '#shared/errors.ts';
import type {
  AgencyStore,
  AuditEntry,
  AuditLog,
  Clock,
  DirectoryUser,
  InventoryStore,
  UserDirectory,
} from '#shared/ports.ts';
import { type Caller, notFound, ROLES } from './access.ts';
import {
  type ImportFile,
  importAgencies,
  importInventory,
  type RowError,
  validateAgenciesFile,
  validateInventoryFile,
  type WorkbookReader,
} from './csv-import.ts';

export interface AdminDeps {
  agencies: AgencyStore;
  users: UserDirectory;
  inventory: InventoryStore;
  audit: AuditLog;
  clock: Clock;
  newId?: () => string;
  /** Reads XLSX imports (exceljs); absent where no workbook arrives (the `api` function). */
  readWorkbook?: WorkbookReader;
}

/** Appends one audit entry for a change made by `caller`. */
export function makeAuditWriter({ audit, clock, newId = randomUUID }: Pick<AdminDeps, 'audit' | 'clock' | 'newId'>) {
  return (caller: Caller, action: string, target: string, before: unknown, after: unknown): Promise<void> => {
    const entry: AuditEntry = {
      id: newId(),
      at: clock.now().toISOString(),
      actor: caller.subject ?? caller.agencyId,
      action,
      target,
      before: before ?? null,
      after: after ?? null,
    };
    return audit.append(entry);
  };
}

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const date = z.string().refine(isRealDate, 'not a real date YYYY-MM-DD');
const id = z.string().refine(isSafeId, 'letters, digits, `.`, `-`, `_` only');

const agencyFields = {
  name: z.string().trim().min(1),
  level: z.enum(LEVELS as [string, ...string[]]),
  parentId: id.nullable(),
  emails: z.array(z.string().email()),
  validFrom: date.nullable(),
  validTo: date.nullable(),
  successorId: id.nullable(),
};
export const createAgencySchema = z
  .object({
    id,
    ...agencyFields,
    parentId: agencyFields.parentId.default(null),
    emails: agencyFields.emails.default([]),
    validFrom: agencyFields.validFrom.default(null),
    validTo: agencyFields.validTo.default(null),
    successorId: agencyFields.successorId.default(null),
  })
  .strict();
const role = z.enum(ROLES as unknown as [string, ...string[]]);
export const createUserSchema = z.object({ email: z.string().trim().email(), agencyId: id, role }).strict();
export const updateUserSchema = z.object({ role, enabled: z.boolean() }).partial().strict();

export const updateAgencySchema = z.object(agencyFields).partial().strict();

function invalid(detail: string, vi: string): ValidationError {
  return new ValidationError('invalid_request', detail, vi);
}

/** A request body checked against its schema; a ValidationError listing every problem otherwise. */
export function parseBody<S extends z.ZodTypeAny>(schema: S, body: unknown, vi: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), vi);
  }
  return parsed.data;
}

/** References and dates of one agency record against the stored agencies. */
async function checkAgency(agency: Agency, agencies: AgencyStore): Promise<void> {
  if (agency.validFrom && agency.validTo && agency.validFrom > agency.validTo) {
    throw invalid('validTo is before validFrom', 'Ngày hết hiệu lực (validTo) trước ngày bắt đầu (validFrom).');
  }
  if (agency.successorId) {
    if (agency.successorId === agency.id) {
      throw invalid('an agency cannot succeed itself', 'Cơ quan không thể là cơ quan kế thừa của chính mình.');
    }
    const successor = await agencies.get(agency.successorId);
    if (!successor) {
      throw invalid(
        `unknown successor ${agency.successorId}`,
        `Không có cơ quan kế thừa mã ${agency.successorId}; hãy tạo cơ quan đó trước.`,
      );
    }
    if (agency.validTo && successor.validTo && successor.validTo <= agency.validTo) {
      throw invalid(
        `successor ${successor.id} ends on ${successor.validTo}, not after ${agency.validTo}`,
        `Cơ quan kế thừa ${successor.name} hết hiệu lực trước khi cơ quan này giải thể.`,
      );
    }
  }
  if (agency.successorId && !agency.validTo) {
    throw invalid('a successor needs validTo', 'Cần ngày cuối cùng hoạt động (validTo) khi chỉ định cơ quan kế thừa.');
  }
  if (agency.parentId && !(await agencies.get(agency.parentId))) {
    throw invalid(`unknown parent ${agency.parentId}`, `Không có cơ quan cấp trên mã ${agency.parentId}.`);
  }
}

function importFailed(what: string, errors: RowError[]): ValidationError {
  return new ValidationError(
    'invalid_csv',
    `${what} CSV has ${errors.length} error(s); nothing was imported`,
    `Tệp có ${errors.length} lỗi; chưa nhập dòng nào. Hãy sửa các dòng được liệt kê rồi nhập lại.`,
    // `message` for the web app; `detail` (English) for the CLI, which prints it as it does locally.
    {
      details: errors.map((e) => ({ line: e.line, column: e.column ?? null, message: e.messageVi, detail: e.message })),
    },
  );
}

/** A CSV text or an XLSX workbook's bytes, as the handler read them from the request's content type. */
function importFile(body: unknown): ImportFile {
  if (typeof body === 'object' && body !== null && (body as { xlsx?: unknown }).xlsx instanceof Uint8Array) {
    const { xlsx } = body as { xlsx: Uint8Array };
    if (xlsx.length > 0) return { xlsx };
  } else if (typeof body === 'string' && body.trim() !== '') return body;
  throw invalid(
    'expected a text/csv or XLSX body',
    'Cần gửi nội dung tệp CSV (Content-Type: text/csv) hoặc bảng tính Excel (.xlsx).',
  );
}

export function makeAdmin(deps: AdminDeps) {
  const { agencies, inventory } = deps;
  const record = makeAuditWriter(deps);
  return {
    listAgencies: async (): Promise<{ items: Agency[] }> => ({
      items: (await agencies.list()).sort((a, b) => a.id.localeCompare(b.id)),
    }),

    createAgency: async (caller: Caller, body: unknown): Promise<Agency> => {
      const agency = parseBody(
        createAgencySchema,
        body,
        'Thông tin cơ quan không hợp lệ: cần id, name, level (province, district, commune); ngày dạng YYYY-MM-DD.',
      ) as Agency;
      if (await agencies.get(agency.id)) {
        throw new ConflictError('agency_exists', `agency ${agency.id} exists`, `Mã cơ quan ${agency.id} đã tồn tại.`);
      }
      await checkAgency(agency, agencies);
      await agencies.put(agency);
      await record(caller, 'agency.create', `agency:${agency.id}`, null, agency);
      return agency;
    },

    updateAgency: async (caller: Caller, agencyId: string, body: unknown): Promise<Agency> => {
      const before = await agencies.get(agencyId);
      if (!before) throw notFound('agency');
      const change = parseBody(
        updateAgencySchema,
        body,
        'Thay đổi không hợp lệ: name, level, parentId, emails, validFrom, validTo (YYYY-MM-DD), successorId.',
      );
      const after = { ...before, ...change } as Agency;
      await checkAgency(after, agencies);
      await agencies.put(after);
      await record(caller, 'agency.update', `agency:${agencyId}`, before, after);
      return after;
    },

    importAgencies: async (caller: Caller, body: unknown): Promise<{ imported: number; agencies: string[] }> => {
      const existing = await agencies.list();
      const { rows, errors } = await validateAgenciesFile(
        importFile(body),
        new Set(existing.map((a) => a.id)),
        deps.readWorkbook,
      );
      if (errors.length > 0) throw importFailed('agencies', errors);
      const before = new Map(existing.map((a) => [a.id, a]));
      await importAgencies(agencies, rows);
      for (const agency of rows) {
        await record(caller, 'agency.import', `agency:${agency.id}`, before.get(agency.id) ?? null, agency);
      }
      return { imported: rows.length, agencies: rows.map((a) => a.id) };
    },

    importInventory: async (caller: Caller, body: unknown): Promise<{ imported: number }> => {
      const all = await agencies.list();
      const known = new Set(all.map((a) => a.id));
      const declaredBy = caller.subject ?? caller.agencyId;
      const { rows, errors } = await validateInventoryFile(
        importFile(body),
        known,
        declaredBy,
        { agencies: new Map(all.map((a) => [a.id, a])), today: vnToday(deps.clock.now()) },
        deps.readWorkbook,
      );
      if (errors.length > 0) throw importFailed('inventory', errors);
      const declaredAt = deps.clock.now().toISOString();
      const declarations = rows.map((d) => ({ ...d, declaredAt }));
      await importInventory(inventory, declarations);
      for (const d of declarations) await record(caller, 'inventory.import', `inventory:${d.agencyId}`, null, d);
      return { imported: declarations.length };
    },

    listUsers: async () => ({ items: (await deps.users.list()).sort((a, b) => a.email.localeCompare(b.email)) }),

    createUser: async (caller: Caller, body: unknown) => {
      const input = parseBody(
        createUserSchema,
        body,
        'Thông tin người dùng không hợp lệ: cần email, agencyId và role (clerk, viewer, admin).',
      );
      const agency = await agencies.get(input.agencyId);
      if (!agency) throw invalid(`unknown agency ${input.agencyId}`, `Không có cơ quan mã ${input.agencyId}.`);
      const today = vnToday(deps.clock.now());
      if (agency.validTo && agency.validTo < today) {
        throw invalid(
          `agency ${agency.id} ended on ${agency.validTo}`,
          `Cơ quan ${agency.name} đã hết hoạt động từ ${agency.validTo}; hãy tạo tài khoản ở cơ quan kế thừa.`,
        );
      }
      const user = await deps.users.create({ ...input, role: input.role as DirectoryUser['role'] });
      if (!user) throw new ConflictError('user_exists', 'e-mail taken', `Địa chỉ ${input.email} đã có tài khoản.`);
      await record(caller, 'user.create', `user:${user.id}`, null, user);
      return user;
    },

    updateUser: async (caller: Caller, userId: string, body: unknown) => {
      const change = parseBody(updateUserSchema, body, 'Thay đổi không hợp lệ: role (clerk, viewer, admin), enabled.');
      const before = (await deps.users.list()).find((u) => u.id === userId) ?? null;
      const after = before
        ? await deps.users.update(userId, { ...change, role: change.role as DirectoryUser['role'] | undefined })
        : null;
      if (!before || !after) {
        throw new NotFoundError('not_found', 'user not found', 'Không tìm thấy người dùng.');
      }
      await record(caller, 'user.update', `user:${userId}`, before, after);
      return after;
    },

    listAudit: async (query: { limit?: string; cursor?: string }) => {
      const limit = query.limit ? Number(query.limit) : undefined;
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 500)) {
        throw invalid(`invalid limit ${query.limit}`, 'limit phải là số nguyên từ 1 đến 500.');
      }
      return deps.audit.list({ limit, cursor: query.cursor ?? null });
    },
  };
}

/** `GET /policy`: the target policy in force. */
export function getPolicy(policy: TargetPolicy): TargetPolicy {
  return policy;
}
