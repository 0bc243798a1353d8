/** Builds a function's entry with the esbuild options of infra/constructs/sohoa-function.ts (NodejsFunction). */
import { build } from 'esbuild';
import { NEVER_INLINED } from '#infra/bundling.ts';
import { entryPath, type FunctionName } from '#infra/functions.ts';

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
