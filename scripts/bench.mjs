// `make bench`: size and speed, measured and reported as ratios against what a user would use
// instead (the machines are shared and noisy: ratios taken in one run, not absolute times).
// Timings are never asserted; only the size budget fails the build. The figures go to
// bench/results.md with an SVG chart of the ratios (bench/ratios.svg) and one history row per
// release.
//
//   node scripts/bench.mjs [--no-browser]     (needs `make www`: pkg/ and www/pkg/)
//   QUEUE_ROWS=20000 node scripts/bench.mjs   (the queue's browser benchmark, default 100,000 rows)
//   JSONL_LINES=50000 node scripts/bench.mjs  (dispute-calc evaluate --jsonl, default 200,000 lines)
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { Engine } from "json-rules-engine";
import { entrySizes } from "./element-sizes.mjs";

// Regression guards, gzip level 9: the engine (all rulesets; no text since the texts moved to the
// catalogues) at a speed opt-level, and each locale's catalogue.
const BUDGET_GZIP = 80 * 1024;
const BUDGET_LOCALE_GZIP = 25 * 1024;
const ROUNDS = 7;
// Start-up loads: 7 pages a round, each in a fresh browser context (about 1 s a load).
const ROUNDS_STARTUP = 9;

const root = new URL("..", import.meta.url);
const require = createRequire(import.meta.url);
const api = require("../pkg/node/index.cjs");
const version = JSON.parse(readFileSync(new URL("pkg/package.json", root), "utf8")).version;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const now = () => process.hrtime.bigint();
const usSince = (t0) => Number(now() - t0) / 1000;
const fixed = (x, d = 2) => (Number.isInteger(x) ? String(x) : x.toFixed(d));
const figures = []; // [label, value, unit]
const ratios = []; // { label, value, goal, better: "higher" | "lower" }
function report(label, value, unit) {
  figures.push([label, value, unit]);
  console.log(`${label}: ${typeof value === "number" ? fixed(value) : value}${unit ? " " + unit : ""}`);
}

// ---- size ----
const wasm = readFileSync(new URL("pkg/web/dispute_calc_bg.wasm", root));
const gz = gzipSync(wasm, { level: 9 }).length;
// Reported, not budgeted: many static hosts and CDNs serve brotli to browsers that accept it.
const br = brotliCompressSync(wasm).length;
report("wasm size raw", wasm.length, "bytes");
report("wasm size gzipped", gz / 1024, `KB (budget ${BUDGET_GZIP / 1024} KB)`);
report("wasm size brotli", br / 1024, "KB");
const localeSizes = readdirSync(new URL("pkg/locales/", root))
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f.slice(0, -5), gzipSync(readFileSync(new URL(`pkg/locales/${f}`, root)), { level: 9 }).length]);
for (const [tag, size] of localeSizes) {
  report(`catalogue ${tag} gzipped`, size / 1024, `KB (budget ${BUDGET_LOCALE_GZIP / 1024} KB)`);
}
// What a page loads per element entry (the entry and its chunks; the engine above comes on top).
for (const { entry, files, raw, gzipped } of entrySizes(new URL("pkg/element/", root))) {
  const name = entry === "index" ? "dispute-calc/element (all three)" : `dispute-calc/element/${entry}`;
  report(`${name} raw`, raw, `bytes (${files.length} files)`);
  report(`${name} gzipped`, gzipped / 1024, "KB");
}

// ---- refundPenalty against json-rules-engine and a hand-written function, same Tmall rule ----
// TM-P1: late shipment on Tmall costs the seller 30% of the price, at most 500 CNY, rounded half up.
const penaltyInput = (price) => ({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price });
const engine = new Engine([], { allowUndefinedFacts: true });
engine.addRule({
  conditions: {
    all: [
      { fact: "ruleset", operator: "equal", value: "tmall" },
      { fact: "violation", operator: "equal", value: "late_shipment" },
      { fact: "currency", operator: "equal", value: "CNY" },
      { fact: "price", operator: "greaterThanInclusive", value: 0 },
    ],
  },
  event: { type: "TM-P1", params: { percent: 30, cap: 50000 } },
});
async function viaRulesEngine(input) {
  const { events } = await engine.run(input);
  const { percent, cap } = events[0].params;
  const penalty = Math.min(Math.floor((input.price * percent + 50) / 100), cap);
  return { refund: input.price, penalty, total: input.price + penalty };
}
function byHand(input) {
  if (input.ruleset !== "tmall" || input.violation !== "late_shipment") throw new Error("not TM-P1");
  if (input.currency !== "CNY") throw new Error("currency");
  if (!Number.isSafeInteger(input.price) || input.price < 0) throw new Error("price");
  const penalty = Math.min(Math.floor((input.price * 30 + 50) / 100), 50000);
  return { refund: input.price, penalty, total: input.price + penalty };
}
// The three must compute the same rule, or the comparison means nothing.
for (const price of [0, 1, 2, 19900, 166666, 166667, 166668, 10000000]) {
  const input = penaltyInput(price);
  const ours = api.refundPenalty(input);
  for (const other of [byHand(input), await viaRulesEngine(input)]) {
    if (ours.penalty !== other.penalty || ours.total !== other.total) {
      throw new Error(`bench: the contenders disagree at price ${price}: ${JSON.stringify([ours, other])}`);
    }
  }
}
const prices = Array.from({ length: 4096 }, (_, i) => 100 + i * 97);
const inputs = prices.map(penaltyInput);
// Every result is used (summed), so no contender's work can be optimized away.
let sink = 0;
async function perCall(n, fn) {
  const t0 = now();
  for (let i = 0; i < n; i++) sink += (await fn(inputs[i & 4095])).penalty;
  return usSince(t0) / n;
}
function perCallSync(n, fn) {
  const t0 = now();
  for (let i = 0; i < n; i++) sink += fn(inputs[i & 4095]).penalty;
  return usSince(t0) / n;
}
{
  perCallSync(5000, api.refundPenalty);
  perCallSync(50000, byHand);
  await perCall(2000, viaRulesEngine);
  const ours = [], jre = [], hand = [], vsJre = [], vsHand = [];
  for (let r = 0; r < ROUNDS; r++) {
    const o = perCallSync(20000, api.refundPenalty);
    const j = await perCall(5000, viaRulesEngine);
    const h = perCallSync(200000, byHand);
    ours.push(o), jre.push(j), hand.push(h), vsJre.push(j / o), vsHand.push(o / h);
  }
  report("refundPenalty", median(ours), "us per call");
  report("json-rules-engine, same rule", median(jre), "us per call");
  report("hand-written JS, same rule", median(hand), "us per call");
  ratios.push({ label: "refundPenalty: times as fast as json-rules-engine", value: median(vsJre), goal: 5, better: "higher" });
  ratios.push({ label: "refundPenalty: times the cost of a hand-written JS function", value: median(vsHand), better: "lower" });
}

// ---- single calls of the other functions (reported) ----
const dispute = {
  ruleset: "aliexpress",
  reason: "not_received",
  request: "full_refund",
  asOf: "2015-04-20",
  currency: "USD",
  price: 2599,
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
  tracking: "delivered",
  policy: { handlingDays: 20 },
};
const split = {
  ruleset: "taobao",
  reason: "quality",
  currency: "CNY",
  outboundShipping: 0,
  freeShipping: true,
  returnShipping: 2700,
  insurancePayout: 1200,
};
{
  const each = (n, fn, input) => {
    fn(input);
    const t0 = now();
    for (let i = 0; i < n; i++) fn(input);
    return usSince(t0) / n;
  };
  const splitUs = [], disputeUs = [];
  for (let r = 0; r < ROUNDS; r++) {
    splitUs.push(each(10000, api.returnShippingSplit, split));
    disputeUs.push(each(3000, api.evaluateDispute, dispute));
  }
  report("returnShippingSplit", median(splitUs), "us per call");
  report("evaluateDispute (with text)", median(disputeUs), "us per call");
}

// ---- evaluateDisputes against its JSON floor ----
// The floor: what any JSON round trip of the same data costs in JS, JSON.stringify of the inputs
// plus JSON.parse of the outputs. A batch cannot cost less than crossing as text both ways.
const BATCH = 20000;
const mix = [
  dispute,
  { ruleset: "taobao", reason: "no_reason", asOf: "2024-06-10", currency: "CNY", price: 8800, dates: { delivered: "2024-06-05" } },
  { ruleset: "amazon", reason: "not_received", asOf: "2024-06-20", currency: "USD", price: 4599, dates: { ordered: "2024-06-01", estimatedDelivery: "2024-06-10" }, tracking: "in_transit" },
  { ruleset: "tmall", reason: "late_shipment", asOf: "2024-06-10", currency: "CNY", price: 19900, dates: { paid: "2024-06-01T10:00:00+08:00" } },
];
const list = Array.from({ length: BATCH }, (_, i) => ({ ...mix[i % mix.length], price: 1000 + (i % 5000) }));
for (const [i, item] of mix.entries()) {
  const out = api.evaluateDisputes([item])[0];
  if (!out.ok) throw new Error(`bench: batch sample ${i} is refused: ${JSON.stringify(out.error)}`);
}
for (const text of [false, true]) {
  const per = [], floor = [], ratio = [];
  for (let r = 0; r < Math.min(ROUNDS, 5); r++) {
    // Collect the previous round's garbage first, so no timing pays for another's.
    globalThis.gc?.();
    let t0 = now();
    const out = api.evaluateDisputes(list, { text });
    const ours = usSince(t0);
    const outText = JSON.stringify(out);
    globalThis.gc?.();
    t0 = now();
    JSON.stringify(list);
    JSON.parse(outText);
    const jsonFloor = usSince(t0);
    per.push(ours / BATCH), floor.push(jsonFloor / BATCH), ratio.push(ours / jsonFloor);
  }
  const what = text ? "with text" : "without text";
  report(`evaluateDisputes, ${BATCH} items ${what}`, median(per), "us per item");
  report(`JSON floor of that batch (stringify in + parse out)`, median(floor), "us per item");
  ratios.push({ label: `evaluateDisputes ${what}: times its JSON floor`, value: median(ratio), goal: text ? undefined : 2, better: "lower" });
}

// The module's memory after one large batch, from a fresh instance of the web build.
{
  const web = await import(new URL("pkg/web/index.js", root).href);
  const exports = await web.default({ module_or_path: wasm });
  const before = exports.memory.buffer.byteLength;
  globalThis.gc?.();
  web.evaluateDisputes(Array.from({ length: BATCH }, (_, i) => ({ ...dispute, price: 1000 + i })));
  const after = exports.memory.buffer.byteLength;
  report("wasm memory at start", before / 1048576, "MB");
  report(`wasm memory after one ${BATCH}-item batch with text`, after / 1048576, "MB");
}

// ---- evaluateDisputesParallel on 100,000 items against evaluateDisputes on one thread ----
{
  const { evaluateDisputesParallel } = await import(new URL("pkg/parallel/node.mjs", root).href);
  const { availableParallelism } = await import("node:os");
  const big = Array.from({ length: 100000 }, (_, i) => ({ ...mix[i % mix.length], price: 1000 + (i % 5000) }));
  const one = [], many = [], speedup = [];
  for (let r = 0; r < 3; r++) {
    globalThis.gc?.();
    let t0 = now();
    api.evaluateDisputes(big, { text: false });
    const single = usSince(t0);
    globalThis.gc?.();
    t0 = now();
    await evaluateDisputesParallel(big, { text: false });
    const parallel = usSince(t0);
    one.push(single / 1000), many.push(parallel / 1000), speedup.push(single / parallel);
  }
  const cores = availableParallelism();
  report("evaluateDisputes, 100,000 items without text, one thread (median of 3)", median(one), "ms");
  report(`evaluateDisputesParallel, same list, ${cores} workers (median of 3, worker start included)`, median(many), "ms");
  ratios.push({ label: `evaluateDisputesParallel, ${cores} workers: times as fast as one thread`, value: median(speedup), better: "higher" });
}

// ---- the command line: dispute-calc evaluate --jsonl on JSONL_LINES (default 200,000) lines ----
// Streaming over worker threads against evaluateDisputes on the whole list in one process (read,
// parse, evaluate, stringify, write); each in its own process, for its own peak RSS.
{
  const { benchJsonl } = await import("./bench-jsonl.mjs");
  const j = await benchJsonl();
  const n = j.lines.toLocaleString("en");
  report(`evaluate --jsonl: ${n} lines, ${j.cli.workers} worker threads, streaming`, j.cli.itemsPerSecond, "items/s");
  report(`evaluate --jsonl: peak RSS (${n} lines, ${j.cli.workers} workers)`, j.cli.rssMB, "MB");
  report(`evaluate --jsonl --workers 0: ${n} lines in one thread`, j.cliOneThread.itemsPerSecond, "items/s");
  report(`evaluate --jsonl --workers 0: peak RSS`, j.cliOneThread.rssMB, "MB");
  report(`evaluateDisputes in one process, the same ${n} items (read, parse, evaluate, stringify, write)`, j.batch.itemsPerSecond, "items/s");
  report(`evaluateDisputes in one process: the evaluation alone`, j.batch.evaluateOnlyPerSecond, "items/s");
  report(`evaluateDisputes in one process: peak RSS`, j.batch.rssMB, "MB");
  ratios.push({ label: `evaluate --jsonl, ${j.cli.workers} workers: times the items/s of evaluateDisputes in one process`, value: j.cli.itemsPerSecond / j.batch.itemsPerSecond, better: "higher" });
  ratios.push({ label: "evaluate --jsonl: peak RSS / evaluateDisputes in one process", value: j.cli.rssMB / j.batch.rssMB, better: "lower" });
}

// ---- cold start in headless Chromium (scripts/startup.mjs): a shared link until the result is drawn ----
if (!process.argv.includes("--no-browser")) {
  const { measureStartup, startupRatio, PAGES } = await import("./startup.mjs");
  /** fetch, compile and instantiate the .wasm of the web build (bench/init.html), `n` fresh loads. */
  async function initAlone(n) {
    const { serve, launch } = await import("../tests/browser/harness.mjs");
    const server = await serve();
    const browser = await launch();
    const times = [];
    try {
      for (let r = 0; r < n; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/bench/init.html`);
        await page.waitForFunction(() => typeof window.initMs === "number", null, { timeout: 30000 });
        times.push(await page.evaluate(() => window.initMs));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return times;
  }
  try {
    const rows = await measureStartup({ runs: ROUNDS_STARTUP });
    for (const r of rows) report(`cold start: ${r.page} (${r.transport}), to the result drawn (median of ${ROUNDS_STARTUP})`, r.median, "ms");
    // The goal compares the help page with the bare page that draws the finished card as static
    // markup (scripts/card-reference.mjs): what any page showing this card has to do at least. The
    // bare page that draws nothing is reported beside it.
    ratios.push({ label: "cold start: help page / bare page (http)", value: startupRatio(rows, PAGES.help, PAGES.bareClassic, "http"), better: "lower" });
    ratios.push({ label: "cold start: help page / bare page (file://)", value: startupRatio(rows, PAGES.help, PAGES.bareClassic, "file://"), better: "lower" });
    ratios.push({ label: "cold start: bare page with the card / bare page (http)", value: startupRatio(rows, PAGES.bareCard, PAGES.bareClassic, "http"), better: "lower" });
    ratios.push({ label: "cold start: help page / bare page with the card (http)", value: startupRatio(rows, PAGES.help, PAGES.bareCard, "http"), goal: 1.2, better: "lower" });
    report("cold start: init() alone, web build (median of 7)", median(await initAlone(7)), "ms");
  } catch (error) {
    // A measurement, not a test: a page that cannot be timed is reported, and the run goes on.
    console.error(`cold start: not measured (${error.message.split("\n")[0]})`);
    figures.push(["cold start", "not measured", error.message.split("\n")[0]]);
  }
}

// ---- the dispute queue in headless Chromium: QUEUE_ROWS (default 100,000) rows from a CSV file ----
if (!process.argv.includes("--no-browser")) {
  const { benchQueue } = await import("./bench-queue.mjs");
  const rows = Number(process.env.QUEUE_ROWS ?? 100000);
  try {
    const q = await benchQueue(rows);
    const n = rows.toLocaleString("en");
    report(`queue: ${n} CSV rows imported, evaluated and listed through <dispute-queue>`, q.msToList, "ms");
    report(`queue: rows per second (${n} rows, to the full list)`, q.rowsPerSecond, "rows/s");
    report(`queue: longest main-thread task during the run (target: none over 200 ms)`, q.longestTaskMs, `ms (${q.longTasksOver200} over 200 ms)`);
    report(`queue: page JS heap after the run`, q.heapMB, "MB");
  } catch (error) {
    console.error(`queue: not measured (${error.message.split("\n")[0]})`);
    figures.push(["queue", "not measured", error.message.split("\n")[0]]);
  }
}

if (sink < 0) console.log(sink);

for (const r of ratios) {
  const goal = r.goal === undefined ? "" : ` (goal: ${r.better === "higher" ? "at least" : "at most"} ${r.goal}x, ${meets(r) ? "met" : "not met"})`;
  console.log(`ratio: ${r.label}: ${fixed(r.value)}x${goal}`);
}
function meets(r) {
  return r.better === "higher" ? r.value >= r.goal : r.value <= r.goal;
}

writeResults();

let overBudget = false;
if (gz > BUDGET_GZIP) {
  console.error(`size budget exceeded: ${gz} > ${BUDGET_GZIP} bytes gzipped`);
  overBudget = true;
}
for (const [tag, size] of localeSizes) {
  if (size > BUDGET_LOCALE_GZIP) {
    console.error(`size budget exceeded: catalogue ${tag} ${size} > ${BUDGET_LOCALE_GZIP} bytes gzipped`);
    overBudget = true;
  }
}
if (overBudget) process.exit(1);

/** bench/results.md (latest figures, ratios, chart, history by release) and bench/ratios.svg. */
function writeResults() {
  const path = new URL("bench/results.md", root);
  const old = existsSync(path) ? readFileSync(path, "utf8") : "";
  const history = new Map();
  const start = old.indexOf("## History");
  if (start >= 0) {
    for (const line of old.slice(start).split("\n")) {
      const m = /^\| (\S+) \|/.exec(line);
      if (m && m[1] !== "version" && !m[1].startsWith("-")) history.set(m[1], line);
    }
  }
  const byLabel = (prefix) => ratios.find((r) => r.label.startsWith(prefix))?.value;
  const cell = (x) => (x === undefined ? "" : `${fixed(x)}x`);
  history.set(
    version,
    `| ${version} | ${fixed(gz / 1024, 1)} KB | ${fixed(br / 1024, 1)} KB | ${cell(byLabel("refundPenalty: times as fast"))} | ` +
      `${cell(byLabel("refundPenalty: times the cost"))} | ${cell(byLabel("evaluateDisputes without"))} | ` +
      `${cell(byLabel("evaluateDisputes with text"))} | ${cell(byLabel("evaluateDisputesParallel"))} | ${cell(byLabel("cold start"))} |`,
  );
  writeFileSync(new URL("bench/ratios.svg", root), chart(ratios));
  const md = `# Benchmark results

Written by \`make bench\` (scripts/bench.mjs); do not edit by hand except to add notes outside the
tables. Ratios are taken within one run, as medians of ${ROUNDS} rounds, because the machines are
shared and absolute times vary between runs; the absolute figures below are from the last run only.

## Ratios (version ${version}, Node ${process.version})

![ratios](ratios.svg)

| ratio | value | goal |
|---|---|---|
${ratios.map((r) => `| ${r.label} | ${fixed(r.value)}x | ${r.goal === undefined ? "" : `${r.better === "higher" ? ">=" : "<="} ${r.goal}x (${meets(r) ? "met" : "not met"})`} |`).join("\n")}

## Figures of the last run

| what | value |
|---|---|
${figures.map(([label, value, unit]) => `| ${label} | ${typeof value === "number" ? fixed(value) : value} ${unit ?? ""} |`).join("\n")}

## History

One row per release (the row of the version being worked on is rewritten by each run).

| version | gzipped | brotli | refundPenalty vs json-rules-engine | refundPenalty / hand JS | evaluateDisputes no text / floor | with text / floor | parallel speed-up | cold start page / bare |
|---|---|---|---|---|---|---|---|---|
${[...history.values()].join("\n")}
`;
  writeFileSync(path, md);
  console.log("bench: wrote bench/results.md and bench/ratios.svg");
}

/** A horizontal bar per ratio on a log scale, with its goal marked. */
function chart(rows) {
  // The label column fits the longest label (about 6.6 px a character at 12 px sans-serif).
  const left = 20 + Math.ceil(6.6 * Math.max(...rows.map((r) => r.label.length)));
  const width = left + 440, barH = 22, gap = 12, top = 30;
  const height = top + rows.length * (barH + gap) + 30;
  const maxV = Math.max(20, ...rows.map((r) => r.value), ...rows.map((r) => r.goal ?? 0));
  // Room on the right for the value printed after the longest bar.
  const x = (v) => left + ((width - left - 70) * Math.log10(Math.max(v, 0.1) * 10)) / Math.log10(maxV * 10);
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="18" font-weight="bold">dispute-calc ${esc(version)}: ratios (log scale; line at 1x; red mark = goal)</text>`,
    `<line x1="${x(1)}" y1="${top - 6}" x2="${x(1)}" y2="${height - 20}" stroke="#999" stroke-dasharray="3,3"/>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    const ok = r.goal === undefined ? null : meets(r);
    const fill = ok === null ? "#6b8fb3" : ok ? "#3f9b5a" : "#c9803a";
    parts.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(r.label)}</text>`);
    parts.push(`<rect x="${x(0.1)}" y="${y}" width="${Math.max(1, x(r.value) - x(0.1))}" height="${barH}" fill="${fill}"/>`);
    parts.push(`<text x="${x(r.value) + 4}" y="${y + 15}">${fixed(r.value)}x</text>`);
    if (r.goal !== undefined) {
      parts.push(`<line x1="${x(r.goal)}" y1="${y - 3}" x2="${x(r.goal)}" y2="${y + barH + 3}" stroke="#d00" stroke-width="2"/>`);
    }
  });
  parts.push(`<text x="${x(1)}" y="${height - 6}" text-anchor="middle">1x</text>`, "</svg>");
  return parts.join("\n") + "\n";
}
