/**
 * Child process for the bomb tests: reads one file with the tesseract engine and prints, as JSON, the
 * error code it ended with and the process's peak resident memory. Run: node --import tsx bomb-child.ts FILE
 */
import { readFile } from 'node:fs/promises';
import { makeTesseractEngine } from '#shared/adapters/ocr/tesseract.ts';
import { SohoaError } from '#shared/errors.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: bomb-child.ts FILE');
const engine = makeTesseractEngine();
let code: string | null = null;
let messageVi: string | null = null;
try {
  await engine.extract({ bytes: await readFile(file), contentType: 'application/octet-stream' });
} catch (error) {
  if (!(error instanceof SohoaError)) throw error;
  code = error.code;
  messageVi = error.messageVi;
} finally {
  await engine.close?.();
}
// maxRSS is in kilobytes (getrusage ru_maxrss).
process.stdout.write(`${JSON.stringify({ code, messageVi, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
