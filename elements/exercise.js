// <dispute-exercise>: a pack of course exercises, answered by a student and graded by the engine,
// in an open shadow root. The exercise logic (instances, grades) is lib/exercises.js, bound here
// to the page's one wasm instance, so the element works the same from the ES module build and from
// the classic build (file://), where the package's top-level-await entry cannot be used.
// Attributes: src, seed, locale. Property: pack. Methods: submit(answers), next(), restart().
// Events (bubbling, composed): exercise-answer, exercise-complete.
import { createExercises } from "../lib/exercises.js";
import { day, money, words } from "./i18n.js";
import * as R from "./result.js";
import { sheet } from "./styles.js";
import * as U from "./util.js";
import { loadApi } from "./wasm.js";

const el = U.el;
let exercisesReady = null;
// The course's languages: a pack's texts are in English and Chinese.
const COURSE_LOCALES = ["en", "zh-CN"];

/** instantiate and grade bound to the page's one engine, made once per page. */
function loadExercises() {
  if (!exercisesReady) exercisesReady = loadApi().then((api) => createExercises(api));
  return exercisesReady;
}

/** An integer seed from an attribute, or null. */
function parseSeed(value) {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) return null;
  const seed = Number(text);
  return Number.isSafeInteger(seed) ? seed : null;
}

/** A random seed from 1 to 99,999: short enough for a student to read out to a teacher. */
function randomSeed() {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return 1 + (word[0] % 99999);
}

function stateError(message) {
  return new DOMException(message, "InvalidStateError");
}

/**
 * Course exercises graded by the engine: a case, questions, Check, feedback with the expected
 * answer, the explanation and the rule ids, and a score with a review of every question.
 *
 * @tag dispute-exercise
 * @summary A pack of course exercises (dispute-calc/exercises format), answered and graded in the page.
 *
 * @attr {string} src - URL of a pack JSON, fetched when set (the `pack` property wins when set later).
 * @attr {number} seed - An integer: the same seed gives the same figures as instantiate(exercise, { seed }). Without it, a random seed, shown on screen.
 * @attr {"en" | "zh-CN"} locale - Text language (the course's two); default: the host document's lang, then the browser's.
 *
 * @fires {CustomEvent<ExerciseGrade>} exercise-answer - One exercise checked; detail: its grade, with the exercise id, index and seed.
 * @fires {CustomEvent<ExerciseCompleteDetail>} exercise-complete - The last exercise checked; detail: { score, total, seed, answers }.
 *
 * @csspart base - The panel around the whole exercise set.
 * @csspart header - The pack title, progress and seed.
 * @csspart exercise - The current exercise: title, scenario, questions.
 * @csspart scenario - The case text.
 * @csspart form - The questions' form.
 * @csspart question - One question (a fieldset).
 * @csspart feedback - The feedback on one question: right or wrong, expected answer, explanation, rules.
 * @csspart button - The Check, Next and restart buttons.
 * @csspart score - The final score and the review.
 * @csspart section - The reply card in the feedback.
 * @csspart error - The card shown when the pack cannot be loaded.
 *
 * @cssprop [--dc-accent=#0b57d0] - Buttons, the progress bar, the scenario's edge, selected choices.
 * @cssprop [--dc-accent-ink=#fff] - Text on the accent.
 * @cssprop [--dc-font=system-ui] - The element's font family.
 * @cssprop [--dc-font-size=16px] - The element's font size; every size inside follows it.
 * @cssprop [--dc-radius=8px] - Corner radius.
 * @cssprop [--dc-space=1em] - Panel padding and gaps.
 * @cssprop [--dc-ink=#1b1f24] - Text.
 * @cssprop [--dc-muted=#4f5661] - Secondary text.
 * @cssprop [--dc-line=#c9ced6] - Rules and borders.
 * @cssprop [--dc-surface=#fff] - Panel background.
 * @cssprop [--dc-focus=#ffbf47] - The focus ring.
 * @cssprop [--dc-ok=#1e6b2f] - Right answers.
 * @cssprop [--dc-bad=#b3261e] - Wrong answers and input errors.
 */
export class DisputeExercise extends HTMLElement {
  static observedAttributes = ["src", "seed", "locale"];

  #ex = null;
  #pack = null;
  #packFromProperty = false;
  #loadToken = 0;
  #status = "loading";
  #error = "";
  #randomSeed = randomSeed();
  #instances = [];
  #index = 0;
  #answers = [];
  #grades = [];
  #final = false;
  #completeFired = false;
  #nodes;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet()];
    this.#nodes = {
      base: el("section", { class: "base panel exercise-set", part: "base", "aria-labelledby": "pack-h" }),
      header: el("header", { class: "ex-head", part: "header" }),
      title: el("h2", { id: "pack-h" }),
      meta: el("p", { class: "ex-meta" }),
      progressText: el("span", { id: "progress-text" }),
      seedText: el("span", { class: "ex-seed" }),
      progress: el("progress", { class: "ex-progress", "aria-labelledby": "progress-text", max: "1", value: "0" }),
      body: el("div", { class: "ex-body" }),
      status: el("p", { id: "status", class: "visually-hidden", role: "status", "aria-live": "polite" }),
    };
    const n = this.#nodes;
    n.meta.append(n.progressText, n.seedText);
    n.header.append(n.title, n.meta, n.progress);
    n.base.append(n.header, n.body, n.status);
    root.appendChild(n.base);
  }

  // ------------------------------------------------------------ attributes and properties

  /** The locale in use: the attribute, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this, [], COURSE_LOCALES);
  }
  set locale(v) {
    this.setAttribute("locale", v);
  }

  /**
   * The seed in use: the `seed` attribute, else the random seed shown on screen. Setting it starts
   * the set again with that seed.
   * @type {number}
   */
  get seed() {
    const fromAttribute = parseSeed(this.getAttribute("seed"));
    return fromAttribute === null ? this.#randomSeed : fromAttribute;
  }
  set seed(v) {
    this.setAttribute("seed", String(v));
  }

  /** @type {string | null} */
  get src() {
    return this.getAttribute("src");
  }
  set src(v) {
    if (v === null || v === undefined) this.removeAttribute("src");
    else this.setAttribute("src", v);
  }

  /**
   * The pack in use ({ id, version, title, exercises }, as `coursePack` of dispute-calc/exercises),
   * or null. Setting it starts the set from its first exercise.
   * @type {ExercisePack | null}
   */
  get pack() {
    return this.#pack;
  }
  set pack(value) {
    this.#packFromProperty = true;
    this.#loadToken += 1;
    this.#usePack(value);
  }

  /**
   * The grades so far, one per exercise checked (in order).
   * @type {ExerciseGrade[]}
   */
  get grades() {
    return this.#grades.filter(Boolean);
  }

  connectedCallback() {
    // Properties a host set before the element was defined are plain own properties: pass them on.
    for (const name of ["pack", "seed", "locale", "src"]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.#packFromProperty && this.src && !this.#pack && this.#status !== "fetching") this.#fetchPack(this.src);
    this.#render();
    if (this.#ex) return;
    loadExercises().then(
      (ex) => {
        this.#ex = ex;
        if (this.#pack) this.#start();
        else this.#render();
      },
      (e) => this.#fail("The engine could not start: " + String((e && e.message) || e)),
    );
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "src") {
      if (newValue && this.isConnected) {
        this.#packFromProperty = false;
        this.#fetchPack(newValue);
      }
    } else if (name === "seed") {
      if (this.#pack && this.#ex) this.#start();
      else this.#render();
    } else if (name === "locale") {
      this.#relocalize();
    }
  }

  // ------------------------------------------------------------ public methods

  /**
   * Submits answers for the current exercise, as the Check button does, and returns its grade.
   * Answers are keyed by question id: a choice's value, an amount in minor units, a date as
   * YYYY-MM-DD. A missing answer is wrong.
   * @param {Record<string, string | number | boolean | null | undefined>} answers
   * @returns {ExerciseGrade}
   */
  submit(answers = {}) {
    if (!this.#current()) throw stateError("dispute-exercise: no exercise is on screen yet (wait for the pack and the engine)");
    if (this.#grades[this.#index]) throw stateError("dispute-exercise: this exercise is already checked; call next()");
    if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
      throw new TypeError("dispute-exercise: submit(answers) takes an object keyed by question id");
    }
    return this.#check({ ...answers }, false);
  }

  /**
   * Goes on after a checked exercise: to the next one, or to the score after the last.
   * @returns {boolean} false when the current exercise is not checked yet (nothing happens).
   */
  next() {
    return this.#next(false);
  }

  /** Starts the set again from the first exercise: the same seed if the seed attribute is set, else a new random seed. */
  restart() {
    if (parseSeed(this.getAttribute("seed")) === null) this.#randomSeed = randomSeed();
    if (this.#pack && this.#ex) this.#start();
  }

  // ------------------------------------------------------------ state

  #t() {
    return words(this.locale);
  }

  #current() {
    return this.#status === "ready" && !this.#final ? this.#instances[this.#index] || null : null;
  }

  async #fetchPack(src) {
    const token = ++this.#loadToken;
    this.#status = "fetching";
    this.#render();
    let pack;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText || ""}`.trim() + ` (${src})`);
      pack = await response.json();
    } catch (e) {
      if (token === this.#loadToken) this.#fail(String((e && e.message) || e));
      return;
    }
    if (token === this.#loadToken) this.#usePack(pack);
  }

  #usePack(pack) {
    if (!pack || typeof pack !== "object" || !Array.isArray(pack.exercises) || pack.exercises.length === 0) {
      this.#pack = null;
      this.#fail("a pack is an object { id, version, title: { en, \"zh-CN\" }, exercises: [...] } with at least one exercise");
      return;
    }
    this.#pack = pack;
    if (this.#ex) this.#start();
    else {
      this.#status = "loading";
      this.#render();
    }
  }

  #fail(message) {
    this.#status = "error";
    this.#error = message;
    this.#render();
  }

  /** Instances of every exercise for the seed and locale in use; false (and the error shown) if one cannot be made. */
  #instantiate() {
    const options = { seed: this.seed, locale: this.locale };
    try {
      this.#instances = this.#pack.exercises.map((exercise) => this.#ex.instantiate(exercise, options));
      return true;
    } catch (e) {
      this.#instances = [];
      this.#fail(String((e && e.message) || e));
      return false;
    }
  }

  #start() {
    this.#index = 0;
    this.#answers = [];
    this.#grades = [];
    this.#final = false;
    this.#completeFired = false;
    this.#status = "ready";
    if (!this.#instantiate()) return;
    this.#render();
  }

  /** A new locale: the same instances (same seed) in the new language, the grades and the typed answers kept. */
  #relocalize() {
    if (this.#status !== "ready" || !this.#ex) {
      this.#render();
      return;
    }
    const draft = this.#grades[this.#index] || this.#final ? null : this.#readDraft();
    if (!this.#instantiate()) return;
    this.#grades = this.#grades.map((g, i) => (g ? this.#gradeOf(i, this.#answers[i]) : g));
    this.#render();
    if (draft) this.#writeDraft(draft);
  }

  #gradeOf(index, answers) {
    const instance = this.#instances[index];
    return { exercise: instance.id, index, seed: this.seed, ...this.#ex.grade(instance, answers) };
  }

  #check(answers, fromUser) {
    const index = this.#index;
    const grade = this.#gradeOf(index, answers);
    this.#answers[index] = answers;
    this.#grades[index] = grade;
    const t = this.#t();
    const complete = this.#grades.filter(Boolean).length === this.#instances.length;
    this.#render();
    let said = t("exercise.checked", { s: grade.score, t: grade.total });
    if (complete) {
      const sum = this.#summary();
      said += " " + t("exercise.scoreDone", { s: sum.score, t: sum.total });
    }
    this.#nodes.status.textContent = said;
    if (fromUser) {
      const go = this.shadowRoot.getElementById("next");
      if (go) go.focus();
    }
    this.#emit("exercise-answer", grade);
    if (complete && !this.#completeFired) {
      this.#completeFired = true;
      this.#emit("exercise-complete", this.#summary());
    }
    return grade;
  }

  #next(fromUser) {
    if (this.#status !== "ready" || this.#final || !this.#grades[this.#index]) return false;
    if (this.#index < this.#instances.length - 1) this.#index += 1;
    else this.#final = true;
    this.#nodes.status.textContent = "";
    this.#render();
    if (fromUser) {
      const heading = this.shadowRoot.getElementById(this.#final ? "final-h" : "ex-h");
      if (heading) heading.focus();
    }
    return true;
  }

  #summary() {
    const answers = this.#grades.filter(Boolean);
    return {
      score: answers.reduce((n, g) => n + g.score, 0),
      total: answers.reduce((n, g) => n + g.total, 0),
      seed: this.seed,
      answers,
    };
  }

  // ------------------------------------------------------------ rendering

  #render() {
    const t = this.#t();
    const n = this.#nodes;
    const locale = this.locale;
    n.base.setAttribute("lang", locale);
    const title = this.#pack && this.#pack.title;
    n.title.textContent = (title && typeof title === "object" ? title[locale] || title.en : title) || "";
    n.title.hidden = !n.title.textContent;
    U.clear(n.body);
    const ready = this.#status === "ready" && this.#instances.length > 0;
    n.meta.hidden = !ready;
    n.progress.hidden = !ready;
    this.#mark("data-state", this.#status === "ready" ? (this.#final ? "complete" : this.#grades[this.#index] ? "checked" : "question") : this.#status === "fetching" ? "loading" : this.#status);
    if (this.#status === "error") {
      n.body.appendChild(
        el("div", { class: "error-card", part: "error", role: "alert" }, [
          el("p", null, el("strong", { text: t("exercise.loadError") })),
          el("p", { class: "error-message", text: this.#error }),
        ]),
      );
      this.#unmark();
      return;
    }
    if (!ready) {
      const empty = this.#status === "loading" && this.#ex && !this.#pack && !this.src;
      n.body.appendChild(el("p", { class: "placeholder muted", text: empty ? t("exercise.noPack") : t("exercise.loading") }));
      this.#unmark();
      return;
    }
    const total = this.#instances.length;
    const done = this.#grades.filter(Boolean).length;
    n.progressText.textContent = this.#final ? t("exercise.scoreDone", { s: this.#summary().score, t: this.#summary().total }) : t("exercise.progress", { n: this.#index + 1, total });
    n.seedText.textContent = t("exercise.seed", { seed: this.seed });
    n.seedText.title = t("exercise.seedHint");
    n.progress.max = total;
    n.progress.value = done;
    if (this.#final) this.#renderFinal(t);
    else this.#renderExercise(t);
  }

  /** data-* on the element itself, for host CSS and scripts (as <dispute-calculator> marks its result). */
  #mark(name, value) {
    this.setAttribute(name, String(value));
  }

  #unmark() {
    for (const name of ["data-exercise", "data-index", "data-score", "data-total"]) this.removeAttribute(name);
  }

  #renderExercise(t) {
    const instance = this.#instances[this.#index];
    const grade = this.#grades[this.#index];
    this.#unmark();
    this.#mark("data-exercise", instance.id);
    this.#mark("data-index", this.#index);
    const form = el("form", { class: "ex-form", part: "form", novalidate: true, "aria-labelledby": "ex-h" });
    instance.questions.forEach((question, q) => {
      form.appendChild(this.#questionNode(instance, question, q, grade ? grade.answers[q] : null, t));
    });
    if (grade && grade.reply) form.appendChild(R.replySection(grade.reply, t));
    const actions = el("div", { class: "actions" });
    if (grade) {
      actions.appendChild(el("p", { class: "checked-line", text: t("exercise.checked", { s: grade.score, t: grade.total }) }));
      const last = this.#index === this.#instances.length - 1;
      actions.appendChild(el("button", { type: "button", id: "next", class: "primary", part: "button", text: last ? t("exercise.finish") : t("exercise.next"), onclick: () => this.#next(true) }));
    } else {
      actions.appendChild(el("button", { type: "submit", id: "check", class: "primary", part: "button", text: t("exercise.check") }));
    }
    form.appendChild(actions);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (this.#grades[this.#index]) return;
      const read = this.#readForm();
      if (read) this.#check(read, true);
    });
    const article = el("article", { class: "exercise", part: "exercise", "data-exercise": instance.id }, [
      el("h3", { id: "ex-h", tabindex: "-1", text: instance.title }),
      el("p", { class: "scenario", part: "scenario", text: instance.scenario }),
      form,
    ]);
    this.#nodes.body.appendChild(article);
    if (grade) this.#writeDraft(this.#answers[this.#index], true);
  }

  /** One question: a fieldset with its prompt as legend, the control, and (once checked) its feedback. */
  #questionNode(instance, question, q, graded, t) {
    const id = "q" + q;
    const set = el("fieldset", { class: "question", part: "question", "data-question": question.id, "data-kind": question.kind, disabled: graded ? true : undefined });
    set.appendChild(el("legend", { text: q + 1 + ". " + question.prompt }));
    if (question.kind === "choice") {
      set.appendChild(
        el(
          "div",
          { class: "choices" },
          question.choices.map((choice, c) =>
            el("label", { class: "choice" }, [el("input", { type: "radio", name: id, value: String(c), "data-value": JSON.stringify(choice.value) }), el("span", { text: choice.label })]),
          ),
        ),
      );
    } else if (question.kind === "amount") {
      const currency = question.currency || instance.input.currency || "";
      set.appendChild(
        el("div", { class: "field" }, [
          el("label", { for: id, text: t("exercise.amountLabel", { cur: currency }) }),
          el("input", { id, name: id, type: "text", inputmode: "decimal", autocomplete: "off", spellcheck: "false", "aria-describedby": id + "-hint " + id + "-error" }),
          el("p", { id: id + "-hint", class: "hint", text: t("exercise.amountHint", { cur: currency, ex: U.example(currency) }) }),
          el("p", { id: id + "-error", class: "field-error", hidden: true }),
        ]),
      );
    } else {
      set.appendChild(
        el("div", { class: "field" }, [
          el("label", { for: id, text: t("exercise.dateLabel") }),
          el("input", { id, name: id, type: "date", "aria-describedby": id + "-error" }),
          el("p", { id: id + "-error", class: "field-error", hidden: true }),
        ]),
      );
    }
    if (graded) set.appendChild(this.#feedbackNode(instance, question, graded, t, "div"));
    return set;
  }

  /** Right or wrong, the student's answer, the expected one, the explanation and the rule ids. */
  #feedbackNode(instance, question, graded, t, tag) {
    const right = graded.correct;
    const line = (label, value, cls) => el("p", { class: cls }, [el("span", { class: "fb-label", text: label }), " ", el("span", { class: "fb-value", text: value })]);
    return el(tag, { class: "feedback", part: "feedback", "data-correct": String(right) }, [
      el("p", { class: "verdict " + (right ? "verdict-right" : "verdict-wrong") }, [el("span", { "aria-hidden": "true", text: right ? "✓ " : "✗ " }), right ? t("exercise.right") : t("exercise.wrong")]),
      line(t("exercise.given"), this.#answerText(instance, question, graded.given), "given"),
      right ? null : line(t("exercise.expected"), graded.expectedText, "expected"),
      graded.explanation ? line(t("exercise.why"), graded.explanation, "why") : null,
      graded.rules && graded.rules.length ? el("div", { class: "fb-rules" }, [el("span", { class: "fb-label", text: t("exercise.rules") }), R.ruleChips(graded.rules)]) : null,
    ]);
  }

  /** A given answer as the student reads it: a choice's label, money in units, a date as the locale writes it. */
  #answerText(instance, question, given) {
    const t = this.#t();
    if (given === null || given === undefined || (typeof given === "string" && given.trim() === "")) return t("exercise.noAnswer");
    if (question.kind === "choice") {
      const choice = question.choices.find((c) => c.value === given);
      return choice ? choice.label : String(given);
    }
    if (question.kind === "amount" && Number.isSafeInteger(given)) {
      return money(given, question.currency || instance.input.currency, this.locale);
    }
    if (question.kind === "date" && typeof given === "string" && /^\d{4}-\d{2}-\d{2}/.test(given.trim())) return day(given.trim(), this.locale);
    return String(given);
  }

  #renderFinal(t) {
    const sum = this.#summary();
    this.#unmark();
    this.#mark("data-score", sum.score);
    this.#mark("data-total", sum.total);
    const percent = sum.total ? Math.round((100 * sum.score) / sum.total) : 0;
    const review = el(
      "ol",
      { class: "review" },
      this.#instances.map((instance, i) => {
        const grade = this.#grades[i];
        const hid = "review-" + i;
        return el("li", { "data-exercise": instance.id }, [
          el("h4", { id: hid }, [instance.title, el("span", { class: "muted ex-score", text: " — " + t("exercise.exerciseScore", { s: grade.score, t: grade.total }) })]),
          el(
            "ul",
            { class: "review-questions", "aria-labelledby": hid },
            instance.questions.map((question, q) =>
              el("li", { "data-question": question.id }, [
                el("p", { class: "review-prompt", text: q + 1 + ". " + question.prompt }),
                this.#feedbackNode(instance, question, grade.answers[q], t, "div"),
              ]),
            ),
          ),
        ]);
      }),
    );
    const restart = el("button", {
      type: "button",
      id: "restart",
      class: "secondary",
      part: "button",
      text: parseSeed(this.getAttribute("seed")) === null ? t("exercise.restartNew") : t("exercise.restart"),
      onclick: () => {
        this.restart();
        const heading = this.shadowRoot.getElementById("ex-h");
        if (heading) heading.focus();
      },
    });
    this.#nodes.body.appendChild(
      el("section", { class: "final", part: "score", "aria-labelledby": "final-h" }, [
        el("h3", { id: "final-h", tabindex: "-1", text: t("exercise.scoreHeading") }),
        el("p", { class: "score-line" }, [el("span", { class: "amount", text: sum.score + " / " + sum.total }), " ", el("span", { text: t("exercise.score", { s: sum.score, t: sum.total, p: percent }) })]),
        el("p", { class: "muted", text: t("exercise.seed", { seed: this.seed }) + " — " + t("exercise.seedHint") }),
        el("h3", { text: t("exercise.review") }),
        review,
        el("div", { class: "actions" }, restart),
      ]),
    );
  }

  // ------------------------------------------------------------ the form

  /** The answers as typed: minor units for amounts (exact), ISO dates; null (and errors shown) if an amount is malformed. */
  #readForm() {
    const t = this.#t();
    const instance = this.#instances[this.#index];
    const root = this.shadowRoot;
    const answers = {};
    let firstBad = null;
    instance.questions.forEach((question, q) => {
      const id = "q" + q;
      if (question.kind === "choice") {
        const picked = root.querySelector(`input[name="${id}"]:checked`);
        if (picked) answers[question.id] = question.choices[Number(picked.value)].value;
        return;
      }
      const input = root.getElementById(id);
      const error = root.getElementById(id + "-error");
      input.removeAttribute("aria-invalid");
      error.hidden = true;
      error.textContent = "";
      const text = input.value.trim();
      if (text === "") return;
      if (question.kind === "date") {
        answers[question.id] = text;
        return;
      }
      const currency = question.currency || instance.input.currency || "";
      const parsed = U.parseAmount(text, currency);
      if (parsed.error) {
        input.setAttribute("aria-invalid", "true");
        error.hidden = false;
        error.textContent = parsed.error === "large" ? t("amountTooLarge") : t("amountFormat", { ex: U.example(currency), n: U.exponent(currency), cur: currency });
        if (!firstBad) firstBad = input;
      } else {
        answers[question.id] = parsed.value;
      }
    });
    if (firstBad) {
      firstBad.focus();
      return null;
    }
    return answers;
  }

  /** What the form holds now, by question id (texts as typed), to keep it across a language switch. */
  #readDraft() {
    const root = this.shadowRoot;
    const instance = this.#instances[this.#index];
    if (!instance || !root.getElementById("check")) return null;
    const draft = {};
    instance.questions.forEach((question, q) => {
      const id = "q" + q;
      if (question.kind === "choice") {
        const picked = root.querySelector(`input[name="${id}"]:checked`);
        if (picked) draft[question.id] = { index: Number(picked.value) };
      } else {
        const input = root.getElementById(id);
        if (input && input.value) draft[question.id] = { text: input.value };
      }
    });
    return draft;
  }

  /** Fills the form: from a draft ({ index } or { text }), or (answers = true) from submitted answers. */
  #writeDraft(values, answers = false) {
    const root = this.shadowRoot;
    const instance = this.#instances[this.#index];
    if (!values || !instance) return;
    instance.questions.forEach((question, q) => {
      if (!Object.prototype.hasOwnProperty.call(values, question.id)) return;
      const id = "q" + q;
      const value = values[question.id];
      if (question.kind === "choice") {
        const index = answers ? question.choices.findIndex((c) => c.value === value) : value.index;
        const radio = root.querySelector(`input[name="${id}"][value="${index}"]`);
        if (radio) radio.checked = true;
        return;
      }
      const input = root.getElementById(id);
      if (!input) return;
      if (!answers) input.value = value.text;
      else if (question.kind === "amount" && Number.isSafeInteger(value) && value >= 0) input.value = U.minorToText(value, question.currency || instance.input.currency);
      else if (question.kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) input.value = value.slice(0, 10);
      else if (value !== null && value !== undefined && question.kind === "amount") input.value = String(value);
    });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

export function define() {
  if (!customElements.get("dispute-exercise")) customElements.define("dispute-exercise", DisputeExercise);
}
