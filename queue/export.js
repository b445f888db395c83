// CSV export: the file's own columns as they came, then the queue's results. UTF-8 with a BOM so
// Excel shows Chinese correctly; every cell neutralised against formula injection (inert.js).
// Re-importing the export gives the same rows: the result columns ("result.*", "error.*") are
// recognised and skipped, and the neutralisation is undone. With the replies (replies.js) the
// export has each row's reply in its buyer's language, and that language.
import Papa from "papaparse";
import { FIELDS, fieldInfo, KIND } from "./fields.js";
import { formatAmount } from "./money.js";
import { neutralise } from "./inert.js";
import { tableFromCells } from "./csv.js";

/**
 * The export's text, starting with a BOM (a Blob of it is UTF-8). `table` is what importCsv or
 * tableFromItems returned, `results` one result per row (runQueue); without results, only the
 * file's own columns are written. `order` (optional): the rows' indexes in the order to write
 * them (the command line writes the most urgent first); the columns are the same either way.
 * `replies` (optional, from renderReplies): one `{ locale, text }` or null per row, written as the
 * columns result.replyLocale and result.reply.
 */
export function exportCsv(table, results, { order = null, replies = null } = {}) {
  const indexes = order ?? table.rows.map((_, i) => i);
  if (!results) return csvText(table.headers, indexes.map((i) => table.headers.map((_, c) => table.rows[i].cells[c] ?? "")));
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
    ...(replies ? ["result.replyLocale", "result.reply"] : []),
    "error.code",
    "error.field",
    "error.message",
  ];
  const data = indexes.map((i) => {
    const row = table.rows[i];
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
      ...(replies ? [replies[i]?.locale ?? "", replies[i]?.text ?? ""] : []),
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
 * used, amounts in currency units (for the list and the export). Each row's input is the item
 * itself, so the engine judges exactly what was given (an amount that is not an integer is its
 * `invalid_amount`); an item may carry `orderId`, the row's id, and top-level keys that are not
 * API fields (a note) become extra columns; neither is sent to the engine.
 */
export function tableFromItems(items) {
  const table = tableOfCells(items);
  table.rows.forEach((row, i) => {
    const item = items[i];
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      row.input = null;
      row.error = { code: "invalid_type", field: "", message: "an item must be an object of API input fields" };
      return;
    }
    row.input = Object.fromEntries(Object.entries(item).filter(([key]) => API_KEYS.has(key)));
    row.error = null;
  });
  return table;
}

// The input's top-level keys: the first part of each field name, and the policy object.
const API_KEYS = new Set([...FIELDS.map((f) => f.field.split(".")[0]), "policy"].filter((key) => key !== "orderId"));

function tableOfCells(items) {
  const headers = [];
  const index = new Map();
  const flat = items.map((item) => {
    const cells = new Map();
    if (item !== null && typeof item === "object" && !Array.isArray(item)) flatten(item, "", cells, item.currency);
    for (const header of cells.keys()) if (!index.has(header)) index.set(header, headers.push(header) - 1);
    return cells;
  });
  return tableFromCells(headers, flat.map((cells) => headers.map((h) => cells.get(h) ?? "")));
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
