/**
 * The two AWS emulators of the local mode, in-process: dynalite (DynamoDB on LevelDB) and s3rver (S3 on
 * the file system). They speak the real wire protocols, so the AWS SDK clients only get local endpoints.
 */

import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

/** s3rver accepts only this key pair (and checks expiry, not signatures). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
/** dynalite ignores credentials, but the SDK refuses to sign without some. */
export const DYNALITE_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'us-east-1';
const HOST = '127.0.0.1';

export interface RunningEmulator {
  endpoint: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * dynalite with its LevelDB under `<dataDir>/dynamo`. LevelDB takes a lock on the folder, so only one
 * process can open it: a second `sohoa dev` on the same folder fails here (see connectOrOpenLocalStack).
 */
export async function startDynalite(options: { dataDir: string; port?: number }): Promise<RunningEmulator> {
  const path = join(options.dataDir, 'dynamo');
  await mkdir(path, { recursive: true });
  // createTableMs 0: tables are ACTIVE at once, as the handlers expect a ready table.
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const { port } = await listen(server, options.port ?? 0);
  return {
    endpoint: `http://${HOST}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
        // SDK clients keep sockets alive; they would hold the close open until they time out.
        server.closeIdleConnections();
      }),
  };
}

/** S3 notification as s3rver emits it (keys raw, not URL-encoded). */
export interface S3Notification {
  Records: Array<
    Record<string, unknown> & {
      eventName: string;
      s3: { bucket: { name: string }; object: Record<string, unknown> & { key: string } };
    }
  >;
}

export interface RunningS3 extends RunningEmulator {
  /** Called for every object event s3rver emits (after the object is stored). */
  onEvent(listener: (notification: S3Notification) => void): void;
}

/** s3rver with its objects under `<dataDir>/s3`, the bucket created at start. */
export async function startS3rver(options: { dataDir: string; bucket: string; port?: number }): Promise<RunningS3> {
  const directory = join(options.dataDir, 's3');
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    address: HOST,
    port: options.port ?? 0,
    silent: true,
    directory,
    // Presigned URLs are path-style (http://127.0.0.1:port/bucket/key); no virtual-host buckets.
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket, configs: [CORS_CONFIGURATION] }],
  });
  const address = await server.run();
  return {
    endpoint: `http://${HOST}:${address.port}`,
    onEvent(listener) {
      server.on('event', listener);
    },
    close: () => server.close(),
  };
}

// A browser client PUTs straight to the presigned URL from another origin.
const CORS_CONFIGURATION = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;
