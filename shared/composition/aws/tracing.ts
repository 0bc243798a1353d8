/**
 * X-Ray through the Powertools Tracer (~122 KiB of a bundle: aws-xray-sdk-core, semver, cls-hooked), on
 * every function: a handler segment and a subsegment per AWS call, besides the service-level Active tracing.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';

let shared: Tracer | undefined;

/** The function's tracer (service name from POWERTOOLS_SERVICE_NAME, set by infra). */
export function tracer(): Tracer {
  shared ??= new Tracer();
  return shared;
}

/** An SDK v3 client whose calls are X-Ray subsegments. */
export function traced<T>(client: T): T {
  return tracer().captureAWSv3Client(client);
}
