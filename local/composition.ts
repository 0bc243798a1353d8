/**
 * Composition of the local mode: dynalite + s3rver in-process, the same table and bucket definitions as the
 * CDK stack, the event router feeding the same handler factories as Lambda (`makeExtractHandler`,
 * `makeClassifyHandler`), and the local API server in front of `makeApiHandler`. Adapters get local
 * endpoints; none of them knows it runs locally.
 */
import { Console } from 'node:console';
import { chmod, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CopyObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRemoteJWKSet } from 'jose';
import { PROVINCE_NAME } from '#demo/plan.ts';
import { makeApiHandler } from '#functions/api/handler.ts';
import { makeClassifyHandler } from '#functions/classify/handler.ts';
import { makeExtractHandler } from '#functions/extract/handler.ts';
import { LOCAL_HEALTH_PATH, startApiServer } from '#local/api-server.ts';
import { lockDataDir } from '#local/data-dir-lock.ts';
import { DEFAULT_API_PORT, type DevConfig, readDevConfig } from '#local/dev-config.ts';
import {
  DYNALITE_CREDENTIALS,
  LOCAL_REGION,
  S3RVER_CREDENTIALS,
  startDynalite,
  startS3rver,
} from '#local/emulators.ts';
import { type EventRouter, makeEventRouter, type RouterLogger, type SqsHandler } from '#local/event-router.ts';
import {
  demoUsers,
  directoryUsers,
  type LocalOidcProvider,
  makeLocalOidcProvider,
  OIDC_PATH,
} from '#local/oidc-provider.ts';
import {
  DEFAULT_DATA_DIR,
  LOCAL_AUDIENCE,
  loadOrCreateSigningKey,
  localTokenIssuer,
  makeTokenVerifier,
  type TrustedIssuer,
} from '#local/tokens.ts';
import { localWebAppConfig, makeWebStatic, WEB_BASE_PATH } from '#local/web-static.ts';
import { makeDynamoComplianceReader } from '#shared/adapters/dynamodb/compliance-reader.ts';
import { makeDynamoStores, makeDynamoUserDirectory } from '#shared/adapters/dynamodb/stores.ts';
import { createActiveTable, waitUntilActive } from '#shared/adapters/dynamodb/table.ts';
import { makeOutboxMailer } from '#shared/adapters/mail/outbox-mailer.ts';
import { hasTextLayer, makePdfTextEngine } from '#shared/adapters/ocr/pdf-text.ts';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { workbookRenderer } from '#shared/adapters/report/xlsx.ts';
import { makeS3ObjectStore } from '#shared/adapters/s3/object-store.ts';
import { makeS3Presigner } from '#shared/adapters/s3/presigner.ts';
import { readXlsxSheet } from '#shared/adapters/xlsx/sheet-reader.ts';
import { EXTRACTED_PREFIX, INCOMING_PREFIX } from '#shared/domain/object-keys.ts';
import { loadTargetPolicy } from '#shared/domain/targets.ts';
import { DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_UPLOAD_URL_TTL_SECONDS } from '#shared/domain/upload-rules.ts';
import { ConfigError } from '#shared/errors.ts';
import type { AllStores, ObjectReader, ScanPresigner, UploadPresigner } from '#shared/ports.ts';
import { type Clock, type ComplianceReader, type Mailer, type OcrEngine, systemClock } from '#shared/ports.ts';
import { unknownAgency } from '#shared/use-cases/access.ts';
import { makeCatalogueInForce } from '#shared/use-cases/catalogue.ts';
import type { UploadLimits } from '#shared/use-cases/create-upload.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import {
  makeReconcilePipeline,
  type PipelineDeadlines,
  type PipelineReconcileReport,
  type ReconcilePipelineOptions,
} from '#shared/use-cases/reconcile-pipeline.ts';
import { recoverS3Store } from './s3-recovery.ts';

export type { DevConfig } from '#local/dev-config.ts';
export { DEFAULT_API_PORT };

export const LOCAL_TABLE = 'sohoa-local';
export const LOCAL_BUCKET = 'sohoa-local-documents';

type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

export interface OpenLocalStackOptions {
  /** Where dynalite, s3rver, the JWT key, the outbox and dev.json live. Default `.sohoa`. */
  dataDir?: string;
  /** Delete the stored table and objects first (keeps the signing key). */
  fresh?: boolean;
  /** API port; 0 = any free port. Default 4566. */
  port?: number;
  s3Port?: number;
  dynamoPort?: number;
  ocr?: 'tesseract';
  /** Parallel extract invocations, each with its own tesseract worker (OCR is CPU-bound). Default 2. */
  extractConcurrency?: number;
  /** Receives before an event lands in the local dead-letter list. Default 5. */
  maxReceiveCount?: number;
  /** Base redelivery delay of a failed event, times its receive count. Default 1000 ms. */
  visibilityMs?: number;
  /** Level of the handlers' Powertools logs, written to stderr. Default POWERTOOLS_LOG_LEVEL or INFO. */
  logLevel?: LogLevel;
  /** Router events (retries, dead letters). */
  logger?: RouterLogger;
  clock?: Clock;
  /**
   * The pipeline reconciler: run once at start-up (every document left non-terminal by a previous process
   * lost its in-memory event, so its processing deadline is 0 then) and every `intervalMs` (default 5 min;
   * 0 = only at start-up). `false` turns it off (tests that drive the reconciler themselves).
   */
  reconcile?: false | { intervalMs?: number; deadlines?: Partial<PipelineDeadlines> };
  /** Per-agency upload limits of the local API (default upload-rules.ts's, as in AWS). */
  uploadLimits?: Pick<UploadLimits, 'maxUploadsInFlight' | 'maxUploadBytesPerDay'>;
  /** Wraps the pipeline handlers (fault injection in the soak bench and tests). */
  wrapHandler?: (queue: 'extract' | 'classify', handler: SqsHandler) => SqsHandler;
}

export interface LocalClients {
  dynamo: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  s3: S3Client;
}

/** Ports over the local endpoints, for CLI commands (imports, report, demo) and tests. */
export interface LocalDeps {
  clock: Clock;
  /** Documents, upload sessions, agencies, inventory declarations. */
  stores: AllStores;
  complianceReader: ComplianceReader;
  /** The documents bucket. */
  objects: ObjectReader;
  presigner: UploadPresigner & ScanPresigner;
  /** E-mails filed as `.eml` + `.html` in `<dataDir>/outbox`. */
  mailer: Mailer;
  outboxDir: string;
}

export interface LocalStack {
  config: DevConfig;
  dataDir: string;
  /** `owned`: emulators and pipeline run in this process; `connected`: talking to a running `sohoa dev`. */
  mode: 'owned' | 'connected';
  clients: LocalClients;
  deps: LocalDeps;
  /** The S3-event router (owned mode only): tests inject and redeliver events through it. */
  router: EventRouter | null;
  /** Resolves when the pipeline has nothing left to do (owned mode; connected mode resolves at once). */
  idle(): Promise<void>;
  /** Runs the pipeline reconciler with `fix`, re-emitting events into this stack's (or the running server's) pipeline. */
  reconcilePipeline: (options?: ReconcilePipelineOptions) => Promise<PipelineReconcileReport>;
  /** Unfinished object writes of a previous process removed from s3rver's folder at start (owned mode). */
  recoveredWrites: number;
  close(): Promise<void>;
}

function makeClients(config: Pick<DevConfig, 's3Endpoint' | 'dynamoEndpoint'>): LocalClients {
  const dynamo = new DynamoDBClient({
    endpoint: config.dynamoEndpoint,
    region: LOCAL_REGION,
    credentials: DYNALITE_CREDENTIALS,
  });
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const s3 = new S3Client({
    endpoint: config.s3Endpoint,
    region: LOCAL_REGION,
    credentials: S3RVER_CREDENTIALS,
    // s3rver serves path-style URLs only.
    forcePathStyle: true,
    // Otherwise presigned URLs carry a CRC32 of an empty body (DESIGN.md toolchain notes).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { dynamo, doc, s3 };
}

function makeDeps(clients: LocalClients, config: DevConfig, dataDir: string, clock: Clock): LocalDeps {
  const tableName = config.table;
  const outboxDir = join(dataDir, 'outbox');
  return {
    clock,
    stores: makeDynamoStores({ doc: clients.doc, tableName }),
    complianceReader: makeDynamoComplianceReader({ doc: clients.doc, tableName }),
    objects: makeS3ObjectStore({ client: clients.s3, bucket: config.bucket }),
    presigner: makeS3Presigner({ client: clients.s3, bucket: config.bucket }),
    mailer: makeOutboxMailer(outboxDir),
    outboxDir,
  };
}

/**
 * A Powertools logger like the Lambda one, but on stderr: in the local mode stdout belongs to the CLI
 * (`--json` prints exactly one document there).
 */
function makeStderrLogger(serviceName: string, level: LogLevel): Logger {
  const logger = new Logger({ serviceName, logLevel: level });
  Object.assign(logger, { console: new Console({ stdout: process.stderr, stderr: process.stderr }) });
  return logger;
}

async function ensureTable(dynamo: DynamoDBClient, table: string): Promise<void> {
  try {
    await dynamo.send(new DescribeTableCommand({ TableName: table }));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await createActiveTable(dynamo, table);
    return;
  }
  await waitUntilActive(dynamo, table);
}

/**
 * Starts the whole local stack in this process. dynalite's LevelDB can be opened by one process only:
 * when a `sohoa dev` may already run on `dataDir`, use `connectOrOpenLocalStack` instead.
 */
export async function openLocalStack(options: OpenLocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const clock = options.clock ?? systemClock;
  const logLevel = options.logLevel ?? ((process.env.POWERTOOLS_LOG_LEVEL?.toUpperCase() as LogLevel) || 'INFO');
  // Before anything touches the folder, --fresh included.
  const closers: Array<() => Promise<void>> = [await lockDataDir(dataDir)];
  // Scans, tokens' signing key and the outbox live here: owner only.
  await chmod(dataDir, 0o700);
  // The emulators keep the ports of the previous run (dev.json), so presigned URLs and clients survive a restart.
  const previous = await readDevConfig(dataDir);
  const previousPort = (url: string | undefined) => (url ? Number(new URL(url).port) || undefined : undefined);
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => {});
  };
  try {
    if (options.fresh) {
      await rm(join(dataDir, 'dynamo'), { recursive: true, force: true });
      await rm(join(dataDir, 's3'), { recursive: true, force: true });
    }
    const signingKey = await loadOrCreateSigningKey(dataDir);
    const dynamoServer = await startWithFallback(options.dynamoPort, previousPort(previous?.dynamoEndpoint), (port) =>
      startDynalite({ dataDir, port }),
    );
    closers.push(dynamoServer.close);
    // s3rver is not crash-safe: a write cut by a kill would answer 500 for good (s3-recovery.ts).
    const recovered = await recoverS3Store(join(dataDir, 's3'));
    if (recovered.length > 0) {
      // Counts and reasons only: keys carry file names, which may carry personal names.
      const reasons: Record<string, number> = {};
      for (const { why } of recovered) reasons[why] = (reasons[why] ?? 0) + 1;
      makeStderrLogger('sohoa-local', logLevel).warn('unfinished object writes removed from the local S3 store', {
        count: recovered.length,
        reasons,
      });
    }
    const s3Server = await startWithFallback(options.s3Port, previousPort(previous?.s3Endpoint), (port) =>
      startS3rver({ dataDir, bucket: LOCAL_BUCKET, port }),
    );
    closers.push(s3Server.close);
    const endpoints = { s3Endpoint: s3Server.endpoint, dynamoEndpoint: dynamoServer.endpoint };
    const clients = makeClients(endpoints);
    closers.push(async () => {
      clients.dynamo.destroy();
      clients.s3.destroy();
    });
    try {
      await ensureTable(clients.dynamo, LOCAL_TABLE);
    } catch (error) {
      throw new ConfigError(
        `cannot open the local DynamoDB in ${join(dataDir, 'dynamo')} (is another \`sohoa dev\` using it?): ${(error as Error).message}`,
        { cause: error },
      );
    }
    const config: DevConfig = {
      apiUrl: '',
      ...endpoints,
      bucket: LOCAL_BUCKET,
      table: LOCAL_TABLE,
      tokens: {},
    };
    const deps = makeDeps(clients, config, dataDir, clock);

    // The handlers' Powertools Metrics write EMF lines to stdout for CloudWatch: locally there is no CloudWatch,
    // and stdout belongs to the CLI (`--json`). Read when a handler is made; an explicit setting wins.
    process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
    // One tesseract worker per extract invocation that may run at once.
    const extractConcurrency = Math.max(1, options.extractConcurrency ?? 2);
    const ocr: OcrEngine = makeTesseractEngine({ workers: extractConcurrency });
    const pdfText = makePdfTextEngine();
    closers.push(async () => {
      await ocr.close?.();
      await pdfText.close?.();
    });
    const extract = makeExtractHandler({
      documents: deps.stores.documents,
      sessions: deps.stores.sessions,
      objects: deps.objects,
      engines: { pdfText, ocr },
      hasTextLayer,
      bucket: config.bucket,
      clock,
      logger: makeStderrLogger('sohoa-extract', logLevel),
    });
    // One catalogue in force for classify and the API: an admin's change applies to the next document.
    const catalogue = makeCatalogueInForce({ store: deps.stores.catalogue, clock });
    const classify = makeClassifyHandler({
      documents: deps.stores.documents,
      objects: deps.objects,
      classify: classifyWithDomain,
      needsReview: needsReviewWithDomain,
      catalogue,
      clock,
      logger: makeStderrLogger('sohoa-classify', logLevel),
    });
    const wrap = options.wrapHandler ?? ((_queue, handler) => handler);
    const router = makeEventRouter({
      routes: [
        {
          name: 'extract',
          prefix: INCOMING_PREFIX,
          handler: wrap('extract', extract),
          concurrency: extractConcurrency,
          batchSize: 1,
        },
        {
          name: 'classify',
          prefix: EXTRACTED_PREFIX,
          handler: wrap('classify', classify),
          concurrency: 1,
          batchSize: 10,
        },
      ],
      maxReceiveCount: options.maxReceiveCount ?? 5,
      visibilityMs: options.visibilityMs ?? 1_000,
      logger: options.logger,
    });
    // Closed before the OCR engines and emulators (closers run in reverse).
    closers.push(() => router.close());
    s3Server.onEvent((notification) => router.deliver(notification));

    const powertools = makeStderrLogger('sohoa-reconcile', logLevel);
    const reconcileLogger = {
      info: (message: string, extra: Record<string, unknown> = {}) => powertools.info(message, extra),
      warn: (message: string, extra: Record<string, unknown> = {}) => powertools.warn(message, extra),
      error: (message: string, extra: Record<string, unknown> = {}) => powertools.error(message, extra),
    };
    const reconcile = makeReconcilePipeline({
      documents: deps.stores.documents,
      sessions: deps.stores.sessions,
      objects: deps.objects,
      redrive: async (key) => router.deliver(await objectCreatedNotification(clients.s3, config.bucket, key)),
      clock,
      logger: reconcileLogger,
    });
    const reconcilePipeline = reconcile;
    if (options.reconcile !== false) {
      const settings = options.reconcile ?? {};
      // At start-up nothing is in flight: whatever is not terminal lost its event with the previous process.
      // A failed start-up pass is logged, never fatal: the periodic pass (and `reconcile --pipeline`) tries again.
      await reconcile({ fix: true, deadlines: { ...settings.deadlines, processingMs: 0 } }).catch((error: unknown) =>
        reconcileLogger.error('pipeline reconcile failed', { error }),
      );
      const intervalMs = settings.intervalMs ?? 5 * 60_000;
      if (intervalMs > 0) {
        let running = false;
        const timer = setInterval(() => {
          if (running) return;
          running = true;
          reconcile({ fix: true, deadlines: settings.deadlines })
            .catch((error: unknown) => reconcileLogger.error('pipeline reconcile failed', { error }))
            .finally(() => {
              running = false;
            });
        }, intervalMs);
        timer.unref();
        closers.push(async () => clearInterval(timer));
      }
    }

    const apiLogger = makeStderrLogger('sohoa-api', logLevel);
    // The provider's issuer is `<apiUrl>/oidc`: it is made once the server listens.
    let oidc: LocalOidcProvider | null = null;
    const issuers: TrustedIssuer[] = [localTokenIssuer(signingKey)];
    const webStatic = makeWebStatic({
      config: () => localWebAppConfig(config),
      extraOrigins: () => [config.s3Endpoint],
    });
    // Locally the user directory is a table partition (Cognito holds users in AWS); the OIDC provider signs them in.
    const users = makeDynamoUserDirectory({ doc: clients.doc, tableName: config.table });
    const api = await startApiServer({
      handler: makeApiHandler({
        stores: deps.stores,
        catalogue,
        users,
        presigner: deps.presigner,
        objects: deps.objects,
        reader: deps.complianceReader,
        renderer: workbookRenderer,
        readWorkbook: readXlsxSheet,
        policy: loadTargetPolicy(),
        provinceName: process.env.PROVINCE_NAME || PROVINCE_NAME,
        clock,
        limits: {
          maxUploadBytes: DEFAULT_MAX_UPLOAD_BYTES,
          uploadUrlTtlSeconds: DEFAULT_UPLOAD_URL_TTL_SECONDS,
          ...options.uploadLimits,
        },
        logger: apiLogger,
      }),
      // Like the JWT authorizer: the provider's tokens checked against its published JWKS.
      verifyToken: makeTokenVerifier({ issuers: () => issuers, audience: LOCAL_AUDIENCE }),
      port: options.port ?? DEFAULT_API_PORT,
      onError: (error) => apiLogger.error('local api server failed', { error }),
      staticHandler: async (req, res) => (oidc !== null && (await oidc.handle(req, res))) || webStatic(req, res),
    });
    closers.push(api.close);
    config.apiUrl = api.url;
    config.webUrl = `${api.url}${WEB_BASE_PATH}`;
    config.oidcIssuer = `${api.url}${OIDC_PATH}`;
    const web = localWebAppConfig(config);
    oidc = makeLocalOidcProvider({
      issuer: config.oidcIssuer,
      signingKey,
      users: async () => [...demoUsers(await deps.stores.agencies.list()), ...directoryUsers(await users.list())],
      // As the pre-token trigger in AWS: no token for a user whose agency is not registered.
      refuse: async (user) =>
        (await deps.stores.agencies.get(user.agencyId)) ? null : unknownAgency(user.agencyId).messageVi,
      web: { redirectUri: web.redirectUri, postLogoutRedirectUri: web.postLogoutRedirectUri },
      onError: (error) => apiLogger.error('local oidc provider failed', { error }),
    });
    issuers.push({ issuer: config.oidcIssuer, jwks: createRemoteJWKSet(new URL(`${config.oidcIssuer}/jwks`)) });

    return {
      config,
      dataDir,
      mode: 'owned',
      clients,
      deps,
      router,
      idle: () => router.idle(),
      reconcilePipeline,
      recoveredWrites: recovered.length,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Starts on the explicit port, else on the previous run's port, else (taken or none) on any free port. */
async function startWithFallback<T>(
  explicit: number | undefined,
  previous: number | undefined,
  start: (port: number | undefined) => Promise<T>,
): Promise<T> {
  if (explicit !== undefined || previous === undefined) return start(explicit);
  try {
    return await start(previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return start(undefined);
  }
}

/** The `ObjectCreated:Put` notification S3 would emit for an existing object (what the reconciler re-emits). */
async function objectCreatedNotification(s3: S3Client, bucket: string, key: string) {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventName: 'ObjectCreated:Put',
        eventTime: (head.LastModified ?? new Date()).toISOString(),
        s3: {
          bucket: { name: bucket },
          object: { key, size: head.ContentLength ?? 0, eTag: head.ETag?.replaceAll('"', '') ?? '' },
        },
      },
    ],
  };
}

/** Whether a `sohoa dev` answers at this API URL. */
export async function isDevServerRunning(apiUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL(LOCAL_HEALTH_PATH, apiUrl), { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * For CLI commands that work with or without a running `sohoa dev`: when `<dataDir>/dev.json` exists and its
 * API answers, connect to that server's endpoints (closing only closes the clients); otherwise open the stack
 * in-process on random ports (handler logs at WARN) and close it after.
 */
export async function connectOrOpenLocalStack(options: Omit<OpenLocalStackOptions, 'fresh'> = {}): Promise<LocalStack> {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const running = await readDevConfig(dataDir);
  if (running && (await isDevServerRunning(running.apiUrl))) {
    const clients = makeClients(running);
    const deps = makeDeps(clients, running, dataDir, options.clock ?? systemClock);
    const reconcile = makeReconcilePipeline({
      documents: deps.stores.documents,
      sessions: deps.stores.sessions,
      objects: deps.objects,
      // The running server's router is out of reach: copying the object onto itself makes s3rver emit a
      // fresh ObjectCreated event to it (its event time, hence digitizedAt, becomes now).
      redrive: async (key) => {
        const head = await clients.s3.send(new HeadObjectCommand({ Bucket: running.bucket, Key: key }));
        await clients.s3.send(
          new CopyObjectCommand({
            Bucket: running.bucket,
            Key: key,
            CopySource: `${running.bucket}/${encodeURIComponent(key)}`,
            MetadataDirective: 'REPLACE',
            ContentType: head.ContentType,
            Metadata: head.Metadata,
          }),
        );
      },
      clock: deps.clock,
    });
    return {
      config: running,
      dataDir,
      mode: 'connected',
      clients,
      deps,
      router: null,
      idle: async () => {},
      reconcilePipeline: reconcile,
      recoveredWrites: 0,
      close: async () => {
        clients.dynamo.destroy();
        clients.s3.destroy();
      },
    };
  }
  return openLocalStack({ port: 0, logLevel: 'WARN', ...options, dataDir });
}
