// <dispute-exercise>: a pack of course exercises, answered by a student and graded by the engine,
// in an open shadow root, on Lit (DisputeElement): the state below changes, the template follows
// in one batched update. The exercise logic (instances, grades) is lib/exercises.js, bound here
// to the page's one wasm instance, so the element works the same from the ES module build and from
// the classic build (file://), where the package's top-level-await entry cannot be used. Its
// parts: exercise/questions.js (the exercise on screen and its form), exercise/feedback.js (the
// grading feedback and the score), exercise/seed.js.
// Attributes: src, seed, locale. Property: pack. Methods: submit(answers), next(), restart().
// Events (bubbling, composed): exercise-answer, exercise-complete.
import { keyed } from "lit/directives/keyed.js";
import { DisputeElement, html, nothing } from "./base.js";
import { createExercises } from "../lib/exercises.js";
import { feedbackView, finalView } from "./exercise/feedback.js";
import { exerciseView, readAnswers } from "./exercise/questions.js";
import { parseSeed, randomSeed } from "./exercise/seed.js";
import { words } from "./i18n.js";
import * as R from "./result.js";
import * as U from "./util.js";
import { loadApi } from "./wasm.js";

// The course's languages: a pack's texts are in English and Chinese.
const COURSE_LOCALES = ["en", "zh-CN"];
let exercisesReady = null;

/** instantiate and grade bound to the page's one engine, made once per page. */
function loadExercises() {
  if (!exercisesReady) exercisesReady = loadApi().then((api) => createExercises(api));
  return exercisesReady;
}

function stateError(message) {
  return new DOMException(message, "InvalidStateError");
}

/** An attribute's value from a property ("" and numbers as text), or null to remove it. */
function attributeText(value) {
  return value === null || value === undefined ? null : String(value);
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
export class DisputeExercise extends DisputeElement {
  // The public properties, each with its own accessors below (Lit wraps them: a change requests an
  // update). src, seed and locale are attributes, written by their setters as the element always
  // has, so a host reading the attribute sees it at once.
  static properties = {
    src: {},
    seed: {},
    locale: {},
    pack: { attribute: false },
  };

  #ex = null;
  #pack = null;
  #packFromProperty = false;
  #loadToken = 0;
  // The attributes as last seen, so an attribute echoing its property's setter is not a second change.
  #srcAttribute = null;
  #seedAttribute = null;
  #localeAttribute = null;
  #status = "loading";
  #error = "";
  #randomSeed = randomSeed();
  #instances = [];
  // The locale the instances were made in: a new locale in use makes them again (willUpdate).
  #instancesLocale = null;
  // A new number per start: the exercise's DOM is keyed by it and the index, so a new exercise
  // gets fresh inputs while a re-render of the same one keeps what is typed.
  #run = 0;
  #index = 0;
  #answers = [];
  #grades = [];
  #fieldErrors = [];
  #final = false;
  #completeFired = false;
  // What the live region says after a check: { grade, complete }, worded in the locale in use.
  #checked = null;
  #replyCards = new WeakMap();

  // ------------------------------------------------------------ attributes and properties

  /** The locale in use: the attribute, else the host document's lang, else the browser's. */
  get locale() {
    return U.elementLocale(this, [], COURSE_LOCALES);
  }
  set locale(v) {
    const text = attributeText(v);
    if (text === this.#localeAttribute) return;
    this.#localeAttribute = text;
    if (this.getAttribute("locale") !== text) {
      if (text === null) this.removeAttribute("locale");
      else this.setAttribute("locale", text);
    }
    // From the attribute, the locale in use has changed before Lit's wrapper reads the old one.
    this.requestUpdate();
  }

  /**
   * The seed in use: the `seed` attribute, else the random seed shown on screen. Setting it starts
   * the set again with that seed.
   * @type {number}
   */
  get seed() {
    const fromAttribute = parseSeed(this.#seedAttribute);
    return fromAttribute === null ? this.#randomSeed : fromAttribute;
  }
  set seed(v) {
    const text = attributeText(v);
    if (text === this.#seedAttribute) return;
    this.#seedAttribute = text;
    if (this.getAttribute("seed") !== text) {
      if (text === null) this.removeAttribute("seed");
      else this.setAttribute("seed", text);
    }
    if (this.#pack && this.#ex) this.#start();
  }

  /** @type {string | null} */
  get src() {
    return this.#srcAttribute;
  }
  set src(v) {
    const text = attributeText(v);
    if (text === this.#srcAttribute) return;
    this.#srcAttribute = text;
    if (this.getAttribute("src") !== text) {
      if (text === null) this.removeAttribute("src");
      else this.setAttribute("src", text);
    }
    if (text && this.isConnected) {
      this.#packFromProperty = false;
      this.#fetchPack(text);
    }
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
    super.connectedCallback();
    if (!this.#packFromProperty && this.#srcAttribute && !this.#pack && this.#status !== "fetching") this.#fetchPack(this.#srcAttribute);
    this.#changed();
    if (this.#ex) return;
    loadExercises().then(
      (ex) => {
        this.#ex = ex;
        if (this.#pack) this.#start();
        else this.#changed();
      },
      (e) => this.#fail("The engine could not start: " + String((e && e.message) || e)),
    );
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
    // A locale set just before: grade in it, as the update would show it.
    this.#followLocale();
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
    if (parseSeed(this.#seedAttribute) === null) this.#randomSeed = randomSeed();
    if (this.#pack && this.#ex) this.#start();
  }

  // ------------------------------------------------------------ state

  #current() {
    return this.#status === "ready" && !this.#final ? this.#instances[this.#index] || null : null;
  }

  /** The state changed: the host's data-* marks now (scripts read them right after a call), the shadow DOM in the next update. */
  #changed() {
    this.#mark();
    this.requestUpdate();
  }

  async #fetchPack(src) {
    const token = ++this.#loadToken;
    this.#status = "fetching";
    this.#changed();
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
      this.#changed();
    }
  }

  #fail(message) {
    this.#status = "error";
    this.#error = message;
    this.#changed();
  }

  /** Instances of every exercise for the seed and locale in use; false (and the error shown) if one cannot be made. */
  #instantiate() {
    const options = { seed: this.seed, locale: this.locale };
    try {
      this.#instances = this.#pack.exercises.map((exercise) => this.#ex.instantiate(exercise, options));
      this.#instancesLocale = options.locale;
      return true;
    } catch (e) {
      this.#instances = [];
      this.#instancesLocale = null;
      this.#fail(String((e && e.message) || e));
      return false;
    }
  }

  #start() {
    this.#run += 1;
    this.#index = 0;
    this.#answers = [];
    this.#grades = [];
    this.#fieldErrors = [];
    this.#final = false;
    this.#completeFired = false;
    this.#checked = null;
    this.#status = "ready";
    if (!this.#instantiate()) return;
    this.#changed();
  }

  /**
   * A new locale in use: the same instances (same seed) in its language, the checked ones graded
   * again in it. The exercise's DOM stays (same key), and with it what the student has typed.
   */
  #followLocale() {
    if (this.#status !== "ready" || !this.#ex || this.#instancesLocale === this.locale) return;
    if (!this.#instantiate()) return;
    this.#grades = this.#grades.map((g, i) => (g ? this.#gradeOf(i, this.#answers[i]) : g));
    if (this.#checked) this.#checked = { ...this.#checked, grade: this.#grades[this.#index] || this.#checked.grade };
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
    this.#fieldErrors = [];
    const complete = this.#grades.filter(Boolean).length === this.#instances.length;
    this.#checked = { grade, complete };
    this.#changed();
    if (fromUser) this.#focusAfterUpdate("next");
    this.emit("exercise-answer", grade);
    if (complete && !this.#completeFired) {
      this.#completeFired = true;
      this.emit("exercise-complete", this.#summary());
    }
    return grade;
  }

  #next(fromUser) {
    if (this.#status !== "ready" || this.#final || !this.#grades[this.#index]) return false;
    if (this.#index < this.#instances.length - 1) this.#index += 1;
    else this.#final = true;
    this.#checked = null;
    this.#changed();
    if (fromUser) this.#focusAfterUpdate(this.#final ? "final-h" : "ex-h");
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

  async #focusAfterUpdate(id) {
    await this.updateComplete;
    const target = this.renderRoot.getElementById(id);
    if (target) target.focus();
  }

  // ------------------------------------------------------------ user actions

  #onSubmit = (e) => {
    e.preventDefault();
    const instance = this.#current();
    if (!instance || this.#grades[this.#index]) return;
    const { answers, errors } = readAnswers(this.renderRoot, instance);
    if (errors.some(Boolean)) {
      // Not graded: each unreadable amount says how to write it, and the first keeps the focus.
      this.#fieldErrors = errors;
      this.#changed();
      this.renderRoot.getElementById("q" + errors.findIndex(Boolean)).focus();
      return;
    }
    this.#followLocale();
    this.#check(answers, true);
  };

  #onNext = () => this.#next(true);

  #onRestart = () => {
    this.restart();
    this.#focusAfterUpdate("ex-h");
  };

  // ------------------------------------------------------------ rendering

  /** data-* on the element itself, for host CSS and scripts (as <dispute-calculator> marks its result). */
  #mark() {
    const state = this.#status === "ready" ? (this.#final ? "complete" : this.#grades[this.#index] ? "checked" : "question") : this.#status === "fetching" ? "loading" : this.#status;
    this.setAttribute("data-state", state);
    for (const name of ["data-exercise", "data-index", "data-score", "data-total"]) this.removeAttribute(name);
    if (this.#status !== "ready" || this.#instances.length === 0) return;
    if (this.#final) {
      const sum = this.#summary();
      this.setAttribute("data-score", String(sum.score));
      this.setAttribute("data-total", String(sum.total));
    } else {
      this.setAttribute("data-exercise", this.#instances[this.#index].id);
      this.setAttribute("data-index", String(this.#index));
    }
  }

  willUpdate() {
    this.#followLocale();
  }

  render() {
    const locale = this.locale;
    const t = words(locale);
    const title = this.#pack && this.#pack.title;
    const packTitle = (title && typeof title === "object" ? title[locale] || title.en : title) || "";
    const ready = this.#status === "ready" && this.#instances.length > 0;
    const total = this.#instances.length;
    const sum = this.#summary();
    let progress = "";
    if (ready) progress = this.#final ? t("exercise.scoreDone", { s: sum.score, t: sum.total }) : t("exercise.progress", { n: this.#index + 1, total });
    let said = "";
    if (this.#checked) {
      said = t("exercise.checked", { s: this.#checked.grade.score, t: this.#checked.grade.total });
      if (this.#checked.complete) said += " " + t("exercise.scoreDone", { s: sum.score, t: sum.total });
    }
    return html`<section class="base panel exercise-set" part="base" aria-labelledby="pack-h" lang=${locale}><header class="ex-head" part="header"><h2 id="pack-h" ?hidden=${!packTitle}>${packTitle}</h2><p class="ex-meta" ?hidden=${!ready}><span id="progress-text">${progress}</span><span class="ex-seed" title=${ready ? t("exercise.seedHint") : nothing}>${ready ? t("exercise.seed", { seed: this.seed }) : ""}</span></p><progress class="ex-progress" aria-labelledby="progress-text" max=${Math.max(1, total)} value=${sum.answers.length} ?hidden=${!ready}></progress></header><div class="ex-body">${this.#body(t, ready)}</div><p id="status" class="visually-hidden" role="status" aria-live="polite">${said}</p></section>`;
  }

  #body(t, ready) {
    if (this.#status === "error") {
      return html`<div class="error-card" part="error" role="alert"><p><strong>${t("exercise.loadError")}</strong></p><p class="error-message">${this.#error}</p></div>`;
    }
    if (!ready) {
      const empty = this.#status === "loading" && this.#ex && !this.#pack && !this.src;
      return html`<p class="placeholder muted">${empty ? t("exercise.noPack") : t("exercise.loading")}</p>`;
    }
    if (this.#final) {
      return finalView({ instances: this.#instances, grades: this.#grades, summary: this.#summary(), seedFixed: parseSeed(this.#seedAttribute) !== null, t, onRestart: this.#onRestart });
    }
    const instance = this.#instances[this.#index];
    const grade = this.#grades[this.#index];
    const view = exerciseView({
      instance,
      grade,
      answers: this.#answers[this.#index],
      errors: this.#fieldErrors,
      last: this.#index === this.#instances.length - 1,
      t,
      feedback: (question, graded) => feedbackView(instance, question, graded, t),
      reply: grade && grade.reply ? this.#replyCard(grade, t) : nothing,
      onSubmit: this.#onSubmit,
      onNext: this.#onNext,
    });
    return keyed(`${this.#run}:${this.#index}`, view);
  }

  /** The reply card of a graded exercise (result.js's, a node), made once per grade so a re-render keeps it. */
  #replyCard(grade, t) {
    if (!this.#replyCards.has(grade)) this.#replyCards.set(grade, R.replySection(grade.reply, t));
    return this.#replyCards.get(grade);
  }
}

// customElements.define spelled out (not base.js's defineOnce): the manifest's analyzer finds the
// tag's definition by this call.
export function define() {
  if (!customElements.get("dispute-exercise")) customElements.define("dispute-exercise", DisputeExercise);
}
