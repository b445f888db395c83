// The seller help page (www/): every tool over http and from file://, links that carry the state,
// the language switch, the course presets, input errors next to their field, text never run as
// HTML, axe-core, phone width, and a screenshot of each tool; and the three pages' own words from
// their catalogues (locales/pages) in every language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { serve, launch, openPage, fileUrl, screenshot, repoRoot } from "./harness.mjs";
import { languageName } from "../../js/text/language-names.js";

let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serve();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const ATTR = { evaluate: "data-outcome", shipping: "data-buyer-pays", penalty: "data-penalty" };
const TOOLS = Object.keys(ATTR);

const AE_2015 = {
  ruleset: "aliexpress",
  reason: "not_received",
  request: "full_refund",
  asOf: "2015-04-20",
  currency: "USD",
  price: 2599,
  dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
  tracking: "delivered",
  policy: { handlingDays: 20 },
};
const TMALL_LATE = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };
const INSURANCE = {
  ruleset: "taobao",
  reason: "quality",
  currency: "CNY",
  outboundShipping: 0,
  freeShipping: true,
  returnShipping: 2700,
  insurancePayout: 1200,
};
const LINK_INPUT = { evaluate: AE_2015, shipping: INSURANCE, penalty: TMALL_LATE };

const httpBase = () => `${site.url}/www/index.html`;
const fileBase = () => fileUrl("www/index.html");

function link(base, tool, input) {
  return `${base}?tool=${tool}&input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Waits until the result carries `attr` (or an input error, reported with its message). */
async function result(page, attr) {
  await page.waitForSelector(`#result[${attr}], #result[data-error]`, { timeout: 10000 });
  const error = await page.getAttribute("#result", "data-error");
  if (error !== null) {
    const message = await page.locator("#result").innerText();
    assert.fail(`the page shows an input error instead of a result (${error}): ${message}`);
  }
  return page.getAttribute("#result", attr);
}

/** Waits until `attr` on the result differs from `previous`. */
async function changed(page, attr, previous) {
  await page.waitForFunction(
    ([a, p]) => {
      const r = document.getElementById("calc").shadowRoot.getElementById("result");
      return r.hasAttribute("data-error") || (r.hasAttribute(a) && r.getAttribute(a) !== p);
    },
    [attr, previous],
    { timeout: 10000 },
  );
  return result(page, attr);
}

function inputOf(url) {
  const q = new URL(url).searchParams;
  return { tool: q.get("tool"), input: JSON.parse(q.get("input")) };
}

for (const [how, base] of [
  ["http", httpBase],
  ["file://", fileBase],
]) {
  test(`every tool computes a result over ${how}, by tab and by link`, async () => {
    const page = await openPage(browser);
    await page.goto(base());
    for (const tool of TOOLS) {
      await page.click(`.tool-tab[data-tool="${tool}"]`);
      assert.equal(await page.getAttribute(`.tool-tab[data-tool="${tool}"]`, "aria-pressed"), "true");
      assert.ok(await page.isVisible(`#form-${tool}`));
      assert.match(await result(page, ATTR[tool]), /^\w+$/);
    }
    for (const tool of TOOLS) {
      await page.goto(link(base(), tool, LINK_INPUT[tool]));
      assert.match(await result(page, ATTR[tool]), /^\w+$/);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a link fills the form and shows the result without a click; edits rewrite the link", async () => {
  const edits = {
    evaluate: ["#evaluate-dates-delivered", "", "data-outcome"],
    shipping: ["#shipping-returnShipping", "10.00", "data-buyer-pays"],
    penalty: ["#penalty-price", "2500.00", "data-penalty"],
  };
  for (const tool of TOOLS) {
    const page = await openPage(browser);
    await page.goto(link(httpBase(), tool, LINK_INPUT[tool]));
    assert.ok(await page.isVisible(`#form-${tool}`));
    const first = await result(page, ATTR[tool]);
    const [selector, value] = edits[tool];
    const before = page.url();
    await page.fill(selector, value);
    if (tool === "evaluate") {
      // Without a delivery record the 2015 case is no longer a plain reject.
      await page.selectOption("#evaluate-tracking", "in_transit");
    }
    await page.waitForFunction((u) => location.href !== u, before);
    const edited = inputOf(page.url());
    assert.equal(edited.tool, tool);
    const attrs = async (p) =>
      p.evaluate(() => {
        const r = document.getElementById("calc").shadowRoot.getElementById("result");
        return Object.fromEntries([...r.attributes].filter((a) => a.name.startsWith("data-")).map((a) => [a.name, a.value]));
      });
    await result(page, ATTR[tool]);
    const after = await attrs(page);
    if (tool === "shipping") assert.equal(edited.input.returnShipping, 1000);
    if (tool === "penalty") {
      assert.equal(edited.input.price, 250000);
      assert.notEqual(after["data-penalty"], first);
    }
    if (tool === "evaluate") {
      assert.equal(edited.input.dates.delivered, undefined);
      assert.equal(edited.input.tracking, "in_transit");
    }
    // The rewritten link reopens to the same form and the same result.
    const again = await openPage(browser);
    await again.goto(page.url());
    await result(again, ATTR[tool]);
    assert.deepEqual(await attrs(again), after);
    assert.equal(await again.inputValue(selector), value);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(page.problems, []);
    await again.context().close();
    await page.context().close();
  }
});

test("a shared link over http: one .wasm request for the page's early start and the element together", async () => {
  const page = await openPage(browser);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(link(httpBase(), "evaluate", AE_2015));
  assert.equal(await result(page, "data-outcome"), "reject");
  // shell.js starts the glue's init() while the element module loads; the element's own call
  // gets that instance. Two instances would ask for the .wasm twice.
  assert.equal(requests.filter((u) => u.endsWith("/dispute_calc_bg.wasm")).length, 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the page's script tag starts the element, glue and .wasm requests, before the page's own script runs", async () => {
  const page = await openPage(browser);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  // app.js never arrives: what is asked for comes from shell.js and its tag's data-* attributes.
  await page.route("**/www/app.js", (route) => route.abort());
  await page.goto(link(httpBase(), "evaluate", AE_2015));
  await page.waitForFunction(() => customElements.get("dispute-calculator"));
  for (const file of ["/www/pkg/element/calculator.js", "/www/pkg/web/index.js", "/www/pkg/text/index.js", "/www/pkg/web/dispute_calc.js", "/www/pkg/web/dispute_calc_bg.wasm"]) {
    assert.ok(requests.includes(file), `${file} was asked for`);
  }
  await page.context().close();
});

test("a link opened from file:// round-trips too", async () => {
  const page = await openPage(browser);
  await page.goto(link(fileBase(), "penalty", TMALL_LATE));
  assert.equal(await result(page, "data-penalty"), "5970");
  await page.fill("#penalty-price", "99.00");
  assert.equal(await changed(page, "data-penalty", "5970"), "2970");
  assert.equal(inputOf(page.url()).input.price, 9900);
  const again = await openPage(browser);
  await again.goto(page.url());
  assert.equal(await result(again, "data-penalty"), "2970");
  await again.context().close();
  await page.context().close();
});

test("amounts are read in the currency's own decimals, exactly", async () => {
  const page = await openPage(browser);
  await page.goto(link(httpBase(), "penalty", TMALL_LATE));
  await result(page, "data-penalty");
  for (const [text, minor] of [
    ["0.29", 29],
    ["1,299.10", 129910],
    ["19.9", 1990],
    ["4503599627370.49", 450359962737049],
  ]) {
    await page.fill("#penalty-price", text);
    await page.waitForFunction((m) => JSON.parse(new URL(location.href).searchParams.get("input")).price === m, minor);
  }
  // JPY has no minor unit, KWD three decimals: the hint and the parsing follow the currency.
  await page.goto(link(httpBase(), "shipping", { ...INSURANCE, ruleset: "taobao", currency: "CNY" }));
  await result(page, "data-buyer-pays");
  assert.equal(await page.inputValue("#shipping-returnShipping"), "27.00");
  await page.selectOption("#shipping-currency", "KWD");
  await page.fill("#shipping-returnShipping", "1.250");
  await page.waitForFunction(() => JSON.parse(new URL(location.href).searchParams.get("input")).returnShipping === 1250);
  await page.selectOption("#shipping-currency", "JPY");
  await page.fill("#shipping-returnShipping", "27.5");
  await page.waitForSelector("#shipping-returnShipping-error");
  assert.match(await page.textContent("#shipping-returnShipping-hint"), /JPY/);
  await page.context().close();
});

test("the language switch changes page and results together, never numbers", async () => {
  for (const tool of TOOLS) {
    const page = await openPage(browser, { locale: "en-US" });
    await page.goto(link(httpBase(), tool, LINK_INPUT[tool]));
    await result(page, ATTR[tool]);
    const attrs = () =>
      page.evaluate(() => {
        const r = document.getElementById("calc").shadowRoot.getElementById("result");
        // The reply's language follows the page's when the input names no other: not a number.
        return Object.fromEntries([...r.attributes].filter((a) => a.name.startsWith("data-") && a.name !== "data-reply-locale").map((a) => [a.name, a.value]));
      });
    const en = await attrs();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.doesNotMatch(await page.textContent("h1"), /[\u4e00-\u9fff]/);
    await page.selectOption("#lang", "zh-CN");
    await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.getElementById("calc").shadowRoot.querySelector("#result .summary")?.textContent ?? ""));
    // The page's words load when a language is first chosen (locales/pages, a script per locale).
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    assert.match(await page.textContent("h1"), /[\u4e00-\u9fff]/);
    assert.match(await page.textContent(`#form-${tool} legend`), /[\u4e00-\u9fff]/);
    assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
    assert.deepEqual(await attrs(), en);
    assert.equal(inputOf(page.url()).input.locale, "zh-CN");
    await screenshot(page, `page-${tool}-zh`);
    await page.selectOption("#lang", "en");
    await page.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.getElementById("calc").shadowRoot.querySelector("#result .summary")?.textContent ?? "x"));
    assert.deepEqual(await attrs(), en);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("the page starts in Chinese when the browser's language is Chinese", async () => {
  const page = await openPage(browser, { locale: "zh-TW" });
  await page.goto(`${httpBase()}?tool=penalty`);
  assert.equal(await result(page, "data-penalty"), "5970");
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.equal(await page.inputValue("#lang"), "zh-CN");
  assert.match(await page.textContent("#result .summary"), /[\u4e00-\u9fff]/);
  await page.context().close();
});

test("preset: AliExpress 2015 non-receipt, delivered per tracking -> reject", async () => {
  const page = await openPage(browser);
  await page.goto(`${httpBase()}?tool=penalty`);
  await page.click('.preset[data-preset="ae2015"]');
  assert.equal(await result(page, "data-outcome"), "reject");
  assert.equal(await page.getAttribute("#result", "data-refund"), "0");
  assert.equal(await page.inputValue("#evaluate-dates-shipped"), "2015-03-19");
  assert.equal(await page.inputValue("#evaluate-policy-handlingDays"), "20");
  assert.deepEqual(inputOf(page.url()).input, { ...AE_2015, locale: "en" });
  // The timeline draws the deadlines of the worked example; the handling deadline has passed.
  // Each mark carries its date (data-at) and shows it as the locale writes it (Intl).
  const deadline = (key) => page.getAttribute(`.timeline li[data-key="${key}"]`, "data-at");
  assert.equal(await deadline("handlingDeadline"), "2015-03-23");
  assert.equal(await deadline("deliveryDeadline"), "2015-05-18");
  assert.equal(await deadline("sellerResponseDeadline"), "2015-04-25");
  assert.equal(await page.textContent('.timeline li[data-key="handlingDeadline"] .tl-date'), "Mar 23, 2015");
  assert.equal(await page.getAttribute('.timeline li[data-key="handlingDeadline"]', "class"), "tl-deadline tl-passed");
  assert.equal(await page.getAttribute('.timeline li[data-key="deliveryDeadline"]', "class"), "tl-deadline");
  assert.ok(await page.isVisible('.timeline li[data-key="asOf"]'));
  const evidence = await page.locator(".evidence code").allTextContents();
  assert.ok(evidence.includes("tracking_delivered"), evidence.join(", "));
  assert.ok(evidence.includes("shipment_record"), evidence.join(", "));
  const rules = await page.locator(".rules .chips code").allTextContents();
  assert.ok(rules.includes("AE-R9"), rules.join(", "));
  assert.ok((await page.locator(".checks li code.check-rule").count()) > 0);
  assert.ok((await page.inputValue("textarea.reply")).length > 20);
  await page.context().close();
});

test("preset: Amazon wrong print -> seller at fault, keep-the-item offers", async () => {
  const page = await openPage(browser);
  await page.goto(httpBase());
  await page.click('.preset[data-preset="amazon"]');
  await result(page, "data-outcome");
  assert.equal(await page.getAttribute("#result", "data-fault"), "seller");
  const offers = await page.locator(".offers li").evaluateAll((lis) => lis.map((li) => li.dataset.outcome));
  assert.ok(offers.length >= 2, `offers: ${offers}`);
  assert.ok(offers.some((o) => o !== "return_refund"), `a keep-the-item offer among: ${offers}`);
  await page.context().close();
});

test("preset: Taobao refund before shipment -> full refund within the 24-hour timer, no penalty", async () => {
  const page = await openPage(browser);
  await page.goto(httpBase());
  await page.click('.preset[data-preset="taobaoUnshipped"]');
  assert.equal(await result(page, "data-outcome"), "refund_full");
  assert.equal(await page.getAttribute("#result", "data-refund"), "12900");
  assert.equal(await page.getAttribute("#result", "data-fault"), "none");
  const rules = await page.locator(".rules .chips code").allTextContents();
  assert.ok(rules.includes("TB-T1") && rules.includes("TB-R7"), rules.join(", "));
  assert.ok(!rules.includes("TB-P1"), rules.join(", "));
  const deadline = (key) => page.getAttribute(`.timeline li[data-key="${key}"]`, "data-at");
  assert.match(await deadline("sellerResponseDeadline"), /^2024-06-19/);
  // A date-time: the day, and the clock time in its own offset under it.
  assert.equal(await page.textContent('.timeline li[data-key="sellerResponseDeadline"] .tl-date'), "Jun 19, 2024");
  assert.match(await page.textContent('.timeline li[data-key="sellerResponseDeadline"] .tl-time'), /^\d{1,2}:\d{2}\s?[AP]M UTC\+8$/);
  await page.context().close();
});

test("preset: Tmall refund before shipment after the ship time -> full refund and the 30% penalty", async () => {
  const page = await openPage(browser);
  await page.goto(httpBase());
  await page.click('.preset[data-preset="tmallUnshippedLate"]');
  assert.equal(await result(page, "data-outcome"), "refund_full");
  assert.equal(await page.getAttribute("#result", "data-refund"), "19900");
  assert.equal(await page.getAttribute("#result", "data-fault"), "seller");
  const rules = await page.locator(".rules .chips code").allTextContents();
  assert.ok(rules.includes("TM-P1") && rules.includes("TB-T1"), rules.join(", "));
  assert.match(await page.textContent("#result .summary"), /59\.70/);
  await page.context().close();
});

test("preset: Tmall late shipment of 199.00 -> penalty 59.70, with the formula", async () => {
  const page = await openPage(browser);
  await page.goto(httpBase());
  await page.click('.preset[data-preset="tmall"]');
  assert.equal(await result(page, "data-penalty"), "5970");
  assert.equal(await page.getAttribute("#result", "data-total"), "25870");
  assert.equal(await page.textContent(".formula code"), "min(30% x 199.00, 500.00)");
  assert.equal(await page.inputValue("#penalty-price"), "199.00");
  await page.context().close();
});

test("preset: return-shipping insurance -> postage 27.00 = insurer 12.00 + seller 15.00", async () => {
  const page = await openPage(browser);
  await page.goto(httpBase());
  await page.click('.preset[data-preset="insurance"]');
  assert.equal(await result(page, "data-buyer-pays"), "0");
  assert.equal(await page.getAttribute("#result", "data-seller-pays"), "1500");
  assert.equal(await page.getAttribute("#result", "data-insurer-pays"), "1200");
  // The return leg is drawn split between the insurer and the seller.
  const payers = await page.locator(".bar-svg rect[data-payer]").evaluateAll((rs) => rs.map((r) => r.dataset.payer));
  assert.ok(payers.includes("insurer") && payers.includes("seller"), payers.join(", "));
  await page.context().close();
});

test("an input error is shown next to the field it names", async () => {
  const page = await openPage(browser);
  // From the module: shipped before ordered is a date_order error on dates.shipped.
  await page.goto(link(httpBase(), "evaluate", AE_2015));
  await result(page, "data-outcome");
  await page.fill("#evaluate-dates-shipped", "2015-03-01");
  await page.waitForSelector("#evaluate-dates-shipped-error");
  assert.equal(await page.getAttribute("#result", "data-error"), "date_order");
  assert.equal(await page.getAttribute("#evaluate-dates-shipped", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#evaluate-dates-shipped", "aria-describedby"), /evaluate-dates-shipped-error/);
  assert.match(await page.textContent("#evaluate-dates-shipped-error"), /dates\.shipped/);
  const sameField = await page.evaluate(
    () => {
      const root = document.getElementById("calc").shadowRoot;
      return root.getElementById("evaluate-dates-shipped-error").closest(".field") === root.getElementById("evaluate-dates-shipped").closest(".field");
    },
  );
  assert.ok(sameField);
  // Fixing it clears the message.
  await page.fill("#evaluate-dates-shipped", "2015-03-19");
  await result(page, "data-outcome");
  assert.equal(await page.locator("#evaluate-dates-shipped-error").count(), 0);
  assert.equal(await page.getAttribute("#evaluate-dates-shipped", "aria-invalid"), null);
  // From the page: an amount with more decimals than the currency has.
  await page.click('.tool-tab[data-tool="penalty"]');
  await page.fill("#penalty-price", "19.999");
  await page.waitForSelector("#penalty-price-error");
  assert.equal(await page.getAttribute("#penalty-price", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#penalty-price", "aria-describedby"), /penalty-price-error/);
  assert.equal(await page.getAttribute("#result", "data-penalty"), null);
  // A policy value out of range, from a link: the message sits by the parameter's field.
  await page.goto(link(httpBase(), "penalty", { ...TMALL_LATE, policy: { lateShipmentPercent: 1001 } }));
  await page.waitForSelector("#result[data-error]");
  assert.equal(await page.getAttribute("#penalty-policy-lateShipmentPercent", "aria-invalid"), "true");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

const HAN = /[\u4e00-\u9fff]/;

// That every code (deadlines, evidence, offers, error codes, enums) has a label in each language
// is checked against vocabulary.json in tests/vocab, without a browser.

/** The field error next to `control`: its short line, its detail, and whether it sits in the field. */
async function fieldError(page, control) {
  await page.waitForSelector(`#${control}-error`);
  return page.evaluate((id) => {
    const root = document.getElementById("calc").shadowRoot;
    const c = root.getElementById(id);
    const p = root.getElementById(id + "-error");
    return {
      code: p.dataset.code,
      line: p.querySelector(".error-text")?.textContent,
      detail: p.querySelector(".error-detail [lang=en]")?.textContent ?? null,
      sameField: p.closest(".field") === c.closest(".field"),
      invalid: c.getAttribute("aria-invalid"),
      describedBy: c.getAttribute("aria-describedby"),
      card: root.querySelector("#result .error-card")?.textContent ?? "",
      status: root.getElementById("status").textContent,
    };
  }, control);
}

test("a refused input in Chinese: a Chinese message by the field, the API's English detail under it", async () => {
  const page = await openPage(browser, { locale: "zh-CN" });
  const bad = { ...AE_2015, locale: "zh-CN", dates: { ...AE_2015.dates, shipped: "2015/03/19" } };
  await page.goto(link(httpBase(), "evaluate", bad));
  await page.waitForSelector("#result[data-error]");
  assert.equal(await page.getAttribute("#result", "data-error"), "invalid_date");
  const e = await fieldError(page, "evaluate-dates-shipped");
  assert.equal(e.code, "invalid_date");
  assert.equal(e.line, "发货日期：日期格式不正确，应为 YYYY-MM-DD。");
  assert.match(e.detail, /^dates\.shipped must be a date/);
  assert.ok(e.sameField);
  assert.equal(e.invalid, "true");
  assert.match(e.describedBy, /evaluate-dates-shipped-error/);
  assert.match(e.card, /发货日期：日期格式不正确/);
  assert.match(e.status, /发货日期：日期格式不正确/);
  await screenshot(page, "page-error-zh");
  // A rule parameter out of range is named by its Chinese parameter label.
  await page.goto(link(httpBase(), "penalty", { ...TMALL_LATE, locale: "zh-CN", policy: { lateShipmentPercent: 1001 } }));
  const p = await fieldError(page, "penalty-policy-lateShipmentPercent");
  assert.equal(p.code, "invalid_amount");
  assert.equal(p.line, "延迟发货违约金比例（%）：数值不在允许范围内，应为不小于 0 的整数。");
  assert.match(p.detail, /policy\.lateShipmentPercent/);
  // A missing date whose field is folded away: the fold opens and the message sits by the field.
  const { policy: _aliexpressOnly, ...rest } = AE_2015;
  const amazon = { ...rest, ruleset: "amazon", locale: "zh-CN", tracking: "in_transit", dates: { ordered: "2015-03-03", shipped: "2015-03-19", opened: "2015-04-20" } };
  await page.goto(link(httpBase(), "evaluate", amazon));
  const m = await fieldError(page, "evaluate-dates-estimatedDelivery");
  assert.equal(m.code, "missing_field");
  assert.equal(m.line, "最晚预计送达日期：此项为必填，请填写。");
  assert.match(m.detail, /dates\.estimatedDelivery/);
  assert.ok(await page.isVisible("#evaluate-dates-estimatedDelivery-error"));
  // A path with no control of its own goes to the form's message area, still in Chinese. The page
  // only sends what its controls hold, so the module is made to refuse a path the form lacks:
  // from disk, where the element calls the classic build's DisputeCalc object, which can be wrapped.
  await page.goto(link(fileBase(), "penalty", { ...TMALL_LATE, locale: "zh-CN" }));
  await result(page, "data-penalty");
  await page.evaluate(() => {
    DisputeCalc.refundPenalty = () => {
      const e = new Error('unknown field "bogus"; expected one of: ruleset, violation');
      e.name = "DisputeInputError";
      e.code = "unknown_field";
      e.field = "bogus";
      throw e;
    };
  });
  await page.fill("#penalty-price", "99.00");
  await page.waitForSelector("#penalty-form-error .field-error");
  assert.equal(await page.getAttribute("#result", "data-error"), "unknown_field");
  assert.equal(await page.textContent("#penalty-form-error .error-text"), "bogus：本计算器不识别此字段。");
  assert.match(await page.textContent("#penalty-form-error .error-detail"), /unknown field "bogus"/);
  // Switching the language rewrites the message.
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.getElementById("calc").shadowRoot.querySelector("#penalty-form-error .error-text")?.textContent === "bogus: not a field this calculator reads.");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a refused input in English: an English message by the field, with the API's detail", async () => {
  const page = await openPage(browser, { locale: "en-US" });
  await page.goto(link(httpBase(), "evaluate", AE_2015));
  await result(page, "data-outcome");
  await page.fill("#evaluate-dates-shipped", "2015-03-01");
  const e = await fieldError(page, "evaluate-dates-shipped");
  assert.equal(await page.getAttribute("#result", "data-error"), "date_order");
  assert.equal(e.line, "Shipped: out of order with the other dates.");
  assert.match(e.detail, /dates\.shipped \(2015-03-01\) is before dates\.ordered/);
  assert.ok(e.sameField);
  assert.equal(e.invalid, "true");
  assert.doesNotMatch(e.line + e.card, HAN);
  await page.goto(link(httpBase(), "evaluate", { ...AE_2015, dates: { ...AE_2015.dates, shipped: "2015/03/19" } }));
  const d = await fieldError(page, "evaluate-dates-shipped");
  assert.equal(d.line, "Shipped: not a valid date; use YYYY-MM-DD.");
  assert.match(d.detail, /^dates\.shipped must be a date/);
  // Switching to Chinese rewrites it.
  await page.selectOption("#lang", "zh-CN");
  await page.waitForFunction(() => document.getElementById("calc").shadowRoot.querySelector("#evaluate-dates-shipped-error .error-text")?.textContent === "发货日期：日期格式不正确，应为 YYYY-MM-DD。");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("text that looks like HTML is shown as text and never runs", async () => {
  const page = await openPage(browser);
  const script = "<script>window.__x=1</script>";
  const img = '<img src=x onerror="window.__x=1">';
  // Through a link: enum fields holding markup end up in options and error messages.
  await page.goto(link(httpBase(), "evaluate", { ...AE_2015, reason: img, destination: script }));
  await page.waitForSelector("#result[data-error]");
  await page.goto(link(httpBase(), "penalty", { ...TMALL_LATE, ruleset: script, violation: img }));
  await page.waitForSelector("#result[data-error]");
  assert.ok((await page.textContent("body")).includes(script) || (await page.textContent("#penalty-ruleset")).includes(script));
  // Through the form: a text field.
  await page.goto(link(httpBase(), "evaluate", AE_2015));
  await result(page, "data-outcome");
  for (const text of [script, img]) {
    await page.fill("#evaluate-destination", text);
    await page.waitForFunction((t) => JSON.parse(new URL(location.href).searchParams.get("input")).destination === t, text);
    await page.waitForSelector("#result[data-outcome], #result[data-error]");
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__x), undefined);
  assert.equal(await page.locator("#result img, #result script, #forms img, #forms script").count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("axe-core finds nothing serious or critical on any tool", async () => {
  for (const tool of TOOLS) {
    for (const lang of ["en", "zh-CN"]) {
      // bypassCSP only here: injecting axe is an inline script.
      const page = await openPage(browser, { bypassCSP: true, locale: lang });
      await page.goto(link(httpBase(), tool, LINK_INPUT[tool]));
      await result(page, ATTR[tool]);
      await page.evaluate(() => [document, document.getElementById("calc").shadowRoot].forEach((r) => r.querySelectorAll("details").forEach((d) => (d.open = true))));
      await page.addScriptTag({ path: join(repoRoot, "node_modules/axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
      });
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], `${tool} (${lang}): ${JSON.stringify(bad)}`);
      await page.context().close();
    }
  }
});

test("keyboard: tabs, presets and fields are reachable, focus is visible", async () => {
  const page = await openPage(browser);
  await page.goto(`${httpBase()}?tool=evaluate`);
  await result(page, "data-outcome");
  await page.focus('.tool-tab[data-tool="penalty"]');
  await page.keyboard.press("Enter");
  assert.equal(await result(page, "data-penalty"), "5970");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.context().close();
});

test("each tool fits a 375 px phone without horizontal scrolling; screenshots", async () => {
  for (const tool of TOOLS) {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 375, height: 800 }],
    ]) {
      const page = await openPage(browser, { viewport, deviceScaleFactor: 1 });
      await page.goto(link(httpBase(), tool, LINK_INPUT[tool]));
      await result(page, ATTR[tool]);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${tool} ${name}: page is ${scroll} px wide in a ${client} px window`);
      await screenshot(page, `page-${tool}-${name}`);
      await page.context().close();
    }
  }
});

// The pages' own words (title, header, navigation, footer) come from locales/pages/<tag>.json in
// every language of the switch, over http and from disk; none is written in the page scripts.
const PAGES = [
  { file: "index.html", page: "help", ready: "#result[data-outcome], #result[data-error]" },
  { file: "queue.html", page: "queue", ready: 'dispute-queue[data-state="idle"]' },
  { file: "exercises.html", page: "exercises", ready: 'dispute-exercise[data-state="question"]' },
];
const pageWords = (tag) => JSON.parse(readFileSync(join(repoRoot, "locales/pages", `${tag}.json`), "utf8"));
const pageWordsText = (tag) => Object.fromEntries(Object.entries(pageWords(tag)).map(([id, text]) => [id, String(new IntlMessageFormat(text, tag).format())]));
const LOCALES = JSON.parse(readFileSync(join(repoRoot, "vocabulary.json"), "utf8")).enums.Locale.values;

/** What the page shows of its own words: title, lang, every data-i18n text and aria label, the switch. */
function shownWords(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector("h1").textContent,
    tagline: document.querySelector(".tagline").textContent,
    footer: document.querySelector("footer").textContent.trim(),
    label: document.querySelector('label[for="lang"]').textContent,
    nav: document.querySelector(".page-links").getAttribute("aria-label"),
    texts: [...document.querySelectorAll("[data-i18n]")].map((n) => [n.getAttribute("data-i18n"), n.textContent]),
    options: [...document.getElementById("lang").options].map((o) => [o.value, o.textContent, o.lang]),
    chosen: document.getElementById("lang").value,
  }));
}

function assertWordsOf(shown, tag, page, where) {
  const words = pageWordsText(tag);
  assert.equal(shown.lang, tag, where);
  assert.equal(shown.chosen, tag, where);
  assert.equal(shown.title, words[`${page}.title`], where);
  assert.equal(shown.h1, words[`${page}.title`], where);
  assert.equal(shown.tagline, words[`${page}.tagline`], where);
  assert.equal(shown.footer, words[`${page}.footer`], where);
  assert.equal(shown.label, words["shell.language"], where);
  assert.equal(shown.nav, words["shell.pagesNav"], where);
  assert.ok(shown.texts.length >= 6, where);
  for (const [id, text] of shown.texts) assert.equal(text, words[id], `${where}: ${id}`);
}

for (const [how, base] of [
  ["http", () => `${site.url}/www/`],
  ["file://", () => fileUrl("www/")],
]) {
  test(`each page switched to ja and then de over ${how}: title, header, navigation and footer from locales/pages`, async () => {
    const names = LOCALES.map((tag) => [tag, languageName(tag), tag]);
    for (const { file, page, ready } of PAGES) {
      const p = await openPage(browser, { locale: "en-US" });
      await p.goto(base() + file);
      await p.waitForSelector(ready, { timeout: 15000 });
      const english = await shownWords(p);
      assertWordsOf(english, "en", page, `${file} en`);
      // The switch offers every locale, each named in its own language.
      assert.deepEqual(english.options, names);
      for (const tag of ["ja", "de"]) {
        await p.selectOption("#lang", tag);
        await p.waitForFunction((t) => document.documentElement.lang === t, tag);
        assertWordsOf(await shownWords(p), tag, page, `${file} ${tag} (${how})`);
        // The element follows the switch too.
        const elementLocale = await p.evaluate(() => document.querySelector("dispute-calculator, dispute-queue, dispute-exercise").locale);
        assert.equal(elementLocale, page === "exercises" ? "en" : tag, `${file} ${tag}: the element's locale`);
      }
      assert.deepEqual(p.problems, []);
      await p.context().close();
    }
  });
}

test("a page opens in the language its link names, and in the browser's otherwise", async () => {
  for (const [url, browserLocale, tag] of [
    [`queue.html?lang=ja`, "en-US", "ja"],
    [`exercises.html?seed=2&lang=ru`, "en-US", "ru"],
    [`index.html?tool=penalty&input=${encodeURIComponent(JSON.stringify({ ...TMALL_LATE, locale: "de" }))}`, "en-US", "de"],
    [`queue.html`, "pl-PL", "pl"],
    [`index.html`, "pt-BR", "pt-BR"],
  ]) {
    const p = await openPage(browser, { locale: browserLocale });
    await p.goto(`${site.url}/www/${url}`);
    // The words were held for: the load event has them.
    const shown = await shownWords(p);
    assertWordsOf(shown, tag, PAGES.find((x) => url.startsWith(x.file)).page, url);
    assert.deepEqual(p.problems, []);
    await p.context().close();
  }
});

test("a link whose input cannot be read: the message in the page's language, the reason after it", async () => {
  const p = await openPage(browser, { locale: "ja-JP" });
  await p.goto(`${httpBase()}?tool=penalty&input=%7Bnot-json`);
  await p.waitForSelector("#link-error:not([hidden])");
  const text = await p.textContent("#link-error");
  assert.ok(text.startsWith(pageWordsText("ja")["help.badLink"] + " "), text);
  assert.ok(text.length > pageWordsText("ja")["help.badLink"].length + 5, text);
  await p.context().close();
});

test("no page word is written in the pages' scripts or markup: they live in locales/pages", () => {
  const sources = ["app.js", "queue-app.js", "exercises.js", "shell.js", "index.html", "queue.html", "exercises.html"].map((f) => [f, readFileSync(join(repoRoot, "www", f), "utf8")]);
  for (const tag of LOCALES) {
    for (const [id, text] of Object.entries(pageWords(tag))) {
      // Sentences and long labels: short ones ("Tools", "Language") also occur in comments.
      if (text.length < 20) continue;
      for (const [file, source] of sources) assert.ok(!source.includes(text), `www/${file} holds the words of "${id}" (${tag})`);
    }
  }
});

test("the three pages in ru and ja at 1280 and 375 px: the page's words in the language, nothing wider than the screen; screenshots", async () => {
  for (const tag of ["ru", "ja"]) {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["375", { width: 375, height: 800 }],
    ]) {
      for (const { file, page, ready } of PAGES) {
        const p = await openPage(browser, { locale: tag, viewport, deviceScaleFactor: 1 });
        await p.goto(`${site.url}/www/${file}${page === "exercises" ? "?seed=5" : ""}`);
        await p.waitForSelector(ready, { timeout: 15000 });
        assertWordsOf(await shownWords(p), tag, page, `${file} ${tag} ${name}`);
        const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(scroll <= client, `${file} ${tag} ${name}: page is ${scroll} px wide in a ${client} px window`);
        await screenshot(p, `pages-${page}-${tag}-${name}`);
        assert.deepEqual(p.problems, []);
        await p.context().close();
      }
    }
  }
});
