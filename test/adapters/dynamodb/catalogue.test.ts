import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoCatalogueStore, makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import { CATALOGUE, type DocumentTypeSpec } from '#shared/domain/catalogue.ts';
import { extractedKey } from '#shared/domain/object-keys.ts';
import type { ExtractedText } from '#shared/domain/types.ts';
import type { AllStores, CatalogueStore, Clock } from '#shared/ports.ts';
import { createDocumentTypeSchema, makeCatalogueInForce, mergeCatalogue } from '#shared/use-cases/catalogue.ts';
import { makeClassifyDocument } from '#shared/use-cases/classify-document.ts';
import { classifyWithDomain, needsReviewWithDomain } from '#shared/use-cases/domain-classifier.ts';
import { makeReclassify } from '#shared/use-cases/reclassify.ts';
import { fixedClock, makeMemoryObjects, sampleDocument } from '#test/unit/pipeline/fakes.ts';
import { startTestTable, type TestTable } from './dynalite-table.ts';

let table: TestTable;
let stores: AllStores;
const objects = makeMemoryObjects();
const clock = fixedClock('2026-03-05T02:00:00.000Z');
const agencyId = 'chi-cuc-thu-y';

beforeAll(async () => {
  table = await startTestTable();
  stores = makeDynamoStores(table);
});
afterAll(async () => {
  await table?.close();
});

/** A type the bundled catalogue lacks, as an admin would send it (`POST /catalogue`). */
const veSinhThuY = {
  ...createDocumentTypeSchema.parse({
    id: 'gcn-ve-sinh-thu-y',
    name: 'Giấy chứng nhận điều kiện vệ sinh thú y',
    title: 'GIẤY CHỨNG NHẬN ĐIỀU KIỆN VỆ SINH THÚ Y',
    levels: { before: ['province'], after: ['province'] },
    validity: { kind: 'fixed-term', months: 36 },
    source: 'Luật Thú y 2015; Thông tư 09/2016/TT-BNNPTNT',
  }),
  titlePhrases: ['GIẤY CHỨNG NHẬN ĐIỀU KIỆN VỆ SINH THÚ Y'],
} as DocumentTypeSpec;

const thuYText: ExtractedText = {
  engine: 'tesseract',
  pages: [
    {
      pageNumber: 1,
      lines: [
        'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐIỆN BIÊN',
        'CHI CỤC CHĂN NUÔI VÀ THÚ Y',
        'Số: 15/2025/GCN-CNTY',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Điện Biên, ngày 12 tháng 8 năm 2025',
        'GIẤY CHỨNG NHẬN',
        'ĐIỀU KIỆN VỆ SINH THÚ Y',
        'CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐIỆN BIÊN chứng nhận:',
        'Cơ sở giết mổ gia súc Hoàng Long',
        'Địa chỉ: bản Him Lam, phường Him Lam, tỉnh Điện Biên',
        'Đủ điều kiện vệ sinh thú y đối với: giết mổ lợn.',
        'Giấy chứng nhận có giá trị 03 năm kể từ ngày cấp.',
        'CHI CỤC TRƯỞNG',
      ].map((text) => ({ text, confidence: 95 })),
    },
  ],
};

async function extracted(docId: string, text: ExtractedText) {
  await stores.documents.create(
    sampleDocument({ docId, agencyId, contentType: 'image/jpeg', fileName: `${docId}.jpg` }),
    { expiresAt: '2026-12-01T00:00:00.000Z' },
  );
  await objects.put(extractedKey(docId), JSON.stringify(text), 'application/json');
}

/** A store that counts its reads. */
function countingStore(items: Record<string, unknown>[]): Pick<CatalogueStore, 'list'> & { reads: number } {
  const store = {
    reads: 0,
    list: async () => {
      store.reads += 1;
      return structuredClone(items);
    },
  };
  return store;
}

function movingClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

describe('the catalogue in force', () => {
  it('is catalogue.json with changed types replaced in place and new types after it', () => {
    const changed = { ...CATALOGUE[1]!, name: 'Trích lục khai sinh (sửa)' };
    const { types, origins } = mergeCatalogue(CATALOGUE, [veSinhThuY, changed]);
    expect(types).toHaveLength(CATALOGUE.length + 1);
    expect(types[1]).toEqual(changed);
    expect(types.at(-1)?.id).toBe('gcn-ve-sinh-thu-y');
    expect(origins.get(CATALOGUE[0]!.id)).toBe('bundled');
    expect(origins.get(changed.id)).toBe('changed');
    expect(origins.get('gcn-ve-sinh-thu-y')).toBe('added');
  });

  it('reads the table once per TTL, keeps the same array while nothing changed, and skips an invalid stored type', async () => {
    const time = movingClock('2026-03-05T02:00:00.000Z');
    const invalid: string[] = [];
    const store = countingStore([{ ...veSinhThuY }, { id: 'hong', name: '' }]);
    const inForce = makeCatalogueInForce({ store, clock: time, ttlMs: 60_000, onInvalid: (id) => invalid.push(id) });
    const first = await inForce.current();
    expect(first.map((t) => t.id)).toContain('gcn-ve-sinh-thu-y');
    expect(first.map((t) => t.id)).not.toContain('hong');
    expect(invalid).toEqual(['hong']);
    await inForce.current();
    time.advance(59_000);
    expect(await inForce.current()).toBe(first);
    expect(store.reads).toBe(1);
    time.advance(2_000);
    expect(await inForce.current()).toBe(first);
    expect(store.reads).toBe(2);
    inForce.invalidate();
    await inForce.current();
    expect(store.reads).toBe(3);
  });

  it('is the bundled catalogue itself while the table holds no type', async () => {
    const inForce = makeCatalogueInForce({ store: countingStore([]), clock });
    expect(await inForce.current()).toEqual(CATALOGUE);
  });
});

describe('admin document types in the table (dynalite)', () => {
  it('stores a type once with ifAbsent and replaces it without', async () => {
    const store = makeDynamoCatalogueStore(table);
    const type = { ...veSinhThuY, id: 'gcn-thu-nghiem', title: 'GIẤY THỬ NGHIỆM', titlePhrases: ['GIẤY THỬ NGHIỆM'] };
    expect(await store.put(type, { ifAbsent: true })).toBe(true);
    expect(await store.put({ ...type, name: 'khác' }, { ifAbsent: true })).toBe(false);
    expect(await store.put({ ...type, name: 'Tên mới' })).toBe(true);
    expect((await store.list()).find((t) => t.id === 'gcn-thu-nghiem')).toEqual({ ...type, name: 'Tên mới' });
  });

  it('classifies against the type an admin added, and reclassify applies it to stored text', async () => {
    const catalogue = makeCatalogueInForce({ store: stores.catalogue, clock });
    const deps = {
      documents: stores.documents,
      objects,
      classify: classifyWithDomain,
      needsReview: needsReviewWithDomain,
      catalogue,
      clock,
    };
    await extracted('thu-y-1', thuYText);
    await makeClassifyDocument(deps)('thu-y-1');
    expect(await stores.documents.get('thu-y-1')).toMatchObject({ status: 'needs_review', docType: null });

    await stores.catalogue.put(veSinhThuY, { ifAbsent: true });
    catalogue.invalidate();
    const report = await makeReclassify(deps)({ agencyId });
    expect(report.transitions).toEqual({ 'needs_review→classified': 1 });
    expect(report.countedDelta).toBe(1);
    expect(await stores.documents.get('thu-y-1')).toMatchObject({
      status: 'classified',
      docType: 'gcn-ve-sinh-thu-y',
      title: 'GIẤY CHỨNG NHẬN ĐIỀU KIỆN VỆ SINH THÚ Y',
      docNumber: '15/2025/GCN-CNTY',
      issueDate: '2025-08-12',
      expiryDate: '2028-08-12',
    });

    // A new document of that type is classified at once by the classify stage.
    await extracted('thu-y-2', {
      ...thuYText,
      pages: thuYText.pages.map((p) => ({
        ...p,
        lines: p.lines.map((l) => ({ ...l, text: l.text.replace('15/2025', '16/2025') })),
      })),
    });
    await makeClassifyDocument(deps)('thu-y-2');
    expect(await stores.documents.get('thu-y-2')).toMatchObject({ status: 'classified', docType: 'gcn-ve-sinh-thu-y' });
  });
});
