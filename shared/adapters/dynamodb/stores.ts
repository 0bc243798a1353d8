/**
 * DynamoDB stores of the pipeline (agencies, inventory, upload sessions, documents, content claims).
 * Plain conditional writes only: dynalite has no transactions, and none are needed (docs/data-model.md).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { countingKeys } from '#shared/domain/document-status.ts';
import type { Agency, InventoryDeclaration } from '#shared/domain/types.ts';
import { UPLOAD_SESSION_GRACE_SECONDS } from '#shared/domain/upload-rules.ts';
import { vnYearOf } from '#shared/domain/vn-time.ts';
import { invalidCursor } from '#shared/errors.ts';
import type {
  AgencyStore,
  AllStores,
  AuditEntry,
  AuditLog,
  CatalogueStore,
  CountingEntry,
  DirectoryUser,
  DocumentRecord,
  DocumentStore,
  InventoryStore,
  UploadQuotaStore,
  UploadSession,
  UploadSessionStore,
  UserDirectory,
} from '#shared/ports.ts';
import { AGENCIES_GSI1PK, documentsGsi1pk, documentsGsi1sk, epochSeconds, keys, stripLayout } from './items.ts';
import { queryAll, queryCount, scanItems } from './paging.ts';

export interface DynamoStoresOptions {
  /** Create it with `marshallOptions: { removeUndefinedValues: true }`. */
  doc: DynamoDBDocumentClient;
  tableName: string;
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}

function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/**
 * The start key a cursor names, checked against the query it continues: exactly the key attributes of that
 * query, as strings, inside its partition (`bound`). A cursor that is not ours, was edited, or comes from
 * another agency's (or another filter's) listing is refused with a 400, never passed to DynamoDB.
 */
function decodeCursor(
  cursor: string | null | undefined,
  bound: { attributes: readonly string[]; partition: [string, string]; sortPrefix?: [string, string] },
): Record<string, string> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = cursor.length <= 2048 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    value = null;
  }
  const key = value as Record<string, unknown> | null;
  const names = key && typeof key === 'object' && !Array.isArray(key) ? Object.keys(key).sort() : [];
  const ok =
    key !== null &&
    names.join() === [...bound.attributes].sort().join() &&
    names.every((name) => typeof key[name] === 'string') &&
    key[bound.partition[0]] === bound.partition[1] &&
    (!bound.sortPrefix || String(key[bound.sortPrefix[0]]).startsWith(bound.sortPrefix[1]));
  if (!ok) throw invalidCursor();
  return key as Record<string, string>;
}

/** Drops undefined so the marshaller never sees it, whatever the client's options. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function makeDynamoDocumentStore({ doc, tableName }: DynamoStoresOptions): DocumentStore {
  function documentItem(record: DocumentRecord, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const counting = countingKeys(record);
    return defined({
      ...record,
      ...keys.document(record.docId),
      type: 'document',
      gsi1pk: documentsGsi1pk(record.agencyId),
      gsi1sk: documentsGsi1sk(record.status, record.createdAt, record.docId),
      ...(counting ?? {}),
      ...extra,
    });
  }

  async function noteCountedYear(record: DocumentRecord): Promise<void> {
    if (!countingKeys(record) || !record.digitizedAt) return;
    // A set ADD is idempotent, so writing it before the document write keeps "years ⊇ counted years".
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.countedYears(record.agencyId),
        UpdateExpression: 'ADD #years :year SET #type = :type',
        ExpressionAttributeNames: { '#years': 'years', '#type': 'type' },
        ExpressionAttributeValues: { ':year': new Set([vnYearOf(record.digitizedAt)]), ':type': 'counted-years' },
      }),
    );
  }

  return {
    async get(docId) {
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.document(docId), ConsistentRead: true }),
      );
      return out.Item ? stripLayout<DocumentRecord>(out.Item) : null;
    },

    async create(record, { expiresAt }) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: documentItem(record, { expiresAtEpoch: epochSeconds(expiresAt) }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async save(next, expectedVersion) {
      await noteCountedYear(next);
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            // No expiresAtEpoch: once a stage advanced the document, it is kept for good.
            Item: documentItem({ ...next, version: expectedVersion + 1 }),
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': expectedVersion },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async list(agencyId, { status, cursor, limit = 50 }) {
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: status ? 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)' : 'gsi1pk = :pk',
          ExpressionAttributeValues: status
            ? { ':pk': documentsGsi1pk(agencyId), ':prefix': `${status}#` }
            : { ':pk': documentsGsi1pk(agencyId) },
          ExclusiveStartKey: decodeCursor(cursor, {
            attributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk'],
            partition: ['gsi1pk', documentsGsi1pk(agencyId)],
            sortPrefix: status ? ['gsi1sk', `${status}#`] : undefined,
          }),
          Limit: Math.min(Math.max(limit, 1), 200),
          ScanIndexForward: false,
        }),
      );
      return {
        items: (out.Items ?? []).map((item) => stripLayout<DocumentRecord>(item)),
        cursor: encodeCursor(out.LastEvaluatedKey),
      };
    },

    async *scan(options) {
      // A scan resumes after any item's primary key, so a document id is a resume point.
      const items = scanItems(doc, {
        TableName: tableName,
        FilterExpression: options?.agencyId ? '#type = :type AND agencyId = :agency' : '#type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: options?.agencyId
          ? { ':type': 'document', ':agency': options.agencyId }
          : { ':type': 'document' },
        ExclusiveStartKey: options?.after ? keys.document(options.after) : undefined,
        ConsistentRead: true,
      });
      for await (const item of items) {
        const indexed: CountingEntry | null =
          typeof item.cntpk === 'string' && typeof item.cntsk === 'string'
            ? { cntpk: item.cntpk, cntsk: item.cntsk }
            : null;
        yield { doc: stripLayout<DocumentRecord>(item), indexed };
      }
    },

    async repairCounting(docId, expected) {
      const current = await this.get(docId);
      if (current && expected) await noteCountedYear(current);
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.document(docId),
          ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: expected ? 'SET cntpk = :pk, cntsk = :sk' : 'REMOVE cntpk, cntsk',
          ExpressionAttributeValues: expected ? { ':pk': expected.cntpk, ':sk': expected.cntsk } : undefined,
        }),
      );
    },

    async claim(agencyId, key, docId) {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.claim(agencyId, key), type: 'claim', agencyId, docId },
            ConditionExpression: 'attribute_not_exists(pk) OR docId = :docId',
            ExpressionAttributeValues: { ':docId': docId },
          }),
        );
        return { owner: docId, claimed: true };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const out = await doc.send(
          new GetCommand({ TableName: tableName, Key: keys.claim(agencyId, key), ConsistentRead: true }),
        );
        const owner = typeof out.Item?.docId === 'string' ? out.Item.docId : docId;
        return { owner, claimed: owner === docId };
      }
    },

    async release(agencyId, key, docId) {
      try {
        await doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.claim(agencyId, key),
            ConditionExpression: 'docId = :docId',
            ExpressionAttributeValues: { ':docId': docId },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async countByStatus(agencyId, status, createdBefore) {
      return queryCount(doc, {
        TableName: tableName,
        IndexName: 'gsi1',
        // gsi1sk is `status#createdAt#docId`: "created before" is a range of the sort key.
        KeyConditionExpression: createdBefore
          ? 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to'
          : 'gsi1pk = :pk AND begins_with(gsi1sk, :from)',
        ExpressionAttributeValues: {
          ':pk': documentsGsi1pk(agencyId),
          ':from': `${status}#`,
          ...(createdBefore ? { ':to': `${status}#${createdBefore}` } : {}),
        },
      });
    },

    async oldestInStatus(agencyId, status, createdBefore, limit) {
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': documentsGsi1pk(agencyId),
            ':from': `${status}#`,
            ':to': `${status}#${createdBefore}`,
          },
          ScanIndexForward: true,
          Limit: Math.min(Math.max(limit, 1), 200),
        }),
      );
      return (out.Items ?? []).map((item) => stripLayout<DocumentRecord>(item));
    },

    async countedYears(agencyId) {
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.countedYears(agencyId), ConsistentRead: true }),
      );
      const years = out.Item?.years;
      return years instanceof Set ? [...years].map(Number).sort((a, b) => a - b) : [];
    },

    async addCountedYears(agencyId, years) {
      if (years.length === 0) return;
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.countedYears(agencyId),
          UpdateExpression: 'ADD #years :years SET #type = :type',
          ExpressionAttributeNames: { '#years': 'years', '#type': 'type' },
          ExpressionAttributeValues: { ':years': new Set(years), ':type': 'counted-years' },
        }),
      );
    },

    async bindJob(jobId, docId) {
      await doc.send(new PutCommand({ TableName: tableName, Item: { ...keys.job(jobId), type: 'job', jobId, docId } }));
    },

    async findJob(jobId) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: keys.job(jobId), ConsistentRead: true }));
      return typeof out.Item?.docId === 'string' ? out.Item.docId : null;
    },
  };
}

export function makeDynamoSessionStore({ doc, tableName }: DynamoStoresOptions): UploadSessionStore {
  return {
    async create(session) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: defined({
            ...session,
            ...keys.upload(session.uploadId),
            type: 'upload',
            // Outlives every queued or dead-lettered message about its object (upload-rules.ts).
            expiresAtEpoch: epochSeconds(session.expiresAt) + UPLOAD_SESSION_GRACE_SECONDS,
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async get(uploadId) {
      const out = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.upload(uploadId), ConsistentRead: true }),
      );
      return out.Item ? stripLayout<UploadSession>(out.Item) : null;
    },
    async retain(uploadId) {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.upload(uploadId),
            UpdateExpression: 'REMOVE expiresAtEpoch',
            ConditionExpression: 'attribute_exists(pk)',
          }),
        );
      } catch (error) {
        // Gone already (deleted by its TTL before this): nothing to keep.
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}

export function makeDynamoAgencyStore({ doc, tableName }: DynamoStoresOptions): AgencyStore {
  return {
    async put(agency) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: defined({
            ...agency,
            ...keys.agency(agency.id),
            type: 'agency',
            gsi1pk: AGENCIES_GSI1PK,
            gsi1sk: agency.id,
          }),
        }),
      );
    },
    async get(agencyId) {
      const out = await doc.send(new GetCommand({ TableName: tableName, Key: keys.agency(agencyId) }));
      return out.Item ? stripLayout<Agency>(out.Item) : null;
    },
    async list() {
      const items = await queryAll(doc, {
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': AGENCIES_GSI1PK },
      });
      return items.map((item) => stripLayout<Agency>(item));
    },
  };
}

export function makeDynamoInventoryStore({ doc, tableName }: DynamoStoresOptions): InventoryStore {
  return {
    async declare(declaration) {
      const declaredAt = declaration.declaredAt ?? new Date().toISOString();
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: defined({
            ...declaration,
            declaredAt,
            ...keys.inventory(declaration.agencyId, declaration.asOf, declaredAt),
            type: 'inventory',
          }),
        }),
      );
    },
    async latest(agencyId, onOrBefore) {
      // Sort keys are INVENTORY#{asOf}#{declaredAt}: the last one at or before the date is the latest
      // declaration, and among same-day declarations the most recent.
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': keys.agency(agencyId).pk,
            ':from': 'INVENTORY#',
            ':to': `INVENTORY#${onOrBefore}#\uffff`,
          },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      );
      const item = out.Items?.[0];
      return item ? stripLayout<InventoryDeclaration>(item) : null;
    },
    async history(agencyId) {
      const items = await queryAll(doc, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.agency(agencyId).pk, ':prefix': 'INVENTORY#' },
        ScanIndexForward: false,
      });
      return items.map((item) => stripLayout<InventoryDeclaration>(item));
    },
  };
}

/** The audit log: put-if-absent only, so an entry is never overwritten; read newest first. */
export function makeDynamoAuditLog({ doc, tableName }: DynamoStoresOptions): AuditLog {
  return {
    async append(entry) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: defined({ ...entry, ...keys.audit(entry.at, entry.id), type: 'audit' }),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async list(options = {}) {
      const out = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'AUDIT' },
          ScanIndexForward: false,
          Limit: Math.min(Math.max(options.limit ?? 100, 1), 500),
          ExclusiveStartKey: decodeCursor(options.cursor, { attributes: ['pk', 'sk'], partition: ['pk', 'AUDIT'] }),
        }),
      );
      return {
        items: (out.Items ?? []).map((item) => stripLayout<AuditEntry>(item)),
        cursor: encodeCursor(out.LastEvaluatedKey),
      };
    },
  };
}

/** The user directory of local mode, in the table (one partition, users by e-mail). */
export function makeDynamoUserDirectory({ doc, tableName }: DynamoStoresOptions): UserDirectory {
  const get = async (id: string) => {
    const out = await doc.send(new GetCommand({ TableName: tableName, Key: keys.user(id), ConsistentRead: true }));
    return out.Item ? stripLayout<DirectoryUser>(out.Item) : null;
  };
  return {
    async list() {
      const items = await queryAll(doc, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'USERS' },
      });
      return items.map((item) => stripLayout<DirectoryUser>(item));
    },
    async create({ email, agencyId, role }) {
      const user: DirectoryUser = { id: email.toLowerCase(), email, agencyId, role, enabled: true };
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...user, ...keys.user(user.id), type: 'user' },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return null;
        throw error;
      }
      return user;
    },
    async update(id, change) {
      const before = await get(id);
      if (!before) return null;
      const after = { ...before, ...defined(change) };
      await doc.send(new PutCommand({ TableName: tableName, Item: { ...after, ...keys.user(id), type: 'user' } }));
      return after;
    },
  };
}

/** The admins' document types: one partition, read whole (tens of items). */
export function makeDynamoCatalogueStore({ doc, tableName }: DynamoStoresOptions): CatalogueStore {
  return {
    async list() {
      const items = await queryAll(doc, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'CATALOGUE' },
        ConsistentRead: true,
      });
      return items.map((item) => stripLayout<Record<string, unknown>>(item));
    },
    async put(type, options = {}) {
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: defined({ ...type, ...keys.catalogueType(type.id), type: 'catalogue-type' }),
            ...(options.ifAbsent ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
          }),
        );
      } catch (error) {
        if (options.ifAbsent && isConditionFailure(error)) return false;
        throw error;
      }
      return true;
    },
  };
}

/** All stores over one table. */
/** The per-agency upload limits: a COUNT query on the status index, and a conditional ADD counter per day. */
export function makeDynamoUploadQuotaStore({ doc, tableName }: DynamoStoresOptions): UploadQuotaStore {
  return {
    async countInFlight(agencyId, since, atMost) {
      return queryCount(
        doc,
        {
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': documentsGsi1pk(agencyId),
            ':from': `uploading#${since}`,
            ':to': 'uploading#\uffff',
          },
        },
        atMost,
      );
    },

    async reserveDailyBytes(agencyId, day, bytes, max) {
      if (bytes > max) return false;
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.uploadedBytes(agencyId, day),
            UpdateExpression: 'ADD #bytes :bytes SET #type = :type, #ttl = :ttl',
            ConditionExpression: 'attribute_not_exists(#bytes) OR #bytes <= :room',
            ExpressionAttributeNames: { '#bytes': 'bytes', '#type': 'type', '#ttl': 'expiresAtEpoch' },
            ExpressionAttributeValues: {
              ':bytes': bytes,
              ':room': max - bytes,
              ':type': 'uploaded-bytes',
              ':ttl': epochSeconds(`${day}T00:00:00+07:00`) + 3 * 24 * 3600,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

export function makeDynamoStores(options: DynamoStoresOptions): AllStores {
  return {
    documents: makeDynamoDocumentStore(options),
    sessions: makeDynamoSessionStore(options),
    quota: makeDynamoUploadQuotaStore(options),
    agencies: makeDynamoAgencyStore(options),
    inventory: makeDynamoInventoryStore(options),
    audit: makeDynamoAuditLog(options),
    catalogue: makeDynamoCatalogueStore(options),
  };
}
