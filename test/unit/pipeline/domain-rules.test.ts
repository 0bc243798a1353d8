import { describe, expect, it } from 'vitest';
import { assertTransition, canApply, canTransition, countingKeys, isTerminal } from '#shared/domain/document-status.ts';
import { checkUploadedFile, sha256Hex } from '#shared/domain/file-checks.ts';
import { displayFileName } from '#shared/domain/file-names.ts';
import { extractedKey, incomingKey, parseExtractedKey, parseIncomingKey } from '#shared/domain/object-keys.ts';
import {
  checkUploadRequest,
  fileNames,
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  sha256HexToBase64,
} from '#shared/domain/upload-rules.ts';
import { vnDateOf, vnYearOf } from '#shared/domain/vn-time.ts';
import { parseS3Records } from '#shared/events/s3-records.ts';
import { parseTextractNotification } from '#shared/events/textract-notifications.ts';
import { fixturesAvailable, readFixture } from '#test/handlers/fixtures.ts';

describe('document state machine', () => {
  it('allows the pipeline’s moves and refuses the rest', () => {
    expect(canTransition('extracted', 'uploading', 'extracted')).toBe(true);
    expect(canTransition('classified', 'extracted', 'needs_review')).toBe(true);
    expect(canApply('classified', 'classified')).toBe(false);
    expect(canApply('review_accept', 'duplicate')).toBe(false);
    expect(canApply('review_reject', 'rejected')).toBe(false);
    expect(() => assertTransition('extracted', 'classified', 'extracted')).toThrow(/illegal/);
    expect(isTerminal('needs_review')).toBe(true);
    expect(isTerminal('extracting')).toBe(false);
  });

  it('indexes only accepted documents, by Vietnam-time year and expiry', () => {
    const base = { docId: 'd1', agencyId: 'a', expiryDate: null, digitizedAt: '2025-12-31T16:30:00.000Z' };
    expect(countingKeys({ ...base, status: 'classified' })).toEqual({ cntpk: 'a#2025', cntsk: '9999-12-31#d1' });
    expect(
      countingKeys({
        ...base,
        status: 'classified',
        digitizedAt: '2025-12-31T17:10:00.000Z',
        expiryDate: '2027-01-01',
      }),
    ).toEqual({
      cntpk: 'a#2026',
      cntsk: '2027-01-01#d1',
    });
    for (const status of ['needs_review', 'duplicate', 'expired', 'not_a_result', 'rejected', 'extracted'] as const) {
      expect(countingKeys({ ...base, status })).toBeNull();
    }
    expect(vnYearOf('2025-12-31T16:59:59.999Z')).toBe(2025);
    expect(vnDateOf('2025-12-31T17:00:00.000Z')).toBe('2026-01-01');
  });
});

describe('upload rules', () => {
  it('keeps Vietnamese names (NFC) and removes separators, control characters and ..', () => {
    const decomposed = 'Giấy phép'.normalize('NFD');
    expect(sanitizeFileName(`${decomposed}.pdf`)).toBe('Giấy phép.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('_._etc_passwd');
    expect(sanitizeFileName('a\u0000b\u001fc\\d/e.pdf')).toBe('abc_d_e.pdf');
    expect(sanitizeFileName('   ')).toBe('tep-tai-len');
    expect(sanitizeFileName('..')).toBe('tep-tai-len');
  });

  it('strips bidirectional and zero-width characters from stored names, and keeps the original escaped for display', () => {
    // U+202E (right-to-left override) makes `Giấy phép‮fdp.exe` read as `Giấy phépexe.pdf`.
    const spoof = 'Giấy phép\u202Efdp.exe';
    expect(sanitizeFileName(spoof)).toBe('Giấy phépfdp.exe');
    expect(fileNames(spoof)).toEqual({ fileName: 'Giấy phépfdp.exe', originalFileName: 'Giấy phép<U+202E>fdp.exe' });
    for (const invisible of [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u2066',
      '\u2069',
      '\uFEFF',
      '\u00AD',
      '\u061C',
    ]) {
      expect(sanitizeFileName(`GPXD${invisible}125.pdf`), invisible.codePointAt(0)!.toString(16)).toBe('GPXD125.pdf');
      expect(displayFileName(`GPXD${invisible}125.pdf`)).toMatch(/^GPXD<U\+[0-9A-F]{4}>125\.pdf$/);
    }
    expect(displayFileName('a\u0007b.pdf')).toBe('a<U+0007>b.pdf');
    // An ordinary Vietnamese name is kept as is, with no second copy.
    expect(fileNames('Giấy khai sinh.pdf')).toEqual({ fileName: 'Giấy khai sinh.pdf' });
    const checked = checkUploadRequest(
      { fileName: spoof, contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64) },
      { maxUploadBytes: 100 },
    );
    expect(checked).toMatchObject({ fileName: 'Giấy phépfdp.exe', originalFileName: 'Giấy phép<U+202E>fdp.exe' });
  });

  it('limits long names by bytes without splitting a letter, keeping the extension', () => {
    const long = `${'Quyết định giao đất '.repeat(30)}.pdf`;
    const clean = sanitizeFileName(long);
    expect(Buffer.byteLength(clean)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(clean.endsWith('.pdf')).toBe(true);
    expect(clean).toBe(clean.normalize('NFC'));
    expect(clean).not.toContain('\uFFFD');
  });

  it('accepts PDF/JPEG/PNG/TIFF up to the limit, and converts the checksum to base64', () => {
    const ok = checkUploadRequest(
      { fileName: 'a.jpg', contentType: 'image/JPG', size: 10, sha256: 'AB'.repeat(32) },
      { maxUploadBytes: 100 },
    );
    expect(ok).toMatchObject({ contentType: 'image/jpeg', sha256: 'ab'.repeat(32) });
    expect(() =>
      checkUploadRequest(
        { fileName: 'a', contentType: 'text/html', size: 1, sha256: 'a'.repeat(64) },
        { maxUploadBytes: 100 },
      ),
    ).toThrow(/unsupported/);
    expect(() =>
      checkUploadRequest(
        { fileName: 'a', contentType: 'image/png', size: 101, sha256: 'a'.repeat(64) },
        { maxUploadBytes: 100 },
      ),
    ).toThrow(/exceeds/);
    expect(sha256HexToBase64('00'.repeat(32))).toBe('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  });

  it('builds and parses object keys, refusing unsafe ids', () => {
    const key = incomingKey('ubnd-xa-thanh-nua', 'u-1', 'Giấy phép.pdf');
    expect(parseIncomingKey(key)).toEqual({
      agencyId: 'ubnd-xa-thanh-nua',
      uploadId: 'u-1',
      fileName: 'Giấy phép.pdf',
    });
    expect(parseIncomingKey('incoming/a/b/c/d.pdf')).toBeNull();
    expect(parseIncomingKey('ho-so/2020/x.pdf')).toBeNull();
    expect(() => incomingKey('..', 'u', 'x')).toThrow();
    expect(parseExtractedKey(extractedKey('doc-1'))).toEqual({ docId: 'doc-1' });
    expect(parseExtractedKey('extracted/a/b.json')).toBeNull();
  });
});

describe('file re-verification', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
  const declared = { size: pdf.length, sha256: sha256Hex(pdf), contentType: 'application/pdf' };
  it('passes the declared file and names what differs otherwise', () => {
    expect(checkUploadedFile(pdf, declared)).toBeNull();
    expect(checkUploadedFile(new Uint8Array(), declared)?.reason).toBe('empty_file');
    expect(checkUploadedFile(pdf, { ...declared, size: 3 })?.reason).toBe('size_mismatch');
    expect(checkUploadedFile(pdf, { ...declared, sha256: '0'.repeat(64) })?.reason).toBe('checksum_mismatch');
    expect(checkUploadedFile(pdf, { ...declared, contentType: 'image/png' })?.reason).toBe('type_mismatch');
    const zip = new TextEncoder().encode('PK\u0003\u0004zip');
    expect(
      checkUploadedFile(zip, { size: zip.length, sha256: sha256Hex(zip), contentType: 'application/pdf' })?.reason,
    ).toBe('unsupported_type');
    const locked = new TextEncoder().encode('%PDF-1.7\ntrailer << /Encrypt 5 0 R >>\n%%EOF');
    expect(
      checkUploadedFile(locked, { size: locked.length, sha256: sha256Hex(locked), contentType: 'application/pdf' })
        ?.reason,
    ).toBe('encrypted_pdf');
  });
});

describe.skipIf(!fixturesAvailable)('event parsing with the real fixtures', () => {
  it('decodes the form-encoded Vietnamese key (+ and %XX)', () => {
    const event = readFixture<{ Records: { body: string }[] }>('events/derived/sqs-s3-put.vietnamese-key.json');
    const [ref] = parseS3Records(event.Records[0]!);
    expect(ref).toMatchObject({
      bucket: 'tthc-ket-qua-scan',
      key: 'ho-so/2020/Giấy phép xây dựng 125-GP-UBND (bản scan).pdf',
      size: 734812,
      eventTime: '2026-03-05T02:14:09.512Z',
    });
  });

  it('decodes %20 keys and skips the s3:TestEvent', () => {
    const put = readFixture<{ Records: { body: string }[] }>('events/sqs-s3-put.json');
    expect(parseS3Records(put.Records[0]!)[0]?.key).toBe('test.pdf');
    const test = readFixture<{ Records: { body: string }[] }>('events/derived/sqs-s3-test-event.json');
    expect(parseS3Records(test.Records[0]!)).toEqual([]);
    expect(() => parseS3Records({ body: '{"Records":[{"eventSource":"aws:sqs"}]}' })).toThrow();
  });

  it('reads the Textract completion from an SNS envelope or a raw message', () => {
    const sns = readFixture<{ Records: { Sns: { Message: string } }[] }>(
      'events/derived/sns-textract-job-completed.json',
    );
    const envelope = sns.Records[0]!.Sns;
    const fromEnvelope = parseTextractNotification({ body: JSON.stringify(envelope) });
    expect(fromEnvelope).toEqual({
      jobId: '642492aea78a86a40665555dc375ee97bc963f342b29cd05030f19bd8fd1bc5f',
      status: 'SUCCEEDED',
      jobTag: 'Receipt',
      objectKey: 'document',
    });
    expect(parseTextractNotification({ body: envelope.Message })).toEqual(fromEnvelope);
  });
});
