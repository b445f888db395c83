// The queue's evaluation in a real Web Worker, in Chromium: a module worker over http, a Blob
// worker over http (classic engine by importScripts) and from file:// (engine inlined), under the
// page's CSP; 20,000 rows with the progress bar moving; Cancel mid-run.
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

test("http, module worker: 20,000 rows complete in chunks with the progress bar moving", async () => {
  const page = await queuePage();
  const r = await page.evaluate(() => window.queueTest({ rows: 20000, mode: "module", badEvery: 100 }));
  assert.equal(r.done, true, r.message);
  assert.equal(r.rows, 20000);
  assert.equal(r.evaluated, 20000, "every row has a result");
  assert.equal(r.refused, 200);
  assert.deepEqual(r.refusedFields, ["date_order dates.delivered"]);
  assert.equal(r.progress.length, 20, "one progress step per 1,000-row chunk");
  assert.deepEqual(r.progress, [...r.progress].sort((a, b) => a - b));
  assert.equal(r.progress.at(-1), 1);
  assert.equal(await page.locator("#status").textContent(), "done");
  assert.deepEqual(page.problems, []);
  await screenshot(page, "queue-worker-20000");
  console.log(`20,000 rows in a module worker: ${r.ms} ms; longest main-thread gap during the run ${r.longestMainThreadGap} ms; triage and summary ${r.triageMs} ms`);
  await page.context().close();
});

test("http, Blob worker loading the classic build, under a CSP with worker-src blob:", async () => {
  const page = await queuePage();
  const r = await page.evaluate(() => window.queueTest({ rows: 2000, mode: "blob" }));
  assert.equal(r.done, true, r.message);
  assert.equal(r.evaluated, 2000);
  assert.equal(r.refused, 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a Blob worker is refused by a CSP without worker-src blob:, and the run fails rather than hangs", async () => {
  const page = await queuePage("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  const r = await page.evaluate(() => window.queueTest({ rows: 10, mode: "blob" }).catch((e) => ({ done: false, error: e.name, message: e.message })));
  assert.equal(r.done, false);
  assert.match(r.message, /dispute queue worker: could not start/);
  assert.ok(page.problems.some((p) => /Content Security Policy/.test(p)), page.problems.join("\n"));
  await page.context().close();
});

test("Cancel mid-run: the run stops after the chunk in hand, with its progress so far", async () => {
  const page = await queuePage();
  const r = await page.evaluate(() => window.queueTest({ rows: 20000, mode: "module", cancelAfterChunks: 3 }));
  assert.equal(r.done, false);
  assert.equal(r.error, "AbortError");
  assert.deepEqual(r.progress, [0.05, 0.1, 0.15]);
  assert.equal(await page.locator("#status").textContent(), "stopped");
  await page.context().close();
});

test("file://: a Blob worker with the engine inlined (pkg/queue/worker-global.js) under the page's CSP", async () => {
  const page = await openPage(browser);
  await page.goto(fileUrl("tests/queue/worker-file.html"));
  const results = await page.evaluate(() =>
    window.queueFileTest([
      { ruleset: "taobao", reason: "no_reason", asOf: "2024-05-08", currency: "CNY", price: 19900, dates: { delivered: "2024-05-04" } },
      { ruleset: "taobao", reason: "no_reason", asOf: "2024-05-08", currency: "CNY", price: 19900, dates: { shipped: "2024-05-05", delivered: "2024-05-04" } },
    ]),
  );
  assert.deepEqual([results[0].ok, results[0].value.outcome, results[0].value.refund], [true, "return_refund", 19900]);
  assert.deepEqual([results[1].ok, results[1].error.code, results[1].error.field], [false, "date_order", "[1].dates.delivered"]);
  assert.equal(await page.locator("#status").textContent(), "done");
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
