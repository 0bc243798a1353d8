import type { Rng } from './random.ts';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const toIso = ({ y, m, d }: Ymd): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function fromIso(iso: string): Ymd {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return { y, m, d };
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Same calendar day `months` later; the end of the month when that day does not exist (DESIGN.md "Counting"). */
export function addMonths(date: Ymd, months: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const dayNumber = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d) / 86_400_000;

/** A uniformly random day in [from, to]. */
export function randomDate(rng: Rng, from: Ymd, to: Ymd): Ymd {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return addDays(from, rng.int(0, Math.max(0, b - a)));
}

export const compare = (a: Ymd, b: Ymd): number => dayNumber(a) - dayNumber(b);

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "ngày 05 tháng 3 năm 2020" as ND 30 writes it (leading zero for days < 10 and months 1–2), or a variant. */
export function vnDateWords(date: Ymd, style: 'nd30' | 'padded' | 'bare' = 'nd30'): string {
  const day = style === 'bare' ? String(date.d) : pad2(date.d);
  const month =
    style === 'padded' ? pad2(date.m) : style === 'bare' ? String(date.m) : date.m <= 2 ? pad2(date.m) : String(date.m);
  return `ngày ${day} tháng ${month} năm ${date.y}`;
}

/** "05/3/2020", "05/03/2020" or "5-3-2020". */
export function vnDateNumeric(date: Ymd, style: 'slash' | 'slash-padded' | 'dash' = 'slash-padded'): string {
  if (style === 'dash') return `${date.d}-${date.m}-${date.y}`;
  if (style === 'slash') return `${pad2(date.d)}/${date.m}/${date.y}`;
  return `${pad2(date.d)}/${pad2(date.m)}/${date.y}`;
}

/** Any of the printed forms, chosen at random (words most of the time, as ND 30 asks). */
export function anyVnDate(rng: Rng, date: Ymd): string {
  const r = rng.next();
  if (r < 0.45) return vnDateWords(date, 'nd30');
  if (r < 0.6) return vnDateWords(date, 'padded');
  if (r < 0.7) return vnDateWords(date, 'bare');
  if (r < 0.9) return vnDateNumeric(date, 'slash-padded');
  return vnDateNumeric(date, 'slash');
}
