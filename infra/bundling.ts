/**
 * Packages that esbuild must not inline, copied as-is (with their dependencies) from the local
 * node_modules into the function asset. They resolve files next to their own code at run time (pdfjs
 * fonts and worker, tesseract.js worker script and wasm core, the Vietnamese traineddata, fonts) or ship
 * native binaries. Copying from node_modules keeps `cdk synth` offline, unlike `nodeModules`, which runs
 * `npm ci` against the registry.
 *
 * Native packages load a per-platform binary package (`@img/sharp-linux-arm64`, …). `npm ci` installs the
 * host's only, so the functions' architecture defaults to the host's (infra/config.ts `architecture`);
 * the plan names the Linux (glibc) binaries the asset needs for the chosen one, found or missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FunctionName, REPO_ROOT } from './functions.ts';

/** Lambda's two instruction sets, spelled as Lambda spells them. */
export type Architecture = 'arm64' | 'x86_64';

/** The host's architecture when Lambda offers it (the binaries `npm ci` installed fit it), else null. */
export function hostArchitecture(arch: string = process.arch): Architecture | null {
  if (arch === 'arm64') return 'arm64';
  if (arch === 'x64') return 'x86_64';
  return null;
}

export interface CopiedModule {
  /** Package name as imported. */
  readonly name: string;
  /** Only these paths inside the package (default: all of it, plus its dependencies). */
  readonly include?: readonly string[];
}

/** Native packages and the Linux (glibc, as on Lambda) binary packages each one loads, per CPU as npm names it. */
const LINUX_BINARIES: Readonly<Record<string, (cpu: 'arm64' | 'x64') => readonly string[]>> = {
  '@napi-rs/canvas': (cpu) => [`@napi-rs/canvas-linux-${cpu}-gnu`],
  '@resvg/resvg-js': (cpu) => [`@resvg/resvg-js-linux-${cpu}-gnu`],
  sharp: (cpu) => [`@img/sharp-linux-${cpu}`, `@img/sharp-libvips-linux-${cpu}`],
};

/** Packages with native code: never inlined by esbuild (it cannot bundle `.node` files). */
export const NATIVE_MODULES = Object.keys(LINUX_BINARIES) as readonly string[];

type Manifest = Record<string, unknown> & { version?: string };

/** `path` is relative to node_modules (`sharp`, `pdfjs-dist/node_modules/@napi-rs/canvas`). */
function readManifest(path: string, root: string): Manifest | null {
  const file = join(root, 'node_modules', path, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

/** A binary package the asset needs: where it was found (relative to node_modules) or null when missing. */
export interface NativeBinary {
  readonly name: string;
  readonly version: string;
  /** The native package that loads it, as its path under node_modules. */
  readonly for: string;
  readonly path: string | null;
}

export interface CopyPlan {
  readonly architecture: Architecture;
  /** Package directories (relative to node_modules) copied whole, dependency closure included. */
  readonly packages: readonly string[];
  /** `[package, path]` pairs copied selectively. */
  readonly files: readonly (readonly [string, string])[];
  /** Every Linux binary package the copied native packages load on Lambda, found or not. */
  readonly binaries: readonly NativeBinary[];
}

/** Node's lookup from a package directory: its own node_modules, then each enclosing node_modules. */
function lookupPaths(from: string, name: string): string[] {
  const paths = [join(from, 'node_modules', name)];
  let dir = from;
  for (;;) {
    const at = dir.lastIndexOf('/node_modules/');
    if (at < 0) break;
    dir = dir.slice(0, at);
    paths.push(join(dir, 'node_modules', name));
  }
  paths.push(name);
  return paths;
}

/**
 * Resolves the dependency closure (hoisted npm layout) of the modules to copy, and the Linux binaries of
 * their native packages for `architecture`: the first copy on Node's lookup path with the exact version
 * the native package pins (a binary of another version would be refused or misbehave at load).
 */
export function planCopy(modules: readonly CopiedModule[], architecture: Architecture, root = REPO_ROOT): CopyPlan {
  const cpu = architecture === 'arm64' ? 'arm64' : 'x64';
  const packages = new Set<string>();
  const files: [string, string][] = [];
  const binaries: NativeBinary[] = [];
  const addBinaries = (nativeName: string, nativePath: string) => {
    const binaryNames = LINUX_BINARIES[nativeName]?.(cpu) ?? [];
    if (binaryNames.length === 0) return;
    const manifest = readManifest(nativePath, root);
    const pinned = (manifest?.optionalDependencies ?? {}) as Record<string, string>;
    for (const name of binaryNames) {
      const version = pinned[name];
      if (!version) throw new Error(`cannot bundle ${nativePath}: it does not list ${name} (unexpected version?)`);
      const path = lookupPaths(nativePath, name).find((p) => readManifest(p, root)?.version === version) ?? null;
      if (path) packages.add(path);
      if (!binaries.some((b) => b.name === name && b.path === path && b.version === version)) {
        binaries.push({ name, version, for: nativePath, path });
      }
    }
  };
  const visit = (name: string) => {
    if (packages.has(name)) return;
    const manifest = readManifest(name, root);
    if (!manifest) throw new Error(`cannot bundle ${name}: not found in node_modules (run npm ci)`);
    packages.add(name);
    for (const dep of Object.keys((manifest.dependencies as Record<string, string> | undefined) ?? {})) visit(dep);
    addBinaries(name, name);
  };
  for (const module of modules) {
    if (!module.include) {
      visit(module.name);
      continue;
    }
    for (const path of module.include) {
      files.push([module.name, path]);
      // A native package nested in the copied one (pdfjs-dist's own @napi-rs/canvas).
      const nested = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path);
      if (nested) addBinaries(nested[1]!, join(module.name, path));
    }
  }
  return { architecture, packages: [...packages].sort(), files, binaries };
}

/** The binaries a plan needs but node_modules lacks. */
export const missingBinaries = (plan: CopyPlan): NativeBinary[] => plan.binaries.filter((b) => b.path === null);

/**
 * The one-line fix for missing binaries: npm installs a binary package of another platform only when
 * forced, and `--no-save` leaves package.json and the lock file alone (a later `npm ci` removes them).
 */
export function installCommand(missing: readonly NativeBinary[]): string {
  const specs = [...new Set(missing.map((b) => `${b.name}@${b.version}`))];
  return `npm install --no-save --force ${specs.join(' ')}`;
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

/** What went into an asset's native part, kept in the asset as `native-binaries.json` and printed at synth. */
export function binariesManifest(plan: CopyPlan): { architecture: Architecture; binaries: string[] } {
  return {
    architecture: plan.architecture,
    binaries: plan.binaries.filter((b) => b.path !== null).map((b) => `${b.name}@${b.version}`),
  };
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
const PDFJS: CopiedModule = { name: 'pdfjs-dist', include: [...PDFJS_FILES, 'node_modules/@napi-rs/canvas'] };

/**
 * Never inlined either: they resolve files next to their own code (pdfjs fonts and worker, the Vietnamese
 * traineddata). A function that does not load them does not get them copied; its bundle still leaves
 * them out rather than inlining a dead branch.
 */
export const NEVER_INLINED = [...NATIVE_MODULES, 'pdfjs-dist', '@tesseract.js-data/vie'] as const;

/**
 * What each function loads from disk, following its composition in shared/composition/aws/: api,
 * route, classify, textract-collect, reconcile and pre-token load nothing native; extract loads pdfjs (text layer) and
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
