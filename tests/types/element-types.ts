// Type test of dispute-calc/element: the elements are in HTMLElementTagNameMap, their properties and
// event details are typed, and a wrong field or value does not type-check.
import "dispute-calc/element";
import type { CalculatorErrorDetail, CalculatorResult, DisputeCalculator, DisputeQueue, QueueDoneDetail, QueueEntry } from "dispute-calc/element";
import type { Decision, PenaltyResult } from "dispute-calc";
import type { DisputeExercise, ExerciseCompleteDetail, ExerciseGrade } from "dispute-calc/element";
import { coursePack } from "dispute-calc/exercises";

const calc = document.querySelector("dispute-calculator")!;
const same: DisputeCalculator = calc;
const created: DisputeCalculator = document.createElement("dispute-calculator");

calc.tool = "penalty";
calc.view = "result";
calc.locale = "zh-CN";
calc.ruleset = "tmall";
calc.input = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900 };
calc.input = {
  ruleset: "aliexpress", reason: "not_received", asOf: "2015-04-20", currency: "USD", price: 2599,
  dates: { ordered: "2015-03-03", shipped: "2015-03-19" }, tracking: "delivered",
};
calc.input = null;

// @ts-expect-error a field no API input has
calc.input = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: 19900, bogus: 1 };
// @ts-expect-error amounts are integer minor units, not text
calc.input = { ruleset: "tmall", violation: "late_shipment", currency: "CNY", price: "199.00" };
// @ts-expect-error not a ruleset id
calc.input = { ruleset: "shopify", violation: "late_shipment", currency: "CNY", price: 19900 };
// @ts-expect-error not a tool
calc.tool = "refund";
// @ts-expect-error not a view
calc.view = "compact";
calc.locale = "fr";
calc.replyLocale = "ru";
const replyIn: string = calc.replyLocale;
// @ts-expect-error not a locale
calc.locale = "fr-CA";
// @ts-expect-error not a locale
calc.replyLocale = "russian";
// @ts-expect-error result is read-only
calc.result = null;

const last: CalculatorResult | null = calc.result;

calc.addEventListener("dispute-result", (e) => {
  const out: CalculatorResult = e.detail;
  if ("outcome" in out) {
    const decision: Decision = out;
    void decision.deadlines;
  } else if ("penalty" in out) {
    const penalty: PenaltyResult = out;
    void penalty.formula;
  }
});
calc.addEventListener("dispute-error", (e) => {
  const detail: CalculatorErrorDetail = e.detail;
  const field: string = detail.field;
  // @ts-expect-error the detail has code, field and message only
  void detail.line;
  void field;
});
calc.addEventListener("dispute-input", (e) => {
  // @ts-expect-error the input's amounts are numbers
  const price: string = "price" in e.detail ? e.detail.price : "";
  void price;
});

void same;
void created;
void last;

// <dispute-exercise>

const exercise = document.querySelector("dispute-exercise")!;
const sameExercise: DisputeExercise = exercise;
exercise.pack = coursePack;
exercise.pack = null;
exercise.seed = 3;
exercise.src = "pack.json";
exercise.locale = "zh-CN";
const grade: ExerciseGrade = exercise.submit({ outcome: "reject", refund: 0, "respond-by": "2015-04-25" });
const seedUsed: number = grade.seed;
const moved: boolean = exercise.next();
exercise.restart();
// @ts-expect-error seed is a number
exercise.seed = "3";
// @ts-expect-error not a locale
exercise.locale = "fr";
// @ts-expect-error grades are read-only
exercise.grades = [];
// @ts-expect-error a pack is an object with exercises
exercise.pack = { id: "p" };
exercise.addEventListener("exercise-answer", (e) => {
  const g: ExerciseGrade = e.detail;
  const expected = g.answers[0].expectedText;
  void expected;
});
exercise.addEventListener("exercise-complete", (e) => {
  const done: ExerciseCompleteDetail = e.detail;
  const score: number = done.score;
  // @ts-expect-error the detail has score, total, seed and answers
  void done.percent;
  void score;
});
void sameExercise;
void seedUsed;
void moved;
// <dispute-queue>
const queue = document.querySelector("dispute-queue")!;
const createdQueue: DisputeQueue = document.createElement("dispute-queue");
queue.asOf = "2026-06-01";
queue.locale = "en";
// An item without asOf (the queue's date applies), with an order id and an extra column.
queue.items = [{ orderId: "TB-1", note: "VIP", ruleset: "taobao", reason: "no_reason", currency: "CNY", price: 19900 }];
queue.addEventListener("queue-done", (e) => {
  const d: QueueDoneDetail = e.detail;
  const total: number = d.rows - d.refused + (d.byOutcome.refused ?? 0);
});
const firstEntry: QueueEntry | undefined = queue.entries[0];
const text: Promise<string | null> = queue.exportCsv();
// A host waits for the element's render (a language switch, a filter) before reading its shadow DOM.
const rendered: Promise<boolean> = queue.updateComplete;
// @ts-expect-error updateComplete is read-only
queue.updateComplete = Promise.resolve(true);
queue.replyLocale = "de";
queue.replyLocale = null;
// @ts-expect-error entries is read-only
queue.entries = [];
// @ts-expect-error not a locale
queue.locale = "fr-CA";
// @ts-expect-error amounts are integer minor units
queue.items = [{ ruleset: "taobao", reason: "no_reason", currency: "CNY", price: "199.00" }];
