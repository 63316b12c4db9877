import { inflateRawSync } from 'node:zlib';

/**
 * A small reader of a zip's central directory, enough to refuse zip bombs before exceljs unpacks an .xlsx.
 * It reads the declared sizes, refuses abnormal totals or ratios, then inflates each entry with a hard cap
 * of its declared size, so a file that lies about its sizes is refused too.
 */
export interface ZipLimits {
  /** Sum of all entries' uncompressed sizes. */
  readonly maxUncompressedBytes: number;
  /** Uncompressed / compressed, per entry larger than 1 MB uncompressed. Real .xlsx stay well below 100. */
  readonly maxCompressionRatio: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 600 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxEntries: 2_000,
};

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipProblem = { kind: 'not-zip' } | { kind: 'corrupt'; detail: string } | { kind: 'bomb'; detail: string };

export class ZipGuardError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind === 'not-zip' ? 'not a zip file' : `${problem.kind}: ${problem.detail}`);
    this.name = 'ZipGuardError';
  }
}

export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const MAX32 = 0xffffffff;

/** Entries listed in the central directory (throws ZipGuardError). */
export function listZipEntries(buf: Buffer, maxEntries = DEFAULT_ZIP_LIMITS.maxEntries): ZipEntry[] {
  if (!isZip(buf)) throw new ZipGuardError({ kind: 'not-zip' });
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipGuardError({ kind: 'corrupt', detail: 'no end of central directory' });
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === MAX32) throw new ZipGuardError({ kind: 'bomb', detail: 'zip64 is not accepted' });
  if (count > maxEntries) throw new ZipGuardError({ kind: 'bomb', detail: `${count} entries` });
  if (cdOffset + cdSize > buf.length) throw new ZipGuardError({ kind: 'corrupt', detail: 'central directory out of range' });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) {
      throw new ZipGuardError({ kind: 'corrupt', detail: 'bad central directory entry' });
    }
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === MAX32 || uncompressedSize === MAX32 || localHeaderOffset === MAX32) {
      throw new ZipGuardError({ kind: 'bomb', detail: `zip64 sizes in ${name}` });
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const o = e.localHeaderOffset;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== LOC_SIG) {
    throw new ZipGuardError({ kind: 'corrupt', detail: `bad local header for ${e.name}` });
  }
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipGuardError({ kind: 'corrupt', detail: `truncated ${e.name}` });
  return buf.subarray(start, end);
}

/** Inflate one entry, never producing more than its declared size (a lying header is refused). */
export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const data = entryData(buf, e);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw new ZipGuardError({ kind: 'corrupt', detail: e.name });
    return data;
  }
  if (e.method !== 8) throw new ZipGuardError({ kind: 'corrupt', detail: `compression method ${e.method}` });
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize + 1) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipGuardError({ kind: 'bomb', detail: `${e.name} inflates beyond its declared size` });
    }
    throw new ZipGuardError({ kind: 'corrupt', detail: `${e.name}: ${(err as Error).message}` });
  }
  if (out.length !== e.uncompressedSize) {
    throw new ZipGuardError({ kind: 'bomb', detail: `${e.name} size differs from its declared size` });
  }
  return out;
}

/**
 * Check a zip before anything unpacks it. Returns the entries; `onEntry` sees each entry's inflated bytes
 * (e.g. to read a worksheet's merged cells) before they are dropped.
 */
export function guardZip(
  buf: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  onEntry?: (name: string, data: Buffer) => void,
): ZipEntry[] {
  const entries = listZipEntries(buf, limits.maxEntries);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new ZipGuardError({ kind: 'bomb', detail: `declared uncompressed total over ${limits.maxUncompressedBytes} bytes` });
    }
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > limits.maxCompressionRatio * Math.max(1, e.compressedSize)) {
      throw new ZipGuardError({
        kind: 'bomb',
        detail: `${e.name} ratio ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}`,
      });
    }
  }
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const out = inflateEntry(buf, e);
    onEntry?.(e.name, out);
  }
  return entries;
}
