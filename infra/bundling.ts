/**
 * Packages that esbuild must not inline, copied as-is (with their dependencies) from the local
 * node_modules into the function asset. They resolve files next to their own code at run time (pdfjs
 * fonts and worker, tesseract.js worker script and wasm core, the Vietnamese traineddata, fonts) or ship
 * native binaries. Copying from node_modules keeps `cdk synth` offline, unlike `nodeModules`, which runs
 * `npm ci` against the registry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FunctionName, REPO_ROOT } from './functions.ts';

export interface CopiedModule {
  /** Package name as imported. */
  readonly name: string;
  /** Only these paths inside the package (default: all of it, plus its dependencies). */
  readonly include?: readonly string[];
  /** Linux arm64 binary packages it loads on Lambda, looked up in the top-level node_modules. */
  readonly arm64Binaries?: readonly string[];
}

/** Native packages and the Linux arm64 (glibc) binary package each one loads on Lambda. */
export const ARM64_BINARIES: Readonly<Record<string, readonly string[]>> = {
  '@napi-rs/canvas': ['@napi-rs/canvas-linux-arm64-gnu'],
  '@resvg/resvg-js': ['@resvg/resvg-js-linux-arm64-gnu'],
  sharp: ['@img/sharp-linux-arm64', '@img/sharp-libvips-linux-arm64'],
};

function readManifest(name: string, root: string): Record<string, unknown> | null {
  const path = join(root, 'node_modules', name, 'package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

export interface CopyPlan {
  /** Package directories copied whole, dependency closure included. */
  readonly packages: readonly string[];
  /** `[package, path]` pairs copied selectively. */
  readonly files: readonly (readonly [string, string])[];
  /** arm64 binary packages that the function needs but node_modules lacks (see docs/deploy.md). */
  readonly missingBinaries: readonly string[];
}

/** Resolves the dependency closure (hoisted npm layout) of the modules to copy. */
export function planCopy(modules: readonly CopiedModule[], root = REPO_ROOT): CopyPlan {
  const packages = new Set<string>();
  const files: [string, string][] = [];
  const missingBinaries: string[] = [];
  const addBinary = (binary: string) => {
    if (readManifest(binary, root)) packages.add(binary);
    else if (!missingBinaries.includes(binary)) missingBinaries.push(binary);
  };
  const visit = (name: string, optional: boolean) => {
    if (packages.has(name)) return;
    const manifest = readManifest(name, root);
    if (!manifest) {
      if (optional) return;
      throw new Error(`cannot bundle ${name}: not found in node_modules (run npm ci)`);
    }
    packages.add(name);
    const deps = { ...(manifest.dependencies as Record<string, string> | undefined) };
    for (const dep of Object.keys(deps)) visit(dep, false);
    for (const binary of ARM64_BINARIES[name] ?? []) addBinary(binary);
  };
  for (const module of modules) {
    if (module.include) for (const path of module.include) files.push([module.name, path]);
    else visit(module.name, false);
    for (const binary of module.arm64Binaries ?? []) addBinary(binary);
  }
  return { packages: [...packages].sort(), files, missingBinaries };
}

/** Shell commands (POSIX) for `commandHooks.afterBundling`. */
export function copyCommands(plan: CopyPlan, inputDir: string, outputDir: string): string[] {
  const commands: string[] = [];
  for (const name of plan.packages) {
    const target = `${outputDir}/node_modules/${name}`;
    commands.push(`mkdir -p "${target}"`, `cp -R "${inputDir}/node_modules/${name}/." "${target}/"`);
  }
  for (const [name, path] of plan.files) {
    const target = `${outputDir}/node_modules/${name}/${path}`;
    commands.push(`mkdir -p "$(dirname "${target}")"`, `cp -R "${inputDir}/node_modules/${name}/${path}" "${target}"`);
  }
  return commands;
}

/** pdfjs-dist is 70 MB; only the legacy build and its data files are needed. */
const PDFJS_FILES = [
  'package.json',
  'legacy/build/pdf.mjs',
  'legacy/build/pdf.worker.mjs',
  'standard_fonts',
  'cmaps',
  'wasm',
];

/** pdfjs resolves its fonts and worker next to itself, and polyfills DOMMatrix with its own @napi-rs/canvas. */
const PDFJS: CopiedModule = {
  name: 'pdfjs-dist',
  include: [...PDFJS_FILES, 'node_modules/@napi-rs/canvas'],
  arm64Binaries: ['@napi-rs/canvas-linux-arm64-gnu'],
};

/** Packages with native code: never inlined by esbuild (it cannot bundle `.node` files). */
export const NATIVE_MODULES = ['@napi-rs/canvas', '@resvg/resvg-js', 'sharp'] as const;

/**
 * Never inlined either: they resolve files next to their own code (pdfjs fonts and worker, the Vietnamese
 * traineddata). A function that does not load them does not get them copied; its bundle still leaves
 * them out rather than inlining a dead branch.
 */
export const NEVER_INLINED = [...NATIVE_MODULES, 'pdfjs-dist', '@tesseract.js-data/vie'] as const;

/**
 * What each function loads from disk, following its composition in shared/composition/aws/: api,
 * classify, textract-collect and pre-token load nothing native; extract loads pdfjs (text layer) and
 * sharp (image limits, rasterizing), plus tesseract.js when it is the configured engine; report loads
 * resvg and the DejaVu fonts for its chart (Vietnamese diacritics).
 */
export const EXTRACT_MODULES: readonly CopiedModule[] = [PDFJS, { name: 'sharp' }];

/** The extract function with `ocrEngine: tesseract`: its worker script, wasm core and traineddata by path. */
export const TESSERACT_MODULES: readonly CopiedModule[] = [
  ...EXTRACT_MODULES,
  { name: 'tesseract.js' },
  { name: '@tesseract.js-data/vie' },
];

export const REPORT_MODULES: readonly CopiedModule[] = [
  { name: '@resvg/resvg-js' },
  { name: 'dejavu-fonts-ttf', include: ['package.json', 'ttf'] },
];

/** The packages each function's bundle may load (the budget test checks the bundles against it). */
export function copiedModulesOf(name: FunctionName, ocrEngine: 'textract' | 'tesseract'): readonly CopiedModule[] {
  if (name === 'extract') return ocrEngine === 'tesseract' ? TESSERACT_MODULES : EXTRACT_MODULES;
  if (name === 'report') return REPORT_MODULES;
  return [];
}
