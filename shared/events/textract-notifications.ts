/**
 * Textract job-completion notifications, as the collector's queue receives them: an SNS envelope
 * (`{Type: "Notification", Message: "<json>"}`) or, with raw message delivery, the Textract message itself.
 */
import type { SQSRecord } from 'aws-lambda';
import { z } from 'zod';

const textractMessageSchema = z.object({
  JobId: z.string().min(1),
  Status: z.string(),
  API: z.string().optional(),
  JobTag: z.string().optional(),
  Timestamp: z.number().optional(),
  DocumentLocation: z.object({ S3ObjectName: z.string(), S3Bucket: z.string() }).partial().optional(),
});

export interface TextractCompletion {
  jobId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'ERROR' | 'PARTIAL_SUCCESS' | string;
  jobTag: string | null;
  objectKey: string | null;
}

export function parseTextractNotification(record: Pick<SQSRecord, 'body'>): TextractCompletion {
  const body: unknown = JSON.parse(record.body);
  const inner =
    body && typeof body === 'object' && 'Message' in body && typeof body.Message === 'string'
      ? JSON.parse(body.Message)
      : body;
  const message = textractMessageSchema.parse(inner);
  return {
    jobId: message.JobId,
    status: message.Status,
    jobTag: message.JobTag ?? null,
    objectKey: message.DocumentLocation?.S3ObjectName ?? null,
  };
}
