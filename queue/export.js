// CSV export: the file's own columns as they came, then the queue's results. UTF-8 with a BOM so
// Excel shows Chinese correctly; every cell neutralised against formula injection (inert.js).
// Re-importing the export gives the same rows: the result columns ("result.*", "error.*") are
// recognised and skipped, and the neutralisation is undone.
import Papa from "papaparse";
import { fieldInfo, KIND } from "./fields.js";
import { formatAmount } from "./money.js";
import { neutralise } from "./inert.js";
import { importCsv } from "./csv.js";

/**
 * The export's text, starting with a BOM (a Blob of it is UTF-8). `table` is what importCsv or
 * tableFromItems returned, `results` one result per row (runQueue); without results, only the
 * file's own columns are written.
 */
export function exportCsv(table, results) {
  if (!results) return csvText(table.headers, table.rows.map((row) => table.headers.map((_, c) => row.cells[c] ?? "")));
  const deadlineNames = [];
  const seen = new Set();
  for (const result of results) {
    for (const name of Object.keys(result?.ok ? result.value.deadlines : {})) {
      if (!seen.has(name)) deadlineNames.push(name), seen.add(name);
    }
  }
  const resultHeaders = [
    "result.outcome",
    "result.refund",
    "result.fault",
    ...deadlineNames.map((name) => `result.deadlines.${name}`),
    "result.rules",
    "result.failedCheck",
    "error.code",
    "error.field",
    "error.message",
  ];
  const data = table.rows.map((row, i) => {
    const result = results[i];
    const value = result?.ok ? result.value : null;
    const failed = value?.checks.find((check) => !check.passed);
    const own = table.headers.map((_, c) => row.cells[c] ?? "");
    return [
      ...own,
      value?.outcome ?? "",
      value ? formatAmount(value.refund, value.currency) : "",
      value?.fault ?? "",
      ...deadlineNames.map((name) => value?.deadlines[name] ?? ""),
      value ? value.rules.join(" ") : "",
      failed ? failed.id : "",
      result && !result.ok ? result.error.code : "",
      result && !result.ok ? result.error.field : "",
      result && !result.ok ? result.error.message : "",
    ];
  });
  return csvText([...table.headers, ...resultHeaders], data);
}

function csvText(headers, data) {
  const safe = data.map((cells) => cells.map(neutralise));
  return "\uFEFF" + Papa.unparse({ fields: headers.map(neutralise), data: safe }, { newline: "\r\n" });
}

/**
 * A table (as importCsv gives) from API inputs, for the `items` property: one column per field
 * used, amounts in currency units. An item may carry `orderId`, the row's id (not sent to the
 * engine). Keys that are not API fields become extra columns.
 */
export function tableFromItems(items) {
  const headers = [];
  const index = new Map();
  const flat = items.map((item) => {
    const cells = new Map();
    flatten(item ?? {}, "", cells, item?.currency);
    for (const header of cells.keys()) if (!index.has(header)) index.set(header, headers.push(header) - 1);
    return cells;
  });
  const text = Papa.unparse({ fields: headers.map(neutralise), data: flat.map((cells) => headers.map((h) => neutralise(cells.get(h) ?? ""))) });
  return importCsv(text);
}

function flatten(object, prefix, cells, currency) {
  for (const [key, value] of Object.entries(object)) {
    const path = prefix + key;
    if (value === null || value === undefined) continue;
    if (typeof value === "object" && !Array.isArray(value)) flatten(value, `${path}.`, cells, currency);
    else cells.set(path, cellText(path, value, currency));
  }
}

function cellText(path, value, currency) {
  const info = fieldInfo(path);
  if (info?.kind === KIND.MONEY && Number.isSafeInteger(value) && value >= 0 && typeof currency === "string") {
    return formatAmount(value, currency);
  }
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}
