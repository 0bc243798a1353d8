/**
 * Seeds the demo's illustrative history ("dữ liệu minh họa"): document records an agency digitized in
 * 2021–2026 before the demo ran, written straight into the table with no file behind them. The live part
 * of the demo (the uploaded samples) goes through presigned URLs and the pipeline like any clerk's scan;
 * this history only exists so that a year-end 2025 report has five years of progress to show.
 *
 * Records are written with BatchWriteItem in the layout of the DynamoDB document store (its key builders
 * and counting keys), because one conditional write per record is ~20 ms on dynalite and the history has
 * thousands of records. Ids are deterministic, so a re-run rewrites the same records instead of adding.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentsGsi1pk, documentsGsi1sk, keys } from '#shared/adapters/dynamodb/items.ts';
import { countingKeys } from '#shared/domain/document-status.ts';
import type { Agency, Level } from '#shared/domain/types.ts';
import { vnYearOf } from '#shared/domain/vn-time.ts';
import type { DocumentRecord } from '#shared/ports.ts';
import { emptyClassification } from '#shared/use-cases/classification-outcome.ts';
import type { HistoricalDocument } from './plan.ts';

/** Marks every history record, so nobody mistakes it for a scanned file. */
export const HISTORY_REASON = 'demo_history';
export const HISTORY_MESSAGE_VI = 'Dữ liệu minh họa: bản ghi lịch sử số hóa của bản demo, không có tệp đính kèm.';

/** Open-ended result types per issuing level (no expiry: they stay counted on every later date). */
const TYPES_BY_LEVEL: Record<Level, readonly string[]> = {
  province: ['dang-ky-doanh-nghiep', 'gcn-qsdd-to-chuc', 'quyet-dinh-giao-dat', 'chung-chi-hanh-nghe-duoc'],
  district: ['gcn-qsdd-ca-nhan', 'dang-ky-ho-kinh-doanh', 'dang-ky-hop-tac-xa'],
  commune: ['khai-sinh', 'ket-hon', 'trich-luc-khai-tu', 'chung-thuc-ban-sao'],
};

export function historyRecord(doc: HistoricalDocument, agency: Agency, index: number): DocumentRecord {
  const types = TYPES_BY_LEVEL[agency.level];
  return {
    docId: doc.docId,
    agencyId: doc.agencyId,
    uploadId: doc.docId,
    status: 'classified',
    ...emptyClassification(),
    kind: 'result',
    docType: types[index % types.length] ?? null,
    issuer: agency.name,
    level: agency.level,
    confidence: 1,
    pages: 1,
    reason: HISTORY_REASON,
    messageVi: HISTORY_MESSAGE_VI,
    duplicateOf: null,
    sha256: '',
    size: 0,
    contentType: 'application/pdf',
    fileName: 'du-lieu-minh-hoa.pdf',
    objectKey: '',
    extractedKey: null,
    textractJobId: null,
    uploadedBy: 'demo-history',
    createdAt: doc.digitizedAt,
    digitizedAt: doc.digitizedAt,
    updatedAt: doc.digitizedAt,
    reviewedBy: null,
    reviewedAt: null,
    version: 1,
  };
}

export interface SeedHistoryOptions {
  doc: DynamoDBDocumentClient;
  tableName: string;
  agencies: readonly Agency[];
  documents: readonly HistoricalDocument[];
  onProgress?: (written: number, total: number) => void;
}

export async function seedHistory(options: SeedHistoryOptions): Promise<{ written: number }> {
  const { doc, tableName } = options;
  const byId = new Map(options.agencies.map((a) => [a.id, a]));
  const years = new Map<string, Set<number>>();
  const items = options.documents.map((d, i) => {
    const agency = byId.get(d.agencyId);
    if (!agency) throw new Error(`demo history: unknown agency ${d.agencyId}`);
    const record = historyRecord(d, agency, i);
    const counting = countingKeys(record);
    if (!counting) throw new Error(`demo history: ${d.docId} would not be counted`);
    const set = years.get(d.agencyId) ?? new Set<number>();
    set.add(vnYearOf(d.digitizedAt));
    years.set(d.agencyId, set);
    return {
      ...record,
      ...keys.document(record.docId),
      type: 'document',
      gsi1pk: documentsGsi1pk(record.agencyId),
      gsi1sk: documentsGsi1sk(record.status, record.createdAt, record.docId),
      ...counting,
    };
  });

  // The report only queries the years listed on the agency (see the compliance reader): list them first.
  for (const [agencyId, set] of years) {
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.countedYears(agencyId),
        UpdateExpression: 'ADD #years :years SET #type = :type',
        ExpressionAttributeNames: { '#years': 'years', '#type': 'type' },
        ExpressionAttributeValues: { ':years': set, ':type': 'counted-years' },
      }),
    );
  }

  const chunks: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      let requests = chunk.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length > 0; attempt += 1) {
        if (attempt > 8) throw new Error('demo history: the table keeps refusing writes (UnprocessedItems)');
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
      written += chunk.length;
      options.onProgress?.(written, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, chunks.length) }, worker));
  return { written };
}
