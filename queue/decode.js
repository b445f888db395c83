// A file's bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected,
// never mojibake. TextDecoder does the decoding: browsers have GB18030, and so has Node with
// full ICU (the default build).

/** Raised for a file that cannot be read at all (a row's problems are kept on the row instead). */
export class QueueImportError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "QueueImportError";
    this.code = code;
  }
}

/**
 * Decodes a file's bytes. UTF-8 is tried first (strictly: one invalid sequence and it is not
 * UTF-8), then GB18030, the superset of GBK and GB2312 that Chinese Excel and ERP exports use.
 * Returns { text, encoding }.
 */
export function decodeBytes(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: strict("utf-8", bytes.subarray(3)), encoding: "utf-8-bom" };
  if (a === 0xff && b === 0xfe) return { text: strict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  if (a === 0xfe && b === 0xff) return { text: strict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: strict("utf-8", bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try GB18030 below
  }
  try {
    return { text: strict("gb18030", bytes), encoding: "gb18030" };
  } catch {
    throw new QueueImportError("unknown_encoding", "the file is neither UTF-8 nor GB18030/GBK text");
  }
}

function strict(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new QueueImportError("unknown_encoding", `this environment cannot decode ${encoding}`);
    }
    throw new QueueImportError("unknown_encoding", `the file is not valid ${encoding}`);
  }
}

