/** Builds a function's entry with the esbuild options of infra/constructs/sohoa-function.ts (NodejsFunction). */
import { build } from 'esbuild';
import { NEVER_INLINED } from '#infra/bundling.ts';
import { entryPath, type FunctionName } from '#infra/functions.ts';

/**
 * Bundle size limits of the small functions (bytes; 1 MiB unless listed). sheets is the api's handler plus exceljs
 * (~0.9 MB): the report's workbook and the XLSX imports. api and classify carry the classifier and the default
 * catalogue (POST /reclassify, the catalogue's seed): 97 types with their forms and legal sources (~0.1 MB of
 * JSON) and their readers took api past 1 MiB, so api has 1.25 MiB. The functions bench reports against these.
 */
export const BUNDLE_LIMIT_BYTES: Partial<Record<FunctionName, number>> = {
  sheets: 2 * 1024 * 1024,
  api: 1.25 * 1024 * 1024,
  route: 640 * 1024,
};
export const bundleLimitBytes = (name: FunctionName) => BUNDLE_LIMIT_BYTES[name] ?? 1024 * 1024;

export async function buildFunction(name: FunctionName, outdir?: string) {
  const result = await build({
    entryPoints: [entryPath(name)],
    bundle: true,
    write: outdir !== undefined,
    outfile: `${outdir ?? `/tmp/sohoa-bundle-${name}`}/index.mjs`,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    metafile: true,
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    external: [...NEVER_INLINED],
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  if (!output) throw new Error(`no output for ${name}`);
  return { bytes: output.bytes, metafile: result.metafile, output, file: `${outdir}/index.mjs` };
}
