/**
 * Item layout of the single table (docs/data-model.md). Key builders live here so the stores, the reader and
 * the reconcile tool agree on them.
 */
export const keys = {
  agency: (agencyId: string) => ({ pk: `AGENCY#${agencyId}`, sk: 'AGENCY' }),
  /** Digitized years that hold counted documents of the agency (a number set; see countCounted). */
  countedYears: (agencyId: string) => ({ pk: `AGENCY#${agencyId}`, sk: 'COUNTED_YEARS' }),
  inventory: (agencyId: string, asOf: string, declaredAt: string) => ({
    pk: `AGENCY#${agencyId}`,
    sk: `INVENTORY#${asOf}#${declaredAt}`,
  }),
  upload: (uploadId: string) => ({ pk: `UPLOAD#${uploadId}`, sk: 'UPLOAD' }),
  /** Bytes the agency was granted presigned uploads for on one Vietnam day (an ADD counter, kept 3 days). */
  uploadedBytes: (agencyId: string, day: string) => ({ pk: `AGENCY#${agencyId}`, sk: `UPLOADED_BYTES#${day}` }),
  document: (docId: string) => ({ pk: `DOC#${docId}`, sk: 'DOC' }),
  claim: (agencyId: string, key: string) => ({ pk: `CLAIM#${agencyId}#${key}`, sk: 'CLAIM' }),
  job: (jobId: string) => ({ pk: `JOB#${jobId}`, sk: 'JOB' }),
  /** Local mode's user directory (Cognito holds users in AWS). */
  user: (id: string) => ({ pk: 'USERS', sk: `USER#${id}` }),
  /** One audit partition, sorted by time: admin changes are few (hundreds a year). */
  audit: (at: string, id: string) => ({ pk: 'AUDIT', sk: `${at}#${id}` }),
  /** Document types created or changed by admins (tens): one partition, by type id. */
  catalogueType: (typeId: string) => ({ pk: 'CATALOGUE', sk: `TYPE#${typeId}` }),
} as const;

export const AGENCIES_GSI1PK = 'AGENCIES';
export const documentsGsi1pk = (agencyId: string) => `DOCS#${agencyId}`;
export const documentsGsi1sk = (status: string, createdAt: string, docId: string) => `${status}#${createdAt}#${docId}`;

/** Attributes that belong to the table layout, not to the domain record. */
export const LAYOUT_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'cntpk', 'cntsk', 'type', 'expiresAtEpoch'] as const;

export function stripLayout<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = { ...item };
  for (const name of LAYOUT_ATTRIBUTES) delete copy[name];
  return copy as T;
}

export function epochSeconds(iso: string): number {
  return Math.floor(new Date(iso).getTime() / 1000);
}
