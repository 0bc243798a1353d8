/**
 * A document number's symbol misread by the OCR. On a photo tesseract reads a symbol letter as another at full
 * confidence (`03/TLNCMC` read `03/TLNGMC`, `17/GCN-UBND` read `17/GSCN-UBND`, `03/XN-STTTT` read `03/XN-8TTTT`):
 * no confidence gate catches it, and the wrong number is accepted. Symbols are not free text: ND 30/2020
 * (Phụ lục III) abbreviates the document type and the issuing body, sector forms print their own codes. A symbol
 * group that is none of those, but one letter away from one of them, or a group of letters with a digit among
 * them, is read as uncertain: the clerk checks the number against the scan.
 */

import { TIER_WORDS } from './issuer.ts';
import { boundedDistance, foldAccents } from './normalize.ts';
import { D_SYMBOL_GROUPS, restoreDiacritics } from './restore.ts';

/**
 * ND 30/2020/NĐ-CP Phụ lục III (abbreviations of the document types), the result papers' usual symbols and the
 * civil-status extracts of TT 04/2020/TT-BTP. Groups with a `Đ` are in restore.ts (D_SYMBOL_GROUPS).
 */
const KNOWN_GROUPS = [
  // ND 30/2020 Phụ lục III.
  'NQ CT QC QYĐ TC TB HD CTR KH PA ĐA DA BC BB TTR HĐ CĐ BGN BTT GUQ GM GGT GNP PG PC PB CV UBND HĐND TTG VP TP',
  // Papers that are results.
  'GCN GP GPXD GPKD CCHN CC XN XNHN XNTTHN GXN GXNHN CN CNĐK CNĐĐK ĐKKD ĐKHKD QSDĐ ĐĐK CH CS ATTP HKD HTX LLTP SCT BS CK',
  // The issuing bodies' own abbreviations, as ND 30 forms them from their names: the Sở of a province (before and
  // after the 2025 merger) and a district's or commune's Phòng. A symbol's issuer group stands even when the OCR
  // lost the issuer's line (`2474/CCHND-SYT` under an unreadable `SỞ Y TẾ`).
  'SYT STP SXD SCT SNV STC SGDĐT SNNMT STNMT SNNPTNT SLĐTBXH SVHTTDL SVHDL SKHĐT SKHCN SGTVT STTTT SDT SNG SDTTG',
  'PTP PTCKH PKT PKTHT PGDĐT PVHTT PVHXH PLĐTBXH PNV PYT PTNMT PNNPTNT PQLĐT PDTTG SNN',
  // The sectors alone, as a Chi cục or a Phòng of the sector signs (`12/2022/NNPTNT-ĐB`, `156/TB-QLĐT`).
  'NNPTNT NNMT TNMT GDĐT LĐTBXH VHTTDL VHTT KHĐT GTVT TTTT QLĐT KTHT TCKH',
  // TT 04/2020/TT-BTP extracts (trích lục): birth, marriage, death, change, correction, recognition, guardianship…
  'TLKS TLKH TLKT TLTĐ TLCC TLNCMC TLGH TLNCN TLXĐDT TLGCLH TLHN TLLH',
]
  .flatMap((line) => line.split(' '))
  .concat(D_SYMBOL_GROUPS);

const fold = (group: string) => foldAccents(group).toUpperCase();
/** Built once: every classification with a symbol reads it. */
const KNOWN: ReadonlySet<string> = new Set(KNOWN_GROUPS.map(fold));

/** The first word of each tier (`TỈNH`, `THÀNH PHỐ`…), upper-case folded: where a body's territory starts. */
const TERRITORY_WORDS: ReadonlySet<string> = new Set(TIER_WORDS.map((w) => w.split(' ')[0]!.toUpperCase()));

/**
 * Initials of each tier of a body's name as ND 30 abbreviates it, `và` left out, with and without its first word
 * or its first two, and without the territory after the body's name (`SỞ Y TẾ` → SYT; `PHÒNG TÀI CHÍNH - KẾ
 * HOẠCH` → TCKH; `CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM` → ATVSTP; `SỞ XÂY DỰNG TỈNH ĐIỆN BIÊN` → SXD). Each `Đ` is
 * kept, the name's words put back with their diacritics by the dictionary first when it has none (`SO XAY DUNG`
 * → `SỞ XÂY DỰNG`; `SỞ GIÁO DỤC VÀ ĐÀO TẠO` → SGDĐT).
 */
function initials(name: string): string[] {
  return restoreDiacritics(name, { minWords: 2 })
    .toUpperCase()
    .normalize('NFC')
    .split('/')
    .flatMap((tier) => {
      const words = tier.split(/[^\p{Lu}0-9]+/u).filter((w) => w !== '' && fold(w) !== 'VA');
      const letters = words.map((w) => (w[0] === 'Đ' ? 'Đ' : fold(w[0] ?? ''))).join('');
      const territory = words.findIndex((w, k) => k >= 2 && TERRITORY_WORDS.has(fold(w)));
      const body = territory > 0 ? letters.slice(0, territory) : '';
      return [letters, letters.slice(1), letters.slice(2), body, body.slice(1)];
    })
    .filter((g) => g.length >= 2);
}

/** Whether `group` is two known groups of 2+ letters written together. */
function joinsKnown(group: string, known: (g: string) => boolean): boolean {
  for (let i = 2; i <= group.length - 2; i++) if (known(group.slice(0, i)) && known(group.slice(i))) return true;
  return false;
}

/** Whether `group` (folded) is two or more consecutive groups of one of `hints` written together. */
function ownHyphenLost(group: string, hints: readonly string[]): boolean {
  for (const hint of hints) {
    const parts = hint.split(/[-/]/).map(fold);
    if (parts.length < 2 || parts.includes(group)) continue;
    for (let i = 0; i < parts.length - 1; i++)
      for (let j = i + 2; j <= parts.length; j++) if (parts.slice(i, j).join('') === group) return true;
  }
  return false;
}

/**
 * The symbol group of `docNumber` that looks misread, or null. `alsoKnown`: the type's own symbol hints; `issuer`:
 * the issuing body as read (its initials are a symbol of its own).
 */
export function misreadSymbolGroup(
  docNumber: string,
  alsoKnown: readonly string[] = [],
  issuer: string | null = null,
): string | null {
  const slash = docNumber.indexOf('/');
  if (slash < 0) return null;
  // This paper's own: the type's hints and the issuer's initials.
  const own = new Set([...alsoKnown.flatMap((h) => h.split(/[-/]/)), ...(issuer ? initials(issuer) : [])].map(fold));
  const known = (g: string) => KNOWN.has(g) || own.has(g);
  for (const raw of docNumber.slice(slash + 1).split(/[-/.\s]+/)) {
    const group = fold(raw);
    if (group === '' || /^[0-9]+$/.test(group) || known(group)) continue;
    // A letter read as a digit inside a word of letters (8TTTT, GC1N): never a symbol as printed.
    if (/[A-Z]{2}/.test(group) && /[0-9]/.test(group) && !/^[A-Z]+[0-9]{2,4}$/.test(group)) return raw;
    if (group.length < 3 || !/^[A-Z]+$/.test(group)) continue;
    // Groups the type's own hint prints apart (`XNKT-ATTP`) read as one (`XNKTATTP`): the OCR lost the hyphen.
    if (ownHyphenLost(group, alsoKnown)) return raw;
    // Sector symbols join known groups (GCN + ĐĐK, GP + XD): such a group is printed as it is.
    if (joinsKnown(group, known)) continue;
    for (const k of [...KNOWN, ...own]) if (k.length >= 3 && boundedDistance(group, k, 1) <= 1) return raw;
  }
  return null;
}

/** The known groups as printed, their `Đ` kept. */
const PRINTED: ReadonlySet<string> = new Set(KNOWN_GROUPS);

/**
 * In text without diacritics (Textract's, or OCR folded to ASCII) every `Đ` of a symbol reads `D`: `GCNĐĐK` comes
 * back `GCNDDK`, and only a known group says which D was a Đ (restore.ts puts the known Đ groups back). The
 * symbol group of `docNumber` holding a D that may have been a Đ, or null: a group with a D that is not printed so
 * among the known groups or the type's own hints, nor two of them written together.
 */
export function strokeLostGroup(
  docNumber: string,
  alsoKnown: readonly string[] = [],
  issuer: string | null = null,
): string | null {
  const slash = docNumber.indexOf('/');
  if (slash < 0) return null;
  const hints = new Set([
    ...alsoKnown.flatMap((h) => h.split(/[-/]/)).map((g) => g.toUpperCase().normalize('NFC')),
    ...(issuer ? initials(issuer) : []),
  ]);
  const printed = (g: string) => PRINTED.has(g) || hints.has(g);
  for (const raw of docNumber.slice(slash + 1).split(/[-/.\s]+/)) {
    const group = raw.toUpperCase().normalize('NFC');
    if (!/D/.test(group) || printed(group)) continue;
    let joined = false;
    for (let i = 2; i <= group.length - 2 && !joined; i++)
      joined = printed(group.slice(0, i)) && printed(group.slice(i));
    if (!joined) return raw;
  }
  return null;
}
