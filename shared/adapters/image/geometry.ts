/**
 * Page geometry measured on the small grey inspection copy of `preparePage` (issue 9, item 1): how far the
 * text lines are tilted (deskew), where the paper lies when a photo or a screenshot shows it on a darker
 * table or between a phone's UI bars, and where red seals sit on an otherwise colourless page. Pure
 * functions on raw pixels, so they are cheap (no second decode) and testable on real renderings.
 */

/** Otsu's threshold of the grey values in `values` (sampled every `step`): the split that best separates two classes. */
export function otsu(values: Uint8Array | Buffer, step = 1): number {
  const histogram = new Array<number>(256).fill(0);
  let n = 0;
  for (let i = 0; i < values.length; i += step) {
    histogram[values[i] as number]!++;
    n++;
  }
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * histogram[v]!;
  let below = 0;
  let sumBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let v = 0; v < 256; v++) {
    below += histogram[v]!;
    if (below === 0) continue;
    const above = n - below;
    if (above === 0) break;
    sumBelow += v * histogram[v]!;
    const meanBelow = sumBelow / below;
    const meanAbove = (sum - sumBelow) / above;
    const between = below * above * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = v;
    }
  }
  return threshold;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the paper is when the frame around it is dark (a table under a phone photo, the black bars and
 * backdrop of a screenshot): the rows and columns mostly brighter than a split between the frame's grey and
 * the paper's. Only sides whose border is dark are cut (a screenshot's page spans its width). Null when no
 * side is dark (a scan), or when there is little to cut.
 */
export function findPaper(grey: Uint8Array | Buffer, width: number, height: number): Rect | null {
  const split = paperThreshold(grey, width, height);
  if (split === null) return null;
  return paperRect(grey, width, height, split.threshold);
}

/**
 * The grey between a dark frame and the paper (`threshold`), and the grey below which a pixel is surely frame
 * (`frame`); null when the picture has no frame darker than its paper.
 */
export function paperThreshold(
  grey: Uint8Array | Buffer,
  width: number,
  height: number,
): { threshold: number; frame: number } | null {
  const band = Math.max(2, Math.round(Math.min(width, height) * 0.02));
  const sides = { top: [] as number[], bottom: [] as number[], left: [] as number[], right: [] as number[] };
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      const v = grey[y * width + x] as number;
      if (y < band) sides.top.push(v);
      else if (y >= height - band) sides.bottom.push(v);
      if (x < band) sides.left.push(v);
      else if (x >= width - band) sides.right.push(v);
    }
  }
  const paper = percentileOf(grey, 0.9, 3);
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 255;
  const frames = Object.values(sides).map(median);
  const frame = Math.min(...frames);
  // The paper must be light and far lighter than the frame; the split sits a third of the way up from it
  // (a shadow darkens paper and table alike).
  if (paper < 150 || paper - frame < 80) return null;
  const threshold = frame + Math.max(30, (paper - frame) * 0.35);
  const dark = (values: number[]) => values.filter((v) => v < threshold).length / Math.max(1, values.length) > 0.6;
  if (!Object.values(sides).some(dark)) return null;
  return { threshold, frame: frame + Math.max(15, (paper - frame) * 0.15) };
}

function paperRect(grey: Uint8Array | Buffer, width: number, height: number, threshold: number): Rect | null {
  const band = Math.max(2, Math.round(Math.min(width, height) * 0.02));
  const darkBand = (inBand: (x: number, y: number) => boolean) => {
    let dark = 0;
    let seen = 0;
    for (let y = 0; y < height; y += 2)
      for (let x = 0; x < width; x += 2)
        if (inBand(x, y)) {
          seen++;
          if ((grey[y * width + x] as number) < threshold) dark++;
        }
    return seen > 0 && dark / seen > 0.6;
  };
  const cutRows = darkBand((_x, y) => y < band) || darkBand((_x, y) => y >= height - band);
  const cutCols = darkBand((x) => x < band) || darkBand((x) => x >= width - band);
  if (!cutRows && !cutCols) return null;
  const rowBright = new Float32Array(height);
  const colBright = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((grey[y * width + x] as number) >= threshold) {
        rowBright[y]!++;
        colBright[x]!++;
      }
    }
  }
  // Rows and columns at least half paper: the edges of a tilted sheet are cut at their midpoints.
  const span = (counts: Float32Array, length: number, across: number): [number, number] | null => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < length; i++) {
      if ((counts[i] as number) / across >= 0.5) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? null : [first, last];
  };
  const rows: [number, number] | null = cutRows ? span(rowBright, height, width) : [0, height - 1];
  const cols: [number, number] | null = cutCols ? span(colBright, width, height) : [0, width - 1];
  if (!rows || !cols) return null;
  const rect = { left: cols[0], top: rows[0], width: cols[1] - cols[0] + 1, height: rows[1] - rows[0] + 1 };
  // A sheet of paper: not a sliver, and at least 5 % of the picture to cut away.
  if (rect.width < width * 0.3 || rect.height < height * 0.3) return null;
  if (rect.width * rect.height > width * height * 0.95) return null;
  return rect;
}

function percentileOf(values: Uint8Array | Buffer, p: number, step: number): number {
  const histogram = new Array<number>(256).fill(0);
  let n = 0;
  for (let i = 0; i < values.length; i += step) {
    histogram[values[i] as number]!++;
    n++;
  }
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= n * p) return v;
  }
  return 255;
}

/**
 * The tilt of the text lines in degrees (positive: lines descend to the right, i.e. the page must turn
 * counter-clockwise), by projection profile: the dark pixels of `region` are summed along lines of each
 * candidate slope; at the text's own slope the rows of text and the gaps between them are sharpest (the
 * largest sum of squares). Searched within ±`maxDegrees`, coarse then fine (0.05°). 0 when too little text.
 */
export function estimateSkew(
  grey: Uint8Array | Buffer,
  width: number,
  region: Rect,
  maxDegrees = 6,
): { degrees: number; strength: number } {
  const inner = region.width * region.height;
  const sample: { x: number; y: number }[] = [];
  const pixels = new Uint8Array(inner);
  for (let y = 0; y < region.height; y++)
    for (let x = 0; x < region.width; x++)
      pixels[y * region.width + x] = grey[(region.top + y) * width + region.left + x] as number;
  const threshold = otsu(pixels, 2);
  // Text strokes: dark pixels with a light pixel within 3 px to the left or the right (solid dark areas,
  // a shadow or a table corner, are no text).
  for (let y = 0; y < region.height; y++) {
    const row = y * region.width;
    for (let x = 3; x < region.width - 3; x++) {
      const v = pixels[row + x] as number;
      if (v >= threshold) continue;
      if ((pixels[row + x - 3] as number) < threshold && (pixels[row + x + 3] as number) < threshold) continue;
      sample.push({ x, y });
    }
  }
  if (sample.length < 500) return { degrees: 0, strength: 0 };
  const stride = Math.max(1, Math.floor(sample.length / 80_000));
  const xs = new Float64Array(Math.ceil(sample.length / stride));
  const ys = new Float64Array(xs.length);
  for (let i = 0, k = 0; i < sample.length; i += stride, k++) {
    xs[k] = sample[i]!.x;
    ys[k] = sample[i]!.y;
  }
  const bins = new Float64Array(region.height + region.width + 2);
  const offset = region.width + 1;
  const score = (degrees: number): number => {
    const t = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let k = 0; k < xs.length; k++) {
      const b = Math.round((ys[k] as number) - (xs[k] as number) * t) + offset;
      bins[b]!++;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  const level = bestScore;
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.25) {
    const s = score(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  const coarse = best;
  for (let d = coarse - 0.25; d <= coarse + 0.25 + 1e-9; d += 0.05) {
    const s = score(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  return { degrees: Math.round(best * 100) / 100, strength: level > 0 ? bestScore / level : 0 };
}

/**
 * Red seals on a page: clusters of strongly red pixels (red well above green and blue) whose extent is
 * roughly round (a seal is a disc; a red title is a wide, low strip and is left alone). `rgb` is the
 * inspection copy, `channels` per pixel. Rectangles in the copy's pixels, grown by a margin.
 */
export function findSeals(rgb: Uint8Array | Buffer, width: number, height: number, channels: number): Rect[] {
  const cell = Math.max(4, Math.round(Math.max(width, height) / 180));
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const red = new Uint8Array(cols * rows);
  const counts = new Uint16Array(cols * rows);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const j = (y * width + x) * channels;
      const r = rgb[j] as number;
      const g = rgb[j + 1] as number;
      const b = rgb[j + 2] as number;
      if (r - Math.max(g, b) > 60) counts[Math.floor(y / cell) * cols + Math.floor(x / cell)]!++;
    }
  }
  const minCount = Math.max(1, Math.round(cell * cell * 0.04));
  for (let i = 0; i < counts.length; i++) red[i] = (counts[i] as number) >= minCount ? 1 : 0;
  const seals: Rect[] = [];
  const seen = new Uint8Array(cols * rows);
  const stack: number[] = [];
  for (let start = 0; start < red.length; start++) {
    if (!red[start] || seen[start]) continue;
    let x0 = cols;
    let y0 = rows;
    let x1 = -1;
    let y1 = -1;
    let size = 0;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop() as number;
      const cx = i % cols;
      const cy = (i - cx) / cols;
      size++;
      x0 = Math.min(x0, cx);
      x1 = Math.max(x1, cx);
      y0 = Math.min(y0, cy);
      y1 = Math.max(y1, cy);
      // 8-neighbours two cells out: a seal's ring of letters has gaps.
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
          const n = ny * cols + nx;
          if (red[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
    }
    const w = (x1 - x0 + 1) * cell;
    const h = (y1 - y0 + 1) * cell;
    const aspect = w / h;
    // A seal: 8–45 % of the page's width, about as tall as wide, its cells a good part of its box.
    if (w < width * 0.08 || w > width * 0.45 || aspect < 0.7 || aspect > 1.45) continue;
    if (size < ((x1 - x0 + 1) * (y1 - y0 + 1)) / 5) continue;
    const margin = cell * 2;
    const left = Math.max(0, x0 * cell - margin);
    const top = Math.max(0, y0 * cell - margin);
    seals.push({
      left,
      top,
      width: Math.min(width, (x1 + 1) * cell + margin) - left,
      height: Math.min(height, (y1 + 1) * cell + margin) - top,
    });
  }
  return seals;
}

/**
 * The frame still showing around a cut-out sheet (the corners a tilted or sheared sheet leaves, a strip of
 * table): the pixels darker than `dark` reached from the picture's edge through such pixels, no further
 * in than 15 % of a side. 255 there, 0 elsewhere, so the frame can be painted paper-white. Paper in a
 * shadow is lighter than `dark` and stops the fill, so text on the sheet is never reached.
 */
export function frameMask(grey: Uint8Array | Buffer, width: number, height: number, dark: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  const maxX = Math.round(width * 0.15);
  const maxY = Math.round(height * 0.15);
  const near = (x: number, y: number) => x < maxX || x >= width - maxX || y < maxY || y >= height - maxY;
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const i = y * width + x;
    if (mask[i] || (grey[i] as number) >= dark || !near(x, y)) return;
    mask[i] = 255;
    stack.push(i);
  };
  for (let x = 0; x < width; x++) {
    push(x, 0);
    push(x, height - 1);
  }
  for (let y = 0; y < height; y++) {
    push(0, y);
    push(width - 1, y);
  }
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const x = i % width;
    const y = (i - x) / width;
    if (x > 0) push(x - 1, y);
    if (x < width - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < height - 1) push(x, y + 1);
  }
  return mask;
}
