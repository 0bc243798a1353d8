/**
 * The document-type catalogue in force and its administration (`GET|POST /catalogue`, `PUT /catalogue/{id}`).
 *
 * The bundled catalogue.json is the default and stays in the code; the table holds only the types admins
 * created or changed. The catalogue in force is the bundled list with each type replaced by the table's
 * version of the same id, then the table's new types (by id). So a release that improves a bundled type
 * reaches every deployment, except where an admin changed that type on purpose.
 *
 * Readers (classify, reclassify, the API) go through `makeCatalogueInForce`: one table read per `ttlMs`
 * per process, and the same array while nothing changed, so the classifier's compiled phrases stay cached.
 */
import { z } from 'zod';
import { CATALOGUE, type DocumentTypeSpec, documentTypeSchema } from '#shared/domain/catalogue.ts';
import { ConflictError, NotFoundError, ValidationError } from '#shared/errors.ts';
import type { CatalogueStore, Clock } from '#shared/ports.ts';
import type { Caller } from './access.ts';

/** Where a type of the catalogue in force comes from. */
export type CatalogueOrigin = 'bundled' | 'changed' | 'added';

export interface CatalogueSource {
  /** The catalogue in force: the same array as long as it has not changed. */
  current(): Promise<readonly DocumentTypeSpec[]>;
}

export interface CatalogueInForce extends CatalogueSource {
  /** Forgets the cached copy (after this process changed the table). */
  invalidate(): void;
  /** Each type's origin, for the current catalogue. */
  origins(): Promise<ReadonlyMap<string, CatalogueOrigin>>;
}

/** A fixed catalogue (tests, one reclassify run). */
export function fixedCatalogue(types: readonly DocumentTypeSpec[]): CatalogueSource {
  return { current: async () => types };
}

/** Bundled types replaced by stored ones of the same id, then the stored new types in id order. */
export function mergeCatalogue(
  bundled: readonly DocumentTypeSpec[],
  stored: readonly DocumentTypeSpec[],
): { types: DocumentTypeSpec[]; origins: Map<string, CatalogueOrigin> } {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const origins = new Map<string, CatalogueOrigin>();
  const types = bundled.map((t) => {
    const own = byId.get(t.id);
    origins.set(t.id, own ? 'changed' : 'bundled');
    return own ?? t;
  });
  const bundledIds = new Set(bundled.map((t) => t.id));
  for (const t of [...stored].sort((a, b) => a.id.localeCompare(b.id))) {
    if (bundledIds.has(t.id)) continue;
    origins.set(t.id, 'added');
    types.push(t);
  }
  return { types, origins };
}

export interface CatalogueInForceDeps {
  store: Pick<CatalogueStore, 'list'>;
  clock: Clock;
  /** How long one read of the table is used (default 60 s): an admin's change reaches classify within it. */
  ttlMs?: number;
  bundled?: readonly DocumentTypeSpec[];
  /** A stored type that no longer validates is left out (and reported here) rather than stopping classify. */
  onInvalid?: (typeId: string, detail: string) => void;
}

export function makeCatalogueInForce(deps: CatalogueInForceDeps): CatalogueInForce {
  const ttlMs = deps.ttlMs ?? 60_000;
  const bundled = deps.bundled ?? CATALOGUE;
  interface Loaded {
    at: number;
    key: string;
    types: readonly DocumentTypeSpec[];
    origins: Map<string, CatalogueOrigin>;
  }
  let cached: Loaded | undefined;
  let loading: Promise<Loaded> | null = null;

  const load = async (): Promise<Loaded> => {
    const stored: DocumentTypeSpec[] = [];
    for (const item of await deps.store.list()) {
      const parsed = documentTypeSchema.safeParse(item);
      if (parsed.success) stored.push(parsed.data as DocumentTypeSpec);
      else deps.onInvalid?.(String(item.id), parsed.error.issues.map((i) => i.path.join('.')).join(', '));
    }
    const key = JSON.stringify(stored.sort((a, b) => a.id.localeCompare(b.id)));
    const at = deps.clock.now().getTime();
    // Unchanged table: keep the same array so compileCatalogue's per-array cache is reused.
    if (cached && cached.key === key) return { ...cached, at };
    const merged = mergeCatalogue(bundled, stored);
    return { at, key, types: Object.freeze(merged.types), origins: merged.origins };
  };

  const fresh = async (): Promise<Loaded> => {
    if (cached && deps.clock.now().getTime() - cached.at < ttlMs) return cached;
    loading ??= load().finally(() => {
      loading = null;
    });
    const loaded = await loading;
    cached = loaded;
    return loaded;
  };

  return {
    current: async () => (await fresh()).types,
    origins: async () => (await fresh()).origins,
    invalidate: () => {
      if (cached) cached = { ...cached, at: Number.NEGATIVE_INFINITY };
    },
  };
}

const { id: typeId, ...specFields } = documentTypeSchema.shape;

/**
 * `POST /catalogue`: a new type. Only what a person must decide is required (id, name, title, levels,
 * validity, source); phrases default to the title, number sources to a symbol or a plain number, and the
 * type is unconfirmed unless `confirmed: true` is sent.
 */
export const createDocumentTypeSchema = z
  .object({
    ...specFields,
    id: typeId,
    titlePhrases: specFields.titlePhrases.optional(),
    supportPhrases: specFields.supportPhrases.default([]),
    againstPhrases: specFields.againstPhrases.default([]),
    symbolHints: specFields.symbolHints.default([]),
    numberSources: specFields.numberSources.default(['symbol', 'plain']),
    confirmed: specFields.confirmed.default(false),
  })
  .strict();

/** `PUT /catalogue/{id}`: any fields but the id; the merged type must still be a valid type. */
export const updateDocumentTypeSchema = z.object(specFields).partial().strict();

function invalid(issues: z.ZodIssue[], vi: string): ValidationError {
  return new ValidationError(
    'invalid_request',
    issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    `${vi} (${issues.map((i) => i.path.join('.') || 'body').join(', ')})`,
  );
}

export interface CatalogueAdminDeps {
  store: CatalogueStore;
  catalogue: CatalogueInForce;
  /** The audit writer (makeAuditWriter). */
  record: (caller: Caller, action: string, target: string, before: unknown, after: unknown) => Promise<void>;
}

export type CatalogueEntry = DocumentTypeSpec & { origin: CatalogueOrigin };

export function makeCatalogueAdmin({ store, catalogue, record }: CatalogueAdminDeps) {
  const list = async (): Promise<{ items: CatalogueEntry[] }> => {
    const [types, origins] = await Promise.all([catalogue.current(), catalogue.origins()]);
    return { items: types.map((t) => ({ ...t, origin: origins.get(t.id) ?? 'bundled' })) };
  };

  return {
    list,

    create: async (caller: Caller, body: unknown): Promise<DocumentTypeSpec> => {
      const parsed = createDocumentTypeSchema.safeParse(body);
      if (!parsed.success) {
        throw invalid(
          parsed.error.issues,
          'Loại giấy tờ không hợp lệ: cần id (chữ thường, số, -), name, title, levels, validity, source',
        );
      }
      const type = {
        ...parsed.data,
        titlePhrases: parsed.data.titlePhrases ?? [parsed.data.title],
      } as DocumentTypeSpec;
      const exists = () =>
        new ConflictError('type_exists', `document type ${type.id} exists`, `Mã loại giấy tờ ${type.id} đã có.`);
      if ((await catalogue.current()).some((t) => t.id === type.id)) throw exists();
      if (!(await store.put(type, { ifAbsent: true }))) throw exists();
      catalogue.invalidate();
      await record(caller, 'catalogue.create', `catalogue:${type.id}`, null, type);
      return type;
    },

    update: async (caller: Caller, id: string, body: unknown): Promise<DocumentTypeSpec> => {
      const before = (await catalogue.current()).find((t) => t.id === id);
      if (!before) throw new NotFoundError('not_found', `document type ${id} not found`, 'Không có loại giấy tờ này.');
      const change = updateDocumentTypeSchema.safeParse(body);
      if (!change.success) throw invalid(change.error.issues, 'Thay đổi loại giấy tờ không hợp lệ');
      const merged = documentTypeSchema.safeParse({ ...before, ...change.data, id });
      if (!merged.success) throw invalid(merged.error.issues, 'Loại giấy tờ sau khi sửa không hợp lệ');
      const after = merged.data as DocumentTypeSpec;
      await store.put(after);
      catalogue.invalidate();
      await record(caller, 'catalogue.update', `catalogue:${id}`, before, after);
      return after;
    },
  };
}
