// CSV import: bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK; see decode.js) to
// rows of API inputs. Every row is kept: a row whose cells cannot become an input carries an error
// with the API's codes and the field's dotted name.
import Papa from "papaparse";
import { KIND, fieldInfo, isOutputHeader } from "./fields.js";
import { resolveColumns } from "./mapping.js";
import { parseAmount } from "./money.js";
import { unneutralise } from "./inert.js";
import { QueueImportError, decodeBytes } from "./decode.js";
import { localeTag } from "./replies.js";

export { QueueImportError, decodeBytes };

/** The text of the input: bytes are decoded (decodeBytes), a string loses a leading BOM. */
function textOf(input) {
  return typeof input === "string" ? { text: input.replace(/^\uFEFF/, ""), encoding: "text" } : decodeBytes(input);
}

/**
 * The header row as read: which columns are kept (the result columns of an earlier export are
 * dropped, so re-importing an export gives the rows that were exported) and their names.
 */
function readHead(head) {
  if (!head) throw new QueueImportError("empty_file", "the file has no header row");
  const keep = head.map((h, i) => (isOutputHeader(unneutralise(h)) ? -1 : i)).filter((i) => i >= 0);
  return { width: head.length, keep, headers: keep.map((i) => unneutralise(String(head[i])).trim()) };
}

/** One parsed record: its kept cells with neutralisation undone, and a problem if it has one. */
function readRecord(head, record, papaProblem) {
  const cells = head.keep.map((i) => unneutralise(record[i] ?? ""));
  const problem = papaProblem ?? (record.length > head.width ? `${record.length} cells for ${head.width} columns` : undefined);
  return { cells, problem };
}

/** Papa Parse's complaints by record index (its row 0 being `firstRow`). */
function problemsOf(errors, firstRow) {
  const problems = new Map();
  for (const e of errors) if (typeof e.row === "number" && e.row + firstRow >= 0) problems.set(e.row + firstRow, e.message);
  return problems;
}

/**
 * Parses CSV text (or bytes) into { headers, records, encoding, problems }: records are arrays of
 * cells with spreadsheet neutralisation undone; problems are per-record complaints (Papa Parse's,
 * or more cells than headers), keyed by record index. The delimiter is detected (",", ";", tab, "|").
 */
export function parseCsv(input) {
  const { text, encoding } = textOf(input);
  const parsed = Papa.parse(text, { skipEmptyLines: "greedy" });
  const [first, ...body] = parsed.data;
  const head = readHead(first);
  const papa = problemsOf(parsed.errors, -1);
  const records = [];
  const problems = new Map();
  body.forEach((record, i) => {
    const read = readRecord(head, record, papa.get(i));
    records.push(read.cells);
    if (read.problem) problems.set(i, read.problem);
  });
  return { headers: head.headers, records, encoding, problems };
}

/**
 * Reads a queue file: { encoding, headers, columns (see resolveColumns), rows }.
 * A row is { index, id, ruleset, input, extras, cells, error }: `cells` are the raw cells (for
 * export), `extras` the non-field columns by header, `error` null or { code, field, message }.
 */
export function importCsv(input, { mapping = null } = {}) {
  const { headers, records, encoding, problems } = parseCsv(input);
  const columns = resolveColumns(headers, mapping);
  const reader = rowReader(headers, columns);
  const rows = records.map((cells, index) => reader(cells, index, problems.get(index)));
  return { encoding, headers, columns, rows };
}

/** A table from headers and rows of cells that are already text (tableFromItems). */
export function tableFromCells(headers, records, { mapping = null, encoding = "text" } = {}) {
  const columns = resolveColumns(headers, mapping);
  const reader = rowReader(headers, columns);
  return { encoding, headers, columns, rows: records.map((cells, index) => reader(cells, index)) };
}

/**
 * importCsv for large files in a page: the same table, but parsed and read in slices of about
 * `chunkBytes` of text with a pause between them (a task each), so the page stays responsive.
 * `onProgress({ rows })` after each slice; `signal` stops it (rejects with the signal's reason).
 */
export function importCsvAsync(input, { mapping = null, chunkBytes = 256 * 1024, onProgress, signal } = {}) {
  return new Promise((resolve, reject) => {
    let text, encoding;
    try {
      signal?.throwIfAborted();
      ({ text, encoding } = textOf(input));
    } catch (error) {
      return reject(error);
    }
    let head = null;
    let headers, columns, reader;
    const rows = [];
    let failed = false;
    const fail = (error, parser) => {
      failed = true;
      parser?.abort();
      reject(error);
    };
    // Slices must not each guess the delimiter and line break: take them from the first rows.
    const { delimiter, linebreak } = Papa.parse(text, { preview: 10 }).meta;
    Papa.parse(text, {
      delimiter,
      newline: linebreak,
      skipEmptyLines: "greedy",
      chunkSize: chunkBytes,
      chunk(results, parser) {
        if (failed) return;
        try {
          signal?.throwIfAborted();
          let data = results.data;
          let firstRow = rows.length;
          if (!head && data.length > 0) {
            head = readHead(data[0]);
            headers = head.headers;
            columns = resolveColumns(headers, mapping);
            reader = rowReader(headers, columns);
            data = data.slice(1);
            firstRow = -1;
          }
          const papa = problemsOf(results.errors, firstRow);
          for (const record of data) {
            const index = rows.length;
            const read = readRecord(head, record, papa.get(index));
            rows.push(reader(read.cells, index, read.problem));
          }
          onProgress?.({ rows: rows.length });
          parser.pause();
          setTimeout(() => parser.resume(), 0);
        } catch (error) {
          fail(error, parser);
        }
      },
      complete() {
        if (failed) return;
        if (!head) return reject(new QueueImportError("empty_file", "the file has no header row"));
        resolve({ encoding, headers, columns, rows });
      },
      error: (error) => fail(error),
    });
  });
}

/** Re-reads imported rows under another mapping (the mapping step), without parsing again. */
export function remapRows(table, mapping) {
  const columns = resolveColumns(table.headers, mapping);
  const reader = rowReader(table.headers, columns);
  const rows = table.rows.map((row) => reader(row.cells, row.index, row.parseProblem));
  return { ...table, columns, rows };
}

/**
 * A function (cells, index, parseProblem) -> row for one set of columns: the fields' readers are
 * looked up once per file, not once per cell.
 */
function rowReader(headers, columns) {
  const extras = columns.extras.map((i) => [headers[i] || `column ${i + 1}`, i]);
  const { orderId: idColumn, ruleset: rulesetColumn, currency: currencyColumn } = columns.fields;
  const fields = Object.entries(columns.fields)
    .filter(([field]) => field !== "orderId")
    .map(([field, index]) => ({ field, index, kind: fieldInfo(field).kind, path: field.split(".") }));
  const cellAt = (cells, i) => (i === undefined ? "" : (cells[i] ?? "").trim());
  return (cells, index, parseProblem) => {
    const extraCells = {};
    for (const [name, i] of extras) extraCells[name] = cells[i] ?? "";
    const row = { index, id: cellAt(cells, idColumn), ruleset: cellAt(cells, rulesetColumn), input: null, extras: extraCells, cells, error: null };
    if (parseProblem) {
      row.parseProblem = parseProblem;
      row.error = { code: "invalid_csv", field: "", message: `row ${index + 2}: ${parseProblem}` };
      return row;
    }
    const currency = currencyColumn === undefined ? undefined : cellAt(cells, currencyColumn);
    const input = {};
    for (const { field, index: column, kind, path } of fields) {
      const cell = cellAt(cells, column);
      if (cell === "") continue; // an empty cell is an absent field, as null is in the API
      const read = readCell(kind, cell, currency);
      if (!read.ok) {
        row.error = { code: read.code, field, message: `${field}: ${read.message}; got "${cell}"` };
        return row;
      }
      setPath(input, path, read.value);
    }
    row.input = input;
    return row;
  };
}

const TRUE = new Set(["true", "yes", "y", "1", "是", "有", "对", "√"]);
const FALSE = new Set(["false", "no", "n", "0", "否", "无", "没有", "×"]);

function readCell(kind, cell, currency) {
  switch (kind) {
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
    case KIND.LOCALE:
      // A tag the engine does not know is passed as given: the engine refuses it by name.
      return { ok: true, value: localeTag(cell) ?? cell };
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
  let node = target;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]] ??= {};
  node[path[path.length - 1]] = value;
}
