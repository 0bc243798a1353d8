/**
 * The domain classifier bound to the pipeline's ports: D's pure `classifyText` and `needsReview`.
 * Every composition (Lambda, local mode, CLI reclassify) uses these, so all reach the same answers.
 */
import { classifyText } from '#shared/domain/classify.ts';
import { reviewReasons } from '#shared/domain/review.ts';
import type { Classification } from '#shared/domain/types.ts';
import type { ClassifyFn } from '../ports.ts';

export const classifyWithDomain: ClassifyFn = (text, { referenceDate, catalogue }) =>
  classifyText(text, { engine: text.engine, referenceDate, ...(catalogue ? { catalogue } : {}) });

/** The first review reason (the record's `reason`), or null when the document is accepted as it is. */
export const needsReviewWithDomain = (c: Classification): string | null => reviewReasons(c)[0] ?? null;
