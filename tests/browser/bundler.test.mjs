// The package in a bundler: a Vite app importing "dispute-calc" by name, built for production and
// opened in Chromium. Vite must find the .wasm through the web build's `new URL(..., import.meta.url)`.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { serve, launch, openPage, repoRoot } from "./harness.mjs";

// Inside the consumer project, so "dispute-calc" resolves to the packed package it installed.
const app = join(repoRoot, ".tmp/consumer/vite-app");
let browser;
let site;

after(async () => {
  await browser?.close();
  await site?.close();
});

test("a Vite production build imports dispute-calc by name and computes in Chromium", async () => {
  await mkdir(app, { recursive: true });
  await writeFile(
    join(app, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>vite</title><link rel="icon" href="data:,">
<script type="module" src="./main.js"></script>`,
  );
  await writeFile(
    join(app, "main.js"),
    `import init, { refundPenalty, evaluateDispute } from "dispute-calc";
await init();
const p = refundPenalty({ ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 });
const d = evaluateDispute({
  ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
  currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
});
document.title = "penalty:" + p.penalty + " outcome:" + d.outcome;
`,
  );
  await build({
    root: app,
    logLevel: "warn",
    configFile: false,
    build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  });
  site = await serve(join(app, "dist"));
  browser = await launch();
  const page = await openPage(browser);
  await page.goto(`${site.url}/index.html`);
  await page.waitForFunction(() => document.title.startsWith("penalty:"), null, { timeout: 10000 });
  assert.equal(await page.title(), "penalty:5970 outcome:reject");
  assert.deepEqual(page.problems, []);
});

test("esbuild bundles dispute-calc/element; with the .wasm copied next to the bundle it computes in Chromium", async () => {
  const { build: esbuild } = await import("esbuild");
  const { copyFile } = await import("node:fs/promises");
  const dir = join(repoRoot, ".tmp/consumer/esbuild-app");
  await mkdir(join(dir, "dist"), { recursive: true });
  await writeFile(
    join(dir, "main.js"),
    `import "dispute-calc/element";
const calc = document.querySelector("dispute-calculator");
calc.addEventListener("dispute-result", (e) => (document.title = "penalty:" + e.detail.penalty));
calc.input = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };
`,
  );
  await esbuild({ entryPoints: [join(dir, "main.js")], bundle: true, format: "esm", outfile: join(dir, "dist/main.js"), logLevel: "warning" });
  // esbuild keeps `new URL("dispute_calc_bg.wasm", import.meta.url)` as it is: the README's one step.
  await copyFile(join(repoRoot, ".tmp/consumer/node_modules/dispute-calc/web/dispute_calc_bg.wasm"), join(dir, "dist/dispute_calc_bg.wasm"));
  await writeFile(
    join(dir, "dist/index.html"),
    `<!doctype html><meta charset="utf-8"><title>esbuild</title><link rel="icon" href="data:,">
<dispute-calculator tool="penalty" view="result"></dispute-calculator><script type="module" src="main.js"></script>`,
  );
  const server = await serve(join(dir, "dist"));
  const chromium = await launch();
  try {
    const page = await openPage(chromium);
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.title.startsWith("penalty:"), null, { timeout: 10000 });
    assert.equal(await page.title(), "penalty:5970");
    assert.deepEqual(page.problems, []);
  } finally {
    await chromium.close();
    await server.close();
  }
});
