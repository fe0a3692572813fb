/**
 * Files the user picked or dropped, as the compiler names them: ids are paths relative to the
 * folder given, with `/`, as `npm run compile -- <folder>` names them. Hidden files and
 * folders (a path segment starting with `.`) are left out, as the command line leaves them
 * out. A `graph.json` with its `documents.json` is compiled data to open, not documents to
 * compile. Pure, apart from reading a dropped folder through the browser's entries API.
 */

/** A file and the path it was given under (`report.txt`, `press/2014/report.txt`). */
export interface PickedFile {
  path: string;
  file: File;
}

/** A file to compile under its corpus id. */
export interface CorpusEntry {
  id: string;
  file: File;
}

/** What a set of picked files is. */
export type PickedSet =
  | {
      kind: "documents";
      entries: CorpusEntry[];
      /** The folder picked or dropped whole, whose name was taken off the ids. */
      folder: string | null;
    }
  | { kind: "compiled"; graph: File; documents: File }
  | { kind: "empty"; message: string };

function isHidden(path: string): boolean {
  return path.split("/").some((segment) => segment.startsWith("."));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function byId(a: CorpusEntry, b: CorpusEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A path with `/` separators, no leading `/` or `./`, and no empty segments. */
export function cleanPath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/");
}

/**
 * The corpus ids of picked paths: hidden paths left out, and the one folder they all sit in
 * (a folder picked or dropped whole) taken off, as the command line takes off the folder it
 * is given. Files picked one by one keep their names; several folders dropped together keep
 * their folder names (as when compiling the folder that holds them).
 */
export function corpusEntries(picked: readonly PickedFile[]): CorpusEntry[] {
  return corpusOf(picked).entries;
}

function corpusOf(picked: readonly PickedFile[]): {
  entries: CorpusEntry[];
  folder: string | null;
} {
  const visible = picked
    .map((p) => ({ path: cleanPath(p.path), file: p.file }))
    .filter((p) => p.path !== "" && !isHidden(p.path));
  const tops = new Set(visible.map((p) => (p.path.includes("/") ? p.path.split("/")[0] : "")));
  const [top] = tops;
  const folder = tops.size === 1 && top ? top : null;
  const strip = folder ? folder.length + 1 : 0;
  const entries = visible.map((p) => ({ id: p.path.slice(strip), file: p.file })).sort(byId);
  return { entries, folder };
}

/**
 * Sorts picked files into documents to compile or a compiled pair to open. A `graph.json`
 * and a `documents.json` picked together are opened as compiled data; anything else is
 * compiled (a lone `.json` file is then skipped, as the command line skips it).
 */
export function classifyPicked(picked: readonly PickedFile[]): PickedSet {
  const { entries, folder } = corpusOf(picked);
  if (entries.length === 0)
    return { kind: "empty", message: "No files to open (hidden files are left out)." };
  const named = (name: string): CorpusEntry[] => entries.filter((e) => baseName(e.id) === name);
  const graphs = named("graph.json");
  const docs = named("documents.json");
  if (graphs.length === 1 && docs.length === 1) {
    const [graph] = graphs;
    const [documents] = docs;
    if (graph && documents)
      return { kind: "compiled", graph: graph.file, documents: documents.file };
  }
  return { kind: "documents", entries, folder };
}

/** A file picked with `<input type="file">`: its path in the folder picked, else its name. */
export function fromInput(files: ArrayLike<File>): PickedFile[] {
  return Array.from(files).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** Reads every entry of a dropped folder (the browser hands them out in batches). */
function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

async function walkEntry(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.name.startsWith(".")) return;
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    out.push({ path: entry.fullPath, file });
  } else if (isDirectory(entry)) {
    for (const child of await readAll(entry.createReader())) await walkEntry(child, out);
  }
}

/** The files of a drop, folders read recursively; plain files where entries are unsupported. */
export async function fromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const items = Array.from(transfer.items).filter((item) => item.kind === "file");
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return fromInput(transfer.files);
  const out: PickedFile[] = [];
  for (const entry of entries) if (entry) await walkEntry(entry, out);
  return out;
}
