/**
 * Declarations of `dispute-calc/exercises`: course exercises graded by the engine. The import
 * resolves once the engine is ready (top-level await); the functions are synchronous.
 *
 * @module dispute-calc/exercises
 */
import type {
  DateString,
  DisputeInput,
  Locale,
  MinorUnits,
  PenaltyInput,
  ShippingInput,
} from "../web/dispute_calc.js";

/** The course's languages: a pack's texts are in English and Chinese. */
export type CourseLocale = "en" | "zh-CN";

/** A text in both of the course's languages. */
export interface Bilingual {
  en: string;
  "zh-CN": string;
}

export type ExerciseFunction = "evaluateDispute" | "returnShippingSplit" | "refundPenalty";
export type QuestionKind = "choice" | "amount" | "date";

/** A choice: the value the output field may take, and its label. */
export interface Choice<Label = Bilingual> {
  value: string | number | boolean;
  label: Label;
}

/** A question of the authoring format: `field` is a path in the function's output. */
export interface Question {
  id: string;
  /** A path in the output: `outcome`, `refund`, `deadlines.sellerResponseDeadline`, `options.1.refund` */
  field: string;
  kind: QuestionKind;
  prompt: Bilingual;
  /** Required for `kind: "choice"`, and only there. */
  choices?: Choice[];
}

/** How a seed changes one input path. */
export type Variation =
  /** An integer from min to max (inclusive), in steps from min. */
  | { range: [number, number]; step?: number }
  /** One of the values; with labels, a `{path}` placeholder shows the picked value's label. */
  | { pick: unknown[]; labels?: Bilingual[] }
  /** Days added to this date and to every date of the input on or after it (order kept). */
  | { shift: [number, number] };

/** An exercise in the authoring format (plain JSON). The answer key is never stored. */
export interface Exercise {
  id: string;
  title: Bilingual;
  /** With placeholders such as `{price}` or `{dates.shipped}`, filled from the instance. */
  scenario: Bilingual;
  fn: ExerciseFunction;
  input: DisputeInput | ShippingInput | PenaltyInput;
  /** Keyed by input path (`price`, `dates.opened`, `item.defect`), applied in order. */
  vary?: Record<string, Variation>;
  questions: Question[];
  /** The rule ids the exercise is about. */
  teaches: string[];
}

export interface Pack {
  id: string;
  version: string | number;
  title: Bilingual;
  exercises: Exercise[];
}

/** A question as shown to a student: texts in the instance's locale. */
export interface InstanceQuestion {
  id: string;
  field: string;
  kind: QuestionKind;
  prompt: string;
  choices?: Choice<string>[];
  /** For amounts: the currency, and its digits after the point (answers are in minor units). */
  currency?: string;
  decimals?: number;
}

export interface Instance {
  id: string;
  fn: ExerciseFunction;
  /** The API input for this seed, with `locale` set. */
  input: DisputeInput | ShippingInput | PenaltyInput;
  scenario: string;
  questions: InstanceQuestion[];
  title: string;
  teaches: string[];
  seed: number;
  locale: CourseLocale;
}

export interface InstanceOptions {
  /** An integer; the same seed gives the same instance. Default 1. */
  seed?: number;
  /** `"en"` (default) or `"zh-CN"`, the course's languages. */
  locale?: CourseLocale;
}

/** Answers keyed by question id: choice values, amounts in minor units, dates as ISO strings. */
export type Answers = Record<string, string | number | boolean | null | undefined>;

export interface GradedAnswer {
  id: string;
  field: string;
  given: string | number | boolean | null;
  /** The engine's own output at `field`. */
  expected: string | number | boolean | null;
  /** The expected answer as a student reads it (money in units, a date, a choice's label). */
  expectedText: string;
  correct: boolean;
  /** The decision's relevant checks or summary, in the instance's locale. */
  explanation: string;
  /** The rule ids behind it. */
  rules: string[];
}

export interface Grade {
  score: number;
  total: number;
  answers: GradedAnswer[];
  /** The reply the seller should send, where the function gives one. */
  reply?: string;
}

export type ProblemKind =
  | "schema"
  | "placeholder"
  | "invalid_instance"
  | "unknown_field"
  | "answer_not_in_choices"
  | "duplicate_choice"
  | "wrong_kind"
  | "teaches_not_cited";

export interface Problem {
  kind: ProblemKind;
  /** The exercise's id, or null for the pack itself (or an exercise without an id). */
  exercise: string | null;
  /** Where in the pack: `exercises[2].questions[0].field`. */
  where: string;
  message: string;
}

/** The course's own exercises. */
export const coursePack: Readonly<Pack>;
/** One exercise for a seed and a locale. Deterministic: the same seed gives the same instance. */
export function instantiate(exercise: Exercise, options?: InstanceOptions): Instance;
/** Grades answers against the engine's own output for `instance.input`. An empty answer is wrong. */
export function grade(instance: Instance, answers: Answers): Grade;
/** Problems of a pack: schema, placeholders, and every exercise instantiated for seeds 1 to 200. */
export function validatePack(pack: unknown): Problem[];
/**
 * Money in minor units as the locale writes it: the package's one formatter (the main entry's
 * `formatMoney`, through Intl: `"$5.45"`, `"¥99.00"`), which the exercises' texts use too.
 */
export function formatMoney(minor: MinorUnits, currency: string, locale?: Locale): string;
export type { DateString };
