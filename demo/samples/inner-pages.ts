/**
 * Inner pages of multi-page results, for tests of documents sent one image per page: the pages that carry no
 * title (a land-use certificate's plot diagram and later-changes page, TT 23/2014 and TT 10/2024/TT-BTNMT
 * forms). Alone such a page is an inner page of its type; after its title page it is part of one document.
 */
import { type Block, line, space } from './layout.ts';
import { makeRng } from './random.ts';
import { personName } from './vietnam-data.ts';

/** Page 3–4 of a land-use certificate: the plot diagram caption and the changes after issue. */
export function composeLandCertificateInnerPage(seed: number): { blocks: Block[]; lines: string[] } {
  const rng = makeRng(seed);
  const buyer = personName(rng);
  const plot = rng.int(1, 500);
  const sheet = rng.int(1, 80);
  const year = rng.int(2021, 2025);
  const lines = [
    'III. SƠ ĐỒ THỬA ĐẤT, NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT',
    `Thửa đất số: ${plot}, tờ bản đồ số: ${sheet}`,
    'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN',
    'Nội dung thay đổi và cơ sở pháp lý',
    `Chuyển nhượng cho ${buyer.name} theo hồ sơ số ${rng.int(10, 999)}/${year}`,
    `ngày ${rng.int(10, 28)}/${String(rng.int(1, 12)).padStart(2, '0')}/${year}`,
    'Xác nhận của cơ quan có thẩm quyền',
  ];
  const blocks: Block[] = [];
  for (const [i, text] of lines.entries()) {
    const heading = /^[IV]+\. /.test(text);
    if (heading && i > 0) blocks.push(space(18));
    blocks.push(line(text, 'left', heading ? { bold: true } : {}));
  }
  return { blocks, lines };
}
