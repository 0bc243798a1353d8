/**
 * The local API Gateway (HTTP API, payload v2): a node:http server on 127.0.0.1 that matches the routes,
 * verifies the bearer JWT like API Gateway's JWT authorizer (issuer, audience, JWKS), and invokes the same `api` handler factory as the cloud with an
 * `APIGatewayProxyEventV2WithJWTAuthorizer` whose claims sit where the JWT authorizer puts them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ROUTE_KEYS } from '#shared/routes.ts';
import { makeLambdaContext } from './lambda-context.ts';
import type { TokenVerifier } from './tokens.ts';

export type ApiHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2 | string | object>;

/** The routes of the HTTP API: the route table (shared/routes.ts), all behind the JWT authorizer. */
export const API_ROUTE_KEYS: readonly string[] = ROUTE_KEYS;

/** Path of the local health probe, outside the API routes (used by connectOrOpenLocalStack). */
export const LOCAL_HEALTH_PATH = '/_local/health';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface CompiledRoute {
  routeKey: string;
  method: string;
  pattern: RegExp;
  params: string[];
}

function compileRoutes(routeKeys: readonly string[]): CompiledRoute[] {
  return routeKeys.map((routeKey) => {
    const [method = '', path = ''] = routeKey.split(' ');
    const params: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        params.push(param[1]);
        return '([^/]+)';
      })
      .join('/');
    return { routeKey, method, pattern: new RegExp(`^${source}/?$`), params };
  });
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,PUT,OPTIONS',
  'access-control-allow-headers': 'authorization,content-type',
  'access-control-max-age': '600',
};

const UNAUTHORIZED_VI: Record<'missing' | 'invalid' | 'expired', string> = {
  missing:
    'Chưa đăng nhập: thiếu mã xác thực (Authorization: Bearer …). Hãy đăng nhập, hoặc lấy mã bằng lệnh `sohoa token --agency <mã cơ quan>`.',
  invalid:
    'Mã xác thực không hợp lệ. Hãy đăng nhập lại, hoặc lấy mã mới bằng lệnh `sohoa token --agency <mã cơ quan>`.',
  expired: 'Mã xác thực đã hết hạn. Hãy đăng nhập lại, hoặc lấy mã mới bằng lệnh `sohoa token --agency <mã cơ quan>`.',
};

const TEXT_TYPES = /^(application\/(json|x-www-form-urlencoded|xml|[\w.+-]+\+json)|text\/)/i;

export interface LocalApiServer {
  url: string;
  close(): Promise<void>;
}

export interface LocalApiServerOptions {
  handler: ApiHandler;
  /** The JWT authorizer: local/tokens.ts `makeTokenVerifier`. */
  verifyToken: TokenVerifier;
  port?: number;
  routeKeys?: readonly string[];
  onError?: (error: unknown) => void;
  /** Non-API paths served at the same origin (the OIDC provider, the web app under `/app/`); false to pass. */
  staticHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

export async function startApiServer(options: LocalApiServerOptions): Promise<LocalApiServer> {
  const routes = compileRoutes(options.routeKeys ?? API_ROUTE_KEYS);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) {
        send(res, 500, { error: 'internal_error', message: 'Đã xảy ra lỗi không mong muốn.' });
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    if (options.staticHandler && (await options.staticHandler(req, res))) return;
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (url.pathname === LOCAL_HEALTH_PATH) {
      send(res, 200, { ok: true });
      return;
    }
    let match: { route: CompiledRoute; values: string[] } | undefined;
    for (const route of routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(url.pathname);
      if (found) {
        match = { route, values: found.slice(1) };
        break;
      }
    }
    if (!match) {
      // API Gateway's own answer for an unknown route.
      send(res, 404, { message: 'Not Found' });
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      send(res, 413, { error: 'payload_too_large', message: 'Nội dung yêu cầu quá lớn.' });
      return;
    }
    const headers = lowerCaseHeaders(req);
    const auth = await options.verifyToken(headers.authorization);
    if (!auth.ok) {
      send(res, 401, { error: 'unauthorized', message: UNAUTHORIZED_VI[auth.reason] });
      return;
    }
    const { route, values } = match;
    const pathParameters: Record<string, string> = {};
    try {
      route.params.forEach((name, i) => {
        pathParameters[name] = decodeURIComponent(values[i] ?? '');
      });
    } catch {
      // Malformed percent-encoding (`%zz`, a cut UTF-8 sequence): the client's mistake, not a crash.
      send(res, 400, { error: 'invalid_path', message: 'Địa chỉ yêu cầu có ký tự mã hóa phần trăm (%) không hợp lệ.' });
      return;
    }
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
    const isText = body.length === 0 || TEXT_TYPES.test(headers['content-type'] ?? 'application/json');
    const now = new Date();
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: '2.0',
      routeKey: route.routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
      ...(route.params.length > 0 ? { pathParameters } : {}),
      requestContext: {
        accountId: '000000000000',
        apiId: 'local',
        authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: auth.claims, scopes: auth.scopes } },
        domainName: headers.host ?? '127.0.0.1',
        domainPrefix: 'local',
        http: {
          method,
          path: url.pathname,
          protocol: `HTTP/${req.httpVersion}`,
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId: randomUUID(),
        routeKey: route.routeKey,
        stage: '$default',
        time: now.toISOString(),
        timeEpoch: now.getTime(),
      },
      ...(body.length > 0
        ? { body: isText ? body.toString('utf8') : body.toString('base64'), isBase64Encoded: !isText }
        : { isBase64Encoded: false }),
    };
    const result = await options.handler(event, makeLambdaContext('sohoa-api', 30_000));
    writeResult(res, result);
  }

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Payload v2 response rules: a structured result is used as is; anything else is a 200 JSON body. */
function writeResult(res: ServerResponse, result: APIGatewayProxyStructuredResultV2 | string | object): void {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const structured = result as APIGatewayProxyStructuredResultV2;
    const headers: Record<string, string> = { ...CORS_HEADERS };
    for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name.toLowerCase()] = String(value);
    if (structured.cookies?.length) res.setHeader('set-cookie', structured.cookies);
    const body = structured.body ?? '';
    res.writeHead(structured.statusCode ?? 200, headers);
    res.end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
    return;
  }
  if (typeof result === 'string') {
    res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' });
    res.end(result);
    return;
  }
  send(res, 200, result);
}
