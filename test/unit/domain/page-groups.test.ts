/**
 * Which files are the pages of one document (shared/domain/page-groups.ts): the one rule `sohoa upload` and
 * the web upload page apply.
 */
import { describe, expect, it } from 'vitest';
import { countUnits, groupPages, pageNumberOf, type UploadUnit } from '#shared/domain/page-groups.ts';

const names = (units: UploadUnit<string>[]) =>
  units.map((u) => (u.kind === 'file' ? u.file : `${u.name}: ${u.pages.join(', ')}`));
const group = (files: string[], folderPerDocument = false) => names(groupPages(files, (f) => f, { folderPerDocument }));

describe('page groups by numbered names', () => {
  it('groups name_1, name_2… (and name-01, name-02…) into one document in page order', () => {
    expect(group(['a/gcn_2.jpg', 'a/gcn_1.jpg', 'a/gcn_3.png', 'a/khai-sinh.pdf'])).toEqual([
      'gcn: a/gcn_1.jpg, a/gcn_2.jpg, a/gcn_3.png',
      'a/khai-sinh.pdf',
    ]);
    expect(group(['Giấy chứng nhận-01.jpg', 'Giấy chứng nhận-02.jpg'])).toEqual([
      'Giấy chứng nhận: Giấy chứng nhận-01.jpg, Giấy chứng nhận-02.jpg',
    ]);
    // Page 10 after page 9, not after page 1.
    const ten = Array.from({ length: 10 }, (_, i) => `so-do_${i + 1}.jpg`).reverse();
    expect(group(ten)).toEqual([`so-do: ${Array.from({ length: 10 }, (_, i) => `so-do_${i + 1}.jpg`).join(', ')}`]);
  });

  it('sends numbers that are not a 1..k page run file by file', () => {
    // Document numbers in names, a gap, a lone page 1, a repeat.
    expect(group(['giay-phep-125.jpg', 'giay-phep-126.jpg'])).toEqual(['giay-phep-125.jpg', 'giay-phep-126.jpg']);
    expect(group(['gcn_1.jpg', 'gcn_3.jpg'])).toEqual(['gcn_1.jpg', 'gcn_3.jpg']);
    expect(group(['gcn_1.jpg'])).toEqual(['gcn_1.jpg']);
    expect(group(['gcn_1.jpg', 'gcn_01.png', 'gcn_2.jpg'])).toEqual(['gcn_1.jpg', 'gcn_01.png', 'gcn_2.jpg']);
  });

  it('never groups PDFs, browser copies "name (1)", camera names, or pages of two folders', () => {
    expect(group(['qd_1.pdf', 'qd_2.pdf'])).toEqual(['qd_1.pdf', 'qd_2.pdf']);
    expect(group(['gcn (1).jpg', 'gcn (2).jpg'])).toEqual(['gcn (1).jpg', 'gcn (2).jpg']);
    expect(group(['IMG_001.jpg', 'IMG_002.jpg', 'scan-1.png', 'scan-2.png', 'ảnh_1.jpg', 'ảnh_2.jpg'])).toHaveLength(6);
    expect(group(['x/gcn_1.jpg', 'y/gcn_2.jpg'])).toEqual(['x/gcn_1.jpg', 'y/gcn_2.jpg']);
    // `_` and `-` are two different names.
    expect(group(['gcn_1.jpg', 'gcn-2.jpg'])).toEqual(['gcn_1.jpg', 'gcn-2.jpg']);
    expect(pageNumberOf('C:\\scans\\gcn_2.JPG')).toEqual({ name: 'gcn', separator: '_', page: 2 });
  });
});

describe('page groups by folder', () => {
  it("makes each folder's images one document in natural order, PDFs and lone images on their own", () => {
    expect(
      group(
        ['hs/GCN Lò Văn Hải/10.jpg', 'hs/GCN Lò Văn Hải/2.jpg', 'hs/GCN Lò Văn Hải/bia.pdf', 'hs/một ảnh/IMG_9.jpg'],
        true,
      ),
    ).toEqual([
      'GCN Lò Văn Hải: hs/GCN Lò Văn Hải/2.jpg, hs/GCN Lò Văn Hải/10.jpg',
      'hs/GCN Lò Văn Hải/bia.pdf',
      'hs/một ảnh/IMG_9.jpg',
    ]);
  });

  it('counts documents and pages', () => {
    const units = groupPages(['gcn_1.jpg', 'gcn_2.jpg', 'a.pdf'], (f) => f);
    expect(countUnits(units)).toEqual({ documents: 2, multiPage: 1, pages: 3 });
  });
});
