/**
 * A seeded province for report tests: province, district and commune agencies, the 2025 reorganization
 * (a Sở merged on 28/02/2025, districts and an old commune dissolved on 30/06/2025), an agency named with
 * `<script>`, one whose name starts with `=`, one with no inventory, one over 100 %, and ~1,000 documents
 * with random digitization instants (Vietnam time), expiry dates and statuses.
 */
import type { Agency, InventoryDeclaration } from '#shared/domain/types.ts';
import { agency, type MemoryDocument } from '#test/support/memory-compliance-reader.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SCRIPT_NAME = '<script>alert("x")</script> Ban Quản lý & "Thử"';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example","Sở Ngoại vụ")';

export const AGENCIES: Agency[] = [
  agency({ id: 'so-tp', name: 'Sở Tư pháp', level: 'province', emails: ['sotp@dienbien.gov.vn'] }),
  agency({ id: 'so-yt', name: 'Sở Y tế', level: 'province', emails: ['soyt@dienbien.gov.vn'] }),
  agency({
    id: 'so-gtvt',
    name: 'Sở Giao thông vận tải',
    level: 'province',
    validTo: '2025-02-28',
    successorId: 'so-xd',
    emails: ['sogtvt@dienbien.gov.vn'],
  }),
  agency({ id: 'so-xd', name: 'Sở Xây dựng', level: 'province', emails: ['soxd@dienbien.gov.vn'] }),
  agency({ id: 'ban-script', name: SCRIPT_NAME, level: 'province', emails: ['script@dienbien.gov.vn'] }),
  agency({ id: 'so-formula', name: FORMULA_NAME, level: 'province', emails: [] }),
  agency({
    id: 'h-tuan-giao',
    name: 'UBND huyện Tuần Giáo',
    level: 'district',
    validTo: '2025-06-30',
    successorId: 'x-tuan-giao',
    emails: ['tuangiao@dienbien.gov.vn'],
  }),
  agency({
    id: 'h-dbp',
    name: 'UBND thành phố Điện Biên Phủ',
    level: 'district',
    validTo: '2025-06-30',
    successorId: 'p-dbp',
    emails: ['tpdbp@dienbien.gov.vn'],
  }),
  agency({
    id: 'x-quai-to',
    name: 'UBND xã Quài Tở',
    level: 'commune',
    parentId: 'h-tuan-giao',
    validTo: '2025-06-30',
    successorId: 'x-tuan-giao',
  }),
  agency({
    id: 'x-tuan-giao',
    name: 'UBND xã Tuần Giáo',
    level: 'commune',
    validFrom: '2025-07-01',
    emails: ['xatuangiao@dienbien.gov.vn'],
  }),
  agency({
    id: 'p-dbp',
    name: 'UBND phường Điện Biên Phủ',
    level: 'commune',
    validFrom: '2025-07-01',
    emails: ['phuongdbp@dienbien.gov.vn'],
  }),
  agency({ id: 'x-muong-mun', name: 'UBND xã Mường Mùn', level: 'commune', emails: ['muongmun@dienbien.gov.vn'] }),
  agency({ id: 'x-muong-nhe', name: 'UBND xã Mường Nhé', level: 'commune', emails: ['muongnhe@dienbien.gov.vn'] }),
];

export const INVENTORIES: InventoryDeclaration[] = [
  { agencyId: 'so-tp', asOf: '2024-01-01', totalValid: 150, estimated: false },
  { agencyId: 'so-tp', asOf: '2025-01-15', totalValid: 180, estimated: false },
  { agencyId: 'so-yt', asOf: '2024-03-01', totalValid: 140, estimated: true },
  { agencyId: 'so-gtvt', asOf: '2024-01-01', totalValid: 90, estimated: false },
  { agencyId: 'so-xd', asOf: '2024-01-01', totalValid: 110, estimated: false },
  // Under-declared: more documents than declared (rate over 100 %).
  { agencyId: 'so-formula', asOf: '2024-01-01', totalValid: 12, estimated: false },
  { agencyId: 'h-tuan-giao', asOf: '2024-02-01', totalValid: 160, estimated: false },
  { agencyId: 'h-dbp', asOf: '2024-02-01', totalValid: 200, estimated: false },
  { agencyId: 'x-quai-to', asOf: '2024-05-01', totalValid: 70, estimated: true },
  { agencyId: 'x-tuan-giao', asOf: '2025-07-15', totalValid: 60, estimated: false },
  { agencyId: 'p-dbp', asOf: '2025-08-01', totalValid: 90, estimated: false },
  { agencyId: 'x-muong-mun', asOf: '2024-01-01', totalValid: 24, estimated: false },
  { agencyId: 'x-muong-nhe', asOf: '2024-01-01', totalValid: 120, estimated: false },
  { agencyId: 'x-muong-nhe', asOf: '2026-03-01', totalValid: 130, estimated: false },
  // ban-script declares nothing.
];

const STATUSES: MemoryDocument['status'][] = [
  ...Array<MemoryDocument['status']>(17).fill('classified'),
  'confirmed',
  'needs_review',
  'rejected',
  'duplicate',
  'not_a_result',
];

const COUNTS: Record<string, number> = {
  'so-tp': 240,
  'so-yt': 90,
  'so-gtvt': 60,
  'so-xd': 70,
  'ban-script': 20,
  'so-formula': 45,
  'h-tuan-giao': 120,
  'h-dbp': 130,
  'x-quai-to': 50,
  'x-tuan-giao': 40,
  'p-dbp': 60,
  'x-muong-nhe': 170,
  'x-muong-mun': 60,
};

function isoVn(ms: number): string {
  // Written with an explicit +07:00 offset, as a clerk's machine would log it.
  const d = new Date(ms + 7 * 3600_000).toISOString().slice(0, 19);
  return `${d}+07:00`;
}

function generate(): MemoryDocument[] {
  const random = mulberry32(1536);
  const docs: MemoryDocument[] = [];
  const startMs = Date.parse('2024-01-01T00:00:00+07:00');
  for (const a of AGENCIES) {
    const from = a.validFrom ? Date.parse(`${a.validFrom}T00:00:00+07:00`) : startMs;
    const to = a.validTo ? Date.parse(`${a.validTo}T23:59:59+07:00`) : Date.parse('2026-11-20T23:59:59+07:00');
    for (let i = 0; i < (COUNTS[a.id] ?? 0); i++) {
      const at = from + Math.floor(random() * (to - from));
      const hasExpiry = random() < 0.3;
      const expiryMs = Date.parse('2024-06-01T00:00:00Z') + Math.floor(random() * 1300) * 86_400_000;
      docs.push({
        agencyId: a.id,
        digitizedAt: isoVn(at),
        expiryDate: hasExpiry ? new Date(expiryMs).toISOString().slice(0, 10) : null,
        status: STATUSES[Math.floor(random() * STATUSES.length)]!,
      });
    }
  }
  // Year boundary in Vietnam time: 2025 for the first, 2026 for the second (UTC would say 2025 for both).
  docs.push({
    agencyId: 'x-muong-nhe',
    digitizedAt: '2025-12-31T23:30:00+07:00',
    expiryDate: null,
    status: 'classified',
  });
  docs.push({
    agencyId: 'x-muong-nhe',
    digitizedAt: '2026-01-01T00:10:00+07:00',
    expiryDate: null,
    status: 'classified',
  });
  return docs;
}

export const DOCUMENTS: MemoryDocument[] = generate();

/** "Now" for every report test: 27/11/2026 10:00 in Vietnam. */
export const NOW = new Date('2026-11-27T03:00:00Z');
