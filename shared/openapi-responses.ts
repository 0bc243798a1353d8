/**
 * The response bodies of the HTTP API as zod schemas, for the OpenAPI description (shared/openapi.ts).
 * test/handlers/openapi-responses.test.ts parses real answers of the handler with them, so a field added
 * to or dropped from an answer without its schema fails there; objects are strict where the answer is
 * built field by field (documents, agencies, users, inventory, uploads), open where it is a large report.
 */
import { type ZodTypeAny, z } from 'zod';
import { documentTypeSchema } from '#shared/domain/catalogue.ts';
import type { RouteHandlerName } from '#shared/routes.ts';
import { OVERVIEW_STATUSES, statusOverviewSchema } from '#shared/use-cases/status-overview.ts';

const level = z.enum(['province', 'district', 'commune']);
const isoDate = z.string().describe('YYYY-MM-DD');
const instant = z.string().describe('ISO 8601 instant');
const status = z.enum(OVERVIEW_STATUSES);

const overrideSchema = z
  .object({
    kind: z.string(),
    reason: z.string(),
    requestedBy: z.string(),
    requestedAt: instant,
    fields: z.record(z.unknown()),
    fromStatus: z.string(),
    fromReason: z.string().nullable(),
    fromMessageVi: z.string().nullable(),
    state: z.enum(['pending', 'confirmed', 'rejected']),
    decidedBy: z.string().nullable(),
    decidedAt: instant.nullable(),
  })
  .passthrough();

/** `GET /documents/{docId}`: the `extract --json` fields plus the pipeline's (shared/use-cases/document-view.ts). */
export const documentViewSchema = z
  .object({
    docId: z.string(),
    agencyId: z.string(),
    status,
    reason: z.string().nullable(),
    /** Vietnamese sentence for the clerk. */
    message: z.string().nullable(),
    duplicateOf: z.string().nullable(),
    kind: z.enum(['result', 'not_a_result']).nullable(),
    docType: z.string().nullable(),
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    level: level.nullable(),
    place: z.string().nullable(),
    issueDate: isoDate.nullable(),
    expiryDate: isoDate.nullable(),
    holder: z.string().nullable(),
    confidence: z.number(),
    engine: z.string().nullable(),
    pages: z.number().int(),
    warnings: z.array(z.string()),
    reasons: z.array(z.string()),
    fileName: z.string(),
    /** The name as sent, invisible and bidirectional characters written out (`<U+202E>`). */
    originalFileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: instant,
    digitizedAt: instant.nullable(),
    updatedAt: instant,
    reviewedBy: z.string().nullable(),
    reviewedAt: instant.nullable(),
    override: overrideSchema.nullable(),
  })
  .strict();

const signedPut = {
  url: z.string().url(),
  method: z.literal('PUT'),
  /** Send exactly these headers: they are signed. */
  headers: z.record(z.string()),
};
const uploadTicketSchema = z.union([
  z.object({ uploadId: z.string(), docId: z.string(), ...signedPut, expiresAt: instant }).strict(),
  z
    .object({
      uploadId: z.string(),
      docId: z.string(),
      expiresAt: instant,
      pages: z.array(z.object({ page: z.number().int(), fileName: z.string(), ...signedPut }).strict()),
    })
    .strict(),
]);

export const agencySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    level,
    parentId: z.string().nullable(),
    emails: z.array(z.string()),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    successorId: z.string().nullable(),
  })
  .strict();

const inventoryDeclarationSchema = z
  .object({
    agencyId: z.string(),
    asOf: isoDate,
    totalValid: z.number().int(),
    byType: z.record(z.number().int()).optional(),
    estimated: z.boolean(),
    declaredBy: z.string().optional(),
    declaredAt: instant.optional(),
  })
  .strict();

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    agencyId: z.string(),
    role: z.enum(['clerk', 'viewer', 'admin']),
    enabled: z.boolean(),
  })
  .strict();

const pendingSchema = z.object({
  needsReview: z.number().int(),
  rejected: z.number().int(),
  awaitingConfirmation: z.number().int(),
  overridden: z.number().int(),
});

const progressSchema = z
  .object({
    agencyId: z.string(),
    agencyName: z.string(),
    level,
    year: z.number().int(),
    asOf: isoDate,
    inventory: z.number().int().nullable(),
    inventoryEstimated: z.boolean(),
    digitized: z.number().int(),
    digitizedThisYear: z.number().int(),
    rate: z.number().nullable(),
    target: z.number().nullable(),
    met: z.boolean().nullable(),
    shortfall: z.number().int().nullable(),
    pending: pendingSchema,
    message: z.string(),
  })
  .strict();

const complianceRowSchema = z
  .object({
    id: z.string().optional(),
    name: z.string(),
    level: level.nullable(),
    inventory: z.number().int().nullable(),
    inventoryEstimated: z.boolean(),
    digitized: z.number().int(),
    digitizedInPeriod: z.number().int(),
    digitizedThisYear: z.number().int(),
    rate: z.number().nullable(),
    target: z.number().nullable(),
    gapPoints: z.number().nullable(),
    met: z.boolean().nullable(),
    shortfall: z.number().int().nullable(),
    forecast: z.number().nullable(),
    atRisk: z.boolean().nullable(),
    warnings: z.array(z.unknown()),
    pending: pendingSchema.optional(),
  })
  .passthrough();

const reportSchema = z
  .object({
    year: z.number().int(),
    asOf: isoDate,
    period: z.enum(['month', 'quarter', 'year']),
    periodStart: isoDate,
    periodEnd: isoDate,
    periodLabel: z.string(),
    generatedAt: instant,
    provinceName: z.string(),
    policy: z
      .object({ id: z.string(), name: z.string(), hasTarget: z.boolean(), readingNote: z.string().nullable() })
      .passthrough(),
    province: complianceRowSchema,
    levels: z.array(complianceRowSchema),
    agencies: z.array(complianceRowSchema),
    formerLevels: z.array(complianceRowSchema),
    formerAgencies: z.array(complianceRowSchema),
    pending: pendingSchema,
    warnings: z.array(z.unknown()),
  })
  .passthrough();

const auditEntrySchema = z
  .object({
    id: z.string(),
    at: instant,
    actor: z.string(),
    action: z.string(),
    target: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .strict();

const catalogueEntrySchema = documentTypeSchema.extend({
  /** bundled: catalogue.json; changed: an admin's version of a bundled type; added: an admin's new type. */
  origin: z.enum(['bundled', 'changed', 'added']),
});

const reclassifyReportSchema = z
  .object({
    scanned: z.number().int(),
    reclassified: z.number().int(),
    changed: z.number().int(),
    transitions: z.record(z.number().int()),
    countedDelta: z.number().int(),
    skipped: z.object({ reviewed: z.number().int(), notClassifiable: z.number().int(), noText: z.number().int() }),
    errors: z.array(z.object({ docId: z.string(), error: z.string() })),
    next: z.string().nullable(),
  })
  .passthrough();

const reconcileReportSchema = z
  .object({
    scanned: z.number().int(),
    counted: z.number().int(),
    byAgencyYear: z.record(z.record(z.number().int())),
    drift: z.array(z.unknown()),
    missingYears: z.array(z.object({ agencyId: z.string(), years: z.array(z.number().int()) })),
    fixed: z.boolean(),
    next: z.string().nullable(),
  })
  .passthrough();

const policySchema = z
  .object({ id: z.string(), name: z.string(), source: z.string() })
  .passthrough()
  .describe('The target policy file in force (shared/policies/*.json)');

const page = <T extends ZodTypeAny>(item: T) => z.object({ items: z.array(item), cursor: z.string().nullable() });
const list = <T extends ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
const imported = z.object({ imported: z.number().int() }).strict();
const importedAgencies = z.object({ imported: z.number().int(), agencies: z.array(z.string()) }).strict();

/** What each route answers on success, as JSON; `binary` routes answer a file (see BINARY_RESPONSES). */
export const RESPONSE_BODIES: Partial<Record<RouteHandlerName, ZodTypeAny>> = {
  createUpload: uploadTicketSchema,
  listDocuments: page(documentViewSchema),
  getDocument: documentViewSchema,
  getDocumentFile: z
    .object({ url: z.string().url(), contentType: z.string(), fileName: z.string(), expiresAt: instant })
    .strict(),
  reviewDocument: documentViewSchema,
  decideOverride: documentViewSchema,
  declareInventory: inventoryDeclarationSchema,
  getProgress: progressSchema,
  buildReport: reportSchema,
  inventoryHistory: list(inventoryDeclarationSchema),
  whoAmI: z
    .object({
      subject: z.string().nullable(),
      role: z.enum(['clerk', 'viewer', 'admin']),
      agencyId: z.string(),
      agencyName: z.string(),
      agencyLevel: level,
    })
    .strict(),
  getCatalogue: list(catalogueEntrySchema),
  getOpenApi: z.record(z.unknown()).describe('This OpenAPI 3.1 document'),
  getPolicy: policySchema,
  listAgencies: list(agencySchema),
  createAgency: agencySchema,
  updateAgency: agencySchema,
  importAgencies: importedAgencies,
  importInventory: imported,
  listUsers: list(userSchema),
  createUser: userSchema,
  updateUser: userSchema,
  listOverrides: list(documentViewSchema.extend({ agencyName: z.string() })),
  listAudit: page(auditEntrySchema),
  statusOverview: statusOverviewSchema,
  createDocumentType: documentTypeSchema,
  updateDocumentType: documentTypeSchema,
  reclassify: reclassifyReportSchema,
  reconcile: reconcileReportSchema,
};

/** Routes that answer a file instead of JSON: content type and description. */
export const BINARY_RESPONSES: Partial<Record<RouteHandlerName, { contentType: string; description: string }>> = {
  reportWorkbook: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    description: 'The e-mailed report workbook (XLSX)',
  },
};
