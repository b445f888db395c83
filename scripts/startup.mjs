// Start-up of the help page, measured (never asserted): a shared link until the result carries
// `data-outcome` and is drawn, against a bare page that loads the same classic build and makes
// the same call, and against that bare page showing the element's finished card as static markup
// (the least any page that shows the card must do; scripts/card-reference.mjs). Each load is in a
// fresh browser context (a cold cache), the pages in turns, medians of STARTUP_RUNS rounds (7).
// `make bench` reports these figures; on its own:
//
//   node scripts/startup.mjs        (after `make www`)
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, repoRoot, fileUrl } from "../tests/browser/harness.mjs";
import { writeCardReference } from "./card-reference.mjs";

const input = {
  ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
  currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
};
const query = `?tool=evaluate&input=${encodeURIComponent(JSON.stringify(input))}`;

export const PAGES = {
  bareClassic: "bare page, classic build",
  bareWeb: "bare page, web build",
  bareCard: "bare page with the finished card",
  help: "help page, shared link",
};

/** The bare pages sit next to the help page, so they load the very files the page loads. */
async function writeBarePages() {
  const dir = join(repoRoot, "www/pkg");
  await mkdir(dir, { recursive: true });
  const call = `const d = api.evaluateDispute(${JSON.stringify(input)}); document.body.setAttribute("data-outcome", d.outcome);`;
  await writeFile(join(dir, "bare-classic.js"), `DisputeCalc.ready.then(function (api) { ${call} });\n`);
  await writeFile(join(dir, "bare-classic.html"), `<!doctype html><meta charset="utf-8"><title>bare</title><link rel="icon" href="data:,"><body>
<script src="dispute-calc.js"></script><script src="bare-classic.js"></script>\n`);
  await writeFile(join(dir, "bare-web.js"), `import init, * as api from "./web/index.js";\nawait init();\n${call}\n`);
  await writeFile(join(dir, "bare-web.html"), `<!doctype html><meta charset="utf-8"><title>bare</title><link rel="icon" href="data:,"><body>
<script type="module" src="bare-web.js"></script>\n`);
}

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

/**
 * Loads each page `runs` times in turns (one load of each per round, so a busy moment of the
 * machine hits all alike). Resolves to rows { page, transport, median, samples }, medians in ms.
 */
export async function measureStartup({ runs = 7 } = {}) {
  await writeBarePages();
  const browser = await launch();
  const site = await serve();
  try {
    const cardPage = await writeCardReference(browser, `${site.url}/www/index.html${query}`, input);
    const pages = [
      [PAGES.bareClassic, "http", `${site.url}/www/pkg/bare-classic.html`],
      [PAGES.bareWeb, "http", `${site.url}/www/pkg/bare-web.html`],
      [PAGES.bareCard, "http", `${site.url}/${cardPage}`],
      [PAGES.help, "http", `${site.url}/www/index.html${query}`],
      [PAGES.bareClassic, "file://", fileUrl("www/pkg/bare-classic.html")],
      [PAGES.bareCard, "file://", fileUrl(cardPage)],
      [PAGES.help, "file://", fileUrl("www/index.html") + query],
    ];
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
    const samples = pages.map(() => []);
    for (let i = 0; i < runs; i++) for (const [k, [, , url]] of pages.entries()) samples[k].push(await once(url));
    return pages.map(([page, transport], k) => {
      const sorted = samples[k].sort((a, b) => a - b);
      return { page, transport, median: sorted[runs >> 1], samples: sorted };
    });
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The median of `page` over `transport` divided by that of `base`. */
export function startupRatio(rows, page, base, transport) {
  const find = (p) => rows.find((r) => r.page === p && r.transport === transport).median;
  return find(page) / find(base);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.env.STARTUP_RUNS ?? 7);
  const rows = await measureStartup({ runs });
  for (const r of rows) {
    console.log(`startup: ${r.page} (${r.transport}): ${r.median.toFixed(0)} ms (median of ${runs}; ${r.samples.map((t) => t.toFixed(0)).join(" ")})`);
  }
  for (const [page, base] of [[PAGES.help, PAGES.bareClassic], [PAGES.bareCard, PAGES.bareClassic], [PAGES.help, PAGES.bareCard]]) {
    const ratios = ["http", "file://"].map((t) => `${startupRatio(rows, page, base, t).toFixed(2)}x ${t === "http" ? "over http" : "from file://"}`);
    console.log(`startup: ${page} / ${base}: ${ratios.join(", ")}`);
  }
}
