/**
 * Issuing bodies as they print in the top-left block of an ND 30 document: the superior body above the
 * issuer, in capitals, with the variants seen on real paper ("UBND" or "ỦY BAN NHÂN DÂN", the unit name on
 * its own line, or no superior line at all).
 */
import type { Level } from '#shared/domain/types.ts';
import type { Rng } from './random.ts';
import { COMMUNES_2025, DISTRICTS, type District } from './vietnam-data.ts';

export type OrgKind =
  | { kind: 'ubnd' }
  /** A Sở (province) or Phòng (district); `before`/`after` names around the 2025 mergers. */
  | { kind: 'department'; before: string; after?: string; symbol: string; symbolAfter?: string; sign: 'so' | 'phong' }
  | { kind: 'police' };

export interface Issuer {
  lines: string[];
  level: Level;
  /** Abbreviation that ends the document symbol, e.g. "UBND", "SYT". */
  symbolOrg: string;
  /** Place in the date line, e.g. "Điện Biên", "Tuần Giáo", "Quài Tở". */
  place: string;
  district: District;
  /** Mixed-case commune ("xã Quài Tở") when the issuer or the holder lives in one. */
  commune: string;
  signer: string[];
}

const upperUnit = (commune: string): string => commune.toLocaleUpperCase('vi');
const placeOf = (commune: string): string => commune.replace(/^(xã|phường|thị trấn)\s+/u, '');

export function chooseDistrict(rng: Rng): District {
  return rng.pick(DISTRICTS);
}

function ubndSigner(rng: Rng, unitWords: string): string[] {
  return rng.pick([
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['CHỦ TỊCH'],
    [`TM. UBND ${unitWords}`, 'PHÓ CHỦ TỊCH'],
  ]);
}

/** Builds the issuer block for `org` at `level`, in the era of `year` (district level ends 30/6/2025). */
export function makeIssuer(rng: Rng, org: OrgKind, level: Level, afterReform: boolean): Issuer {
  const district = chooseDistrict(rng);
  const commune = afterReform && level === 'commune' ? rng.pick(COMMUNES_2025) : rng.pick(district.communes);
  if (org.kind === 'police') {
    return {
      lines: rng.chance(0.5) ? ['BỘ CÔNG AN', 'CÔNG AN TỈNH ĐIỆN BIÊN'] : ['CÔNG AN TỈNH ĐIỆN BIÊN'],
      level: 'province',
      symbolOrg: 'CAT',
      place: 'Điện Biên',
      district,
      commune,
      signer: rng.pick([['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']]),
    };
  }
  if (org.kind === 'department') {
    const name = afterReform && org.after ? org.after : org.before;
    const symbol = afterReform && org.symbolAfter ? org.symbolAfter : org.symbol;
    if (level === 'province') {
      const superior = rng.pick(['UBND TỈNH ĐIỆN BIÊN', 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', 'UBND TỈNH ĐIỆN BIÊN']);
      return {
        lines: [superior, name],
        level,
        symbolOrg: symbol,
        place: 'Điện Biên',
        district,
        commune,
        signer: org.sign === 'so' ? rng.pick([['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']]) : ['TRƯỞNG PHÒNG'],
      };
    }
    return {
      lines: [rng.pick([`UBND ${district.unit}`, `ỦY BAN NHÂN DÂN ${district.unit}`]), name],
      level,
      symbolOrg: symbol,
      place: district.place,
      district,
      commune,
      signer: rng.pick([['TRƯỞNG PHÒNG'], ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']]),
    };
  }
  if (level === 'province') {
    return {
      lines: rng.pick([
        ['ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN'],
        ['ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN'],
        ['UBND TỈNH ĐIỆN BIÊN'],
      ]),
      level,
      symbolOrg: 'UBND',
      place: 'Điện Biên',
      district,
      commune,
      signer: ubndSigner(rng, 'TỈNH'),
    };
  }
  if (level === 'district') {
    return {
      lines: rng.pick([
        ['ỦY BAN NHÂN DÂN', district.unit],
        [`ỦY BAN NHÂN DÂN ${district.unit}`],
        ['UBND TỈNH ĐIỆN BIÊN', `UBND ${district.unit}`],
        [`UBND ${district.unit}`],
      ]),
      level,
      symbolOrg: 'UBND',
      place: district.place,
      district,
      commune,
      signer: ubndSigner(rng, district.unit.split(' ')[0] ?? 'HUYỆN'),
    };
  }
  const unit = upperUnit(commune);
  const superior = afterReform ? 'UBND TỈNH ĐIỆN BIÊN' : `UBND ${district.unit}`;
  return {
    lines: rng.pick([
      ['ỦY BAN NHÂN DÂN', unit],
      [superior, `UBND ${unit}`],
      [superior, `ỦY BAN NHÂN DÂN ${unit}`],
      [`ỦY BAN NHÂN DÂN ${unit}`],
    ]),
    level,
    symbolOrg: 'UBND',
    place: placeOf(commune),
    district,
    commune,
    signer: ubndSigner(rng, unit.split(' ')[0] ?? 'XÃ'),
  };
}
