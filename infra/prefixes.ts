/**
 * Object-key prefixes of the documents bucket (the layout is built by shared/domain/object-keys.ts).
 * Each stage writes under a prefix that never triggers itself: extract reads `incoming/` and writes
 * `extracted/`; classify reads `extracted/` and writes only DynamoDB; report writes `reports/`, which
 * triggers nothing.
 */
export const PREFIXES = {
  incoming: 'incoming/',
  extracted: 'extracted/',
  reports: 'reports/',
} as const;
