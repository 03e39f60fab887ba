import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/**
 * The container of the compiled files: a JSON header, then named sections of
 * text or 32-bit integers, brotli-compressed as a whole. Loading is one
 * decompression and no per-row parsing: texts come out as single strings and
 * arrays as views on the decompressed bytes.
 *
 * Layout: u32 header length, header JSON (utf8), padding to 4, sections
 * (each padded to 4). The header names each section's kind, offset and length.
 */
export type Section = string | Uint32Array | Int32Array;

interface SectionEntry {
  name: string;
  kind: 'latin1' | 'utf8' | 'u32' | 'i32';
  offset: number;
  bytes: number;
}

export interface PackContents {
  meta: unknown;
  sections: Map<string, Section>;
}

/**
 * `quality` is brotli's (0-11): the bundled data takes 9 for size; a cache compiled
 * on a user's machine takes less, since it is written while the user waits.
 */
export function writePack(meta: unknown, sections: Record<string, Section>, quality = 9): Buffer {
  const bodies: Buffer[] = [];
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(sections)) {
    let body: Buffer;
    let kind: SectionEntry['kind'];
    if (typeof value === 'string') {
      // Latin-1 when every character fits one byte: it decodes with no UTF-8 work.
      kind = /^[\x00-\xff]*$/.test(value) ? 'latin1' : 'utf8';
      body = Buffer.from(value, kind);
    } else {
      kind = value instanceof Int32Array ? 'i32' : 'u32';
      body = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    entries.push({ name, kind, offset, bytes: body.length });
    bodies.push(body, Buffer.alloc(pad4(body.length) - body.length));
    offset += pad4(body.length);
  }
  const header = Buffer.from(JSON.stringify({ meta, sections: entries }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const raw = Buffer.concat([
    length,
    header,
    Buffer.alloc(pad4(4 + header.length) - 4 - header.length),
    ...bodies,
  ]);
  const compressed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  // The raw size goes first, uncompressed, so that the reader can decompress
  // into one buffer of the right size instead of concatenating chunks.
  const size = Buffer.alloc(4);
  size.writeUInt32LE(raw.length);
  return Buffer.concat([size, compressed]);
}

export function readPack(file: Buffer): PackContents {
  return readUnpacked(unpack(file));
}

/** The pack's bytes before compression, as `readUnpacked` reads them. */
export function unpack(file: Buffer): Buffer {
  const size = file.readUInt32LE(0);
  return brotliDecompressSync(file.subarray(4), {
    chunkSize: Math.max(size, 64 * 1024),
    maxOutputLength: Math.max(size, 1),
  });
}

/** How many bytes `unpack` gives for a pack file. */
export function unpackedSize(file: Buffer): number {
  return file.readUInt32LE(0);
}

export function readUnpacked(raw: Buffer): PackContents {
  // Typed-array views need 4-byte alignment of the underlying buffer.
  const bytes = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as {
    meta: unknown;
    sections: SectionEntry[];
  };
  const base = pad4(4 + headerLength);
  const sections = new Map<string, Section>();
  for (const s of header.sections) {
    const start = base + s.offset;
    if (s.kind === 'latin1' || s.kind === 'utf8') {
      sections.set(s.name, bytes.toString(s.kind, start, start + s.bytes));
    } else {
      const Ctor = s.kind === 'u32' ? Uint32Array : Int32Array;
      sections.set(
        s.name,
        new Ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset + start, s.bytes / 4),
      );
    }
  }
  return { meta: header.meta, sections };
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

export interface SectionReader {
  text(name: string): string;
  u32(name: string): Uint32Array;
  i32(name: string): Int32Array;
}

/** Typed access to a pack's sections, failing with the section's name. */
export function sectionReader(pack: PackContents, file: string): SectionReader {
  const get = (name: string) => {
    const s = pack.sections.get(name);
    if (s === undefined) throw new Error(`${file}: no section "${name}"`);
    return s;
  };
  return {
    text(name: string): string {
      const s = get(name);
      if (typeof s !== 'string') throw new Error(`${file}: section "${name}" is not text`);
      return s;
    },
    u32(name: string): Uint32Array {
      const s = get(name);
      if (!(s instanceof Uint32Array)) throw new Error(`${file}: "${name}" is not u32`);
      return s;
    },
    i32(name: string): Int32Array {
      const s = get(name);
      if (!(s instanceof Int32Array)) throw new Error(`${file}: "${name}" is not i32`);
      return s;
    },
  };
}
