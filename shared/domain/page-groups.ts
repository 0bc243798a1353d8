/**
 * Which selected files are the pages of one document (phone scanning apps give one image per page), used by
 * `sohoa upload` and by the web upload page so the rule lives once. Pure, no Node API (it runs in browsers).
 *
 * The rule:
 * - **Numbered names**: images in one folder named `{name}_{N}` or `{name}-{N}` (N of 1–3 digits, zeros allowed:
 *   `gcn_1.jpg`, `gcn_2.jpg`, or `gcn-01.png`, `gcn-02.png`) are one document `{name}` when their numbers are
 *   exactly 1, 2, …, k with k ≥ 2; the extensions may differ. Anything else is sent file by file: a run that
 *   does not start at 1 or has a gap (`giay-phep-125`, `giay-phep-126` are two documents numbered in their
 *   name, not pages), a single `name_1`, `name (1)` (how browsers and file managers name a second copy), and
 *   the generic names cameras and office scanners give every shot (`IMG_001`, `DSC-002`, `scan_003`,
 *   `Screenshot_1`, `ảnh_1`): a folder of those is many documents, unless `folderPerDocument` says otherwise.
 * - **A folder per document** (`folderPerDocument`, opt in): the images of each folder are one document named
 *   after the folder, in natural name order (`2.jpg` before `10.jpg`).
 * - PDFs are never grouped: a PDF already is a document of its own. The number of pages is capped by
 *   `MAX_UPLOAD_PAGES` of upload-rules.ts (checked by the API).
 */
import { contentTypeForName } from './file-types.ts';

/** What can be a page: images the upload API takes in a multi-page document. */
const PAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/tiff']);

const NUMBERED = /^(.*\S)[_-](\d{1,3})$/;
/** Names devices give every shot: they say nothing about which document a file is a page of. */
const GENERIC =
  /^(img|image|dsc|dscn|dscf|dcim|pxl|photo|picture|pic|scan|scanned|screenshot|anh|ảnh|hinh|hình|hinh anh|hình ảnh|tai lieu|tài liệu|document|doc|page|trang)$/iu;

export type UploadUnit<T> =
  /** Sent as one file, as before. */
  | { kind: 'file'; file: T }
  /** One document of several page images, in page order. */
  | { kind: 'document'; name: string; pages: T[] };

export interface GroupOptions {
  /** Each folder's images are one document (default false: only numbered names are grouped). */
  folderPerDocument?: boolean;
}

function split(path: string): { folder: string; base: string; stem: string } {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const folder = slash >= 0 ? path.slice(0, slash) : '';
  const base = slash >= 0 ? path.slice(slash + 1) : path;
  const dot = base.lastIndexOf('.');
  return { folder, base, stem: dot > 0 ? base.slice(0, dot) : base };
}

const natural = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Whether a file of this name may be a page of a multi-page document (an image by its extension). */
export function isPageImage(path: string): boolean {
  return PAGE_TYPES.has(contentTypeForName(path) ?? '');
}

/**
 * The page number and document name of a numbered page name (`gcn_2.jpg` → `{name: 'gcn', page: 2}`),
 * or null. Only images qualify.
 */
export function pageNumberOf(path: string): { name: string; separator: string; page: number } | null {
  if (!isPageImage(path)) return null;
  const { stem } = split(path);
  const match = NUMBERED.exec(stem);
  if (!match?.[1] || !match[2] || GENERIC.test(match[1].normalize('NFC').trim())) return null;
  return { name: match[1], separator: stem.charAt(match[1].length), page: Number.parseInt(match[2], 10) };
}

/**
 * Splits files into upload units: single files, and documents of several page images (see the rule above).
 * Units keep the order of their first file in `files`; `pathOf` gives a file's path or name (`/`-separated;
 * the folder part keeps two folders' `scan_1.jpg` apart).
 */
export function groupPages<T>(
  files: readonly T[],
  pathOf: (file: T) => string,
  options: GroupOptions = {},
): UploadUnit<T>[] {
  const groups = new Map<string, { name: string; members: Array<{ file: T; page: number; index: number }> }>();
  const keyOf: Array<string | null> = files.map((file, index) => {
    const path = pathOf(file);
    const { folder } = split(path);
    if (options.folderPerDocument) {
      if (!isPageImage(path)) return null;
      const key = `folder\u0000${folder}`;
      const group = groups.get(key) ?? { name: split(folder).base || 'tai-lieu', members: [] };
      group.members.push({ file, page: 0, index });
      groups.set(key, group);
      return key;
    }
    const numbered = pageNumberOf(path);
    if (!numbered) return null;
    const key = `name\u0000${folder}\u0000${numbered.name}\u0000${numbered.separator}`;
    const group = groups.get(key) ?? { name: numbered.name, members: [] };
    group.members.push({ file, page: numbered.page, index });
    groups.set(key, group);
    return key;
  });

  const accepted = new Map<string, { name: string; pages: T[] }>();
  for (const [key, group] of groups) {
    if (group.members.length < 2) continue;
    if (options.folderPerDocument) {
      const sorted = [...group.members].sort((a, b) => natural.compare(pathOf(a.file), pathOf(b.file)));
      accepted.set(key, { name: group.name, pages: sorted.map((m) => m.file) });
      continue;
    }
    const sorted = [...group.members].sort((a, b) => a.page - b.page);
    // Exactly 1..k: a gap, a repeat or a run from 125 means the numbers are not page numbers.
    if (!sorted.every((m, i) => m.page === i + 1)) continue;
    accepted.set(key, { name: group.name, pages: sorted.map((m) => m.file) });
  }

  const units: UploadUnit<T>[] = [];
  const emitted = new Set<string>();
  files.forEach((file, index) => {
    const key = keyOf[index];
    const doc = key ? accepted.get(key) : undefined;
    if (!key || !doc) {
      units.push({ kind: 'file', file });
      return;
    }
    if (emitted.has(key)) return;
    emitted.add(key);
    units.push({ kind: 'document', name: doc.name, pages: doc.pages });
  });
  return units;
}

/** How many documents and pages the units send (one-file units count one page each). */
export function countUnits(units: readonly UploadUnit<unknown>[]): {
  documents: number;
  multiPage: number;
  pages: number;
} {
  let pages = 0;
  let multiPage = 0;
  for (const unit of units) {
    if (unit.kind === 'document') {
      multiPage += 1;
      pages += unit.pages.length;
    } else pages += 1;
  }
  return { documents: units.length, multiPage, pages };
}
