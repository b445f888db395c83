/** A ruleset id. `rulesets()` lists the ones this build implements. */
export type Ruleset =
  | "aliexpress" | "amazon" | "ebay" | "paypal" | "taobao" | "tmall"
  | "cn-consumer" | "cn-food" | "cn-car" | "eu-crd" | "uk-cra" | "us-ftc";

/** The buyer's claim. */
export type Reason =
  | "not_received" | "not_as_described" | "quality" | "wrong_item" | "missing_items"
  | "damaged_in_transit" | "no_reason" | "late_shipment" | "out_of_stock" | "counterfeit"
  | "vehicle_defect";

export type Tracking =
  | "none" | "invalid" | "in_transit" | "delivered" | "returned_to_sender" | "held_by_customs" | "lost";

export type BuyerRequest = "full_refund" | "partial_refund" | "return_refund" | "exchange" | "reship";

export type Outcome =
  | "reject" | "refund_full" | "refund_partial" | "return_refund" | "exchange" | "reship" | "wait"
  | "replace_or_return" | "repair";

export type Fault = "seller" | "buyer" | "carrier" | "none" | "undetermined";

export type Violation = "late_shipment" | "out_of_stock" | "fraud" | "unsafe_food";

export type CarDefect =
  | "steering_failure" | "brake_failure" | "body_crack" | "fuel_leak" | "battery_fire"
  | "powertrain_replacement";

/** A locale tag: `en` and `zh-CN` are built in; the others load with `loadLocale(tag)`. */
export type Locale = "en" | "zh-CN" | "ru" | "pt-BR" | "es" | "fr" | "de" | "it" | "pl" | "ko" | "ja";

/** An amount with its currency, in the currency's minor unit. */
export interface MoneyArg {
  amount: MinorUnits;
  currency: CurrencyCode;
}

/** A text as data: a catalogue id (`locales/<tag>.json`) and its typed arguments (money as
 * `{ amount, currency }`, dates as date strings, numbers, codes, nested messages). Rendered with
 * `formatMessage(message, locale)`. */
export interface Message {
  id: string;
  args: Record<string, MessageArg>;
}

export type MessageArg = MoneyArg | DateString | number | string | Message;

/** `"YYYY-MM-DD"` or an RFC 3339 date-time with offset (`"2024-05-01T10:00:00+08:00"`). */
export type DateString = string;

/** An integer amount in the currency's minor unit (fen, cents): 12900 is 129.00. */
export type MinorUnits = number;

/** An ISO 4217 currency code such as `"CNY"` or `"USD"`. */
export type CurrencyCode = string;

/** Parameter overrides: a shop's own promise or a newer platform figure. Keys depend on the
 * ruleset (see `rulesets()`); unknown keys are input errors. */
export type Policy = { [key: string]: number | DateString[] | undefined } & {
  /** Days off that business-day counts skip besides Saturday and Sunday (`ebay`, `us-ftc`,
   * `cn-car`; see `RulesetInfo.holidays`). */
  holidays?: DateString[];
};

/** How the buyer paid: the FTC rule's refund timing and its 50-day credit rule (`us-ftc`). */
export type PaymentMethod = "card" | "cash" | "check" | "money_order" | "seller_credit";

export interface OrderDates {
  ordered?: DateString;
  paid?: DateString;
  shipped?: DateString;
  delivered?: DateString;
  /** Receipt confirmed or order completed. */
  completed?: DateString;
  /** Claim or request opened. */
  opened?: DateString;
  /** The latest estimated delivery date. */
  estimatedDelivery?: DateString;
  reshipped?: DateString;
  /** The buyer sent the goods back (`uk-cra`: the refund's 14 days may start from the proof of sending). */
  returnSent?: DateString;
  returnReceived?: DateString;
  faultFound?: DateString;
  /** The consumer asked for a repair or replacement (`uk-cra`: the 30 days pause). */
  repairRequested?: DateString;
  /** The repaired or replacement goods came back to the consumer (the pause ends). */
  repairReturned?: DateString;
}

export interface EvidenceOnHand {
  buyerPhotos?: boolean;
  proofOfDelivery?: boolean;
  reshipConsent?: boolean;
  sourceDocuments?: boolean;
  chatRecord?: boolean;
}

export interface ItemFacts {
  madeToOrder?: boolean;
  perishable?: boolean;
  digitalUnsealed?: boolean;
  periodical?: boolean;
  intact?: boolean;
  /** The buyer confirmed a no-return exclusion at purchase. */
  exclusionConfirmed?: boolean;
  /** Sealed goods unsuitable for return for health or hygiene reasons, unsealed (`eu-crd`,
   * `uk-cra`). */
  hygieneUnsealed?: boolean;
  odometerKm?: number;
  defect?: CarDefect;
}

export interface DisputeInput {
  ruleset: Ruleset;
  reason: Reason;
  /** The day (or instant) of evaluation: the module never reads the clock. */
  asOf: DateString;
  currency: CurrencyCode;
  /** Goods amount paid. */
  price: MinorUnits;
  /** Outbound shipping the buyer paid (0 = free shipping). */
  shippingPaid?: MinorUnits;
  /** ISO 3166 alpha-2 country of delivery. */
  destination?: string;
  dates?: OrderDates;
  tracking?: Tracking;
  request?: BuyerRequest;
  /** For a partial refund. */
  requestedAmount?: MinorUnits;
  evidence?: EvidenceOnHand;
  item?: ItemFacts;
  /** The trader gave the withdrawal (cancellation) information; default true (`eu-crd`,
   * `uk-cra`: without it the 14 days are extended by 12 months). */
  informedOfWithdrawal?: boolean;
  /** The trader told the consumer they bear the return cost; default true (`eu-crd`,
   * `uk-cra`). */
  informedOfReturnCost?: boolean;
  /** The least expensive standard delivery offered, when the buyer chose a dearer one; default
   * `shippingPaid`, at most `shippingPaid` (`eu-crd`, `uk-cra`). */
  standardShipping?: MinorUnits;
  /** How the buyer paid (`us-ftc`). */
  paymentMethod?: PaymentMethod;
  policy?: Policy;
  /** The seller's language: summary, checks, offers. */
  locale?: Locale;
  /** The buyer's language, for `reply` (default: `locale`). */
  replyLocale?: Locale;
}

export interface Check {
  /** What was tested, as a stable code. */
  id: string;
  /** The rule id applied by the test (`"AE-R9"`). */
  rule: string;
  passed: boolean;
  /** What the test found, in `locale` (absent with `{ text: false }`). */
  text: string;
  message: Message;
}

/** Another route the seller may offer besides `outcome`. */
export interface Offer {
  kind: string;
  outcome: Outcome;
  refund: MinorUnits;
  /** The route in `locale` (absent with `{ text: false }`). */
  text: string;
  message: Message;
}

export interface Decision {
  outcome: Outcome;
  fault: Fault;
  refund: MinorUnits;
  currency: CurrencyCode;
  /** Named deadlines, in the form of the dates they derive from. */
  deadlines: Record<string, DateString>;
  checks: Check[];
  /** Evidence codes to submit or keep (`"tracking_delivered"`). */
  evidence: string[];
  /** Rule ids applied (`"AE-R9"`). */
  rules: string[];
  /** One paragraph for the seller, in `locale`. */
  summary: string;
  /** A suggested message to the buyer, in `replyLocale`. */
  reply: string;
  options: Offer[];
  ruleset: Ruleset;
  locale: Locale;
  replyLocale: Locale;
  /** The texts as data (absent with `{ text: false }`). */
  messages: { summary: Message[]; reply: Message[] };
}

export interface InputErrorInfo {
  code: DisputeInputErrorCode;
  field: string;
  message: string;
}

/** Options of `evaluateDisputes`. */
export interface BatchOptions {
  /** Render summaries, replies and check texts (default true). Lists that show only outcomes,
   * amounts and deadlines pass `false`: numbers, codes and rule ids are unchanged, the texts and
   * their messages are left out, and each item costs a fraction as much. */
  text?: boolean;
}

export type BatchResult = { ok: true; value: Decision } | { ok: false; error: InputErrorInfo };

export interface ShippingInput {
  ruleset: Ruleset;
  reason: Reason;
  /** Overrides the fault implied by the reason. */
  fault?: Fault;
  currency: CurrencyCode;
  outboundShipping: MinorUnits;
  /** True when the seller paid the outbound leg. */
  freeShipping?: boolean;
  returnShipping: MinorUnits;
  resendShipping?: MinorUnits;
  /** Return-shipping insurance (运费险) paid toward the return. */
  insurancePayout?: MinorUnits;
  /** The trader told the consumer they bear the return cost; default true (`eu-crd`,
   * `uk-cra`). */
  informedOfReturnCost?: boolean;
  policy?: Policy;
  locale?: Locale;
}

export interface LegShare {
  leg: "outbound" | "return" | "resend";
  amount: MinorUnits;
  payer: "buyer" | "seller" | "insurer" | "carrier";
}

export interface ShippingSplit {
  buyerPays: MinorUnits;
  sellerPays: MinorUnits;
  insurerPays: MinorUnits;
  carrierPays: MinorUnits;
  legs: LegShare[];
  /** Outbound shipping refunded to the buyer. */
  refundOfShipping: MinorUnits;
  fault: Fault;
  currency: CurrencyCode;
  rules: string[];
  summary: string;
  messages: { summary: Message[] };
}

export interface PenaltyInput {
  ruleset: Ruleset;
  violation: Violation;
  currency: CurrencyCode;
  price: MinorUnits;
  loss?: MinorUnits;
  /** A penalty the seller advertised. */
  sellerPromised?: MinorUnits;
  /** A label or manual flaw that neither affects safety or quality nor misleads. */
  labelFlawOnly?: boolean;
  policy?: Policy;
  locale?: Locale;
}

export interface PenaltyResult {
  /** The price returned. */
  refund: MinorUnits;
  /** Compensation on top of the refund. */
  penalty: MinorUnits;
  total: MinorUnits;
  /** How the penalty was computed, e.g. `min(30% x 199.00, 500.00)`. */
  formula: string;
  currency: CurrencyCode;
  rules: string[];
  summary: string;
  messages: { summary: Message[] };
}

export interface RulesetInfo {
  id: Ruleset;
  name: string;
  /** The date of the rule text encoded. */
  version: string;
  /** The only currency the ruleset accepts; null when every currency is accepted. */
  currency: CurrencyCode | null;
  /** Parameter defaults, overridable through `policy`. */
  parameters: Record<string, number>;
  /** Every parameter with its range, the rule it comes from, and whether that rule's number was
   * checked in the primary text (`verified: false`: a secondary, course-only or unverified
   * source; a number to double-check). */
  parameterInfo: ParameterInfo[];
  /** True when the ruleset counts business days and accepts `policy.holidays`. */
  holidays: boolean;
  sources: { title: string; url: string }[];
  /** Reasons `evaluateDispute` decides under this ruleset. */
  reasons: Reason[];
  /** Violations `refundPenalty` computes under this ruleset. */
  violations: Violation[];
  /** Whether `returnShippingSplit` is available. */
  shippingSplit: boolean;
}

export interface ParameterInfo {
  key: string;
  default: number;
  /** The largest value a policy may set. */
  max: number;
  /** The rule id the number comes from (`"EBAY-2"`). */
  rule: string;
  verified: boolean;
}

export type DisputeInputErrorCode =
  | "missing_field" | "invalid_type" | "invalid_date" | "invalid_amount" | "unknown_value"
  | "currency_mismatch" | "date_order" | "unknown_field" | "locale_not_loaded";

/** What every function throws on bad input: an `Error` whose `name` is `"DisputeInputError"`. */
export interface DisputeInputError extends Error {
  name: "DisputeInputError";
  code: DisputeInputErrorCode;
  /** A path such as `"dates.shipped"`, `""` for the input as a whole. */
  field: string;
}

/** Every implemented ruleset with its localized name, version, parameter defaults and sources. */
export function rulesets(locale?: Locale): RulesetInfo[];

/** Evaluates a list in one call; a bad item becomes `{ ok: false, error }` and never fails the
 * batch. Same length and order as `inputs`. */
export function evaluateDisputes(inputs: DisputeInput[], options?: BatchOptions): BatchResult[];
