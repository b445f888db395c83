/**
 * Types of `dispute-calc/element`: the `<dispute-calculator>`, `<dispute-exercise>` and
 * `<dispute-queue>` elements, their properties and events. Importing the entry registers the
 * three elements; the wasm loads on first use, once per page.
 *
 * @module dispute-calc/element
 */
import type {
  Decision,
  DisputeInput,
  DisputeInputErrorCode,
  Locale,
  PenaltyInput,
  PenaltyResult,
  Ruleset,
  ShippingInput,
  ShippingSplit,
} from "../web/dispute_calc.js";
import type { Answers, Grade, Pack } from "../exercises/index.js";

/** Which API function the form and result are for. */
export type CalculatorTool = "evaluate" | "shipping" | "penalty";
/** `full`: form and result; `result`: the result card only. */
export type CalculatorView = "full" | "result";
/** What `input` accepts: the input of one of the three API functions. */
export type CalculatorInput = DisputeInput | ShippingInput | PenaltyInput;
/** What `result` holds and `dispute-result` carries: the output of the tool's function. */
export type CalculatorResult = Decision | ShippingSplit | PenaltyResult;

/** `detail` of `dispute-error`: the API's error, or a form error named the same way. */
export interface CalculatorErrorDetail {
  code: DisputeInputErrorCode;
  field: string;
  message: string;
}

/**
 * `<dispute-calculator>`: the help page's form and result card for one of the three functions,
 * in an open shadow root. Fires `dispute-input`, `dispute-result` and `dispute-error` (bubbling,
 * composed); sets `data-outcome`, `data-refund` and the other result values on itself.
 */
export declare class DisputeCalculator extends HTMLElement {
  /** `tool` attribute: which function the form and result are for (default `evaluate`). */
  tool: CalculatorTool;
  /** `ruleset` attribute: the form's ruleset until an input names one. */
  ruleset: Ruleset | string | null;
  /** `locale` attribute, the seller's language; the getter gives the locale in use. */
  locale: Locale;
  /**
   * `reply-locale` attribute, the buyer's language for the suggested reply; the getter gives the
   * one in use: the attribute, else the input's `replyLocale`, else the destination country's
   * language (RU `ru`, BR `pt-BR`, DE `de`, ...), else `locale`.
   */
  replyLocale: Locale;
  /** `view` attribute: `full` (form and result, default) or `result` (the result card only). */
  view: CalculatorView;
  /** Setting it fills the form and computes; reading it gives the input as the form holds it. */
  input: CalculatorInput | null;
  /** The last output, or `null`. */
  readonly result: CalculatorResult | null;
  /**
   * Resolves once the element has acted on every property and attribute set so far (one update
   * for all those set in the same task) and drawn the result: `true` when nothing is pending. On a
   * new element it first waits for the module to start, so the first result is drawn too.
   */
  readonly updateComplete: Promise<boolean>;
}

/** The events of `<dispute-calculator>` and their `detail`. */
export interface DisputeCalculatorEventMap {
  "dispute-input": CustomEvent<CalculatorInput>;
  "dispute-result": CustomEvent<CalculatorResult>;
  "dispute-error": CustomEvent<CalculatorErrorDetail>;
}

/** A pack as `<dispute-exercise>` takes it: the format of `coursePack` (dispute-calc/exercises). */
export type ExercisePack = Pack;

/** `detail` of `exercise-answer`, and what `submit()` returns: one exercise's grade. */
export interface ExerciseGrade extends Grade {
  /** The exercise's id. */
  exercise: string;
  /** Its position in the pack, from 0. */
  index: number;
  /** The seed the set was made with. */
  seed: number;
}

/** `detail` of `exercise-complete`: fired as soon as the last exercise is checked. */
export interface ExerciseCompleteDetail {
  /** Right answers over the whole set (one per question). */
  score: number;
  /** Questions in the whole set. */
  total: number;
  seed: number;
  /** Every exercise's grade, in order. */
  answers: ExerciseGrade[];
}

/**
 * `<dispute-exercise>`: a pack of exercises a student answers in the page, graded by the engine.
 * Fires `exercise-answer` per exercise checked and `exercise-complete` after the last.
 */
export declare class DisputeExercise extends HTMLElement {
  /** The pack in use, or `null`; setting it starts the set from its first exercise. */
  pack: ExercisePack | null;
  /** `src` attribute: URL of a pack JSON, fetched when set. */
  src: string | null;
  /** `seed` attribute: the getter gives the seed in use (the attribute's, else the random one shown). */
  seed: number;
  /** `locale` attribute: the course's languages, English or Chinese; the getter gives the locale in use. */
  locale: "en" | "zh-CN";
  /** The grades so far, one per exercise checked. */
  readonly grades: ExerciseGrade[];
  /** Settles (true) once the shadow DOM shows every change made so far: updates are batched, one per task. */
  readonly updateComplete: Promise<boolean>;
  /**
   * Submits answers for the current exercise as the Check button does and returns its grade.
   * Answers by question id: a choice's value, an amount in minor units, a date as YYYY-MM-DD.
   * Throws an `InvalidStateError` before the first exercise is shown or when it is already checked.
   */
  submit(answers?: Answers): ExerciseGrade;
  /** After a checked exercise: the next one, or the score after the last. False if not checked yet. */
  next(): boolean;
  /** From the first exercise again: the same seed if the attribute is set, else a new random one. */
  restart(): void;
}

/** The events of `<dispute-exercise>` and their `detail`. */
export interface DisputeExerciseEventMap {
  "exercise-answer": CustomEvent<ExerciseGrade>;
  "exercise-complete": CustomEvent<ExerciseCompleteDetail>;
}

/** An item of `<dispute-queue>`'s `items`: an API input, with the row's id and extra columns. */
export type QueueItem = Omit<DisputeInput, "asOf"> & { asOf?: DisputeInput["asOf"]; orderId?: string; [extra: string]: unknown };

/** `detail` of `queue-done`. */
export interface QueueDoneDetail {
  /** Rows read. */
  rows: number;
  /** Rows that are not valid inputs (kept in the list with their field and message). */
  refused: number;
  /** Rows per outcome; `refused` for rows that are not valid inputs. */
  byOutcome: Partial<Record<Decision["outcome"] | "refused", number>>;
}

/** A deadline of a row relative to its as-of day (0: today; negative: passed). */
export interface QueueDeadline {
  name: string;
  date: string;
  daysLeft: number;
}

/** One row of the queue as the list shows it. */
export interface QueueEntry {
  /** The row's position in the file (0-based). */
  index: number;
  id: string;
  ruleset: string;
  /** The decision's outcome, "refused" for a row that is not a valid input. */
  outcome: Decision["outcome"] | "refused" | null;
  refund: number | null;
  currency: string;
  fault: Decision["fault"] | null;
  asOf: string | null;
  /** The nearest deadline on or after the as-of day, or null. */
  deadline: QueueDeadline | null;
  /** With no deadline ahead: the latest one passed, or null. */
  passed: QueueDeadline | null;
  deadlines: Record<string, string>;
  failedCheck: { id: string; rule: string } | null;
  error: { code: string; field: string; message: string } | null;
  /** The file's columns that are not API fields (a note, a buyer name), as they came. */
  extras: Record<string, string>;
}

/**
 * `<dispute-queue>`: a CSV of open disputes (or `items`) evaluated in a worker and triaged, the
 * most urgent first, with a summary, a detail view and a CSV export. Fires `queue-done`.
 */
export declare class DisputeQueue extends HTMLElement {
  /** `locale` attribute, the seller's language; the getter gives the locale in use. */
  locale: Locale;
  /** `as-of` attribute: the date rows without their own asOf are evaluated as of (default: today). */
  asOf: string;
  /** Setting it evaluates these inputs; reading gives the inputs of the rows in the queue. */
  items: QueueItem[];
  /** The rows in the list's order, sorted and filtered as shown. */
  readonly entries: QueueEntry[];
  /**
   * `reply-locale` attribute: one reply language for the export and the detail, or null (each
   * buyer's own: buyerLanguage or replyLocale column, else the destination country's language).
   */
  replyLocale: Locale | null;
  /** The export of the last run (UTF-8 text with a BOM), with each row's reply; null before a run finished. */
  exportCsv(): Promise<string | null>;
  /** Reads a CSV file as the file picker and a drop do. */
  importFile(file: Blob | ArrayBuffer | Uint8Array | string): Promise<void>;
  /** Resolves once the element has rendered its pending changes (a new locale, a filter, a run's list). */
  readonly updateComplete: Promise<boolean>;
}

/** The events of `<dispute-queue>` and their `detail`. */
export interface DisputeQueueEventMap {
  "queue-done": CustomEvent<QueueDoneDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "dispute-calculator": DisputeCalculator;
    "dispute-exercise": DisputeExercise;
    "dispute-queue": DisputeQueue;
  }
  interface HTMLElementEventMap {
    "queue-done": CustomEvent<QueueDoneDetail>;
    "dispute-input": CustomEvent<CalculatorInput>;
    "dispute-result": CustomEvent<CalculatorResult>;
    "dispute-error": CustomEvent<CalculatorErrorDetail>;
    "exercise-answer": CustomEvent<ExerciseGrade>;
    "exercise-complete": CustomEvent<ExerciseCompleteDetail>;
  }
}
