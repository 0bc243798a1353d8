/**
 * Object-key layout of the documents bucket (one place, so handlers never build keys inline):
 * `incoming/{agencyId}/{uploadId}/{sanitizedName}` (what clients PUT), `extracted/{docId}.json`
 * (engine-neutral text), `reports/...` (report copies, built by the report use-case).
 */
export const INCOMING_PREFIX = 'incoming/';
export const EXTRACTED_PREFIX = 'extracted/';
export const REPORTS_PREFIX = 'reports/';

/** Ids we generate and accept inside keys (UUIDs, agency ids such as `so-y-te` or `ubnd-xa-thanh-nua`). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isSafeId(id: string): boolean {
  return ID.test(id) && !id.includes('..');
}

export function incomingKey(agencyId: string, uploadId: string, sanitizedName: string): string {
  if (!isSafeId(agencyId) || !isSafeId(uploadId)) throw new Error('unsafe id in object key');
  return `${INCOMING_PREFIX}${agencyId}/${uploadId}/${sanitizedName}`;
}

/**
 * The last key segment of page `page` of a document sent as page images: `001-{sanitizedName}`, so a
 * listing sorts in page order and two pages may carry the same file name.
 */
export function pageFileName(page: number, sanitizedName: string): string {
  return `${String(page).padStart(3, '0')}-${sanitizedName}`;
}

export function parseIncomingKey(key: string): { agencyId: string; uploadId: string; fileName: string } | null {
  if (!key.startsWith(INCOMING_PREFIX)) return null;
  const parts = key.slice(INCOMING_PREFIX.length).split('/');
  if (parts.length !== 3) return null;
  const [agencyId, uploadId, fileName] = parts as [string, string, string];
  if (!isSafeId(agencyId) || !isSafeId(uploadId) || fileName === '') return null;
  return { agencyId, uploadId, fileName };
}

/**
 * The fair-queue tenant of an object event (SQS `MessageGroupId` on extract's queue): the agency that
 * uploaded it, so SQS serves a quiet agency's upload ahead of another's backlog. A key outside the layout
 * (never a presigned upload) goes to one shared group, `UNROUTED_GROUP`, which no agency id can spell (ids
 * start with a letter or digit): such keys never share an agency's group, nor does each become a quiet
 * tenant of its own.
 */
export const UNROUTED_GROUP = '_unrouted';

export function fairnessGroupOf(key: string): string {
  return parseIncomingKey(key)?.agencyId ?? UNROUTED_GROUP;
}

export function extractedKey(docId: string): string {
  if (!isSafeId(docId)) throw new Error('unsafe id in object key');
  return `${EXTRACTED_PREFIX}${docId}.json`;
}

export function parseExtractedKey(key: string): { docId: string } | null {
  const match = /^extracted\/([^/]+)\.json$/.exec(key);
  if (!match?.[1] || !isSafeId(match[1])) return null;
  return { docId: match[1] };
}
