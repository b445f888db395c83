// Start-up of the help page, measured (never asserted): a shared link until the result carries
// `data-outcome`, against a bare page that loads the same classic build and makes the same call.
// Medians of 7 loads, each in a fresh browser context (a cold cache), one Chromium.
//
//   node scripts/startup.mjs        (after `make www`)
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, repoRoot, fileUrl } from "../tests/browser/harness.mjs";

const RUNS = Number(process.env.STARTUP_RUNS ?? 7);
const input = {
  ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
  currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
};
const query = `?tool=evaluate&input=${encodeURIComponent(JSON.stringify(input))}`;

// The bare pages sit next to the page, so they load the very files the page loads.
const dir = join(repoRoot, "www/pkg");
await mkdir(dir, { recursive: true });
const call = `const d = api.evaluateDispute(${JSON.stringify(input)}); document.body.setAttribute("data-outcome", d.outcome);`;
await writeFile(join(dir, "bare-classic.js"), `DisputeCalc.ready.then(function (api) { ${call} });\n`);
await writeFile(join(dir, "bare-classic.html"), `<!doctype html><meta charset="utf-8"><title>bare</title><link rel="icon" href="data:,"><body>
<script src="dispute-calc.js"></script><script src="bare-classic.js"></script>\n`);
await writeFile(join(dir, "bare-web.js"), `import init, * as api from "./web/dispute_calc.js";\nawait init();\n${call}\n`);
await writeFile(join(dir, "bare-web.html"), `<!doctype html><meta charset="utf-8"><title>bare</title><link rel="icon" href="data:,"><body>
<script type="module" src="bare-web.js"></script>\n`);

const browser = await launch();
const site = await serve();

// In the page, from the start: the moment `data-outcome` appears anywhere in the document (the
// element sets it on itself and on its result card), then the end of the next frame, when the
// result has been laid out and painted. The same for every page measured.
function watchOutcome() {
  new MutationObserver((records, observer) => {
    if (!document.querySelector("[data-outcome]")) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__outcomeShown = performance.now()), 0));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-outcome"] });
}

/** Milliseconds from navigation until the result with `data-outcome` is shown, in one load. */
async function once(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchOutcome);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__outcomeShown, null, { timeout: 20000 });
  const ms = await page.evaluate(() => window.__outcomeShown);
  await context.close();
  return ms;
}

const rows = [
  ["bare page, classic build (http)", `${site.url}/www/pkg/bare-classic.html`],
  ["bare page, web build (http)", `${site.url}/www/pkg/bare-web.html`],
  ["help page, shared link (http)", `${site.url}/www/index.html${query}`],
  ["bare page, classic build (file://)", fileUrl("www/pkg/bare-classic.html")],
  ["help page, shared link (file://)", fileUrl("www/index.html") + query],
];
// Interleaved (one load of each page per round), so a busy moment of the machine hits all alike.
const times = Object.fromEntries(rows.map(([label]) => [label, []]));
for (let i = 0; i < RUNS; i++) for (const [label, url] of rows) times[label].push(await once(url));
const results = {};
for (const [label] of rows) {
  const sorted = times[label].sort((a, b) => a - b);
  results[label] = sorted[RUNS >> 1];
  console.log(`startup: ${label}: ${results[label].toFixed(0)} ms (median of ${RUNS}; ${sorted.map((t) => t.toFixed(0)).join(" ")})`);
}
const ratio = (a, b) => (results[a] / results[b]).toFixed(2);
console.log(`startup: help page / bare classic page: ${ratio("help page, shared link (http)", "bare page, classic build (http)")}x over http, ` +
  `${ratio("help page, shared link (file://)", "bare page, classic build (file://)")}x from file://`);
await browser.close();
await site.close();
