// Smoke test of the foundation: the page computes a real result over http and from file://, and
// the installed package imports by name in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, openPage, fileUrl, screenshot, repoRoot } from "./harness.mjs";

let browser;
let site;
let consumer;

before(async () => {
  browser = await launch();
  site = await serve();
  // The consumer project of the package tests: pkg installed by name into node_modules.
  const root = join(repoRoot, ".tmp/consumer");
  await writeFile(
    join(root, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "dispute-calc": "/node_modules/dispute-calc/web/index.js" } }</script>
<script type="module">
import init, { refundPenalty } from "dispute-calc";
await init();
const p = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 });
document.title = "penalty:" + p.penalty;
</script>`,
  );
  consumer = await serve(root);
});

after(async () => {
  await browser?.close();
  await site?.close();
  await consumer?.close();
});

for (const [how, url] of [
  ["http", () => `${site.url}/www/index.html?tool=penalty`],
  ["file", () => fileUrl("www/index.html") + "?tool=penalty"],
]) {
  test(`the page computes a result when opened over ${how}`, async () => {
    const page = await openPage(browser);
    await page.goto(url());
    const result = page.locator("[data-penalty]").first();
    await result.waitFor({ timeout: 10000 });
    assert.match(await result.getAttribute("data-penalty"), /^\d+$/);
    await screenshot(page, `smoke-${how}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("the installed package imports by name in Chromium (import map to pkg's web build)", async () => {
  const page = await openPage(browser);
  await page.goto(`${consumer.url}/index.html`);
  await page.waitForFunction(() => document.title.startsWith("penalty:"), null, { timeout: 10000 });
  assert.equal(await page.title(), "penalty:5970");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
