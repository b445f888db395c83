// The screenshots the README and the guides show, drawn from the pages as they are (after
// `make www`) and written into docs/images/, so the documentation never shows an old page:
//   help-page.png  the help page deciding the course's AliExpress 2015 case (a shared link)
//   queue.png      the dispute queue after 40 generated rows
//   exercise.png   the exercises page after Check
//   reply-zh-ru.png  the result of a Chinese page with the reply in Russian
// Each page must also load without a console error. Commit the images when they change.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, openPage, repoRoot } from "./harness.mjs";
import { generateItems } from "../../queue/generate.js";

const images = join(repoRoot, "docs/images");
const viewport = { width: 1280, height: 900 };
const tall = { width: 1280, height: 1500 };
let server;
let browser;

before(async () => {
  await mkdir(images, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function shoot(page, name) {
  const path = join(images, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, fullPage: false });
  assert.ok((await stat(path)).size > 10_000, `${name}.png looks empty`);
  assert.deepEqual(page.problems, []);
}

const AE_2015 = {
  ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
  currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
};

test("docs/images/help-page.png: the help page with the AliExpress 2015 case", async () => {
  const page = await openPage(browser, { viewport: tall, locale: "en" });
  const input = encodeURIComponent(JSON.stringify(AE_2015));
  await page.goto(`${server.url}/www/index.html?tool=evaluate&input=${input}`);
  await page.waitForSelector("dispute-calculator[data-outcome]", { state: "attached", timeout: 15000 });
  assert.equal(await page.getAttribute("dispute-calculator", "data-outcome"), "reject");
  await shoot(page, "help-page");
  await page.context().close();
});

test("docs/images/queue.png: the dispute queue with generated rows, most urgent first", async () => {
  const page = await openPage(browser, { viewport: tall, locale: "en" });
  await page.goto(`${server.url}/www/queue.html?lang=en`);
  await page.waitForFunction(() => customElements.get("dispute-queue") && document.querySelector("dispute-queue").dataset.state === "idle");
  const items = generateItems(40, { asOf: "2026-06-01", badEvery: 20 });
  await page.evaluate((list) => {
    const queue = document.querySelector("dispute-queue");
    queue.setAttribute("as-of", "2026-06-01");
    queue.items = list;
  }, items);
  await page.waitForSelector('dispute-queue[data-state="done"]', { state: "attached", timeout: 30000 });
  await shoot(page, "queue");
  await page.context().close();
});

test("docs/images/exercise.png: an exercise after Check", async () => {
  const page = await openPage(browser, { viewport, locale: "en" });
  await page.goto(`${server.url}/www/exercises.html?seed=3&lang=en`);
  await page.waitForSelector('dispute-exercise[data-state="question"]', { state: "attached", timeout: 15000 });
  await page.evaluate(() => {
    const ex = document.querySelector("dispute-exercise");
    ex.submit({ outcome: "reject", refund: 0, "respond-by": "2015-08-04" });
  });
  await page.waitForSelector('dispute-exercise[data-state="checked"]', { state: "attached", timeout: 10000 });
  await shoot(page, "exercise");
  await page.context().close();
});

test("docs/images/reply-zh-ru.png: a Chinese page with the reply in Russian", async () => {
  const page = await openPage(browser, { viewport: tall, locale: "zh-CN" });
  const input = encodeURIComponent(JSON.stringify({ ...AE_2015, locale: "zh-CN", replyLocale: "ru" }));
  await page.goto(`${server.url}/www/index.html?tool=evaluate&input=${input}`);
  await page.waitForSelector("dispute-calculator[data-outcome]", { state: "attached", timeout: 15000 });
  await page.waitForFunction(() => document.querySelector("dispute-calculator").replyLocale === "ru");
  const panel = page.locator('dispute-calculator [part~="result-panel"]');
  await page.evaluate(() => document.fonts.ready);
  const path = join(images, "reply-zh-ru.png");
  await panel.screenshot({ path });
  assert.ok((await stat(path)).size > 10_000);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
