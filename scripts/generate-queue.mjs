#!/usr/bin/env node
// Writes a generated dispute queue as CSV to stdout, for tests and the browser benchmark.
//
//   node scripts/generate-queue.mjs ROWS [--zh] [--gbk] [--jsonl] [--seed N] [--as-of YYYY-MM-DD] [--bad-every N]
//
// --zh writes the Chinese header row of the template; --gbk encodes the file in GB18030 (as
// Chinese Excel saves it) instead of UTF-8 with a BOM. --jsonl writes the same disputes as JSON
// lines instead, one evaluateDispute input per line (no orderId or note, asOf set), for
// `dispute-calc evaluate`.
import { generateItems } from "../queue/generate.js";
import { tableFromItems, exportCsv } from "../queue/export.js";
import { chineseHeaders } from "../queue/fields.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rows = Number(args[0]);
if (!Number.isSafeInteger(rows) || rows < 0) {
  console.error("usage: node scripts/generate-queue.mjs ROWS [--zh] [--gbk] [--jsonl] [--seed N] [--as-of YYYY-MM-DD] [--bad-every N]");
  process.exit(2);
}
const asOf = option("--as-of", "2026-06-01");
const items = generateItems(rows, {
  seed: Number(option("--seed", 1)),
  asOf,
  badEvery: Number(option("--bad-every", 0)),
});
if (args.includes("--jsonl")) {
  // Written in slices, waiting for the pipe to drain, so a million lines stay small in memory.
  const { once } = await import("node:events");
  for (let start = 0; start < items.length; start += 10000) {
    const text = items.slice(start, start + 10000).map(({ orderId, note, ...input }) => JSON.stringify({ ...input, asOf })).join("\n") + "\n";
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  }
  process.exit(0);
}
const table = tableFromItems(items);
if (args.includes("--zh")) table.headers = chineseHeaders(table.headers);
const text = exportCsv(table, null);
if (args.includes("--gbk")) {
  const { default: iconv } = await import("iconv-lite");
  process.stdout.write(iconv.encode(text.replace(/^\uFEFF/, ""), "gb18030"));
} else {
  process.stdout.write(text);
}
