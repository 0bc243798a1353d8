/**
 * The domain classifier bound to the pipeline's ports: D's pure `classifyText` and `needsReview`.
 * Every composition (Lambda, local mode, CLI reclassify) uses these, so all reach the same answers.
 */
import { classifyText, needsReview } from '#shared/domain/classify.ts';
import type { Classification } from '#shared/domain/types.ts';
import { reviewReason } from './classification-outcome.ts';
import type { ClassifyFn } from './pipeline-ports.ts';

export const classifyWithDomain: ClassifyFn = (text, { referenceDate }) =>
  classifyText(text, { engine: text.engine, referenceDate });

export const needsReviewWithDomain = (c: Classification): string | null => (needsReview(c) ? reviewReason(c) : null);
