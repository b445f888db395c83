// The exercise on screen: its title, the case, and the questions' form (a fieldset per question,
// the Check or Next button), and reading what the student typed. The inputs are the student's
// own: a re-render (a new locale) leaves what is typed in them; only a checked exercise writes
// the answers it was graded on into them (submit() may give answers the form never held).
import { html, nothing } from "../base.js";
import * as U from "../util.js";

/** The currency an amount question is answered in. */
function currencyOf(instance, question) {
  return question.currency || instance.input.currency || "";
}

/**
 * The article of one exercise.
 * @param {object} view
 * @param {object} view.instance - The instance on screen (instantiate's output).
 * @param {object | undefined} view.grade - Its grade, once checked.
 * @param {object | undefined} view.answers - The answers it was graded on.
 * @param {Array<string | undefined>} view.errors - Per question, "format" or "large" for an amount that cannot be read.
 * @param {boolean} view.last - Whether it is the last exercise of the set.
 * @param {Function} view.t - The element's words.
 * @param {(question: object, graded: object) => unknown} view.feedback - The feedback on one graded question.
 * @param {unknown} view.reply - The reply card of a graded exercise (a node), or nothing.
 * @param {(e: Event) => void} view.onSubmit
 * @param {() => void} view.onNext
 */
export function exerciseView({ instance, grade, answers, errors, last, t, feedback, reply, onSubmit, onNext }) {
  const actions = grade
    ? html`<p class="checked-line">${t("exercise.checked", { s: grade.score, t: grade.total })}</p><button type="button" id="next" class="primary" part="button" @click=${onNext}>${last ? t("exercise.finish") : t("exercise.next")}</button>`
    : html`<button type="submit" id="check" class="primary" part="button">${t("exercise.check")}</button>`;
  const questions = instance.questions.map((question, q) => {
    const graded = grade ? grade.answers[q] : null;
    return html`<fieldset class="question" part="question" data-question=${question.id} data-kind=${question.kind} ?disabled=${!!graded}><legend>${`${q + 1}. ${question.prompt}`}</legend>${control(instance, question, q, graded ? answers || {} : null, errors[q], t)}${graded ? feedback(question, graded) : nothing}</fieldset>`;
  });
  return html`<article class="exercise" part="exercise" data-exercise=${instance.id}><h3 id="ex-h" tabindex="-1">${instance.title}</h3><p class="scenario" part="scenario">${instance.scenario}</p><form class="ex-form" part="form" novalidate aria-labelledby="ex-h" @submit=${onSubmit}>${questions}${reply}<div class="actions">${actions}</div></form></article>`;
}

/**
 * A question's control. `answers` (once graded) are written into it: Lit sets a bound property only
 * when the bound value changes, so before grading the bound "" / false never touch what is typed.
 */
function control(instance, question, q, answers, error, t) {
  const id = "q" + q;
  const given = answers && Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
  if (question.kind === "choice") {
    const picked = given === undefined ? -1 : question.choices.findIndex((c) => c.value === given);
    return html`<div class="choices">${question.choices.map(
      (choice, c) => html`<label class="choice"><input type="radio" name=${id} value=${String(c)} data-value=${JSON.stringify(choice.value)} .checked=${picked === c}><span>${choice.label}</span></label>`,
    )}</div>`;
  }
  const errorLine = html`<p id=${id + "-error"} class="field-error" ?hidden=${!error}>${error ? amountError(error, currencyOf(instance, question), t) : ""}</p>`;
  if (question.kind === "amount") {
    const currency = currencyOf(instance, question);
    return html`<div class="field"><label for=${id}>${t("exercise.amountLabel", { cur: currency })}</label><input id=${id} name=${id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false" aria-describedby=${id + "-hint " + id + "-error"} aria-invalid=${error ? "true" : nothing} .value=${amountText(given, currency)}><p id=${id + "-hint"} class="hint">${t("exercise.amountHint", { cur: currency, ex: U.example(currency) })}</p>${errorLine}</div>`;
  }
  const date = typeof given === "string" && /^\d{4}-\d{2}-\d{2}/.test(given) ? given.slice(0, 10) : "";
  return html`<div class="field"><label for=${id}>${t("exercise.dateLabel")}</label><input id=${id} name=${id} type="date" aria-describedby=${id + "-error"} .value=${date}>${errorLine}</div>`;
}

/** A graded amount in the form's notation: minor units as "25.99"; anything else as given; "" for none. */
function amountText(given, currency) {
  if (given === undefined || given === null) return "";
  if (Number.isSafeInteger(given) && given >= 0) return U.minorToText(given, currency);
  return String(given);
}

function amountError(error, currency, t) {
  return error === "large" ? t("amountTooLarge") : t("amountFormat", { ex: U.example(currency), n: U.exponent(currency), cur: currency });
}

/**
 * The answers as typed, by question id: a choice's value, minor units for an amount (exact), an
 * ISO date; an empty field is left out. `errors[q]` is "format" or "large" for an amount that
 * cannot be read (then the exercise is not graded).
 */
export function readAnswers(root, instance) {
  const answers = {};
  const errors = [];
  instance.questions.forEach((question, q) => {
    const id = "q" + q;
    if (question.kind === "choice") {
      const picked = root.querySelector(`input[name="${id}"]:checked`);
      if (picked) answers[question.id] = question.choices[Number(picked.value)].value;
      return;
    }
    const text = root.getElementById(id).value.trim();
    if (text === "") return;
    if (question.kind === "date") {
      answers[question.id] = text;
      return;
    }
    const parsed = U.parseAmount(text, currencyOf(instance, question));
    if (parsed.error) errors[q] = parsed.error;
    else answers[question.id] = parsed.value;
  });
  return { answers, errors };
}
