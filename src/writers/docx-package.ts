// Packs the DOCX reproducibly, zipping once: docx's Packer would stamp "now" into
// docProps/core.xml and into every zip entry, with no option to say otherwise. So the package's
// parts are taken from docx's compiler before they are zipped (Packer.compiler, the step
// Packer.pack zips), their dates set to the document's date, and zipped with one fixed entry time,
// so the same input gives the same bytes whatever the clock or the time zone.
import { type Document, Packer } from 'docx';
import { strFromU8, strToU8, type Zippable, zipSync } from 'fflate';

type Compiler = { compile(file: Document, prettify: undefined, overrides: never[]): Map<string, string | Uint8Array | ArrayBuffer> };

/** `edits`: parts the docx library writes otherwise than Word would, rewritten (their XML in, out). */
export function packDocx(document: Document, date: Date, edits: Record<string, (xml: string) => string> = {}): Uint8Array {
  const files = (Packer as unknown as { compiler: Compiler }).compiler.compile(document, undefined, []);
  const parts: Record<string, Uint8Array> = {};
  for (const [path, data] of files) {
    const edit = edits[path];
    if (edit && typeof data === 'string') parts[path] = strToU8(edit(data));
    else parts[path] = typeof data === 'string' ? strToU8(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
  }
  return fixPackage(parts, date);
}

function fixPackage(parts: Record<string, Uint8Array>, date: Date): Uint8Array {
  const stamp = w3cdtf(date);
  const core = 'docProps/core.xml';
  if (parts[core]) {
    parts[core] = strToU8(
      strFromU8(parts[core]).replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
      ),
    );
  }
  // [Content_Types].xml first, as Word writes it and as some readers expect; the rest in docx's order
  const names = Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = parts[name]!;
  const zip = zipSync(ordered, { level: 6, mtime: zipTime(date) });
  setEntryTimes(zip, dosTime(date));
  return zip;
}

/** The date as core.xml writes it: ISO 8601 to the second, in UTC. */
export function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** DOS time starts in 1980 (and fflate stops at 2099): dates outside are clamped to the range. */
const clampYear = (y: number) => Math.min(Math.max(y, 1980), 2099);

/**
 * Zip entry times are local-time fields (DOS time), which fflate fills from a Date's local getters:
 * a Date built from the UTC parts taken as local parts gives the UTC wall time in every zone.
 */
function zipTime(date: Date): Date {
  const y = clampYear(date.getUTCFullYear());
  return y === date.getUTCFullYear()
    ? new Date(y, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds())
    : new Date(y, 0, 1);
}

/** DOS date and time of the UTC wall time: [time, date] as the zip headers hold them. */
function dosTime(date: Date): [number, number] {
  const y = clampYear(date.getUTCFullYear());
  if (y !== date.getUTCFullYear()) return [0, ((y - 1980) << 9) | (1 << 5) | 1];
  return [
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    ((y - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  ];
}

/**
 * Writes the entry times into the zip's headers directly. zipTime() is right in every zone but one
 * case: a wall time that a daylight-saving jump skips locally (02:30 on a spring-forward day) is
 * moved by the Date constructor, and that zone's file would differ. The headers settle it.
 */
function setEntryTimes(zip: Uint8Array, [time, day]: [number, number]): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // fflate writes no archive comment
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('zip: end of central directory not found');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: central directory entry not found');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: local file header not found');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
