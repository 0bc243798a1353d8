/**
 * Each function's bundle, built with esbuild as NodejsFunction builds it (infra/constructs/sohoa-function.ts),
 * holds only the heavy packages its composition uses: api, classify, textract-collect, reconcile and pre-token
 * stay under 1 MB of JavaScript with no exceljs and load no native module, route (an SQS client and the
 * Powertools logger, tracer and batch processor; ~530 KB) under 640 KB; only sheets (the workbook routes) carries
 * exceljs, under 2 MB.
 */
import { describe, expect, it } from 'vitest';
import { copiedModulesOf, NEVER_INLINED } from '#infra/bundling.ts';
import { FUNCTION_ENTRIES, type FunctionName } from '#infra/functions.ts';
import { buildFunction, bundleLimitBytes } from './esbuild.ts';

/** Packages an adapter pulls in that most functions must not carry (OCR, PDF, images, chart). */
const HEAVY = [
  'pdfjs-dist',
  'sharp',
  '@resvg/resvg-js',
  '@napi-rs/canvas',
  'tesseract.js',
  '@tesseract.js-data/vie',
  'exceljs',
];

const ALLOWED: Record<FunctionName, readonly string[]> = {
  api: [],
  route: [],
  classify: [],
  'textract-collect': [],
  reconcile: [],
  'pre-token': [],
  // The report's workbook (GET /report/xlsx) and the XLSX imports.
  sheets: ['exceljs'],
  // tesseract.js is inlined but loaded only when OCR_ENGINE=tesseract (dynamic import).
  extract: ['pdfjs-dist', 'sharp', 'tesseract.js', '@tesseract.js-data/vie'],
  // exceljs: the e-mailed report's XLSX attachment.
  report: ['@resvg/resvg-js', 'exceljs'],
};
/** The functions that write pipeline metrics (MissingUploadSession; the reconciler's gauge and counts). */
const METRICS_WRITERS: readonly FunctionName[] = ['extract', 'reconcile'];
const SMALL: readonly FunctionName[] = [
  'api',
  'sheets',
  'route',
  'classify',
  'textract-collect',
  'reconcile',
  'pre-token',
];

async function bundle(name: FunctionName) {
  const { bytes, metafile: result_metafile, output } = await buildFunction(name);
  const result = { metafile: result_metafile };
  const packageOf = (path: string) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return m?.[1] ?? (path.startsWith('.') || path.startsWith('/') || path.startsWith('node:') ? null : path);
  };
  const inlined = Object.keys(result.metafile.inputs).map(packageOf);
  const external = output.imports
    .filter((i) => i.external)
    .map((i) => i.path.replace(/^(@[^/]+\/[^/]+|[^@/][^/]*).*$/, '$1'));
  return { bytes, packages: new Set([...inlined, ...external].filter((p): p is string => !!p)) };
}

describe('function bundles', () => {
  it.each(Object.keys(FUNCTION_ENTRIES) as FunctionName[])(
    '%s holds no heavy package it does not use',
    async (name) => {
      const { bytes, packages } = await bundle(name);
      const heavy = HEAVY.filter((p) => packages.has(p));
      expect(
        heavy.filter((p) => !ALLOWED[name].includes(p)),
        `${name} bundles ${heavy.join(', ')}`,
      ).toEqual([]);
      if (SMALL.includes(name)) {
        expect(bytes, `${name} bundle is ${bytes} bytes`).toBeLessThanOrEqual(bundleLimitBytes(name));
        expect(copiedModulesOf(name, 'textract')).toEqual([]);
      }
      // Every native or file-resolving package the bundle loads is copied into the asset.
      const copied = new Set(copiedModulesOf(name, 'tesseract').map((m) => m.name));
      const loaded = [...NEVER_INLINED].filter((p) => packages.has(p) && p !== '@napi-rs/canvas');
      expect(loaded.filter((p) => !copied.has(p))).toEqual([]);
      // Tracing is Active on every function (sohoa-function.ts), and each carries the Powertools Tracer.
      expect(packages.has('aws-xray-sdk-core'), `${name} and the Powertools Tracer`).toBe(true);
      // The pipeline metrics (shared/events/metrics.ts) are Powertools Metrics, inlined where they are written.
      expect(packages.has('@aws-lambda-powertools/metrics'), `${name} and Powertools Metrics`).toBe(
        METRICS_WRITERS.includes(name),
      );
    },
  );
});
