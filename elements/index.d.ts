// Types of dispute-calc/element: the <dispute-calculator> element, its properties and events.
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

export type CalculatorTool = "evaluate" | "shipping" | "penalty";
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

export declare class DisputeCalculator extends HTMLElement {
  /** `tool` attribute: which function the form and result are for (default `evaluate`). */
  tool: CalculatorTool;
  /** `ruleset` attribute: the form's ruleset until an input names one. */
  ruleset: Ruleset | string | null;
  /** `locale` attribute; the getter gives the locale in use. */
  locale: Locale;
  /** `view` attribute: `full` (form and result, default) or `result` (the result card only). */
  view: CalculatorView;
  /** Setting it fills the form and computes; reading it gives the input as the form holds it. */
  input: CalculatorInput | null;
  /** The last output, or `null`. */
  readonly result: CalculatorResult | null;
}

export interface DisputeCalculatorEventMap {
  "dispute-input": CustomEvent<CalculatorInput>;
  "dispute-result": CustomEvent<CalculatorResult>;
  "dispute-error": CustomEvent<CalculatorErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    "dispute-calculator": DisputeCalculator;
  }
  interface HTMLElementEventMap {
    "dispute-input": CustomEvent<CalculatorInput>;
    "dispute-result": CustomEvent<CalculatorResult>;
    "dispute-error": CustomEvent<CalculatorErrorDetail>;
  }
}
