/** Files from a drop (files or whole folders, walked recursively) or from an `<input type=file>`. */

export interface PickedFile {
  file: File;
  /** Path inside the dropped or chosen folder (`ho-so/2024/a.pdf`), or the file name. */
  name: string;
}

/** Hidden files and the CLI's sidecars are never documents. */
function keep(name: string): boolean {
  const last = name.split('/').pop() ?? name;
  return !last.startsWith('.') && !last.endsWith('.truth.json');
}

export function fromInput(list: FileList | null): PickedFile[] {
  if (!list) return [];
  return Array.from(list, (file) => ({ file, name: file.webkitRelativePath || file.name }))
    .filter((f) => keep(f.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name: path });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (100 in Chromium) until it returns an empty list.
  for (;;) {
    const batch = await readEntries(reader);
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, path, out);
  }
}

export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const out: PickedFile[] = [];
    for (const entry of entries) await walk(entry as FileSystemEntry, '', out);
    return out.filter((f) => keep(f.name)).sort((a, b) => a.name.localeCompare(b.name));
  }
  return fromInput(data.files);
}
