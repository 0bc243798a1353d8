/**
 * Turns accurate Vietnamese text into what Amazon Textract's English-only text detection gives back:
 * diacritics lost (case kept), `Đ` read as `D`, and, deterministically by seed, OCR noise that a careful
 * reader can still undo — O/0 and l/1 inside numbers, doubled spaces, a long line broken in two, two
 * header lines read as one. Used by the classification tests and the accuracy benchmark.
 */
export function stripDiacriticsKeepCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').normalize('NFC');
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Replaces one digit by its OCR look-alike inside a token that stays mostly digits. */
function confuseDigits(line: string, random: () => number): string {
  return line.replace(/\b\d{4,}\b/g, (token) => {
    if (random() > 0.5) return token;
    const at = token.search(/[01]/);
    if (at < 0) return token;
    const ch = token[at] === '0' ? 'O' : 'l';
    return token.slice(0, at) + ch + token.slice(at + 1);
  });
}

export function degradeLikeTextract(text: string, seed: number): string {
  const random = rng(seed);
  const lines = stripDiacriticsKeepCase(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (random() < 0.3) line = confuseDigits(line, random);
    if (random() < 0.15) line = line.replace(/ /, '  ');
    // Two short header lines read across both columns as one line.
    const next = lines[i + 1];
    if (i < 4 && next !== undefined && line.length < 40 && next.length < 45 && random() < 0.3) {
      out.push(`${line} ${next}`);
      i++;
      continue;
    }
    // A long body line broken at a space.
    if (i > 8 && line.length > 60 && random() < 0.2) {
      const cut = line.indexOf(' ', 30);
      if (cut > 0) {
        out.push(line.slice(0, cut), line.slice(cut + 1));
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}
