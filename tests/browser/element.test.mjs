// <dispute-calculator> as a plug-in developer uses it: the installed package, imported with only an
// import map (and from file:// through the classic build); its events and properties, an error
// then a good input, one wasm fetch for twenty elements, a hostile host stylesheet, theming by
// custom properties and ::part, axe inside the shadow root in both languages, the result view,
// parameters marked "to verify", and rulesets the module adds at run time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, openPage, screenshot, repoRoot } from "./harness.mjs";

// The consumer project of the package tests: pkg packed and installed by name.
const consumer = join(repoRoot, ".tmp/consumer");
const pages = join(consumer, "element-pages");
let browser;
let site;

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

/** A host page: the element imported by name through an import map only, and `body` as markup. */
function hostPage(body, { head = "", lang = "en", script = "" } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="importmap">{ "imports": { "dispute-calc/element": "/node_modules/dispute-calc/element/index.js" } }</script>
${head}</head><body>
${body}
<script type="module">
import "dispute-calc/element";
${script}
</script></body></html>`;
}

async function page(name, html, options) {
  await writeFile(join(pages, name), html);
  const p = await openPage(browser, options);
  p.wasmRequests = [];
  p.on("request", (r) => r.url().endsWith(".wasm") && p.wasmRequests.push(r.url()));
  await p.goto(`${site.url}/element-pages/${name}`);
  return p;
}

/** Waits for the element's result (or error) and returns its data-* attributes. */
async function settled(p, selector = "dispute-calculator") {
  await p.waitForSelector(`${selector}[data-outcome], ${selector}[data-penalty], ${selector}[data-buyer-pays], ${selector}[data-error]`, { state: "attached", timeout: 10000 });
  return p.evaluate(
    (s) => Object.fromEntries([...document.querySelector(s).attributes].filter((a) => a.name.startsWith("data-")).map((a) => [a.name, a.value])),
    selector,
  );
}

before(async () => {
  await mkdir(pages, { recursive: true });
  browser = await launch();
  site = await serve(consumer);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test("events and properties: input computes, dispute-result carries the output, result holds it, edits fire dispute-input", async () => {
  const p = await page(
    "events.html",
    hostPage(`<dispute-calculator locale="en"></dispute-calculator>`, {
      script: `
const calc = document.querySelector("dispute-calculator");
window.events = [];
for (const type of ["dispute-result", "dispute-error", "dispute-input"]) {
  // On the document: the events bubble out of the element.
  document.addEventListener(type, (e) => window.events.push({ type, detail: e.detail, composed: e.composed, bubbles: e.bubbles }));
}
calc.input = ${JSON.stringify(AE_2015)};`,
    }),
  );
  assert.equal((await settled(p))["data-outcome"], "reject");
  // The form is built after the first result is painted; the input reads back the same: no second result.
  await p.waitForSelector("#evaluate-price");
  const first = await p.evaluate(() => ({ events: window.events, result: document.querySelector("dispute-calculator").result }));
  assert.equal(first.events.length, 1);
  assert.equal(first.events[0].type, "dispute-result");
  assert.ok(first.events[0].bubbles && first.events[0].composed);
  assert.equal(first.events[0].detail.outcome, "reject");
  assert.deepEqual(first.result, first.events[0].detail);
  assert.deepEqual(first.result.deadlines.handlingDeadline, "2015-03-23");
  // A user edit: the form (inside the shadow root) changes; dispute-input carries the new input.
  await p.fill("#evaluate-price", "30.00");
  await p.waitForFunction(() => window.events.some((e) => e.type === "dispute-input"));
  const edited = await p.evaluate(() => ({ events: window.events.map((e) => e.type), input: window.events.find((e) => e.type === "dispute-input").detail, prop: document.querySelector("dispute-calculator").input }));
  assert.deepEqual(edited.events.slice(0, 3), ["dispute-result", "dispute-input", "dispute-result"]);
  assert.equal(edited.input.price, 3000);
  assert.equal(edited.input.policy.handlingDays, 20);
  assert.deepEqual(edited.prop, edited.input);
  // The element adds no global beyond its name, and no style to the document.
  const leaks = await p.evaluate(() => ({
    sheets: document.styleSheets.length,
    styles: document.querySelectorAll("style").length,
    globals: ["DisputeCalc", "wasm_bindgen", "DCUtil", "DCI18N"].filter((k) => k in window),
  }));
  assert.deepEqual(leaks, { sheets: 0, styles: 0, globals: [] });
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("an error then a good input: the field error and dispute-error, then a result again", async () => {
  const p = await page(
    "error.html",
    hostPage(`<dispute-calculator locale="en"></dispute-calculator>`, {
      script: `
const calc = document.querySelector("dispute-calculator");
window.events = [];
calc.addEventListener("dispute-error", (e) => window.events.push(["error", e.detail]));
calc.addEventListener("dispute-result", (e) => window.events.push(["result", e.detail.outcome]));
calc.input = ${JSON.stringify({ ...AE_2015, dates: { ...AE_2015.dates, shipped: "2015/03/19" } })};`,
    }),
  );
  assert.equal((await settled(p))["data-error"], "invalid_date");
  await p.waitForSelector("#evaluate-dates-shipped-error");
  const bad = await p.evaluate(() => ({ events: window.events, result: document.querySelector("dispute-calculator").result }));
  assert.equal(bad.result, null);
  assert.equal(bad.events.length, 1);
  assert.equal(bad.events[0][0], "error");
  assert.equal(bad.events[0][1].code, "invalid_date");
  assert.equal(bad.events[0][1].field, "dates.shipped");
  assert.match(bad.events[0][1].message, /dates\.shipped/);
  assert.equal(await p.getAttribute("#evaluate-dates-shipped", "aria-invalid"), "true");
  assert.equal(await p.textContent("#evaluate-dates-shipped-error .error-text"), "Shipped: not a valid date; use YYYY-MM-DD.");
  // A form error (an amount with too many decimals) is an event too, named like the API's.
  await p.fill("#evaluate-price", "25.999");
  await p.waitForFunction(() => window.events.length === 2);
  assert.deepEqual(await p.evaluate(() => [window.events[1][0], window.events[1][1].code, window.events[1][1].field]), ["error", "invalid_amount", "price"]);
  // The element keeps working: a good input computes and clears the messages.
  await p.evaluate((input) => (document.querySelector("dispute-calculator").input = input), AE_2015);
  assert.equal((await settled(p, "dispute-calculator[data-outcome]"))["data-outcome"], "reject");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").hasAttribute("data-error")), false);
  assert.equal(await p.locator(".field-error").count(), 0);
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").result.outcome), "reject");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("two inputs in quick succession: the form, built after the first paint, holds the second", async () => {
  const p = await page(
    "twice.html",
    hostPage(`<dispute-calculator tool="penalty" locale="en"></dispute-calculator>`, {
      script: `
const calc = document.querySelector("dispute-calculator");
calc.input = ${JSON.stringify(TMALL_LATE)};
// The second input comes in the frame after the first result, before the form is built.
calc.addEventListener("dispute-result", () => requestAnimationFrame(() => (calc.input = ${JSON.stringify({ ...TMALL_LATE, price: 9900 })})), { once: true });`,
    }),
  );
  await p.waitForFunction(() => document.querySelector("dispute-calculator").dataset.penalty === "2970");
  await p.waitForSelector("#penalty-price");
  await p.waitForTimeout(100);
  assert.equal(await p.inputValue("#penalty-price"), "99.00");
  assert.equal(await p.getAttribute("dispute-calculator", "data-penalty"), "2970");
  assert.equal((await p.evaluate(() => document.querySelector("dispute-calculator").input)).price, 9900);
  await p.context().close();
});

test("without a locale attribute, an input's locale relabels the form it fills", async () => {
  const p = await page(
    "input-locale.html",
    hostPage(`<dispute-calculator tool="penalty"></dispute-calculator>`, {
      script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(TMALL_LATE)};`,
    }),
  );
  await settled(p);
  await p.waitForSelector("#penalty-price");
  assert.equal(await p.textContent('label[for="penalty-price"]'), "Price paid for the goods");
  await p.evaluate((input) => (document.querySelector("dispute-calculator").input = input), { ...TMALL_LATE, locale: "zh-CN" });
  await p.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".summary")?.textContent));
  assert.equal(await p.textContent('label[for="penalty-price"]'), "商品实付金额");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").locale), "zh-CN");
  await p.context().close();
});

test("twenty elements on one page fetch the wasm once and each compute their own input", async () => {
  const items = Array.from({ length: 20 }, (_, i) => ({ ...TMALL_LATE, price: 10000 + i * 100 }));
  const p = await page(
    "twenty.html",
    hostPage(items.map(() => `<dispute-calculator tool="penalty" view="result" locale="en"></dispute-calculator>`).join("\n"), {
      script: `
const items = ${JSON.stringify(items)};
document.querySelectorAll("dispute-calculator").forEach((c, i) => (c.input = items[i]));`,
    }),
  );
  await p.waitForFunction(() => [...document.querySelectorAll("dispute-calculator")].every((c) => c.hasAttribute("data-penalty")), null, { timeout: 15000 });
  const penalties = await p.evaluate(() => [...document.querySelectorAll("dispute-calculator")].map((c) => Number(c.dataset.penalty)));
  // Tmall: 30% of the price, each computed from its own input.
  assert.deepEqual(penalties, items.map((x) => Math.round(x.price * 0.3)));
  assert.equal(p.wasmRequests.length, 1, p.wasmRequests.join(", "));
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("a hostile host stylesheet changes nothing inside the element", async () => {
  const hostile = `<style>
* { font-size: 40px !important; line-height: 3 !important; font-family: serif !important; color: red !important; }
div { border: 7px solid magenta !important; padding: 20px !important; }
p, h2, h3, section, form, fieldset, label, input, select, button, span { margin: 50px !important; background: yellow !important; }
.summary, .badge, #result { display: none !important; }
</style>`;
  const body = `<dispute-calculator tool="penalty" locale="en"></dispute-calculator>`;
  const script = `document.querySelector("dispute-calculator").input = ${JSON.stringify(TMALL_LATE)};`;
  const measure = (p) =>
    p.evaluate(() => {
      const root = document.querySelector("dispute-calculator").shadowRoot;
      const pick = (sel) => {
        const n = root.querySelector(sel);
        const s = getComputedStyle(n);
        const r = n.getBoundingClientRect();
        return { sel, font: s.fontSize, family: s.fontFamily, color: s.color, border: s.borderTopWidth, margin: s.marginTop, display: s.display, bg: s.backgroundColor, w: Math.round(r.width), h: Math.round(r.height) };
      };
      return [".base", ".summary", ".badge, .total dd", "#result", ".field", "#penalty-price", "button.primary", "legend"].map(pick);
    });
  const plain = await page("plain.html", hostPage(body, { script }), { viewport: { width: 1280, height: 900 } });
  await settled(plain);
  await plain.waitForSelector("#penalty-price");
  const expected = await measure(plain);
  await screenshot(plain, "element-plain-host");
  const p = await page("hostile.html", hostPage(body, { script, head: hostile }), { viewport: { width: 1280, height: 900 } });
  await settled(p);
  await p.waitForSelector("#penalty-price");
  // The rule reaches the host element itself (it is in the document), and nothing below it.
  assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector("dispute-calculator")).fontSize), "40px");
  assert.deepEqual(await measure(p), expected);
  await screenshot(p, "element-hostile-host");
  assert.deepEqual(p.problems, []);
  await plain.context().close();
  await p.context().close();
});

test("theming: CSS custom properties and ::part() reach in; nothing else does", async () => {
  const theme = `<style>
dispute-calculator { --dc-accent: rgb(120, 20, 160); --dc-font: monospace; --dc-radius: 0px; --dc-badge-reject: rgb(10, 90, 40); --dc-font-size: 14px; }
dispute-calculator::part(result-panel) { background: rgb(250, 240, 200); }
dispute-calculator::part(badge-reject) { outline: 3px solid rgb(200, 0, 0); }
dispute-calculator::part(summary) { font-style: italic; }
</style>`;
  const p = await page(
    "theme.html",
    hostPage(`<dispute-calculator locale="en"></dispute-calculator>`, { head: theme, script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(AE_2015)};` }),
  );
  await settled(p);
  await p.waitForSelector("button.primary");
  const styles = await p.evaluate(() => {
    const root = document.querySelector("dispute-calculator").shadowRoot;
    const s = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      button: s("button.primary").backgroundColor,
      font: s(".base").fontFamily,
      size: s(".base").fontSize,
      radius: s(".panel").borderTopLeftRadius,
      badge: s(".badge-reject").backgroundColor,
      badgeOutline: s(".badge-reject").outlineColor,
      panel: s(".result-panel").backgroundColor,
      summary: s(".summary").fontStyle,
    };
  });
  assert.deepEqual(styles, {
    button: "rgb(120, 20, 160)",
    font: "monospace",
    size: "14px",
    radius: "0px",
    badge: "rgb(10, 90, 40)",
    badgeOutline: "rgb(200, 0, 0)",
    panel: "rgb(250, 240, 200)",
    summary: "italic",
  });
  await screenshot(p, "element-themed");
  await p.context().close();
});

for (const locale of ["en", "zh-CN"]) {
  test(`axe-core finds nothing serious or critical inside the shadow root (${locale}), every tool`, async () => {
    const inputs = { evaluate: AE_2015, penalty: TMALL_LATE, shipping: { ruleset: "taobao", reason: "quality", currency: "CNY", returnShipping: 2700, insurancePayout: 1200 } };
    for (const [tool, input] of Object.entries(inputs)) {
      const p = await page(
        `axe-${tool}-${locale}.html`,
        hostPage(`<main><dispute-calculator tool="${tool}"></dispute-calculator></main>`, { lang: locale, script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(input)};` }),
        { locale },
      );
      await settled(p);
      await p.waitForSelector("button.primary");
      // The locale comes from the host document's lang.
      assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").locale), locale);
      if (locale === "zh-CN") assert.match(await p.textContent("#result-h"), /[\u4e00-\u9fff]/);
      await p.evaluate(() => document.querySelector("dispute-calculator").shadowRoot.querySelectorAll("details").forEach((d) => (d.open = true)));
      await p.addScriptTag({ path: join(repoRoot, "node_modules/axe-core/axe.min.js") });
      const violations = await p.evaluate(async () => {
        const r = await window.axe.run(document.querySelector("dispute-calculator"), { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) }));
      });
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(serious, [], `${tool} ${locale}: ${JSON.stringify(serious)}`);
      // axe really looked inside: it reports passes on the shadow root's form controls.
      const checked = await p.evaluate(async () => (await window.axe.run(document.querySelector("dispute-calculator"), { runOnly: ["label"] })).passes.flatMap((r) => r.nodes).length);
      assert.ok(checked > 3, `axe checked ${checked} labelled controls`);
      await p.context().close();
    }
  });
}

test("keyboard: every control inside is reachable with Tab, and focus is visible", async () => {
  const p = await page("keyboard.html", hostPage(`<button id="before">before</button><dispute-calculator tool="penalty" locale="en"></dispute-calculator>`, { script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(TMALL_LATE)};` }));
  await settled(p);
  await p.waitForSelector("button.primary");
  await p.focus("#before");
  const reached = [];
  for (let i = 0; i < 40; i++) {
    await p.keyboard.press("Tab");
    const f = await p.evaluate(() => {
      const a = document.querySelector("dispute-calculator").shadowRoot.activeElement;
      return a ? { id: a.id || a.className, outline: getComputedStyle(a).outlineStyle } : null;
    });
    if (f) reached.push(f);
  }
  const ids = reached.map((f) => f.id);
  for (const id of ["penalty-ruleset", "penalty-violation", "penalty-currency", "penalty-price", "primary"]) assert.ok(ids.includes(id), `${id} not reached: ${ids.join(", ")}`);
  assert.ok(reached.every((f) => f.outline !== "none"), JSON.stringify(reached.filter((f) => f.outline === "none")));
  // Enter on the button computes and takes focus to the result.
  await p.focus("button.primary");
  await p.keyboard.press("Enter");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").dataset.penalty), "5970");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").shadowRoot.activeElement.id), "result-h");
  await p.context().close();
});

test('view="result" shows the result card only; locale switches the text, never the numbers', async () => {
  const p = await page(
    "result-view.html",
    hostPage(`<dispute-calculator view="result" locale="en"></dispute-calculator>`, { script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(AE_2015)};` }),
    { viewport: { width: 375, height: 800 } },
  );
  const en = await settled(p);
  assert.equal(en["data-outcome"], "reject");
  assert.equal(await p.locator("form").count(), 0);
  assert.equal(await p.isVisible(".timeline"), true);
  const summary = await p.textContent(".summary");
  await p.evaluate(() => (document.querySelector("dispute-calculator").locale = "zh-CN"));
  await p.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".summary")?.textContent));
  assert.notEqual(await p.textContent(".summary"), summary);
  // The numbers stay; the reply follows the seller's language when nothing else names one.
  const { "data-reply-locale": zhReply, ...zh } = await settled(p);
  const { "data-reply-locale": enReply, ...enNumbers } = en;
  assert.deepEqual(zh, enNumbers);
  assert.deepEqual([enReply, zhReply], ["en", "zh-CN"]);
  const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${scroll} px wide in ${client}`);
  await screenshot(p, "element-result-view-375-zh");
  await p.context().close();
});

test("from file:// the classic build registers the element; rulesets and 'to verify' marks come from rulesets() at run time", async () => {
  // A page opened from disk: the classic build, which defines DisputeCalc and the element. The
  // ruleset list and the 'to verify' marks come from the module's own rulesets().
  const dir = join(repoRoot, ".tmp/element-file");
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "setup.js"),
    `DisputeCalc.ready.then(function () {
  var calc = document.createElement("dispute-calculator");
  calc.setAttribute("locale", "en");
  document.body.appendChild(calc);
  calc.input = ${JSON.stringify(AE_2015)};
});
`,
  );
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>file</title><link rel="icon" href="data:,"><body>
<script src="../consumer/node_modules/dispute-calc/global/dispute-calc.js"></script><script src="setup.js"></script>`,
  );
  const p = await openPage(browser);
  await p.goto(pathToFileURL(join(dir, "index.html")).href);
  assert.equal((await settled(p))["data-outcome"], "reject");
  await p.waitForSelector("#evaluate-ruleset");
  const options = await p.locator("#evaluate-ruleset option").evaluateAll((os) => os.map((o) => o.value));
  const twelve = ["aliexpress", "amazon", "ebay", "paypal", "taobao", "tmall", "cn-consumer", "cn-food", "cn-car", "eu-crd", "uk-cra", "us-ftc"];
  assert.deepEqual([...options].sort(), [...twelve].sort());
  // The unverified parameter is marked, in the defaults and by its field; the verified one is not.
  assert.equal(await p.locator('.ruleset-info [data-verify="handlingDays"]').count(), 1);
  assert.equal(await p.locator('label[data-param="handlingDays"] [data-verify]').count(), 1);
  assert.equal(await p.locator('[data-verify="disputeWindowDays"]').count(), 0);
  assert.match(await p.textContent('label[data-param="handlingDays"]'), /to verify/);
  assert.equal(await p.getAttribute("#evaluate-policy-handlingDays", "max"), "3650");
  // The new inputs appear for the rulesets that use them, and not for the others.
  const shown = async () =>
    p.evaluate(() => {
      const root = document.querySelector("dispute-calculator").shadowRoot;
      return ["informedOfWithdrawal", "informedOfReturnCost", "standardShipping", "paymentMethod", "policy.holidays"].filter((n) => {
        const f = root.querySelector(`#form-evaluate [data-field="${n}"]`);
        return f && !f.hidden && !f.closest("[hidden]");
      });
    });
  assert.deepEqual(await shown(), []);
  await p.selectOption("#evaluate-ruleset", "eu-crd");
  // EU periods end on a working day (the ruleset declares holidays).
  assert.deepEqual(await shown(), ["informedOfWithdrawal", "informedOfReturnCost", "standardShipping", "policy.holidays"]);
  await p.selectOption("#evaluate-ruleset", "us-ftc");
  assert.deepEqual(await shown(), ["paymentMethod", "policy.holidays"]);
  // What they send: an unticked "informed" box is false (the API's default is true), holidays a
  // list. The input is sent (dispute-input) before the module answers, so `input` has it.
  const input = () => p.evaluate(() => document.querySelector("dispute-calculator").input);
  await p.selectOption("#evaluate-ruleset", "eu-crd");
  await p.uncheck("#evaluate-informedOfWithdrawal");
  assert.equal((await input()).ruleset, "eu-crd");
  assert.equal((await input()).informedOfWithdrawal, false);
  assert.equal((await input()).informedOfReturnCost, undefined);
  await p.selectOption("#evaluate-ruleset", "us-ftc");
  await p.click("#form-evaluate details.policy-details summary");
  await p.fill("#evaluate-policy-holidays", "2024-07-04, 2024-11-28");
  assert.deepEqual((await input()).policy.holidays, ["2024-07-04", "2024-11-28"]);
  assert.equal((await input()).paymentMethod, undefined);
  assert.equal((await input()).informedOfWithdrawal, undefined);
  await p.selectOption("#evaluate-paymentMethod", "cash");
  assert.equal((await input()).paymentMethod, "cash");
  await p.fill("#evaluate-policy-holidays", "4 July");
  await p.waitForSelector("#evaluate-policy-holidays-error");
  assert.equal(await p.getAttribute("dispute-calculator", "data-error"), "form");
  await p.fill("#evaluate-policy-holidays", "");
  // The module implements the ruleset and reads its fields: the element computes the US FTC
  // decision, with no error left on the element.
  await p.waitForFunction(() => {
    const calc = document.querySelector("dispute-calculator");
    return !calc.hasAttribute("data-error") && (calc.result?.rules ?? []).some((r) => r.startsWith("FTC-"));
  });
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").input.paymentMethod), "cash");
  await screenshot(p, "element-file-new-rulesets");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

/** A page of the classic build from disk, whose DisputeCalc functions count their calls. */
async function countingPage(name, setup) {
  const dir = join(repoRoot, ".tmp/element-file");
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, name + ".js"),
    `window.calls = { evaluateDispute: 0, returnShippingSplit: 0, refundPenalty: 0 };
window.events = [];
DisputeCalc.ready.then(function () {
  Object.keys(window.calls).forEach(function (fn) {
    var real = DisputeCalc[fn];
    DisputeCalc[fn] = function (input) { window.calls[fn] += 1; return real.call(DisputeCalc, input); };
  });
  ${setup}
});
`,
  );
  await writeFile(
    join(dir, name + ".html"),
    `<!doctype html><meta charset="utf-8"><title>file</title><link rel="icon" href="data:,"><body>
<script src="../consumer/node_modules/dispute-calc/global/dispute-calc.js"></script><script src="${name}.js"></script>`,
  );
  const p = await openPage(browser);
  await p.goto(pathToFileURL(join(dir, name + ".html")).href);
  return p;
}

test("batched updates: tool, ruleset and input set in one task compute once; updateComplete tells the host when it is drawn", async () => {
  const p = await countingPage(
    "batched",
    `var calc = document.createElement("dispute-calculator");
  calc.setAttribute("locale", "en");
  ["dispute-result", "dispute-error"].forEach(function (type) {
    calc.addEventListener(type, function (e) { window.events.push(type); });
  });
  document.body.appendChild(calc);
  // Before the module is there: three changes in one task, one computation once it is.
  calc.tool = "penalty";
  calc.ruleset = "tmall";
  calc.input = ${JSON.stringify(TMALL_LATE)};
  window.calc = calc;`,
  );
  await p.waitForFunction(() => window.calc && window.calc.hasAttribute("data-penalty"));
  // The form is built after the first paint and reads the input back the same: no second call.
  await p.waitForSelector("#penalty-price");
  await p.waitForTimeout(200);
  assert.deepEqual(await p.evaluate(() => [window.calls, window.events]), [{ evaluateDispute: 0, returnShippingSplit: 0, refundPenalty: 1 }, ["dispute-result"]]);
  // Once running: tool, ruleset and input again in one task. Nothing is computed before the
  // update; after updateComplete the card is drawn, computed once.
  const batch = await p.evaluate(async (input) => {
    const calc = window.calc;
    window.events.length = 0;
    Object.keys(window.calls).forEach((k) => (window.calls[k] = 0));
    calc.tool = "evaluate";
    calc.ruleset = "aliexpress";
    calc.input = input;
    const before = { calls: { ...window.calls }, outcome: calc.getAttribute("data-outcome") };
    const done = await calc.updateComplete;
    const card = calc.shadowRoot.querySelector("#result");
    return { before, done, calls: { ...window.calls }, events: [...window.events], outcome: card.getAttribute("data-outcome"), summary: !!card.querySelector(".summary") };
  }, AE_2015);
  assert.deepEqual(batch.before, { calls: { evaluateDispute: 0, returnShippingSplit: 0, refundPenalty: 0 }, outcome: null });
  assert.equal(batch.done, true);
  assert.deepEqual(batch.calls, { evaluateDispute: 1, returnShippingSplit: 0, refundPenalty: 0 });
  assert.deepEqual(batch.events, ["dispute-result"]);
  assert.equal(batch.outcome, "reject");
  assert.ok(batch.summary);
  await p.waitForSelector("#evaluate-price");
  await p.waitForTimeout(200);
  assert.deepEqual(await p.evaluate(() => [window.calls.evaluateDispute, window.events.length]), [1, 1]);
  // Attributes set in one task are one update too.
  const attrs = await p.evaluate(async () => {
    const calc = window.calc;
    Object.keys(window.calls).forEach((k) => (window.calls[k] = 0));
    calc.setAttribute("locale", "zh-CN");
    calc.setAttribute("reply-locale", "en");
    calc.setAttribute("ruleset", "aliexpress");
    await calc.updateComplete;
    return window.calls.evaluateDispute;
  });
  assert.equal(attrs, 1);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("'to verify': a count once per ruleset (ICU plural), and per parameter a small mark explained on hover and on keyboard focus", async () => {
  const p = await page("to-verify.html", hostPage(`<dispute-calculator locale="en"></dispute-calculator>`, { script: `document.querySelector("dispute-calculator").input = ${JSON.stringify(AE_2015)};` }), {
    viewport: { width: 1280, height: 900 },
  });
  await settled(p);
  await p.waitForSelector("#evaluate-ruleset-info .verify-count");
  // AliExpress: 11 of its 12 parameters are unverified; the count says so once.
  assert.equal(await p.locator(".verify-count").count(), 1);
  assert.equal((await p.textContent("#evaluate-ruleset-info .verify-count")).trim(), "⚠ 11 parameters not yet verified against their source");
  const marks = p.locator("#evaluate-ruleset-info .to-verify");
  assert.equal(await marks.count(), 11);
  // Each mark is the sign alone: no warning text on the line, the explanation hidden until asked.
  const mark = await p.evaluate(() => {
    const root = document.querySelector("dispute-calculator").shadowRoot;
    const m = root.querySelector('#evaluate-ruleset-info [data-verify="handlingDays"]');
    const tip = root.getElementById(m.getAttribute("aria-describedby"));
    return { width: m.getBoundingClientRect().width, tabIndex: m.tabIndex, part: m.getAttribute("part"), tipRole: tip.getAttribute("role"), tipText: tip.textContent, tipShown: getComputedStyle(tip).display !== "none" };
  });
  assert.ok(mark.width < 30, `the mark is ${mark.width} px wide`);
  assert.deepEqual({ ...mark, width: 0 }, { width: 0, tabIndex: 0, part: "to-verify", tipRole: "tooltip", tipText: "This figure is not verified against the rule's source yet.", tipShown: false });
  const tipShown = () =>
    p.evaluate(() => {
      const root = document.querySelector("dispute-calculator").shadowRoot;
      const m = root.querySelector('#evaluate-ruleset-info [data-verify="handlingDays"]');
      const tip = root.getElementById(m.getAttribute("aria-describedby"));
      const r = tip.getBoundingClientRect();
      return getComputedStyle(tip).display !== "none" && r.width > 50 && r.height > 10;
    });
  // Hover shows the explanation; leaving hides it.
  await p.hover('#evaluate-ruleset-info [data-verify="handlingDays"]');
  assert.equal(await tipShown(), true);
  await screenshot(p, "element-to-verify-hover");
  await p.mouse.move(5, 5);
  assert.equal(await tipShown(), false);
  // So does keyboard focus: Tab from the ruleset list reaches the first mark.
  await p.focus("#evaluate-ruleset");
  await p.keyboard.press("Tab");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").shadowRoot.activeElement?.dataset.verify), "handlingDays");
  assert.equal(await tipShown(), true);
  await p.keyboard.press("Tab");
  assert.equal(await tipShown(), false);
  // The parameter's own field has its mark too, in its label.
  assert.equal(await p.locator('label[data-param="handlingDays"] .to-verify').count(), 1);
  // One unverified parameter: the singular; none: no count at all.
  await p.selectOption("#evaluate-ruleset", "us-ftc");
  assert.equal((await p.textContent("#evaluate-ruleset-info .verify-count")).trim(), "⚠ 1 parameter not yet verified against its source");
  await p.selectOption("#evaluate-ruleset", "eu-crd");
  assert.equal(await p.locator(".verify-count").count(), 0);
  assert.equal(await p.locator(".to-verify").count(), 0);
  // In Chinese, from the element's words.
  await p.selectOption("#evaluate-ruleset", "aliexpress");
  await p.evaluate(() => (document.querySelector("dispute-calculator").locale = "zh-CN"));
  await p.waitForFunction(() => /来源核实/.test(document.querySelector("dispute-calculator").shadowRoot.querySelector(".verify-count")?.textContent));
  assert.equal((await p.textContent("#evaluate-ruleset-info .verify-count")).trim(), "⚠ 11 个参数尚未与来源核实");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("on a new element, updateComplete waits for the module to start: the result is drawn when it resolves", async () => {
  const p = await page(
    "update-complete.html",
    hostPage(`<dispute-calculator view="result"></dispute-calculator>`, {
      script: `const calc = document.querySelector("dispute-calculator");
calc.tool = "penalty";
calc.input = ${JSON.stringify(TMALL_LATE)};
const started = calc.hasAttribute("data-penalty");
window.done = calc.updateComplete.then((complete) => ({ started, complete, penalty: calc.getAttribute("data-penalty"), card: calc.shadowRoot.querySelector("#result").getAttribute("data-penalty") }));`,
    }),
  );
  const done = await p.evaluate(() => window.done);
  // Nothing was computed when the input was set (the module was still loading); awaiting
  // updateComplete alone is enough to find the result drawn.
  assert.deepEqual(done, { started: false, complete: true, penalty: "5970", card: "5970" });
  await p.context().close();
});
