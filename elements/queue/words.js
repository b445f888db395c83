// How the queue's parts say an outcome, the days to a deadline and a refused row's error, in the
// element's words (t from i18n.js words()): the list, the summary, the filters and the detail
// share them.
import { FIELDS, KIND } from "../../queue/fields.js";
import { REFUSED } from "../../queue/triage.js";

/** Every outcome the list can show, in the filter's and the summary's order. */
export const OUTCOMES = ["refund_full", "return_refund", "refund_partial", "replace_or_return", "exchange", "reship", "repair", "wait", "reject", REFUSED];

export function outcomeText(t, outcome) {
  if (outcome === REFUSED) return t("queue.refused");
  return outcome ? t.opt("outcomes." + outcome) || outcome : t("queue.notEvaluated");
}

export function daysText(t, days) {
  if (days === 0) return t("queue.today");
  if (days > 0) return t("queue.daysLeft", { n: days });
  return t("queue.daysAgo", { n: -days });
}

/** A refused row's field and message in the page's language. */
export function errorLine(t, error) {
  const field = String(error.field || "");
  const label = field === "" ? t("queue.row") : field === "orderId" ? t("queue.orderId") : t.opt(field) || field;
  const kind = FIELDS.find((f) => f.field === field)?.kind;
  const key = error.code === "invalid_amount" && kind === KIND.MONEY ? "invalid_amount_money" : error.code;
  const message = t.opt("queue.errors." + key) || t.opt("errors." + key) || t("errors.other");
  return t("errorLine", { label: field && label !== field ? `${label} (${field})` : label, message });
}
