// The reply in the buyer's language (issue 20): <dispute-calculator reply-locale> over http (the
// installed package by an import map) and from file:// (the classic build, which adds
// locales/<tag>.js by itself), the default from the destination country, the reply card's
// language list; the help page with a Chinese seller and a Russian buyer, and in ru, de and ja,
// at 1280 and 375 px, with screenshots in test-results/. Every reply is compared with the
// package's own in Node: the page renders with the same renderer and catalogues.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, openPage, screenshot, fileUrl, repoRoot } from "./harness.mjs";

// The consumer project of the package tests: pkg packed and installed by name.
const consumer = join(repoRoot, ".tmp/consumer");
const pages = join(consumer, "reply-pages");
const engine = createRequire(join(consumer, "package.json"))("dispute-calc");
let browser;
let site;
let www;

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

// What each language's text looks like: Cyrillic; German, Portuguese and French words; kana.
const SCRIPT = {
  en: /^[\x00-\x7f’“”—–…€$£¥\s]+$/,
  ru: /[А-Яа-яЁё]{3}/,
  de: /\b(Sie|Ihre?|Käufer|Bestellung)\b/,
  "pt-BR": /\b(você|pedido|comprador)\b/i,
  ja: /[\u3040-\u30ff]/,
  "zh-CN": /[\u4e00-\u9fff]/,
};

before(async () => {
  await mkdir(pages, { recursive: true });
  browser = await launch();
  site = await serve(consumer);
  www = await serve();
  await Promise.all(["ru", "de", "ja", "pt-BR", "fr"].map((tag) => engine.loadLocale(tag)));
});

after(async () => {
  await browser?.close();
  await site?.close();
  await www?.close();
});

/** The package's own reply for an input, in Node. */
const replyOf = (input) => engine.evaluateDispute(input).reply;

/** A host page of the installed package: the element by an import map, `body` as markup. */
async function hostPage(name, body, script, options) {
  await writeFile(
    join(pages, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="importmap">{ "imports": { "dispute-calc/element": "/node_modules/dispute-calc/element/index.js" } }</script>
</head><body>
${body}
<script type="module">
import "dispute-calc/element";
window.inputs = [];
document.querySelector("dispute-calculator").addEventListener("dispute-input", (e) => window.inputs.push(e.detail));
${script}
</script></body></html>`,
  );
  const p = await openPage(browser, options);
  p.catalogues = [];
  p.on("request", (r) => /\/locales\//.test(r.url()) && p.catalogues.push(new URL(r.url()).pathname.replace(/^.*\/locales\//, "")));
  await p.goto(`${site.url}/reply-pages/${name}`);
  return p;
}

/** Waits until the element's reply is in `tag` and returns what the card shows. */
async function replyIn(p, tag, selector = "dispute-calculator") {
  await p.waitForFunction(
    ([s, t]) => {
      const el = document.querySelector(s);
      return el && el.getAttribute("data-reply-locale") === t && el.shadowRoot.querySelector("textarea.reply");
    },
    [selector, tag],
    { timeout: 15000 },
  );
  return p.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const area = root.querySelector("textarea.reply");
    const select = root.querySelector("select.reply-locale");
    return {
      reply: area.value,
      lang: area.getAttribute("lang"),
      chosen: select && select.value,
      shown: select && select.selectedOptions[0].textContent,
      label: select && root.querySelector(`label[for="${select.id}"]`).textContent,
      options: select ? [...select.options].map((o) => o.value) : [],
      summary: root.querySelector(".summary").textContent,
      summaryLang: root.querySelector(".summary").getAttribute("lang"),
    };
  }, selector);
}

const ELEVEN = ["en", "zh-CN", "ru", "pt-BR", "es", "fr", "de", "it", "pl", "ko", "ja"];

test('<dispute-calculator reply-locale="ru"> over http: the reply in Russian, the rest in English; the element loads the catalogue itself, once', async () => {
  const p = await hostPage(
    "ru.html",
    `<dispute-calculator locale="en" reply-locale="ru"></dispute-calculator>`,
    `document.querySelector("dispute-calculator").input = ${JSON.stringify(AE_2015)};`,
  );
  const ru = await replyIn(p, "ru");
  assert.equal(ru.reply, replyOf({ ...AE_2015, locale: "en", replyLocale: "ru" }));
  assert.match(ru.reply, SCRIPT.ru);
  assert.doesNotMatch(ru.summary, SCRIPT.ru);
  assert.deepEqual([ru.lang, ru.summaryLang, ru.chosen, ru.shown, ru.label], ["ru", "en", "ru", "Русский (Russian)", "Reply language"]);
  // The card offers the eleven languages, each in its own name.
  assert.deepEqual(ru.options, ELEVEN);
  assert.deepEqual(p.catalogues, ["ru.json"], "the Russian catalogue, fetched once next to the module");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").replyLocale), "ru");

  // The host changes the attribute: the reply follows, the numbers stay.
  const refund = await p.getAttribute("dispute-calculator", "data-refund");
  await p.evaluate(() => document.querySelector("dispute-calculator").setAttribute("reply-locale", "de"));
  const de = await replyIn(p, "de");
  assert.equal(de.reply, replyOf({ ...AE_2015, locale: "en", replyLocale: "de" }));
  assert.equal(await p.getAttribute("dispute-calculator", "data-refund"), refund);

  // The seller picks Japanese in the card: the attribute follows, the host hears the input with
  // its replyLocale, the focus stays on the list.
  const inputsBefore = await p.evaluate(() => window.inputs.length);
  await p.selectOption("dispute-calculator select.reply-locale", "ja");
  const ja = await replyIn(p, "ja");
  assert.equal(ja.reply, replyOf({ ...AE_2015, locale: "en", replyLocale: "ja" }));
  assert.equal(await p.getAttribute("dispute-calculator", "reply-locale"), "ja");
  await p.waitForFunction((n) => window.inputs.length > n, inputsBefore);
  assert.equal((await p.evaluate(() => window.inputs.at(-1))).replyLocale, "ja");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").shadowRoot.activeElement?.className), "reply-locale");
  assert.deepEqual(p.catalogues, ["ru.json", "de.json", "ja.json"]);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("without reply-locale the reply follows the destination country (the vocabulary's table), else the seller's locale; a hostile attribute is ignored as text", async () => {
  const p = await hostPage(
    "country.html",
    `<dispute-calculator locale="en" view="result"></dispute-calculator>`,
    `document.querySelector("dispute-calculator").input = ${JSON.stringify({ ...AE_2015, destination: "BR" })};`,
  );
  const br = await replyIn(p, "pt-BR");
  assert.equal(br.reply, replyOf({ ...AE_2015, destination: "BR", locale: "en", replyLocale: "pt-BR" }));
  assert.match(br.reply, SCRIPT["pt-BR"]);
  for (const [country, tag] of [["AT", "de"], ["JP", "ja"], ["US", "en"]]) {
    await p.evaluate((input) => (document.querySelector("dispute-calculator").input = input), { ...AE_2015, destination: country });
    const r = await replyIn(p, tag);
    assert.equal(r.reply, replyOf({ ...AE_2015, destination: country, locale: "en", replyLocale: tag }), country);
  }
  // An input's own replyLocale wins over the country.
  await p.evaluate((input) => (document.querySelector("dispute-calculator").input = input), { ...AE_2015, destination: "JP", replyLocale: "fr" });
  await replyIn(p, "fr");
  // Markup in the attribute is no locale: the element goes on with its default, and makes no element of it.
  await p.evaluate(() => document.querySelector("dispute-calculator").setAttribute("reply-locale", '<img src=x onerror="window.__x=1">'));
  await p.evaluate((input) => (document.querySelector("dispute-calculator").input = input), { ...AE_2015, destination: "RU" });
  await replyIn(p, "ru");
  assert.equal(await p.evaluate(() => window.__x), undefined);
  assert.equal(await p.evaluate(() => document.querySelector("dispute-calculator").shadowRoot.querySelectorAll("img").length), 0);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test('from file://: the classic build adds locales/ru.js by itself for reply-locale="ru"; loadLocale works there too', async () => {
  const dir = join(consumer, "reply-file");
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, "setup.js"),
    `var calc = document.createElement("dispute-calculator");
calc.setAttribute("locale", "zh-CN");
calc.setAttribute("reply-locale", "ru");
document.body.appendChild(calc);
calc.input = ${JSON.stringify(AE_2015)};
DisputeCalc.ready.then(function (api) {
  try {
    api.evaluateDispute(Object.assign({}, ${JSON.stringify(AE_2015)}, { replyLocale: "fr" }));
    window.beforeLoad = "computed";
  } catch (e) {
    window.beforeLoad = e.code + " " + e.field;
  }
  return api.loadLocale("fr").then(function () {
    window.french = api.evaluateDispute(Object.assign({}, ${JSON.stringify(AE_2015)}, { replyLocale: "fr" })).reply;
  });
});
`,
  );
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>file</title><link rel="icon" href="data:,"><body>
<script src="../node_modules/dispute-calc/global/dispute-calc.js"></script><script src="setup.js"></script>`,
  );
  const p = await openPage(browser);
  await p.goto(pathToFileURL(join(dir, "index.html")).href);
  const ru = await replyIn(p, "ru");
  assert.equal(ru.reply, replyOf({ ...AE_2015, locale: "zh-CN", replyLocale: "ru" }));
  assert.match(ru.summary, SCRIPT["zh-CN"]);
  assert.equal(ru.shown, "Русский (俄语)");
  await p.waitForFunction(() => window.french);
  assert.equal(await p.evaluate(() => window.beforeLoad), "locale_not_loaded replyLocale");
  assert.equal(await p.evaluate(() => window.french), replyOf({ ...AE_2015, replyLocale: "fr" }));
  const added = await p.evaluate(() => [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src").replace(/^.*\/locales\//, "locales/")).filter((s) => s.startsWith("locales/")));
  assert.deepEqual(added.sort(), ["locales/fr.js", "locales/ru.js"]);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

/** The help page with a link's input, over http or from disk. */
function helpPage(base, input) {
  return `${base}?tool=evaluate&input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Nothing in the page or the element's result is wider than its box (long words, CJK lines). */
async function fits(p) {
  return p.evaluate(() => {
    const doc = document.documentElement;
    const root = document.getElementById("calc").shadowRoot;
    const wide = [...root.querySelectorAll(".summary, .check-text, .offers p, textarea.reply, .reply-lang, h3, .headline, .tl-table, .timeline, .timeline li")]
      .filter((n) => n.offsetParent !== null && n.scrollWidth > n.clientWidth + 1)
      .map((n) => `${n.className || n.tagName}: ${n.scrollWidth} > ${n.clientWidth}`);
    const panel = root.querySelector(".result-panel").getBoundingClientRect();
    // Every timeline label ends inside the panel (labels wrap in their column).
    for (const label of root.querySelectorAll(".timeline .tl-label, .timeline .tl-note")) {
      const box = label.getBoundingClientRect();
      if (box.right > panel.right + 1) wide.push(`timeline label "${label.textContent}" ends at ${box.right} past ${panel.right}`);
    }
    if (panel.right > doc.clientWidth + 1) wide.push(`result panel ends at ${panel.right} in ${doc.clientWidth}`);
    if (doc.scrollWidth > doc.clientWidth) wide.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    return wide;
  });
}

for (const [how, base] of [
  ["http", () => `${www.url}/www/index.html`],
  ["file://", () => fileUrl("www/index.html")],
]) {
  test(`a Chinese page with a Russian reply (${how}): the buyer in Russia, the seller's page in Chinese`, async () => {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["375", { width: 375, height: 800 }],
    ]) {
      const p = await openPage(browser, { locale: "zh-CN", viewport, deviceScaleFactor: 1 });
      await p.goto(helpPage(base(), { ...AE_2015, destination: "RU" }));
      const r = await replyIn(p, "ru", "#calc");
      assert.equal(await p.getAttribute("html", "lang"), "zh-CN");
      assert.match(await p.textContent("h1"), SCRIPT["zh-CN"]);
      assert.match(r.summary, SCRIPT["zh-CN"]);
      assert.equal(r.reply, replyOf({ ...AE_2015, destination: "RU", locale: "zh-CN", replyLocale: "ru" }));
      assert.deepEqual([r.lang, r.chosen, r.shown, r.label], ["ru", "ru", "Русский (俄语)", "回复语言"]);
      assert.deepEqual(await fits(p), [], `${how} ${name}`);
      if (how === "http") await screenshot(p, `reply-zh-page-ru-reply-${name}`);
      assert.deepEqual(p.problems, []);
      await p.context().close();
    }
  });
}

test("the help page in ru, de and ja: eleven languages in the list; the engine's texts in the language, the element's words from its catalogue (English while it has none); screenshots at 1280 and 375 px", async () => {
  for (const lang of ["ru", "de", "ja"]) {
    const pageWords = JSON.parse(await readFile(join(repoRoot, "locales/pages", `${lang}.json`), "utf8"));
    const ui = join(repoRoot, "locales/ui", `${lang}.json`);
    const words = existsSync(ui) ? JSON.parse(await readFile(ui, "utf8")) : null;
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["375", { width: 375, height: 800 }],
    ]) {
      const p = await openPage(browser, { locale: "en-US", viewport, deviceScaleFactor: 1 });
      await p.goto(helpPage(`${www.url}/www/index.html`, AE_2015));
      await replyIn(p, "en", "#calc");
      assert.deepEqual(await p.locator("#lang option").evaluateAll((os) => os.map((o) => o.value)), ELEVEN);
      await p.selectOption("#lang", lang);
      const r = await replyIn(p, lang, "#calc");
      // Summary, checks and reply in the language (no destination: the reply follows the seller's).
      assert.match(r.summary, SCRIPT[lang]);
      assert.equal(r.summaryLang, lang);
      assert.equal(r.reply, replyOf({ ...AE_2015, locale: lang, replyLocale: lang }));
      const checks = await p.locator("#calc .check-text").allTextContents();
      assert.ok(checks.every((c) => SCRIPT[lang].test(c) || /\d/.test(c)), checks.join(" | "));
      // The page's own words in the language too (locales/pages), marked so.
      await p.waitForFunction((l) => document.documentElement.lang === l, lang);
      assert.equal(await p.getAttribute("html", "data-locale"), lang);
      assert.equal(await p.textContent("h1"), pageWords["help.title"]);
      // The element's words: its catalogue for the language when the package has one, else English.
      await p.waitForFunction((w) => document.getElementById("calc").shadowRoot.getElementById("result-h").textContent === w, words ? words.result : "Result");
      assert.equal(await p.evaluate(() => document.getElementById("calc").shadowRoot.querySelector(".base").getAttribute("lang")), words ? lang : "en");
      if (words) {
        assert.equal(await p.textContent("#calc #form-evaluate legend"), words.groupCase);
        assert.equal(r.label, words.replyLanguage);
      }
      // Money and dates as the language writes them.
      assert.equal(await p.textContent("#calc .headline .amount"), engine.formatMoney(0, "USD", lang));
      assert.equal(await p.textContent('#calc .timeline li[data-key="asOf"] .tl-date'), engine.formatDate("2015-04-20", lang, { dateStyle: "medium" }));
      assert.equal(inputOf(p.url()).locale, lang);
      assert.deepEqual(await fits(p), [], `${lang} ${name}`);
      await screenshot(p, `help-${lang}-${name}`);
      assert.deepEqual(p.problems, []);
      await p.context().close();
    }
  }
});

function inputOf(url) {
  return JSON.parse(new URL(url).searchParams.get("input"));
}
