/** The sample generator: realistic, varied, deterministic documents whose ground truth matches their text. */

import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDocument, composeNotAResult, NOT_A_RESULT_KINDS } from '#demo/samples/compose.ts';
import { FONT_FILES } from '#demo/samples/fonts.ts';
import { generateSamples } from '#demo/samples/generate.ts';
import { SAMPLE_TYPE_IDS, TEMPLATES } from '#demo/samples/templates.ts';
import { detectFileType } from '#shared/adapters/ocr/detect-file-type.ts';
import { CATALOGUE, DOCUMENT_TYPE_IDS } from '#shared/domain/catalogue.ts';
import { foldAccents } from '#shared/domain/normalize.ts';

const folded = (lines: string[]) => foldAccents(lines.join('\n'));
const ALL = TEMPLATES.flatMap((t) => t.levels.map((level) => ({ id: t.id, level })));

describe('composeDocument', () => {
  it('has a template for exactly the 26 catalogue types of DOMAIN.md §3.1, in catalogue order', () => {
    expect(SAMPLE_TYPE_IDS).toEqual(DOCUMENT_TYPE_IDS.slice(0, 26));
    expect(SAMPLE_TYPE_IDS).toHaveLength(26);
  });

  it('only issues a type at levels the catalogue allows (before or after the 2025 reform)', () => {
    for (const t of TEMPLATES) {
      const spec = CATALOGUE.find((c) => c.id === t.id)!;
      const allowed = new Set([...spec.levels.before, ...spec.levels.after]);
      for (const level of t.levels) expect(allowed, `${t.id} at ${level}`).toContain(level);
    }
  });

  it('covers all three levels across the corpus', () => {
    expect(new Set(ALL.map((c) => c.level))).toEqual(new Set(['province', 'district', 'commune']));
  });

  it('is deterministic: same spec and seed, same document', () => {
    const a = composeDocument({ docType: 'giay-phep-ban-le-ruou', level: 'district', seed: 9 });
    const b = composeDocument({ docType: 'giay-phep-ban-le-ruou', level: 'district', seed: 9 });
    expect(a).toEqual(b);
    expect(composeDocument({ docType: 'giay-phep-ban-le-ruou', level: 'district', seed: 10 }).lines).not.toEqual(
      a.lines,
    );
  });

  it.each(ALL.map((c) => [c.id, c.level] as const))('%s at %s level prints its truth (ND 30 layout)', (id, level) => {
    for (const seed of [1, 2, 3]) {
      const { lines, truth } = composeDocument({ docType: id, level, seed });
      const text = lines.join('\n');
      expect(truth).toMatchObject({ kind: 'result', docType: id, level });
      expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toMatch(/Độc lập [-–] Tự do [-–] Hạnh phúc/u);
      expect(lines).toContain(truth.title);
      expect(text).toContain(truth.docNumber);
      for (const issuerLine of truth.issuer?.split(' / ') ?? []) expect(lines).toContain(issuerLine);
      expect(text).toContain(`${truth.place}, ngày`);
      expect(truth.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (truth.expiryDate) expect(truth.expiryDate > (truth.issueDate ?? '')).toBe(true);
      // District-level bodies ended on 30/6/2025.
      if (level === 'district') expect(truth.issueDate! <= '2025-06-30').toBe(true);
      expect(text.normalize('NFC')).toBe(text);
    }
  });

  it('varies the wording of one type across seeds (not one fixed template)', () => {
    const variants = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const { lines } = composeDocument({ docType: 'giay-phep-ban-le-ruou', seed });
      variants.add(lines.find((l) => /hiệu lực|giá trị|thời hạn/iu.test(l)) ?? '');
      variants.add(lines.slice(0, 2).join('|'));
    }
    expect(variants.size).toBeGreaterThan(10);
  });

  it('prints validity for fixed-term types so that the expiry can be read, and keeps open-ended ones open', () => {
    const licence = composeDocument({ docType: 'gcn-an-toan-thuc-pham', level: 'province', seed: 5 });
    expect(licence.truth.expiryDate).not.toBeNull();
    expect(folded(licence.lines)).toMatch(/hieu luc|gia tri|thoi han/u);
    expect(composeDocument({ docType: 'khai-sinh', seed: 5 }).truth.expiryDate).toBeNull();
  });

  it('issues an already-expired licence on request, and a valid one otherwise', () => {
    for (let seed = 0; seed < 10; seed++) {
      const expired = composeDocument({
        docType: 'giay-phep-ban-le-ruou',
        seed,
        expired: true,
        referenceDate: '2026-01-01',
      });
      expect(expired.truth.expiryDate! < '2026-01-01').toBe(true);
      const valid = composeDocument({ docType: 'giay-phep-ban-le-ruou', seed, referenceDate: '2026-01-01' });
      expect(valid.truth.expiryDate! >= '2026-01-01').toBe(true);
    }
  });

  it('issues as a given agency when asked (the demo agencies)', () => {
    const { lines, truth } = composeDocument({
      docType: 'gcn-an-toan-thuc-pham',
      seed: 3,
      agency: { name: 'Sở Y tế', level: 'province', issuerLines: ['UBND TỈNH ĐIỆN BIÊN', 'SỞ Y TẾ'] },
    });
    expect(truth.issuer).toBe('UBND TỈNH ĐIỆN BIÊN / SỞ Y TẾ');
    expect(truth.level).toBe('province');
    expect(truth.place).toBe('Điện Biên');
    expect(lines.slice(0, 4)).toContain('SỞ Y TẾ');
  });

  it('refuses an unknown type or a level the type never has', () => {
    expect(() => composeDocument({ docType: 'giay-phep-bay', seed: 1 })).toThrow(/unknown document type/);
    expect(() => composeDocument({ docType: 'khai-sinh', level: 'province', seed: 1 })).toThrow(
      /not issued at province/,
    );
  });

  it.each(NOT_A_RESULT_KINDS.map((k) => [k]))('composes a %s page that is not a result', (kind) => {
    const { truth, lines } = composeNotAResult({ kind, seed: 4 });
    expect(truth.kind).toBe('not_a_result');
    expect(truth.docType).toBeNull();
    expect(lines.length).toBeGreaterThan(5);
  });

  it('uses only characters the embedded DejaVu fonts can draw (no boxes for Vietnamese)', () => {
    const fonts = Object.values(FONT_FILES).map(
      (f) => fontkit.create(readFileSync(f)) as unknown as { hasGlyphForCodePoint(c: number): boolean },
    );
    const chars = new Set<string>();
    for (const { id, level } of ALL)
      for (const seed of [1, 2])
        for (const l of composeDocument({ docType: id, level, seed }).lines) for (const ch of l) chars.add(ch);
    for (const k of NOT_A_RESULT_KINDS)
      for (const l of composeNotAResult({ kind: k, seed: 1 }).lines) for (const ch of l) chars.add(ch);
    expect(chars.has('ệ') && chars.has('Đ') && chars.has('ữ')).toBe(true);
    for (const font of fonts) {
      const missing = [...chars].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing).toEqual([]);
    }
  });
});

describe('generateSamples', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes every requested format with a truth JSON beside each file, plus the bad files', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sohoa-samples-'));
    dirs.push(outDir);
    const written = await generateSamples({
      outDir,
      count: 5,
      seed: 3,
      formats: ['pdf', 'scan-png', 'scan-jpeg', 'scan-tiff', 'scan-pdf'],
      badFiles: true,
      dpi: 72,
    });
    expect(written.map((w) => w.format)).toEqual(['pdf', 'scan-png', 'scan-jpeg', 'scan-tiff', 'scan-pdf']);
    expect(written.map((w) => w.truth.docType)).toEqual(SAMPLE_TYPE_IDS.slice(0, 5));
    const expectedType = {
      pdf: 'pdf',
      'scan-png': 'png',
      'scan-jpeg': 'jpeg',
      'scan-tiff': 'tiff',
      'scan-pdf': 'pdf',
    } as const;
    for (const w of written) {
      expect(detectFileType(await readFile(w.file))).toBe(expectedType[w.format]);
      const truth = JSON.parse(await readFile(`${w.file}.truth.json`, 'utf8'));
      expect(truth).toMatchObject({ ...w.truth, format: w.format });
    }
    const files = await readdir(outDir);
    expect(files).toEqual(expect.arrayContaining(['bad-truncated.pdf', 'bad-encrypted.pdf', 'bad-empty.pdf']));
  });

  it('rotates each type through its levels', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sohoa-samples-'));
    dirs.push(outDir);
    const written = await generateSamples({
      outDir,
      count: 3,
      seed: 1,
      types: ['dang-ky-hop-tac-xa'],
      formats: ['pdf'],
    });
    expect(new Set(written.map((w) => w.truth.level))).toEqual(new Set(['district', 'province', 'commune']));
  });
});
