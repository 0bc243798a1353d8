/**
 * X-Ray tracing of a handler (Powertools Tracer): the Lambda compositions pass a Tracer, the local mode
 * and tests none. Responses are not recorded (they hold documents' fields and people's names); errors are.
 */
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';

export function tracing(tracer: Tracer | undefined): MiddlewareObj[] {
  return tracer ? [captureLambdaHandler(tracer, { captureResponse: false })] : [];
}
