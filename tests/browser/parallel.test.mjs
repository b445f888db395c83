// dispute-calc/parallel in Chromium: the installed package's web entry runs module Web Workers
// and gives the same array as evaluateDisputes, with progress and an AbortSignal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, openPage, repoRoot } from "./harness.mjs";

let browser;
let consumer;

before(async () => {
  browser = await launch();
  const root = join(repoRoot, ".tmp/consumer");
  await writeFile(
    join(root, "parallel.html"),
    `<!doctype html><meta charset="utf-8"><title>parallel</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": {
  "dispute-calc": "/node_modules/dispute-calc/web/index.js",
  "dispute-calc/parallel": "/node_modules/dispute-calc/parallel/web.mjs"
} }</script>
<script type="module">
import init, { evaluateDisputes } from "dispute-calc";
import { evaluateDisputesParallel } from "dispute-calc/parallel";
await init();
window.api = { evaluateDisputes, evaluateDisputesParallel };
document.title = "ready";
</script>`,
  );
  consumer = await serve(root);
});

after(async () => {
  await browser?.close();
  await consumer?.close();
});

test("Web Workers give the same array as evaluateDisputes, with progress and abort", async () => {
  const page = await openPage(browser);
  await page.goto(`${consumer.url}/parallel.html`);
  await page.waitForFunction(() => document.title === "ready", null, { timeout: 10000 });
  const result = await page.evaluate(async () => {
    const good = {
      ruleset: "taobao", reason: "no_reason", asOf: "2024-06-10", currency: "CNY", price: 8800,
      dates: { delivered: "2024-06-05" },
    };
    const list = Array.from({ length: 2000 }, (_, i) => (i === 1500 ? { ...good, price: -1 } : { ...good, price: 100 + i }));
    const progress = [];
    const got = await api.evaluateDisputesParallel(list, { workers: 2, onProgress: (p) => progress.push(p.done) });
    const same = JSON.stringify(got) === JSON.stringify(api.evaluateDisputes(list));
    const controller = new AbortController();
    let aborted = "";
    try {
      await api.evaluateDisputesParallel(list, { workers: 2, signal: controller.signal, onProgress: () => controller.abort() });
    } catch (e) {
      aborted = e.name;
    }
    return { same, length: got.length, field: got[1500].error.field, progress, aborted };
  });
  assert.equal(result.same, true);
  assert.equal(result.length, 2000);
  assert.equal(result.field, "[1500].price");
  assert.equal(result.progress.at(-1), 2000);
  assert.equal(result.aborted, "AbortError");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
