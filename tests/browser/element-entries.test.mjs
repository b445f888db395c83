// The single-element entries as a plug-in uses them: a page importing only
// dispute-calc/element/calculator (an import map to the installed package) gets
// <dispute-calculator> and not the queue or the exercise, and loads no chunk holding Papa Parse;
// a page importing two entries loads their shared chunks once; Vite bundles one entry without the
// others' code.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { serve, launch, openPage, screenshot, repoRoot } from "./harness.mjs";

const consumer = join(repoRoot, ".tmp/consumer");
const pages = join(consumer, "entry-pages");
const PAPA_PARSE = "UndetectableDelimiter"; // a string of Papa Parse's that minification keeps
const TMALL_LATE = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };
let browser;
let site;

before(async () => {
  await mkdir(pages, { recursive: true });
  browser = await launch();
  site = await serve(consumer);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A host page importing `entries` (dispute-calc/element/<entry>) by name through an import map. */
function hostPage(entries, body) {
  const imports = Object.fromEntries(entries.map((e) => [`dispute-calc/element/${e}`, `/node_modules/dispute-calc/element/${e}.js`]));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script></head><body>
${body}
<script type="module">
${entries.map((e) => `import "dispute-calc/element/${e}";`).join("\n")}
const calc = document.querySelector("dispute-calculator");
calc.input = ${JSON.stringify(TMALL_LATE)};
</script></body></html>`;
}

/** Opens the page and records the element modules it fetched, with their text. */
async function open(name, html) {
  await writeFile(join(pages, name), html);
  const page = await openPage(browser);
  const modules = [];
  page.on("response", async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/node_modules/dispute-calc/element/")) modules.push({ path, text: await r.text() });
  });
  await page.goto(`${site.url}/entry-pages/${name}`);
  await page.waitForSelector("dispute-calculator[data-penalty]", { state: "attached", timeout: 10000 });
  return { page, modules };
}

test("a page importing only dispute-calc/element/calculator gets the calculator, not the queue, and no Papa Parse", async () => {
  const { page, modules } = await open("calculator.html", hostPage(["calculator"], `<dispute-calculator tool="penalty" view="result"></dispute-calculator>`));
  assert.equal(await page.locator("dispute-calculator").getAttribute("data-penalty"), "5970");
  const defined = await page.evaluate(() => ["dispute-calculator", "dispute-queue", "dispute-exercise"].map((t) => !!customElements.get(t)));
  assert.deepEqual(defined, [true, false, false]);
  // An undefined tag stays an inert HTMLElement, as a page that never imported it expects.
  assert.equal(await page.evaluate(() => document.createElement("dispute-queue").constructor === HTMLElement), true);
  const paths = modules.map((m) => m.path);
  assert.ok(paths.includes("/node_modules/dispute-calc/element/calculator.js"));
  assert.ok(!paths.includes("/node_modules/dispute-calc/element/index.js"), paths.join(", "));
  assert.ok(paths.some((p) => /\/chunk-[^/]+\.js$/.test(p)), "the calculator's code comes in shared chunks");
  for (const m of modules) assert.ok(!m.text.includes(PAPA_PARSE), `${m.path} holds Papa Parse`);
  // The test would prove nothing if the string were not Papa Parse's: the queue's chunks hold it.
  const files = await readdir(join(consumer, "node_modules/dispute-calc/element"));
  const texts = await Promise.all(files.filter((f) => f.endsWith(".js")).map((f) => readFile(join(consumer, "node_modules/dispute-calc/element", f), "utf8")));
  assert.ok(texts.some((t) => t.includes(PAPA_PARSE)));
  await screenshot(page, "entry-calculator-only");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a page importing the calculator and the queue entries loads each shared chunk once", async () => {
  const { page, modules } = await open(
    "calculator-queue.html",
    hostPage(["calculator", "queue"], `<dispute-calculator tool="penalty" view="result"></dispute-calculator><dispute-queue as-of="2026-01-10"></dispute-queue>`),
  );
  const defined = await page.evaluate(() => ["dispute-calculator", "dispute-queue", "dispute-exercise"].map((t) => !!customElements.get(t)));
  assert.deepEqual(defined, [true, true, false]);
  const paths = modules.map((m) => m.path);
  assert.equal(new Set(paths).size, paths.length, paths.join(", "));
  assert.ok(modules.some((m) => m.text.includes(PAPA_PARSE)), "the queue entry brings Papa Parse");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the queue's sample export comes with the queue entry only: a calculator-only page loads none of it", async () => {
  const SAMPLE = "tracking stuck at customs"; // one of the sample's English notes, kept by minification
  const calculatorOnly = await open("calculator-sample.html", hostPage(["calculator"], `<dispute-calculator tool="penalty" view="result"></dispute-calculator>`));
  for (const m of calculatorOnly.modules) assert.ok(!m.text.includes(SAMPLE), `${m.path} holds the sample export`);
  await calculatorOnly.page.context().close();
  const withQueue = await open("queue-sample.html", hostPage(["calculator", "queue"], `<dispute-calculator tool="penalty" view="result"></dispute-calculator><dispute-queue></dispute-queue>`));
  assert.ok(withQueue.modules.some((m) => m.text.includes(SAMPLE)), "the queue entry brings the sample export");
  assert.deepEqual(withQueue.page.problems, []);
  await withQueue.page.context().close();
});

test("Vite bundles dispute-calc/element/calculator without the queue's or the exercises' code, and it computes", async () => {
  const app = join(consumer, "vite-calculator-app");
  await mkdir(app, { recursive: true });
  await writeFile(
    join(app, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>vite</title><link rel="icon" href="data:,">
<dispute-calculator tool="penalty" view="result" data-other="dispute-queue"></dispute-calculator>
<script type="module" src="./main.js"></script>`,
  );
  await writeFile(
    join(app, "main.js"),
    `import "dispute-calc/element/calculator";
// The queue's tag comes from the page (data-other): the bundle must not hold it unless the package put it there.
const calc = document.querySelector("dispute-calculator");
calc.addEventListener("dispute-result", (e) => (document.title = "penalty:" + e.detail.penalty + " queue:" + !!customElements.get(calc.dataset.other)));
calc.input = ${JSON.stringify(TMALL_LATE)};
`,
  );
  await build({ root: app, logLevel: "warn", configFile: false, build: { outDir: "dist", emptyOutDir: true, target: "es2022" } });
  const assets = join(app, "dist/assets");
  const js = await Promise.all((await readdir(assets)).filter((f) => f.endsWith(".js")).map((f) => readFile(join(assets, f), "utf8")));
  // Vite's minifier may quote a string with any of the three quotes.
  const tag = (name) => new RegExp(`["'\`]${name}["'\`]`);
  assert.ok(js.some((t) => tag("dispute-calculator").test(t)), "the calculator is in the bundle");
  for (const text of js) {
    assert.ok(!tag("dispute-queue").test(text) && !tag("dispute-exercise").test(text), "another element in the bundle");
    assert.ok(!text.includes(PAPA_PARSE), "Papa Parse in the bundle");
    assert.ok(!text.includes("instantiate: expected an exercise object"), "the exercises' core in the bundle");
  }
  const server = await serve(join(app, "dist"));
  try {
    const page = await openPage(browser);
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.title.startsWith("penalty:"), null, { timeout: 10000 });
    assert.equal(await page.title(), "penalty:5970 queue:false");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await server.close();
  }
});
