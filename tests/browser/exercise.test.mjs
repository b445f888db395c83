// <dispute-exercise> and the course exercises page (www/exercises.html), as a student and a course
// site use them: a full run from the first question to the score in Chinese and in English,
// answered with the engine's own output (computed here in Node by the package's exercises entry),
// a run with wrong answers showing the explanation and the expected answer, an amount typed
// wrongly, the language switched mid-exercise, submit() and the events, a pack loaded by src (and
// one that is not there), ?seed=3 giving instantiate(..., { seed: 3 }), the page from file://,
// axe in both languages, and 375 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, openPage, screenshot, fileUrl, repoRoot } from "./harness.mjs";

const { coursePack, instantiate, grade } = await import(pathToFileURL(join(repoRoot, "pkg/exercises/node.js")).href);

const pages = join(repoRoot, ".tmp/exercise-pages");
let browser;
let site;

before(async () => {
  await mkdir(pages, { recursive: true });
  browser = await launch();
  site = await serve();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Every exercise of the course pack for a seed and locale, with the engine's answers (grade's `expected`). */
function keyFor(seed, locale, pack = coursePack) {
  return pack.exercises.map((exercise) => {
    const instance = instantiate(exercise, { seed, locale });
    const expected = grade(instance, {}).answers.map((a) => a.expected);
    return { instance, expected };
  });
}

/** Minor units as a student types them: 2599 -> "25.99" (string arithmetic). */
function unitsText(minor, decimals) {
  const digits = String(minor).padStart(decimals + 1, "0");
  return decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}

/** Fills the form of the exercise on screen: `answers[i]` for question i (undefined leaves it empty). */
async function fillAnswers(p, instance, answers) {
  for (const [q, question] of instance.questions.entries()) {
    const value = answers[q];
    if (value === undefined) continue;
    const set = `dispute-exercise fieldset[data-question="${question.id}"]`;
    if (question.kind === "choice") await p.check(`${set} input[data-value='${JSON.stringify(value)}']`);
    else if (question.kind === "amount") await p.fill(`${set} input`, typeof value === "string" ? value : unitsText(value, question.decimals ?? 2));
    else await p.fill(`${set} input`, value.slice(0, 10));
  }
}

const state = (p) => p.evaluate(() => document.querySelector("dispute-exercise").getAttribute("data-state"));
const waitState = (p, s) => p.waitForSelector(`dispute-exercise[data-state="${s}"]`, { state: "attached", timeout: 10000 });
const shadowText = (p, selector) => p.evaluate((s) => document.querySelector("dispute-exercise").shadowRoot.querySelector(s)?.textContent ?? null, selector);
const activeId = (p) => p.evaluate(() => document.querySelector("dispute-exercise").shadowRoot.activeElement?.id ?? null);

/** Records the element's events on the document (they bubble and are composed). */
async function recordEvents(p) {
  await p.addInitScript(() => {
    window.events = [];
    for (const type of ["exercise-answer", "exercise-complete"]) {
      document.addEventListener(type, (e) => window.events.push({ type, detail: e.detail, bubbles: e.bubbles, composed: e.composed }));
    }
  });
}

/** Goes through every exercise on screen, answering with `answersFor(i, key)`, checking by keyboard or click. */
async function runAll(p, key, answersFor, { shots = "", keyboard = false } = {}) {
  for (const [i, { instance }] of key.entries()) {
    await waitState(p, "question");
    assert.equal(await p.getAttribute("dispute-exercise", "data-exercise"), instance.id);
    // The set on screen is the one instantiate() makes for the seed: the same text, the same figures.
    assert.equal(await shadowText(p, ".scenario"), instance.scenario);
    assert.equal(await shadowText(p, "#ex-h"), instance.title);
    await fillAnswers(p, instance, answersFor(i, key[i]));
    if (shots && i === 0) await screenshot(p, `${shots}-question`);
    if (keyboard) {
      await p.focus("dispute-exercise #check");
      await p.keyboard.press("Enter");
    } else {
      await p.click("dispute-exercise #check");
    }
    await waitState(p, "checked");
    if (shots && i === 0) await screenshot(p, `${shots}-checked`);
    // Focus is on Next (or "See the score"); the live region says how many were right.
    assert.equal(await activeId(p), "next");
    assert.match(await shadowText(p, "#status"), /\d/);
    if (keyboard) await p.keyboard.press("Enter");
    else await p.click("dispute-exercise #next");
    if (i < key.length - 1) assert.equal(await activeId(p), "ex-h");
  }
  await waitState(p, "complete");
  assert.equal(await activeId(p), "final-h");
}

test("a full run in Chinese from the first question to the score, answered with the engine's output: full marks, a review of every question, exercise-complete", async () => {
  const key = keyFor(7, "zh-CN");
  const total = key.reduce((n, k) => n + k.instance.questions.length, 0);
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 }, locale: "zh-CN" });
  await recordEvents(p);
  await p.goto(`${site.url}/www/exercises.html?seed=7&lang=zh-CN`);
  assert.match(await p.textContent("h1"), /课程练习/);
  await runAll(p, key, (i, k) => k.expected, { shots: "exercise-zh", keyboard: true });
  assert.equal(await p.getAttribute("dispute-exercise", "data-score"), String(total));
  assert.equal(await p.getAttribute("dispute-exercise", "data-total"), String(total));
  assert.match(await shadowText(p, ".score-line"), new RegExp(`${total} / ${total}`));
  assert.match(await shadowText(p, ".score-line"), /100%/);
  assert.match(await shadowText(p, ".final"), /题组编号：7/);
  // The review: every exercise, every question, all right.
  const review = await p.evaluate(() => {
    const root = document.querySelector("dispute-exercise").shadowRoot;
    return {
      exercises: root.querySelectorAll(".review > li").length,
      questions: root.querySelectorAll(".review-questions > li").length,
      right: root.querySelectorAll('.review .feedback[data-correct="true"]').length,
    };
  });
  assert.deepEqual(review, { exercises: key.length, questions: total, right: total });
  const events = await p.evaluate(() => window.events);
  assert.equal(events.filter((e) => e.type === "exercise-answer").length, key.length);
  const complete = events.filter((e) => e.type === "exercise-complete");
  assert.equal(complete.length, 1);
  assert.equal(events.at(-1).type, "exercise-complete");
  assert.deepEqual({ score: complete[0].detail.score, total: complete[0].detail.total, seed: complete[0].detail.seed }, { score: total, total, seed: 7 });
  assert.deepEqual(complete[0].detail.answers.map((g) => g.exercise), key.map((k) => k.instance.id));
  await screenshot(p, "exercise-zh-score");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("a full run in English on ?seed=3: every instance is instantiate(..., { seed: 3 }); a wrong amount and an empty date show Wrong, the expected answer, the explanation and the rules", async () => {
  const key = keyFor(3, "en");
  const total = key.reduce((n, k) => n + k.instance.questions.length, 0);
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await recordEvents(p);
  await p.goto(`${site.url}/www/exercises.html?seed=3&lang=en`);
  await waitState(p, "question");
  assert.match(await shadowText(p, ".ex-meta"), /Exercise 1 of 20.*Set number: 3/);
  // Exercise 1 (AliExpress 2015): a wrong refund and no response date.
  const first = key[0];
  const refundQ = first.instance.questions.findIndex((q) => q.kind === "amount");
  const dateQ = first.instance.questions.findIndex((q) => q.kind === "date");
  assert.ok(refundQ >= 0 && dateQ >= 0);
  // A malformed amount is not graded: the field says how to write it, and keeps the focus.
  await fillAnswers(p, first.instance, first.instance.questions.map((q, i) => (i === refundQ ? "12,34.5" : undefined)));
  await p.click("dispute-exercise #check");
  assert.equal(await state(p), "question");
  const fieldError = await p.evaluate((id) => {
    const root = document.querySelector("dispute-exercise").shadowRoot;
    const input = root.querySelector(`fieldset[data-question="${id}"] input`);
    return { invalid: input.getAttribute("aria-invalid"), text: root.getElementById(input.id + "-error").textContent, focused: root.activeElement === input };
  }, first.instance.questions[refundQ].id);
  assert.deepEqual(fieldError, { invalid: "true", text: "Enter an amount like 129.00 (2 decimals for USD).", focused: true });
  await screenshot(p, "exercise-en-amount-error");
  const wrong = first.expected.map((value, i) => (i === refundQ ? value + 1 : i === dateQ ? undefined : value));
  const nodeGrade = grade(first.instance, Object.fromEntries(first.instance.questions.map((q, i) => [q.id, wrong[i]])));
  await runAll(p, key, (i, k) => (i === 0 ? wrong : k.expected), { shots: "exercise-en" });
  // The feedback of the wrong ones, as Node's grade gives it (the review shows the same nodes).
  const feedback = await p.evaluate(() =>
    [...document.querySelector("dispute-exercise").shadowRoot.querySelectorAll('.review > li:first-child .review-questions > li')].map((li) => ({
      correct: li.querySelector(".feedback").getAttribute("data-correct"),
      given: li.querySelector(".given .fb-value")?.textContent,
      expected: li.querySelector(".expected .fb-value")?.textContent ?? null,
      why: li.querySelector(".why .fb-value")?.textContent,
      rules: [...li.querySelectorAll(".fb-rules code")].map((c) => c.textContent),
    })),
  );
  for (const [i, answer] of nodeGrade.answers.entries()) {
    assert.equal(feedback[i].correct, String(answer.correct), answer.id);
    assert.equal(feedback[i].expected, answer.correct ? null : answer.expectedText, answer.id);
    assert.equal(feedback[i].why, answer.explanation, answer.id);
    assert.deepEqual(feedback[i].rules, answer.rules, answer.id);
  }
  assert.equal(feedback[refundQ].correct, "false");
  // Money and dates as the renderer writes them in English (Intl): "$25.99", "April 25, 2015".
  assert.equal(feedback[refundQ].given, "$" + unitsText(first.expected[refundQ] + 1, 2));
  assert.match(feedback[refundQ].expected, /^\$\d+\.\d\d$/);
  assert.equal(feedback[dateQ].given, "(no answer)");
  assert.match(feedback[dateQ].expected, /^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  assert.ok(feedback[dateQ].why.length > 20);
  assert.equal(await p.getAttribute("dispute-exercise", "data-score"), String(total - 2));
  assert.match(await shadowText(p, ".score-line"), new RegExp(`${total - 2} of ${total} answers right`));
  const complete = (await p.evaluate(() => window.events)).find((e) => e.type === "exercise-complete").detail;
  assert.deepEqual({ score: complete.score, total: complete.total, seed: complete.seed }, { score: total - 2, total, seed: 3 });
  await screenshot(p, "exercise-en-score");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("the language switch keeps the set, the typed answers and the checked grades; the help page links to the exercises", async () => {
  const en = keyFor(11, "en");
  const zh = keyFor(11, "zh-CN");
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await p.goto(`${site.url}/www/index.html`);
  await p.click('a[href="exercises.html"]');
  await p.waitForURL(/exercises\.html/);
  await p.goto(`${site.url}/www/exercises.html?seed=11&lang=en`);
  await waitState(p, "question");
  await fillAnswers(p, en[0].instance, en[0].expected);
  await p.selectOption("#lang", "zh-CN");
  assert.equal(await shadowText(p, ".scenario"), zh[0].instance.scenario);
  assert.match(p.url(), /seed=11/);
  assert.match(p.url(), /lang=zh-CN/);
  // The page's words load when a language is first chosen (locales/pages, a script per locale).
  await p.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(await p.textContent("h1"), "课程练习：跨境电商售后纠纷");
  await p.click("dispute-exercise #check");
  await waitState(p, "checked");
  assert.equal(await p.evaluate(() => document.querySelectorAll("dispute-exercise").length && document.querySelector("dispute-exercise").shadowRoot.querySelectorAll('.feedback[data-correct="true"]').length), en[0].expected.length);
  // Back to English: the checked exercise is graded again in English, still all right.
  await p.selectOption("#lang", "en");
  assert.equal(await shadowText(p, ".scenario"), en[0].instance.scenario);
  assert.match(await shadowText(p, ".checked-line"), new RegExp(`${en[0].expected.length} of ${en[0].expected.length} right`));
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

/** A host page in .tmp/exercise-pages: the element module imported by URL, `body` as markup. */
async function hostPage(name, body, script = "", lang = "en") {
  await writeFile(
    join(pages, name),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
${body}
<script type="module">
import "/pkg/element/index.js";
${script}
</script></body></html>`,
  );
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await recordEvents(p);
  await p.goto(`${site.url}/.tmp/exercise-pages/${name}`);
  return p;
}

test("submit() grades as Check does and returns the grade; exercise-answer per exercise and exercise-complete as soon as the last is graded", async () => {
  const pack = { id: "two", version: "1", title: { en: "Two cases", "zh-CN": "两个案例" }, exercises: coursePack.exercises.slice(0, 2) };
  const key = keyFor(5, "en", pack);
  const p = await hostPage("submit.html", `<dispute-exercise seed="5" locale="en"></dispute-exercise>`, `document.querySelector("dispute-exercise").pack = ${JSON.stringify(pack)};`);
  await waitState(p, "question");
  const answers = Object.fromEntries(key[0].instance.questions.map((q, i) => [q.id, key[0].expected[i]]));
  const result = await p.evaluate((a) => {
    const ex = document.querySelector("dispute-exercise");
    const returned = ex.submit(a);
    let again = null;
    try {
      ex.submit(a);
    } catch (e) {
      again = e.name;
    }
    return { returned, again, events: window.events.slice(), state: ex.getAttribute("data-state"), grades: ex.grades.length };
  }, answers);
  assert.equal(result.returned.score, key[0].instance.questions.length);
  assert.equal(result.returned.total, key[0].instance.questions.length);
  assert.equal(result.returned.exercise, key[0].instance.id);
  assert.equal(result.returned.seed, 5);
  assert.equal(result.again, "InvalidStateError");
  assert.equal(result.state, "checked");
  assert.equal(result.grades, 1);
  assert.equal(result.events.length, 1);
  assert.equal(result.events[0].type, "exercise-answer");
  assert.ok(result.events[0].bubbles && result.events[0].composed);
  assert.deepEqual(result.events[0].detail, result.returned);
  // The form shows what submit() gave, and the feedback.
  assert.equal(await p.locator('dispute-exercise .feedback[data-correct="true"]').count(), key[0].expected.length);
  const amountQ = key[0].instance.questions.find((q) => q.kind === "amount");
  assert.equal(await p.inputValue(`dispute-exercise fieldset[data-question="${amountQ.id}"] input`), unitsText(answers[amountQ.id], 2));
  // The second (last) exercise, empty: zero, and exercise-complete at once, before any Next.
  const last = await p.evaluate(() => {
    const ex = document.querySelector("dispute-exercise");
    const before = ex.next();
    const g = ex.submit({});
    return { before, g, events: window.events.map((e) => e.type), complete: window.events.find((e) => e.type === "exercise-complete")?.detail, state: ex.getAttribute("data-state") };
  });
  assert.equal(last.before, true);
  assert.equal(last.g.score, 0);
  assert.deepEqual(last.events, ["exercise-answer", "exercise-answer", "exercise-complete"]);
  assert.equal(last.state, "checked");
  assert.equal(last.complete.score, result.returned.score);
  assert.equal(last.complete.total, result.returned.total + last.g.total);
  assert.equal(last.complete.seed, 5);
  assert.deepEqual(last.complete.answers.map((g) => g.exercise), key.map((k) => k.instance.id));
  assert.equal(await p.evaluate(() => document.querySelector("dispute-exercise").next()), true);
  await waitState(p, "complete");
  assert.equal(await p.evaluate(() => document.querySelector("dispute-exercise").next()), false);
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("a pack loaded by src (a teacher's own), and a src that is not there shows an error card", async () => {
  const own = structuredClone(coursePack.exercises.find((e) => e.id === "tm-late-shipment-penalty"));
  own.title = { en: "My lesson: Tmall ships late", "zh-CN": "我的课：天猫延迟发货" };
  const pack = { id: "my-pack", version: "1", title: { en: "A teacher's pack", "zh-CN": "老师的练习" }, exercises: [own] };
  await writeFile(join(pages, "my-pack.json"), JSON.stringify(pack));
  const key = keyFor(2, "zh-CN", pack);
  const p = await hostPage("src.html", `<dispute-exercise src="my-pack.json" seed="2"></dispute-exercise>`, "", "zh-CN");
  await waitState(p, "question");
  assert.equal(await shadowText(p, "#pack-h"), "老师的练习");
  assert.equal(await shadowText(p, "#ex-h"), "我的课：天猫延迟发货");
  assert.equal(await shadowText(p, ".scenario"), key[0].instance.scenario);
  assert.match(await shadowText(p, ".ex-meta"), /第1题，共1题/);
  await fillAnswers(p, key[0].instance, key[0].expected);
  await p.click("dispute-exercise #check");
  await waitState(p, "checked");
  await p.click("dispute-exercise #next");
  await waitState(p, "complete");
  assert.equal(await p.getAttribute("dispute-exercise", "data-score"), String(key[0].expected.length));
  await screenshot(p, "exercise-src-score-zh");
  assert.deepEqual(p.problems, []);
  await p.context().close();

  const missing = await hostPage("missing.html", `<dispute-exercise src="no-such-pack.json"></dispute-exercise>`);
  await waitState(missing, "error");
  const card = await shadowText(missing, ".error-card");
  assert.match(card, /could not be loaded/);
  assert.match(card, /404/);
  await missing.context().close();
});

test("from file:// the classic build registers <dispute-exercise>; ?seed=3&lang=zh-CN gives instantiate(..., { seed: 3 }) and grades", async () => {
  const key = keyFor(3, "zh-CN");
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await recordEvents(p);
  await p.goto(`${fileUrl("www/exercises.html")}?seed=3&lang=zh-CN`);
  await waitState(p, "question");
  assert.equal(await p.evaluate(() => !!document.querySelector('script[src="pkg/dispute-calc.js"]') && !document.querySelector('script[type="module"]')), true);
  for (const [i, k] of key.slice(0, 3).entries()) {
    assert.equal(await shadowText(p, ".scenario"), k.instance.scenario);
    await fillAnswers(p, k.instance, i === 1 ? [] : k.expected);
    await p.click("dispute-exercise #check");
    await waitState(p, "checked");
    const right = await p.locator('dispute-exercise .feedback[data-correct="true"]').count();
    assert.equal(right, i === 1 ? 0 : k.expected.length);
    await p.click("dispute-exercise #next");
  }
  assert.deepEqual((await p.evaluate(() => window.events)).map((e) => e.detail.score), [key[0].expected.length, 0, key[2].expected.length]);
  await screenshot(p, "exercise-file-zh");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

for (const locale of ["en", "zh-CN"]) {
  test(`axe-core finds nothing serious or critical on the page (${locale}): a question, feedback, and the score with the review`, async () => {
    // bypassCSP only here: injecting axe is an inline script.
    const p = await openPage(browser, { viewport: { width: 1000, height: 900 }, bypassCSP: true });
    await p.goto(`${site.url}/www/exercises.html?seed=4&lang=${locale}`);
    await waitState(p, "question");
    await p.addScriptTag({ path: join(repoRoot, "node_modules/axe-core/axe.min.js") });
    const axe = async (label) => {
      const violations = await p.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) }));
      });
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(serious, [], `${label} ${locale}: ${JSON.stringify(serious)}`);
    };
    await axe("question");
    // axe really looked inside the shadow root: it passes the labels of the radios and fields there.
    const labelled = await p.evaluate(async () => (await window.axe.run(document.querySelector("dispute-exercise"), { runOnly: ["label"] })).passes.flatMap((r) => r.nodes).length);
    assert.ok(labelled >= 3, `axe checked ${labelled} labelled controls`);
    await p.evaluate(() => document.querySelector("dispute-exercise").submit({}));
    await waitState(p, "checked");
    await axe("feedback");
    await p.evaluate(() => {
      const ex = document.querySelector("dispute-exercise");
      while (ex.next()) if (ex.getAttribute("data-state") === "question") ex.submit({});
    });
    await waitState(p, "complete");
    await axe("score");
    await p.context().close();
  });
}

test("375 px wide: nothing wider than the screen, in a question, the feedback and the score (Chinese)", async () => {
  const key = keyFor(9, "zh-CN");
  const p = await openPage(browser, { viewport: { width: 375, height: 800 } });
  await p.goto(`${site.url}/www/exercises.html?seed=9&lang=zh-CN`);
  await waitState(p, "question");
  const overflow = () =>
    p.evaluate(() => {
      const root = document.querySelector("dispute-exercise").shadowRoot;
      const wide = [...root.querySelectorAll("*")].filter((n) => n.getBoundingClientRect().right > 375.5).map((n) => n.tagName + "." + n.className);
      return { page: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
    });
  assert.deepEqual(await overflow(), { page: 375, wide: [] });
  await screenshot(p, "exercise-375-zh-question");
  await fillAnswers(p, key[0].instance, key[0].expected.map((v, i) => (i === 0 ? v : undefined)));
  await p.click("dispute-exercise #check");
  await waitState(p, "checked");
  assert.deepEqual(await overflow(), { page: 375, wide: [] });
  await screenshot(p, "exercise-375-zh-checked");
  await p.evaluate(() => {
    const ex = document.querySelector("dispute-exercise");
    while (ex.next()) if (ex.getAttribute("data-state") === "question") ex.submit({});
  });
  await waitState(p, "complete");
  assert.deepEqual(await overflow(), { page: 375, wide: [] });
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("keyboard only: Tab reaches the choices and fields, arrows pick a choice, Enter checks and goes on; focus is visible", async () => {
  const key = keyFor(6, "en");
  const { instance, expected } = key[0];
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  await p.goto(`${site.url}/www/exercises.html?seed=6&lang=en`);
  await waitState(p, "question");
  const focused = () =>
    p.evaluate(() => {
      const a = document.querySelector("dispute-exercise").shadowRoot.activeElement;
      if (!a) return null;
      const set = a.closest("fieldset");
      return { tag: a.tagName, type: a.type, question: set && set.dataset.question, id: a.id, checked: a.checked, outline: getComputedStyle(a).outlineStyle };
    });
  await p.evaluate(() => document.querySelector("dispute-exercise").shadowRoot.getElementById("ex-h").focus());
  // The first question is the choice: Tab lands on its first radio; arrows move and select.
  assert.equal(instance.questions[0].kind, "choice");
  await p.keyboard.press("Tab");
  let f = await focused();
  assert.deepEqual([f.tag, f.type, f.question], ["INPUT", "radio", instance.questions[0].id]);
  assert.notEqual(f.outline, "none");
  const want = instance.questions[0].choices.findIndex((c) => c.value === expected[0]);
  for (let i = 0; i < want; i++) await p.keyboard.press("ArrowDown");
  if (want === 0) await p.keyboard.press("Space");
  // Then the other questions, one Tab each, typed.
  for (const [q, question] of instance.questions.entries()) {
    if (q === 0) continue;
    // A date field takes a Tab per segment (month, day, year): Tab on until the next question.
    for (let tabs = 0; tabs < 4 && (await focused()).question !== question.id; tabs++) await p.keyboard.press("Tab");
    f = await focused();
    assert.equal(f.question, question.id);
    if (question.kind === "amount") await p.keyboard.type(unitsText(expected[q], question.decimals));
    else if (question.kind === "date") {
      const [y, m, d] = expected[q].slice(0, 10).split("-");
      await p.keyboard.type(`${m}${d}${y}`); // Chromium's date field in en-US: month, day, year
    } else {
      const index = question.choices.findIndex((c) => c.value === expected[q]);
      for (let i = 0; i < index; i++) await p.keyboard.press("ArrowDown");
      if (index === 0) await p.keyboard.press("Space");
    }
  }
  for (let tabs = 0; tabs < 4 && (await focused()).id !== "check"; tabs++) await p.keyboard.press("Tab");
  assert.equal((await focused()).id, "check");
  await p.keyboard.press("Enter");
  await waitState(p, "checked");
  assert.equal(await p.locator('dispute-exercise .feedback[data-correct="true"]').count(), instance.questions.length);
  assert.equal((await focused()).id, "next");
  await p.keyboard.press("Enter");
  await waitState(p, "question");
  assert.equal(await p.getAttribute("dispute-exercise", "data-index"), "1");
  assert.deepEqual(p.problems, []);
  await p.context().close();
});

test("on Lit: changes made in one task are one update (updateComplete), a new locale re-renders the same DOM with what is typed, the next exercise has fresh inputs, and a pack's markup is text", async () => {
  // Two exercises with a date as their third question; markup in the titles, which must stay text.
  const exercises = coursePack.exercises.slice(0, 2).map((e) => structuredClone(e));
  assert.deepEqual(exercises.map((e) => e.questions[2].kind), ["date", "date"]);
  exercises[0].title = { en: '<img src=x onerror="window.pwned=1">Markup', "zh-CN": "<b>标记</b>" };
  const pack = { id: "lit", version: "1", title: { en: "<i>Pack</i>", "zh-CN": "<i>练习</i>" }, exercises };
  const p = await hostPage("lit.html", `<dispute-exercise seed="5" locale="en"></dispute-exercise>`, `document.querySelector("dispute-exercise").pack = ${JSON.stringify(pack)};`);
  await waitState(p, "question");
  await p.fill("dispute-exercise #q2", "2015-04-25");
  const batched = await p.evaluate(async () => {
    const ex = document.querySelector("dispute-exercise");
    const root = ex.shadowRoot;
    let updates = 0;
    const updated = ex.updated;
    ex.updated = function (changed) {
      updates += 1;
      return updated.call(this, changed);
    };
    const date = root.getElementById("q2");
    ex.locale = "zh-CN";
    ex.setAttribute("locale", "en");
    ex.locale = "zh-CN";
    const before = { heading: root.getElementById("pack-h").textContent, attribute: ex.getAttribute("locale") };
    const settled = await ex.updateComplete;
    return {
      before,
      settled,
      updates,
      heading: root.getElementById("pack-h").textContent,
      title: root.getElementById("ex-h").textContent,
      check: root.getElementById("check").textContent,
      sameInput: root.getElementById("q2") === date,
      typed: root.getElementById("q2").value,
      markup: root.querySelectorAll("img, b, i").length,
      pwned: window.pwned ?? null,
    };
  });
  assert.deepEqual(batched, {
    before: { heading: "<i>Pack</i>", attribute: "zh-CN" },
    settled: true,
    updates: 1,
    heading: "<i>练习</i>",
    title: "<b>标记</b>",
    check: "提交答案",
    sameInput: true,
    typed: "2015-04-25",
    markup: 0,
    pwned: null,
  });
  // Checked with no answers, the typed date stays in the first exercise; the second starts empty.
  const next = await p.evaluate(async () => {
    const ex = document.querySelector("dispute-exercise");
    const root = ex.shadowRoot;
    ex.submit({});
    await ex.updateComplete;
    const first = root.getElementById("q2");
    const kept = first.value;
    ex.next();
    await ex.updateComplete;
    const second = root.getElementById("q2");
    return { kept, fresh: second !== first, value: second.value, checked: root.querySelectorAll("input:checked").length };
  });
  assert.deepEqual(next, { kept: "2015-04-25", fresh: true, value: "", checked: 0 });
  assert.deepEqual(p.problems, []);
  await p.context().close();
});
