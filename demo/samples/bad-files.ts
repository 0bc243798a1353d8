/**
 * Files no engine can read, for tests and the demo: a truncated PDF and a password-protected PDF.
 * pdf-lib cannot encrypt, so the encrypted one is written by hand: a minimal PDF whose trailer carries a
 * standard-security-handler /Encrypt dictionary (RC4 40-bit, revision 2), which every reader (pdfjs
 * included) treats as password-protected.
 */
import { writeFile } from 'node:fs/promises';

/** The first part of a valid PDF (header and some objects, no xref or trailer): what an interrupted copy leaves. */
export function truncatePdf(pdf: Uint8Array, keepFraction = 0.4): Uint8Array {
  return pdf.slice(0, Math.max(16, Math.floor(pdf.length * keepFraction)));
}

/** A PDF whose body is garbage after a valid header: "%PDF-1.7" and then nothing a reader can use. */
export function corruptPdfBytes(): Uint8Array {
  return new TextEncoder().encode(
    '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nstream\n\u0000\u0001garbage',
  );
}

/** Writes a truncated PDF (from `pdf` when given, else a minimal corrupt one). */
export async function writeCorruptPdf(path: string, pdf?: Uint8Array): Promise<void> {
  await writeFile(path, pdf ? truncatePdf(pdf) : corruptPdfBytes());
}

/** A one-page PDF protected by a user password (pdfjs asks for it: PasswordException). */
export function writeEncryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    // Standard security handler, V1/R2: O and U are 32-byte strings; a U that does not match the empty
    // user password makes every reader ask for a password.
    `<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
