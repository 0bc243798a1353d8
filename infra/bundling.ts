/**
 * Packages that esbuild must not inline, copied as-is (with their dependencies) from the local
 * node_modules into the function asset. They resolve files next to their own code at run time (pdfjs
 * fonts and worker, tesseract.js worker script and wasm core, the Vietnamese traineddata, fonts) or ship
 * native binaries. Copying from node_modules keeps `cdk synth` offline, unlike `nodeModules`, which runs
 * `npm ci` against the registry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './functions.ts';

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
 * What a function wired by shared/composition/aws.ts loads at start, whatever its job: that module imports
 * every adapter (OCR, chart, mail), so pdfjs (which resolves its own files at import), sharp and resvg
 * (native) and the Vietnamese data package (required at import) must be on disk. tesseract.js itself is
 * inlined by esbuild.
 */
export const COMPOSITION_MODULES: readonly CopiedModule[] = [
  PDFJS,
  { name: 'sharp' },
  { name: '@resvg/resvg-js' },
  { name: '@tesseract.js-data/vie', include: ['package.json', 'index.js'] },
];

/** The report function also draws its chart with the DejaVu fonts (Vietnamese diacritics). */
export const REPORT_MODULES: readonly CopiedModule[] = [
  ...COMPOSITION_MODULES,
  { name: 'dejavu-fonts-ttf', include: ['package.json', 'ttf'] },
];

/**
 * The extract function with `ocrEngine: tesseract`: tesseract.js spawns its worker script and loads its
 * wasm core by path, and reads the Vietnamese traineddata from disk.
 */
export const TESSERACT_MODULES: readonly CopiedModule[] = [
  PDFJS,
  { name: 'sharp' },
  { name: '@resvg/resvg-js' },
  { name: 'tesseract.js' },
  { name: '@tesseract.js-data/vie' },
];
