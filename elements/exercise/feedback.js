// The grading feedback: right or wrong per question with the student's answer, the expected one,
// the explanation and the rule ids; and the final score with a review of every question.
import { html, nothing } from "../base.js";
import { day, money } from "../i18n.js";
import * as R from "../result.js";

// The rule chips of a graded answer, made once: a re-render keeps the same nodes. A new grade (the
// exercise graded again in a new locale) is a new object, with its own chips.
const chipsOf = new WeakMap();

function ruleChips(graded) {
  if (!chipsOf.has(graded)) chipsOf.set(graded, R.ruleChips(graded.rules));
  return chipsOf.get(graded);
}

/** A given answer as the student reads it: a choice's label, money as the locale writes it, a date likewise. */
function answerText(instance, question, given, t) {
  if (given === null || given === undefined || (typeof given === "string" && given.trim() === "")) return t("exercise.noAnswer");
  if (question.kind === "choice") {
    const choice = question.choices.find((c) => c.value === given);
    return choice ? choice.label : String(given);
  }
  if (question.kind === "amount" && Number.isSafeInteger(given)) return money(given, question.currency || instance.input.currency, t.locale);
  if (question.kind === "date" && typeof given === "string" && /^\d{4}-\d{2}-\d{2}/.test(given.trim())) return day(given.trim(), t.locale);
  return String(given);
}

function line(label, value, cls) {
  return html`<p class=${cls}><span class="fb-label">${label}</span> <span class="fb-value">${value}</span></p>`;
}

/** The feedback on one graded question (`graded`: one of grade().answers). */
export function feedbackView(instance, question, graded, t) {
  const right = graded.correct;
  return html`<div class="feedback" part="feedback" data-correct=${String(right)}><p class=${"verdict " + (right ? "verdict-right" : "verdict-wrong")}><span aria-hidden="true">${right ? "✓ " : "✗ "}</span>${right ? t("exercise.right") : t("exercise.wrong")}</p>${line(t("exercise.given"), answerText(instance, question, graded.given, t), "given")}${right ? nothing : line(t("exercise.expected"), graded.expectedText, "expected")}${graded.explanation ? line(t("exercise.why"), graded.explanation, "why") : nothing}${graded.rules && graded.rules.length ? html`<div class="fb-rules"><span class="fb-label">${t("exercise.rules")}</span>${ruleChips(graded)}</div>` : nothing}</div>`;
}

/**
 * The score after the last exercise, and every question again with its feedback.
 * @param {object} view
 * @param {object[]} view.instances - The set's instances.
 * @param {object[]} view.grades - Their grades, one each.
 * @param {{ score: number, total: number, seed: number }} view.summary
 * @param {boolean} view.seedFixed - Whether the seed attribute is set (restart keeps the figures).
 * @param {Function} view.t - The element's words.
 * @param {() => void} view.onRestart
 */
export function finalView({ instances, grades, summary, seedFixed, t, onRestart }) {
  const percent = summary.total ? Math.round((100 * summary.score) / summary.total) : 0;
  const review = instances.map((instance, i) => {
    const grade = grades[i];
    const heading = "review-" + i;
    return html`<li data-exercise=${instance.id}><h4 id=${heading}>${instance.title}<span class="muted ex-score">${" — " + t("exercise.exerciseScore", { s: grade.score, t: grade.total })}</span></h4><ul class="review-questions" aria-labelledby=${heading}>${instance.questions.map(
      (question, q) => html`<li data-question=${question.id}><p class="review-prompt">${`${q + 1}. ${question.prompt}`}</p>${feedbackView(instance, question, grade.answers[q], t)}</li>`,
    )}</ul></li>`;
  });
  return html`<section class="final" part="score" aria-labelledby="final-h"><h3 id="final-h" tabindex="-1">${t("exercise.scoreHeading")}</h3><p class="score-line"><span class="amount">${summary.score + " / " + summary.total}</span> <span>${t("exercise.score", { s: summary.score, t: summary.total, p: percent })}</span></p><p class="muted">${t("exercise.seed", { seed: summary.seed }) + " — " + t("exercise.seedHint")}</p><h3>${t("exercise.review")}</h3><ol class="review">${review}</ol><div class="actions"><button type="button" id="restart" class="secondary" part="button" @click=${onRestart}>${seedFixed ? t("exercise.restart") : t("exercise.restartNew")}</button></div></section>`;
}
