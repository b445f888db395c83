// dispute-calc triage <file.csv>: the dispute queue's import, evaluation, triage and export, the
// same code <dispute-queue> runs in the page (queue/*.js, bundled into the command), in Node.
import { readFile, writeFile } from "node:fs/promises";
import { evaluateDisputes, loadLocale, rulesets } from "dispute-calc";
import { importCsvAsync } from "../../queue/csv.js";
import { fieldInfo, FIELDS } from "../../queue/fields.js";
import { runQueue } from "../../queue/run.js";
import { REFUSED, sortEntries, summarise, triage as triageRows } from "../../queue/triage.js";
import { exportCsv } from "../../queue/export.js";
import { renderReplies, replyLocales } from "../../queue/replies.js";
import { CliError, EXIT, parse, reason, usageError } from "./common.mjs";
import { progressBar } from "./progress.mjs";

export const help = `usage: dispute-calc triage <file.csv> [options]

Imports a dispute queue from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; English or
Chinese headers, as <dispute-queue> reads them), evaluates every row, and writes the queue's
export: the file's own columns, then result.* and error.* columns, UTF-8 with a BOM, every cell
safe to open in a spreadsheet, the most urgent rows first. "-" reads the file from stdin.
As <dispute-queue>'s export, each decided row has its reply to the buyer in the buyer's language
(result.replyLocale, result.reply): the row's replyLocale (or buyerLanguage) column, else the
language of its destination country, else its locale.
A summary goes to stderr: rows, outcomes, refused rows with their line and reason, refunds per
currency. Refused rows never stop the run.

options:
  --as-of YYYY-MM-DD   the date rows without their own asOf are evaluated as of (default: today)
  --locale L           the input's locale for rows without their own (en, zh-CN)
  --reply-locale L     the input's replyLocale for rows without their own (passed only when given),
                       so also the reply's language for those rows
  --no-replies         leave the reply columns out: no second pass that renders the replies
                       (faster on large files, and less memory)
  -o, --out FILE       write the export to FILE instead of stdout
  --map COLUMN=FIELD   read the column COLUMN as the API field FIELD (repeatable), for headers the
                       queue does not recognise, e.g. --map "Buyer claim=reason"
  -h, --help           this help

fields: ${FIELDS.map((f) => f.field).join(", ")}, policy.<key>

exit status: 0 when the run completed (refused rows included), 1 on bad usage, 2 when the file
cannot be read (or written) or has no column for a required field.
`;

const options = {
  "as-of": { type: "string" },
  locale: { type: "string" },
  "reply-locale": { type: "string" },
  "no-replies": { type: "boolean" },
  out: { type: "string", short: "o" },
  map: { type: "string", multiple: true },
};

/** "YYYY-MM-DD" of today in the local time zone, as <dispute-queue> defaults to. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function checkDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw usageError("triage", `--as-of must be a date YYYY-MM-DD; got "${text}"`);
  }
  return text;
}

/** --map "column=field" options as the queue's mapping, { field: column }. */
function mappingOf(maps) {
  if (!maps?.length) return null;
  const mapping = {};
  for (const map of maps) {
    const at = map.lastIndexOf("=");
    const column = map.slice(0, at).trim();
    const field = map.slice(at + 1).trim();
    if (at < 0 || !column || !field) throw usageError("triage", `--map takes COLUMN=FIELD; got "${map}"`);
    if (!fieldInfo(field)) throw usageError("triage", `--map ${map}: "${field}" is not a field the queue reads; fields: ${FIELDS.map((f) => f.field).join(", ")}, policy.<key>`);
    if (field in mapping) throw usageError("triage", `--map: two columns for ${field}`);
    mapping[field] = column;
  }
  return mapping;
}

async function readInput(file, stdin) {
  try {
    if (file !== "-") return await readFile(file);
    const parts = [];
    for await (const part of stdin) parts.push(part);
    return Buffer.concat(parts);
  } catch (error) {
    throw new CliError(EXIT.INPUT, `cannot read ${file === "-" ? "stdin" : file}: ${reason(error)}`);
  }
}

export async function triage(args, io) {
  const { values, positionals } = parse("triage", args, options, { maxPositionals: 1 });
  if (values.help) return void io.stdout.write(help);
  const file = positionals[0];
  if (!file) throw usageError("triage", "which file? dispute-calc triage <file.csv>");
  const name = file === "-" ? "stdin" : file;
  const asOf = checkDate(values["as-of"] ?? today());
  const mapping = mappingOf(values.map);
  const locale = values.locale;
  if (locale !== undefined) {
    // The engine's own check of a locale tag (rulesets() takes the same tags as the inputs).
    try {
      rulesets(locale);
    } catch (error) {
      throw usageError("triage", `--locale: ${error.message}`);
    }
  }
  const replyLocale = values["reply-locale"];

  const bytes = await readInput(file, io.stdin);
  const reading = progressBar(io.stderr, "triage: reading rows");
  let table;
  try {
    table = await importCsvAsync(bytes, { mapping, onProgress: ({ rows }) => reading.update(rows) });
  } catch (error) {
    reading.clear();
    if (error?.name === "QueueImportError") throw new CliError(EXIT.INPUT, `${name}: ${error.message}`);
    throw error;
  }
  reading.clear();
  for (const [field, column] of Object.entries(mapping ?? {})) {
    if (!table.headers.includes(column)) {
      throw usageError("triage", `--map ${column}=${field}: ${name} has no column "${column}"; its columns: ${table.headers.join(", ")}`);
    }
  }
  if (table.columns.needsMapping) {
    throw new CliError(
      EXIT.INPUT,
      `${name}:1: no column for ${table.columns.missing.join(", ")}; the file's columns: ${table.headers.join(", ")}\n` +
        `name them with --map COLUMN=FIELD (see dispute-calc triage --help)`,
    );
  }

  // Rows without their own locale or replyLocale take the options' (replyLocale only when given:
  // an engine that does not know the field refuses every row that carries it).
  const withLocales = (input) => {
    let out = input;
    if (locale !== undefined && out.locale === undefined) out = { ...out, locale };
    if (replyLocale !== undefined && out.replyLocale === undefined) out = { ...out, replyLocale };
    return out;
  };
  const bar = progressBar(io.stderr, "triage: evaluating");
  const results = await runQueue(table.rows, {
    asOf,
    // As <dispute-queue>'s worker does: the batch function, without texts (the replies, the only
    // texts the export has, are rendered afterwards for the decided rows alone).
    evaluate: async (items) => evaluateDisputes(items.map(withLocales), { text: false }),
    onProgress: ({ done, total }) => bar.update(done, total),
  });
  bar.clear();

  const replies = values["no-replies"] ? null : await replyTexts(table.rows, results, { asOf, locale, withLocales, stderr: io.stderr });
  const entries = triageRows(table.rows, results, { asOf });
  const urgent = sortEntries(entries);
  // The queue's export (its columns as <dispute-queue> writes them), the most urgent rows first.
  const text = exportCsv(table, results, { order: urgent.map((e) => e.index), replies });
  if (values.out !== undefined) {
    try {
      await writeFile(values.out, text);
    } catch (error) {
      throw new CliError(EXIT.INPUT, `cannot write ${values.out}: ${reason(error)}`);
    }
  } else {
    io.stdout.write(text);
  }
  io.stderr.write(summaryText(name, table, entries, asOf, values.out));
}

/**
 * Each decided row's reply in its buyer's language, as <dispute-queue> writes them into its export:
 * a second pass over the decided rows only, with texts, once the catalogues of the languages it
 * needs are loaded. The rows are given with the options' locale and replyLocale, as the first
 * pass evaluated them, so --reply-locale stays the default of rows without their own.
 */
async function replyTexts(rows, results, { asOf, locale, withLocales, stderr }) {
  const decided = rows.map((row, i) => ({ input: results[i]?.ok && row.input ? withLocales(row.input) : null }));
  const options = { locale: locale ?? "en", asOf };
  await Promise.all(replyLocales(decided, options).map((tag) => loadLocale(tag)));
  const bar = progressBar(stderr, "triage: writing replies");
  const replies = await renderReplies(decided, results, {
    ...options,
    evaluate: async (items) => evaluateDisputes(items),
    onProgress: ({ done, total }) => bar.update(done, total),
  });
  bar.clear();
  return replies;
}

const MAX_LISTED = 100;

/** The run's summary for stderr. */
function summaryText(name, table, entries, asOf, out) {
  const summary = summarise(entries, { asOf });
  const lines = [`triage: ${name}: ${summary.rows} rows (${table.encoding}), as of ${asOf}`];
  const outcomes = Object.entries(summary.byOutcome)
    .filter(([outcome]) => outcome !== REFUSED)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([outcome, n]) => `${outcome} ${n}`);
  lines.push(`outcomes: ${outcomes.join(", ") || "none"}; refused ${summary.refused}`);
  const refused = entries.filter((e) => e.outcome === REFUSED);
  // A row's line in the file: the header is line 1 (a cell with a line break moves later rows).
  for (const e of refused.slice(0, MAX_LISTED)) {
    const { code, field, message } = e.error;
    lines.push(`  ${name}:${e.index + 2}: ${e.id || "(no id)"} refused: ${code}${field ? ` ${field}` : ""}: ${message}`);
  }
  if (refused.length > MAX_LISTED) lines.push(`  ... and ${refused.length - MAX_LISTED} more refused rows (the export's error.* columns list them all)`);
  const refunds = summary.refundTotals.map((t) => `${t.currency} ${t.amount}`);
  lines.push(`refunds: ${refunds.join(", ") || "none"}`);
  lines.push(`export: ${out ?? "stdout"}`);
  return lines.join("\n") + "\n";
}
