// The three example hosts in examples/, as their README snippets show them: a plain HTML page with
// an import map, a Vite + React 19 order list with <dispute-calculator view="result">, and a
// Vite + Vue 3 form bound to :input. Each is copied into the consumer project (where dispute-calc
// is installed by name), built for production where it has a build, and driven in Chromium, with
// screenshots at desktop width, at 375 px and in Chinese.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { serve, launch, openPage, screenshot, repoRoot } from "./harness.mjs";

const consumer = join(repoRoot, ".tmp/consumer");
let browser;
const servers = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

/** Copies examples/<name> into the consumer project; builds it with its own vite.config.js. */
async function prepare(name, { vite = false } = {}) {
  const dir = join(consumer, "examples", name);
  await rm(dir, { recursive: true, force: true });
  await cp(join(repoRoot, "examples", name), dir, { recursive: true });
  if (!vite) return dir;
  await build({ root: dir, configFile: join(dir, "vite.config.js"), logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } });
  return join(dir, "dist");
}

async function host(root) {
  const s = await serve(root);
  servers.push(s);
  return s.url;
}

const VIEWS = [
  ["desktop", { width: 1280, height: 900 }],
  ["375", { width: 375, height: 800 }],
];

/** No horizontal scrolling at the page's width. */
async function fits(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${scroll} px wide in ${client}`);
}

test("plain HTML with an import map: the element computes, the page hears dispute-result", async () => {
  await prepare("plain-html");
  const base = await host(consumer);
  for (const [view, viewport] of VIEWS) {
    const page = await openPage(browser, { viewport });
    const wasm = [];
    page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
    await page.goto(`${base}/examples/plain-html/index.html`);
    await page.waitForSelector("dispute-calculator[data-penalty]", { state: "attached", timeout: 10000 });
    assert.equal(await page.getAttribute("dispute-calculator", "data-penalty"), "5970");
    assert.equal(await page.textContent("#summary"), "Penalty 59.70 CNY, total 258.70 CNY.");
    // The page's theme reached the element through its custom property.
    await page.waitForSelector("button.primary");
    assert.equal(await page.$eval("dispute-calculator", (c) => getComputedStyle(c.shadowRoot.querySelector("button.primary")).backgroundColor), "rgb(138, 43, 226)");
    await fits(page);
    await screenshot(page, `example-plain-${view}`);
    if (view === "desktop") {
      assert.equal(wasm.length, 1);
      // A user edit in the element's form computes again.
      await page.fill("#penalty-price", "99.00");
      await page.waitForFunction(() => document.querySelector("dispute-calculator").dataset.penalty === "2970");
      await page.evaluate(() => (document.querySelector("dispute-calculator").locale = "zh-CN"));
      await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".summary")?.textContent));
      await screenshot(page, "example-plain-zh");
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("Vite + React 19: an order list, and the selected order's result card", async () => {
  const base = await host(await prepare("react", { vite: true }));
  for (const [view, viewport] of VIEWS) {
    const page = await openPage(browser, { viewport });
    await page.goto(`${base}/index.html`);
    await page.waitForSelector("dispute-calculator[data-outcome]", { state: "attached", timeout: 10000 });
    // React 19 set `input` as a property (not an attribute) and heard the event.
    assert.equal(await page.getAttribute("dispute-calculator", "input"), null);
    assert.equal(await page.getAttribute("dispute-calculator", "data-outcome"), "reject");
    await page.waitForFunction(() => document.querySelector("[data-status]").textContent.startsWith("AE-2015-0420: reject"));
    assert.equal(await page.locator("form").count(), 0);
    await page.click('button[data-order="AMZ-2024-0508"]');
    await page.waitForFunction(() => document.querySelector("[data-status]").textContent.startsWith("AMZ-2024-0508:"));
    assert.equal(await page.getAttribute("dispute-calculator", "data-fault"), "seller");
    await page.click('button[data-order="TB-2024-1111"]');
    await page.waitForFunction(() => document.querySelector("[data-status]").textContent.startsWith("TB-2024-1111:"));
    await fits(page);
    await screenshot(page, `example-react-${view}`);
    if (view === "desktop") {
      // The numbers stay; the reply follows the seller's language (the order names no destination).
      const numbers = () => page.evaluate(() => {
        const { replyLocale, ...data } = document.querySelector("dispute-calculator").dataset;
        return data;
      });
      const before = await numbers();
      await page.selectOption("select", "zh-CN");
      await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".summary")?.textContent));
      assert.deepEqual(await numbers(), before);
      assert.equal(await page.getAttribute("dispute-calculator", "data-reply-locale"), "zh-CN");
      await screenshot(page, "example-react-zh");
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("Vite + Vue 3: the app's form bound to :input, @dispute-result and @dispute-error", async () => {
  const base = await host(await prepare("vue", { vite: true }));
  for (const [view, viewport] of VIEWS) {
    const page = await openPage(browser, { viewport });
    await page.goto(`${base}/index.html`);
    await page.waitForSelector("dispute-calculator[data-seller-pays]", { state: "attached", timeout: 10000 });
    assert.equal(await page.getAttribute("dispute-calculator", "data-insurer-pays"), "1200");
    assert.equal(await page.getAttribute("dispute-calculator", "data-seller-pays"), "1500");
    await page.waitForFunction(() => document.querySelector("[data-status]").textContent.includes("Seller pays 15.00, insurer pays 12.00"));
    // The Vue form drives the element through :input.
    await page.fill('input[name="returnPostage"]', "30.00");
    await page.waitForFunction(() => document.querySelector("dispute-calculator").dataset.sellerPays === "1800");
    // A bad value: the element reports it, the app shows it, and a good one recovers.
    await page.fill('input[name="insurance"]', "twelve");
    await page.waitForFunction(() => document.querySelector("[data-status]").textContent.includes("insurancePayout"));
    assert.equal(await page.getAttribute("dispute-calculator", "data-error"), "invalid_type");
    await page.fill('input[name="insurance"]', "12.00");
    await page.waitForFunction(() => document.querySelector("dispute-calculator").dataset.insurerPays === "1200");
    await fits(page);
    await screenshot(page, `example-vue-${view}`);
    if (view === "desktop") {
      await page.selectOption('select[name="locale"]', "zh-CN");
      await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".summary")?.textContent));
      await screenshot(page, "example-vue-zh");
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
