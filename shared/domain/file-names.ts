/**
 * How a user-supplied file name is shown, by the API (`originalFileName`) and the web app alike. Pure and
 * browser-safe (no Node imports): web/ imports it.
 */

/**
 * Characters a reader cannot see but that change what they read: bidirectional controls (`U+202E` turns
 * `hoso\u202Efdp.exe` into what looks like `hosoexe.pdf`), zero-width spaces and joiners, the BOM, soft hyphens,
 * and every other Unicode format character (`\p{Cf}`); the Hangul fillers that render as blanks; and the C0/C1
 * control characters (`\p{Cc}`).
 */
export const HIDDEN_CHARACTERS = /[\p{Cf}\p{Cc}\u115f\u1160\u3164\uffa0]/gu;

/**
 * The name as the clerk sent it, for display next to the sanitized one: NFC, with every invisible, format or
 * control character written out as `<U+202E>` so nothing is hidden or reordered, at most 300 characters.
 */
export function displayFileName(name: string): string {
  const shown = name
    .normalize('NFC')
    .replace(HIDDEN_CHARACTERS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
  const chars = [...shown];
  return chars.length > 300 ? `${chars.slice(0, 299).join('')}…` : shown;
}
