// The dispute queue's core: CSV in and out, column mapping, evaluation (through dispute-calc/parallel's
// pool of workers), triage. No DOM needed; Web Workers unless runQueue is given `evaluate`.
export { FIELDS, KIND, REQUIRED_FIELDS, fieldForHeader } from "./fields.js";
export { CURRENCIES, currencyDigits, parseAmount, formatAmount } from "./money.js";
export { QueueImportError, decodeBytes, parseCsv, importCsv, importCsvAsync, remapRows, tableFromCells, normaliseDate } from "./csv.js";
export { resolveColumns, serialiseMapping, storedMappingFor } from "./mapping.js";
export { neutralise, unneutralise } from "./inert.js";
export { exportCsv, tableFromItems } from "./export.js";
export { LOCALES, localeTag, localeForCountry, replyLocaleOf, replyLocales, renderReplies } from "./replies.js";
export { runQueue, DEFAULT_CHUNK_SIZE } from "./run.js";
export { REFUSED, triage, triageRow, nearestDeadline, lastPassedDeadline, sortEntries, filterEntries, summarise, dayNumber, addDays } from "./triage.js";
export { sampleExport } from "./sample.js";
