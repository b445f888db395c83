// CSV import: bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) to rows of API
// inputs. Every row is kept: a row whose cells cannot become an input carries an error with the
// API's codes and the field's dotted name.
import Papa from "papaparse";
import { KIND, fieldInfo, isOutputHeader } from "./fields.js";
import { resolveColumns } from "./mapping.js";
import { parseAmount } from "./money.js";
import { unneutralise } from "./inert.js";

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

/**
 * Parses CSV text (or bytes) into { headers, records, encoding, problems }: records are arrays of
 * cells with spreadsheet neutralisation undone; problems are Papa Parse's per-row complaints,
 * keyed by record index. The delimiter is detected (",", ";", tab, "|").
 */
export function parseCsv(input) {
  const { text, encoding } = typeof input === "string" ? { text: input.replace(/^\uFEFF/, ""), encoding: "text" } : decodeBytes(input);
  const parsed = Papa.parse(text, { skipEmptyLines: "greedy" });
  if (parsed.data.length === 0) throw new QueueImportError("empty_file", "the file has no header row");
  const [head, ...body] = parsed.data;
  // The result columns of an earlier export are dropped: re-importing an export gives the rows
  // that were exported.
  const keep = head.map((h, i) => (isOutputHeader(unneutralise(h)) ? -1 : i)).filter((i) => i >= 0);
  const headers = keep.map((i) => unneutralise(String(head[i])).trim());
  const records = body.map((record) => keep.map((i) => unneutralise(record[i] ?? "")));
  const problems = new Map();
  body.forEach((record, i) => {
    if (record.length > head.length) problems.set(i, `${record.length} cells for ${head.length} columns`);
  });
  for (const e of parsed.errors) {
    if (typeof e.row === "number" && e.row >= 1) problems.set(e.row - 1, e.message);
  }
  return { headers, records, encoding, problems };
}

/**
 * Reads a queue file: { encoding, headers, columns (see resolveColumns), rows }.
 * A row is { index, id, input, extras, cells, error }: `cells` are the raw cells (for export),
 * `extras` the non-field columns by header, `error` null or { code, field, message }.
 */
export function importCsv(input, { mapping = null } = {}) {
  const { headers, records, encoding, problems } = parseCsv(input);
  const columns = resolveColumns(headers, mapping);
  const rows = records.map((cells, index) => buildRow(headers, columns, cells, index, problems.get(index)));
  return { encoding, headers, columns, rows };
}

/** Re-reads imported rows under another mapping (the mapping step), without parsing again. */
export function remapRows(table, mapping) {
  const columns = resolveColumns(table.headers, mapping);
  const rows = table.rows.map((row) => buildRow(table.headers, columns, row.cells, row.index, row.parseProblem));
  return { ...table, columns, rows };
}

function buildRow(headers, columns, cells, index, parseProblem) {
  const extras = {};
  for (const i of columns.extras) extras[headers[i] || `column ${i + 1}`] = cells[i] ?? "";
  const idColumn = columns.fields.orderId;
  const id = idColumn === undefined ? "" : (cells[idColumn] ?? "").trim();
  const rulesetColumn = columns.fields.ruleset;
  const ruleset = rulesetColumn === undefined ? "" : (cells[rulesetColumn] ?? "").trim();
  const row = { index, id, ruleset, input: null, extras, cells, error: null };
  if (parseProblem) row.parseProblem = parseProblem;
  if (parseProblem) {
    row.error = { code: "invalid_csv", field: "", message: `row ${index + 2}: ${parseProblem}` };
    return row;
  }
  const built = inputFromCells(columns.fields, cells);
  if (built.error) row.error = built.error;
  else row.input = built.input;
  return row;
}

/** Builds the API input of one row from its cells; the first cell that cannot be read is the error. */
function inputFromCells(fields, cells) {
  const input = {};
  const currency = fields.currency === undefined ? undefined : (cells[fields.currency] ?? "").trim();
  for (const [field, index] of Object.entries(fields)) {
    if (field === "orderId") continue;
    const cell = (cells[index] ?? "").trim();
    if (cell === "") continue; // an empty cell is an absent field, as null is in the API
    const read = readCell(fieldInfo(field), cell, currency);
    if (!read.ok) return { error: { code: read.code, field, message: `${field}: ${read.message}; got "${cell}"` } };
    setPath(input, field, read.value);
  }
  return { input };
}

const TRUE = new Set(["true", "yes", "y", "1", "是", "有", "对", "√"]);
const FALSE = new Set(["false", "no", "n", "0", "否", "无", "没有", "×"]);

function readCell(info, cell, currency) {
  switch (info.kind) {
    case KIND.MONEY: {
      if (!currency) return { ok: false, code: "missing_field", message: "an amount needs the row's currency" };
      const amount = parseAmount(cell, currency);
      return amount.ok ? amount : { ok: false, code: "invalid_amount", message: amount.reason };
    }
    case KIND.BOOLEAN: {
      const key = cell.toLowerCase();
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return { ok: false, code: "invalid_type", message: "expected true/false, yes/no, 是/否 or 1/0" };
    }
    case KIND.INTEGER:
      return /^\d+$/.test(cell) && Number.isSafeInteger(Number(cell))
        ? { ok: true, value: Number(cell) }
        : { ok: false, code: "invalid_type", message: "expected a whole number" };
    case KIND.DATE:
      return { ok: true, value: normaliseDate(cell) };
    case KIND.DATES:
      return { ok: true, value: cell.split(/[;,\s]+/).filter(Boolean).map(normaliseDate) };
    default:
      return { ok: true, value: cell };
  }
}

/** "2024/5/1" and "2024-5-1" (as Excel writes dates) become "2024-05-01"; the engine checks the rest. */
export function normaliseDate(cell) {
  const m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(cell);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : cell;
}

function setPath(target, path, value) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] ??= {};
  node[parts.at(-1)] = value;
}
