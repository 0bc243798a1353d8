/**
 * The holder of a result: the person or organisation it was issued to (`Ông/Bà`, `Họ và tên`,
 * `Tên hộ kinh doanh`, `Tên doanh nghiệp`, `Cấp cho`, `Người sử dụng đất`, …). Pure.
 */
import { type DocumentText, originalSlice } from './document-text.ts';
import { restoreDiacritics, restoreName } from './restore.ts';

export interface Holder {
  holder: string;
  kind: 'person' | 'organization';
}

/** Labels in order of preference (folded). The value follows on the same line. */
const LABELS: Array<{ re: RegExp; kind?: 'organization' }> = [
  { re: /ten (?:doanh nghiep|cong ty) viet bang tieng viet\s*[:.]/g, kind: 'organization' },
  {
    re: /ten (?:doanh nghiep|cong ty|hop tac xa|ho kinh doanh|thuong nhan(?: nuoc ngoai)?|van phong dai dien|co so|to chuc|chu dau tu)(?:\s*\([^)\n]{0,40}\))?\s*[:.]/g,
    kind: 'organization',
  },
  {
    re: /(?:cap cho|chu dau tu|nguoi su dung dat|chu so huu|nguoi duoc cap|chu ho kinh doanh|chu ho|chu co so|cho phep)\s*[:.]/g,
  },
  { re: /cap cho\s+(?=ong|ba)/g },
  {
    re: /(?:ho, chu dem, ten|ho chu dem va ten|ho, chu dem va ten|ho va ten|ho ten|ho, ten|full name)(?:\s*\/\s*full name)?(?: [a-z ]{2,25})?\s*[:.]/g,
  },
  { re: /(?:^|[^a-z])(?:ong\s*\/\s*ba|ong\s*\(\s*ba\s*\)|ong|ba)\s*[:.]?\s+(?=\S)/g },
];

/** Where the value stops (folded). */
const STOP =
  /(\s*[,;(]|\s+-\s|\s+(sinh ngay|sinh nam|nam sinh|ngay sinh|gioi tinh|dia chi|cu tru|thuong tru|noi cu tru|que quan|so cccd|cccd|cmnd|so dinh danh|dan toc|quoc tich|ma so|tru tai|o tai|tai|la|duoc|va vo|va chong|hien|dien thoai|chuc vu|nam|nu)\b)/;

const ORGANIZATION =
  /^(cong ty|hop tac xa|htx|doanh nghiep|ho kinh doanh|van phong|chi nhanh|truong|benh vien|nha thuoc|quay thuoc|co so|tong cong ty|ngan hang|ubnd|uy ban|to chuc|ban quan ly|trung tam)/;
const HONORIFIC = /^(ong\s*\/\s*ba|ong\s*\(\s*ba\s*\)|ong|ba|anh|chi)\s*[:.]?\s+/;

function present(doc: DocumentText, printed: string, kind: Holder['kind']): string {
  const value = printed.replace(/^[\s:.-]+|[\s:.,;-]+$/g, '').replace(/\s+/g, ' ');
  if (doc.accented) return value.normalize('NFC');
  return kind === 'organization' ? restoreDiacritics(value, { minWords: 2 }).toUpperCase() : restoreName(value);
}

export function extractHolder(doc: DocumentText): Holder | null {
  const text = doc.folded;
  for (const label of LABELS) {
    label.re.lastIndex = 0;
    for (const m of text.matchAll(label.re)) {
      let start = m.index + m[0].length;
      const lineEnd = text.indexOf('\n', start);
      let rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
      start += rest.length - rest.trimStart().length;
      rest = rest.trimStart();
      const honorific = HONORIFIC.exec(rest);
      if (honorific) {
        start += honorific[0].length;
        rest = rest.slice(honorific[0].length);
      }
      const kind: Holder['kind'] = label.kind ?? (ORGANIZATION.test(rest) ? 'organization' : 'person');
      const stop = kind === 'organization' ? /\s*[;(]|\s+-\s|\s+(dia chi|ma so|tru so)\b/.exec(rest) : STOP.exec(rest);
      let value = stop ? rest.slice(0, stop.index) : rest;
      const words = value.trim().split(/\s+/);
      const maxWords = kind === 'organization' ? 16 : 6;
      if (words.length > maxWords) value = words.slice(0, maxWords).join(' ');
      value = value.trim();
      if (value.length < 2 || !/[a-z]/.test(value) || /\d{3}/.test(value)) continue;
      // A person's name has 2–6 words; one word after "Ông"/"Bà" in running text is not a name.
      if (kind === 'person' && value.split(' ').length < 2) continue;
      const printed = originalSlice(doc, start, start + value.length);
      return { holder: present(doc, printed, kind), kind };
    }
  }
  return null;
}
