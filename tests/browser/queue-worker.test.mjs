// The queue's evaluation in real Web Workers, in Chromium, through dispute-calc/parallel's pool:
// module workers over http, the classic build's Blob workers over http and from file:// (the
// engine inlined), under the page's CSP; 20,000 rows with the progress bar moving, one worker per
// core, the same results as one single-thread batch; Cancel mid-run ends every worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { serve, launch, openPage, fileUrl, screenshot, repoRoot } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function queuePage(csp) {
  const page = await openPage(browser);
  if (csp) {
    // The same page under another Content-Security-Policy.
    const html = await readFile(join(repoRoot, "tests/queue/worker.html"), "utf8");
    await page.route("**/tests/queue/worker.html", (route) =>
      route.fulfill({ contentType: "text/html", body: html.replace(/content="default-src[^"]*"/, `content="${csp}"`) }),
    );
  }
  await page.goto(`${server.url}/tests/queue/worker.html`);
  await page.waitForFunction(() => typeof window.queueTest === "function");
  return page;
}

/** Resolves when the page has no worker left running (Playwright sees each one close). */
async function noWorkerLeft(page, timeout = 5000) {
  const until = Date.now() + timeout;
  while (page.workers().length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  return page.workers().length;
}

test("http, module workers of dispute-calc/parallel: 20,000 rows, one worker per core, progress moving, results equal to one single-thread batch", async () => {
  const page = await queuePage();
  const r = await page.evaluate(() => window.queueTest({ rows: 20000, mode: "module", badEvery: 100, compare: true }));
  assert.equal(r.done, true, r.message);
  assert.equal(r.rows, 20000);
  assert.equal(r.evaluated, 20000, "every row has a result");
  assert.equal(r.refused, 200);
  assert.deepEqual(r.refusedFields, ["date_order dates.delivered"]);
  assert.equal(r.sameAsSingleThread, true, "the same results as evaluateDisputes over the same rows in one thread");
  assert.equal(r.workers, r.cores, "one worker per core");
  assert.ok(r.progress.length >= 8, `progress steps: ${r.progress.join(", ")}`);
  assert.deepEqual(r.progress, [...r.progress].sort((a, b) => a - b));
  assert.equal(r.progress.at(-1), 1);
  assert.equal(await page.locator("#status").textContent(), "done");
  assert.equal(await noWorkerLeft(page), 0, "the workers end with the run");
  assert.deepEqual(page.problems, []);
  await screenshot(page, "queue-worker-20000");
  console.log(
    `20,000 rows in ${r.workers} module workers (${r.cores} cores): ${r.ms} ms; longest main-thread gap during the run ${r.longestMainThreadGap} ms; triage and summary ${r.triageMs} ms`,
  );
  await page.context().close();
});

test("http, the classic build's Blob workers (the engine inlined, nothing imported), under a CSP with worker-src blob:", async () => {
  const page = await queuePage();
  const r = await page.evaluate(() => window.queueTest({ rows: 5000, mode: "classic", badEvery: 50, compare: true }));
  assert.equal(r.done, true, r.message);
  assert.equal(r.evaluated, 5000);
  assert.equal(r.refused, 100);
  assert.equal(r.sameAsSingleThread, true);
  assert.equal(r.workers, r.cores);
  assert.equal(await noWorkerLeft(page), 0);
  assert.deepEqual(page.problems, []);
  console.log(`5,000 rows in ${r.workers} classic Blob workers: ${r.ms} ms`);
  await page.context().close();
});

test("a Blob worker is refused by a CSP without worker-src blob:, and the run fails rather than hangs", async () => {
  const page = await queuePage("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  const r = await page.evaluate(() => window.queueTest({ rows: 10, mode: "classic" }));
  assert.equal(r.done, false);
  assert.match(r.message, /a dispute-calc worker failed/);
  assert.ok(page.problems.some((p) => /Content Security Policy/.test(p)), page.problems.join("\n"));
  await page.context().close();
});

for (const mode of ["module", "classic"]) {
  test(`Cancel mid-run (${mode} workers): the run stops at once, no worker is left running, and a second run completes`, async () => {
    const page = await queuePage();
    const r = await page.evaluate((mode) => window.queueTest({ rows: 20000, mode, cancelAfterChunks: 3 }), mode);
    assert.equal(r.done, false);
    assert.equal(r.error, "AbortError");
    assert.equal(r.progress.length, 3, "no progress after the cancel");
    assert.equal(await page.locator("#status").textContent(), "stopped");
    assert.equal(await noWorkerLeft(page), 0, "cancel ends every worker");
    const again = await page.evaluate((mode) => window.queueTest({ rows: 3000, mode, badEvery: 30, compare: true }), mode);
    assert.equal(again.done, true, again.message);
    assert.equal(again.sameAsSingleThread, true);
    assert.equal(await noWorkerLeft(page), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("file://: the queue page runs its rows in Blob workers, one per core, and ends them", async () => {
  const page = await openPage(browser);
  let started = 0;
  page.on("worker", () => started++);
  await page.goto(`${fileUrl("www/queue.html")}?lang=en`);
  await page.waitForFunction(() => customElements.get("dispute-queue") && document.querySelector("dispute-queue").dataset.state === "idle");
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  const csv = ["orderId,ruleset,reason,currency,price,dates.delivered,asOf"];
  for (let i = 0; i < 4000; i++) csv.push(`T${i},taobao,no_reason,CNY,${100 + i}.00,2024-05-0${1 + (i % 7)},2024-05-08`);
  await page.locator("dispute-queue #file").setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(csv.join("\n")) });
  const done = await page.evaluate(() => window.queueDone);
  assert.deepEqual([done.rows, done.refused], [4000, 0]);
  assert.equal(started, cores, "one Blob worker per core");
  assert.equal(await noWorkerLeft(page), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Chromium decodes GBK and GB18030 files and detects UTF-8 with and without a BOM", async () => {
  const page = await queuePage();
  const gbkText = "订单号,备注\nTB-1,买家多次催促 €\n";
  const text = "订单号,备注\nTB-1,买家多次催促 𠀀 €\n"; // 𠀀 is beyond GBK: four bytes in GB18030
  const files = [iconv.encode(gbkText, "gbk"), iconv.encode(text, "gb18030"), Buffer.from("\uFEFF" + text), Buffer.from(text), Buffer.from([0x61, 0xff])];
  const decoded = await page.evaluate((lists) => window.queueDecode(lists), files.map((b) => [...b]));
  assert.deepEqual(decoded[0], { text: gbkText, encoding: "gb18030" });
  assert.deepEqual(decoded.slice(1, 4), [
    { text, encoding: "gb18030" },
    { text, encoding: "utf-8-bom" },
    { text, encoding: "utf-8" },
  ]);
  assert.deepEqual(decoded[4], { error: "unknown_encoding" });
  await page.context().close();
});
