// The queue's browser benchmark (`make bench` calls it; `node scripts/bench-queue.mjs` alone too):
// QUEUE_ROWS (default 100,000) generated rows, mixed rulesets, reasons and both languages, written
// as a CSV file and imported through <dispute-queue> on www/queue.html in headless Chromium, as a
// seller would drop it. Reported, never asserted: the time to the full list, rows per second, the
// longest main-thread task during the run (PerformanceObserver "longtask"; the target is none over
// 200 ms) and the page's JS heap after the run. Needs `make www`.
import { serve, launch, openPage } from "../tests/browser/harness.mjs";
import { generateItems } from "../queue/generate.js";
import { exportCsv, tableFromItems } from "../queue/export.js";

const ROWS = Number(process.env.QUEUE_ROWS ?? 100000);
const AS_OF = "2026-06-01";

export async function benchQueue(rows = ROWS) {
  const items = generateItems(rows, { asOf: AS_OF, badEvery: 1000 });
  const csv = Buffer.from(exportCsv(tableFromItems(items)), "utf8");
  const server = await serve();
  const browser = await launch();
  try {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${server.url}/www/queue.html?lang=en`);
    await page.waitForFunction(() => document.querySelector("dispute-queue")?.dataset.state === "idle");
    await page.evaluate((asOf) => {
      const q = document.querySelector("dispute-queue");
      q.setAttribute("as-of", asOf);
      window.bench = { tasks: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.bench.tasks.push({ start: e.startTime, ms: e.duration, state: q.dataset.state });
      }).observe({ type: "longtask" });
      q.shadowRoot.querySelector("#file").addEventListener("change", () => (window.bench.start = performance.now()), { capture: true });
      window.bench.done = new Promise((resolve) =>
        q.addEventListener("queue-done", (e) => {
          // The full list: the first frame painted after the run.
          requestAnimationFrame(() => setTimeout(() => resolve({ detail: e.detail, end: performance.now() }), 0));
        }, { once: true }),
      );
    }, AS_OF);
    await page.locator("dispute-queue #file").setInputFiles({ name: "queue.csv", mimeType: "text/csv", buffer: csv });
    const r = await page.evaluate(async () => {
      const { detail, end } = await window.bench.done;
      await new Promise((ok) => setTimeout(ok, 100)); // late long-task entries
      const during = window.bench.tasks.filter((t) => t.start >= window.bench.start - 1);
      return {
        detail,
        ms: end - window.bench.start,
        longest: during.reduce((m, t) => Math.max(m, t.ms), 0),
        over200: during.filter((t) => t.ms > 200).length,
        tasks: during.length,
        list: during.map((t) => `${Math.round(t.start - window.bench.start)}+${Math.round(t.ms)}`).join(" "),
        shown: document.querySelector("dispute-queue").shadowRoot.querySelectorAll(".qbody .qrow").length,
      };
    });
    const heap = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    if (r.detail.rows !== rows) throw new Error(`bench-queue: ${r.detail.rows} rows in the list, ${rows} in the file`);
    return {
      rows,
      refused: r.detail.refused,
      csvBytes: csv.length,
      msToList: Math.round(r.ms),
      rowsPerSecond: Math.round(rows / (r.ms / 1000)),
      longestTaskMs: Math.round(r.longest),
      longTasks: r.tasks,
      longTasksOver200: r.over200,
      heapMB: Math.round(heap.JSHeapUsedSize / 1048576),
      domRows: r.shown,
      taskList: r.list,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchQueue();
  console.log(
    `queue: ${r.rows.toLocaleString("en")} rows (${(r.csvBytes / 1048576).toFixed(1)} MB CSV, ${r.refused} refused) imported, evaluated and listed in ${r.msToList} ms ` +
      `(${r.rowsPerSecond.toLocaleString("en")} rows/s); longest main-thread task ${r.longestTaskMs} ms (${r.longTasks} over 50 ms, ${r.longTasksOver200} over 200 ms); ` +
      `JS heap ${r.heapMB} MB; ${r.domRows} rows in the DOM`,
  );
}
