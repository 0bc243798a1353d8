/**
 * Object-key prefixes of the documents bucket, as the domain lays keys out (shared/domain/object-keys.ts).
 * Each stage writes under a prefix that never triggers itself: extract reads `incoming/` and writes
 * `extracted/`; classify reads `extracted/` and writes only DynamoDB; report writes `reports/`, which
 * triggers nothing.
 */
import { EXTRACTED_PREFIX, INCOMING_PREFIX, REPORTS_PREFIX } from '#shared/domain/object-keys.ts';

export const PREFIXES = {
  incoming: INCOMING_PREFIX,
  extracted: EXTRACTED_PREFIX,
  reports: REPORTS_PREFIX,
} as const;
