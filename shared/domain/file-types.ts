/** File extensions the upload API takes, with the content type a client declares for each. Pure. */
export const UPLOADABLE_EXTENSIONS: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

/** The content type to declare for a file name, or null when its extension is not one we upload. */
export function contentTypeForName(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return UPLOADABLE_EXTENSIONS[name.slice(dot).toLowerCase()] ?? null;
}
