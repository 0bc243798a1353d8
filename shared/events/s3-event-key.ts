/**
 * S3 writes object keys into event notifications form-encoded (space → `+`, every byte outside
 * `A-Z a-z 0-9 . - _ *` and `/` as UTF-8 `%XX`, upper-case hex), e.g.
 * `Giấy phép (bản scan).pdf` → `Gi%E1%BA%A5y+ph%C3%A9p+%28b%E1%BA%A3n+scan%29.pdf`.
 * s3rver emits raw keys, so the local router re-encodes them: the handlers then run the same decoding
 * they run on real S3 events.
 */
export function encodeS3EventKey(key: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(key)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-_*/]/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
