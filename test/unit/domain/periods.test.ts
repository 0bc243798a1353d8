import { describe, expect, it } from 'vitest';
import { endOfPreviousPeriod, parseYear, resolvePeriod } from '#shared/domain/periods.ts';
import { vnDateOf, vnToday, vnYearOf } from '#shared/domain/vn-time.ts';

describe('today in Vietnam', () => {
  it('is already the next day from 00:00 to 07:00 Vietnam time, when the UTC date is still the previous one', () => {
    expect(vnToday(new Date('2026-03-04T17:30:00Z'))).toBe('2026-03-05');
    expect(vnToday(new Date('2026-03-04T16:59:59.999Z'))).toBe('2026-03-04');
    expect(vnToday(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(vnYearOf('2025-12-31T23:30:00+07:00')).toBe(2025);
    expect(vnDateOf('2025-12-31T17:00:00.000Z')).toBe('2026-01-01');
  });
});

describe('reporting periods', () => {
  it('reads a year given as text: four digits from 2000 to 2100, absent means the default', () => {
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear(undefined)).toBeUndefined();
    expect(parseYear(null)).toBeUndefined();
    expect(parseYear('')).toBeUndefined();
    for (const bad of ['26', '2026.0', ' 2026', 'x', '1999', '2101']) {
      expect(() => parseYear(bad), bad).toThrow(expect.objectContaining({ code: 'invalid_year' }));
    }
    // The HTTP API answers a malformed query parameter with its own code.
    expect(() => parseYear('1e308', 'invalid_request')).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });

  it.each([
    ['month', '2026-03-15', '2026-02-28'],
    ['month', '2024-03-01', '2024-02-29'],
    ['month', '2026-01-01', '2025-12-31'],
    ['quarter', '2026-05-20', '2026-03-31'],
    ['quarter', '2026-01-01', '2025-12-31'],
    ['year', '2026-01-02', '2025-12-31'],
  ] as const)('ends the %s before the one containing %s on %s', (kind, date, end) => {
    expect(endOfPreviousPeriod(kind, date)).toBe(end);
  });

  it('takes a past year at 31 December and the current one today; refuses a future year or day', () => {
    expect(resolvePeriod({ year: 2025 }, '2026-03-05')).toMatchObject({ asOf: '2025-12-31', label: 'năm 2025' });
    expect(resolvePeriod({}, '2026-03-05')).toMatchObject({ year: 2026, asOf: '2026-03-05' });
    expect(resolvePeriod({ year: 2026, period: 'quarter' }, '2026-03-05')).toMatchObject({
      start: '2026-01-01',
      end: '2026-03-31',
      label: 'quý I/2026',
    });
    expect(() => resolvePeriod({ year: 2027 }, '2026-03-05')).toThrow(expect.objectContaining({ code: 'future_year' }));
    expect(() => resolvePeriod({ asOf: '2026-03-06' }, '2026-03-05')).toThrow(
      expect.objectContaining({ code: 'future_date' }),
    );
    expect(() => resolvePeriod({ year: 1999 }, '2026-03-05')).toThrow(
      expect.objectContaining({ code: 'invalid_year' }),
    );
    expect(() => resolvePeriod({ period: 'week' as never }, '2026-03-05')).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
  });
});
