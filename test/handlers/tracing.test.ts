/**
 * The Lambda compositions pass a Powertools Tracer to the handlers' middy chains: each invocation gets a
 * handler subsegment with the cold-start annotation, errors are recorded, responses never (they hold
 * documents' fields and names). Without a tracer (local mode, tests) the chain has no tracing at all.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makeSqsBatchHandler } from '#shared/events/sqs-batch.ts';
import { tracing } from '#shared/events/tracing.ts';
import { lambdaContext } from './fixtures.ts';

function fakeTracer() {
  const calls: string[] = [];
  const subsegment = { close: () => calls.push('close subsegment') };
  const segment = {
    addNewSubsegment: (name: string) => {
      calls.push(`open ${name}`);
      return subsegment;
    },
  };
  const tracer = {
    isTracingEnabled: () => true,
    getSegment: () => segment,
    setSegment: () => undefined,
    annotateColdStart: () => calls.push('cold start'),
    addServiceNameAnnotation: () => calls.push('service'),
    addResponseAsMetadata: () => calls.push('response'),
    addErrorAsMetadata: () => calls.push('error'),
  };
  return { tracer: tracer as unknown as Tracer, calls };
}

const event = (bodies: string[]): SQSEvent =>
  ({
    Records: bodies.map((body, i) => ({ messageId: `m${i}`, body, attributes: {}, eventSource: 'aws:sqs' })),
  }) as unknown as SQSEvent;

describe('tracing of the handlers', () => {
  it('opens and closes a handler subsegment with the cold-start annotation, without the response', async () => {
    const { tracer, calls } = fakeTracer();
    const handler = makeSqsBatchHandler(new Logger({ logLevel: 'SILENT' }), async () => undefined, tracer);
    const result = await handler(event(['{}']), lambdaContext);
    expect(result.batchItemFailures).toEqual([]);
    expect(calls.filter((c) => !c.startsWith('open'))).toEqual(['cold start', 'service', 'close subsegment']);
    expect(calls.some((c) => c.startsWith('open ##'))).toBe(true);
  });

  it('records a failed record as a partial failure without ending the trace in error', async () => {
    const { tracer, calls } = fakeTracer();
    const handler = makeSqsBatchHandler(
      new Logger({ logLevel: 'SILENT' }),
      async () => {
        throw new Error('boom');
      },
      tracer,
    );
    const result = await handler(event(['{}', '{}']), lambdaContext);
    expect(result.batchItemFailures).toHaveLength(2);
    expect(calls).not.toContain('response');
    expect(calls.at(-1)).toBe('close subsegment');
  });

  it('adds no middleware without a tracer', () => {
    expect(tracing(undefined)).toEqual([]);
  });
});
