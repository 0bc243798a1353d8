/**
 * X-Ray through the Powertools Tracer, for the compositions that can afford it: it adds ~122 KiB to a
 * bundle (aws-xray-sdk-core, semver, cls-hooked). Every function but the api imports this: the api's
 * bundle (exceljs for GET /report/xlsx) would pass its 2 MiB budget (test/infra/bundles.test.ts), so
 * it keeps the service-level Active tracing only (its Lambda segment, no subsegment per AWS call).
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
