// Triage of evaluated rows: per row the outcome, refund, fault, the nearest deadline still ahead
// and the first failed check; sorting, filters, search and a summary for the queue's list.
import { currencyDigits, formatAmount } from "./money.js";

/** The outcome shown for a row that is not a valid input. */
export const REFUSED = "refused";

const DAY_MS = 86_400_000;

/** Day number of the calendar date a "YYYY-MM-DD" or RFC 3339 string starts with (its own offset). */
export function dayNumber(dateOrDateTime) {
  const key = String(dateOrDateTime ?? "").slice(0, 10);
  let day = dayCache.get(key);
  if (day === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
    day = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
    if (dayCache.size > 20_000) dayCache.clear();
    dayCache.set(key, day);
  }
  return day;
}
// A queue's dates repeat (a few hundred distinct days for 100,000 rows): parse each once.
const dayCache = new Map();

/** The calendar date `days` after a "YYYY-MM-DD" date. */
export function addDays(date, days) {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One list entry per row. `results[i]` is the engine's `{ ok, value | error }` for `rows[i]`;
 * `asOf` is the date for rows without their own.
 */
export function triage(rows, results, { asOf } = {}) {
  return rows.map((row, i) => triageRow(row, results[i], asOf));
}

export function triageRow(row, result, asOf) {
  const rowAsOf = row.input?.asOf ?? asOf ?? null;
  const entry = {
    index: row.index,
    id: row.id,
    ruleset: row.input?.ruleset ?? row.ruleset ?? "",
    currency: row.input?.currency ?? "",
    asOf: rowAsOf,
    outcome: REFUSED,
    refund: null,
    fault: null,
    deadline: null,
    deadlines: {},
    passed: null,
    failedCheck: null,
    error: null,
    row,
  };
  if (!result) {
    entry.outcome = null; // not evaluated (yet, or the run was cancelled)
    return entry;
  }
  if (!result.ok) {
    entry.error = result.error;
    return entry;
  }
  const { value } = result;
  entry.outcome = value.outcome;
  entry.refund = value.refund;
  entry.currency = value.currency;
  entry.fault = value.fault;
  entry.deadlines = value.deadlines;
  entry.deadline = nearestDeadline(value.deadlines, rowAsOf);
  entry.passed = entry.deadline ? null : lastPassedDeadline(value.deadlines, rowAsOf);
  const failed = value.checks.find((check) => !check.passed);
  entry.failedCheck = failed ? { id: failed.id, rule: failed.rule } : null;
  return entry;
}

/**
 * The deadline on or after the as-of day with the fewest days left (a deadline is the last day
 * still in time, so "today" counts as ahead, with 0 days left), or null.
 */
export function nearestDeadline(deadlines, asOf) {
  const today = dayNumber(asOf);
  if (today === null) return null;
  let best = null;
  for (const [name, date] of Object.entries(deadlines ?? {})) {
    const day = dayNumber(date);
    if (day === null || day < today) continue;
    if (!best || day < best.day || (day === best.day && date < best.date)) best = { name, date, day };
  }
  return best && { name: best.name, date: best.date, daysLeft: best.day - today };
}

/**
 * The latest deadline before the as-of day (daysLeft negative), or null: what a row with no
 * deadline ahead shows, in red.
 */
export function lastPassedDeadline(deadlines, asOf) {
  const today = dayNumber(asOf);
  if (today === null) return null;
  let best = null;
  for (const [name, date] of Object.entries(deadlines ?? {})) {
    const day = dayNumber(date);
    if (day === null || day >= today) continue;
    if (!best || day > best.day || (day === best.day && date > best.date)) best = { name, date, day };
  }
  return best && { name: best.name, date: best.date, daysLeft: best.day - today };
}

const OUTCOME_ORDER = ["refund_full", "return_refund", "refund_partial", "replace_or_return", "exchange", "reship", "repair", "wait", "reject", REFUSED];

// Urgency: a deadline ahead first, the nearest first; then refused rows (they need fixing before
// they can be decided); then rows with no deadline ahead; then rows not evaluated.
function urgencyRank(entry) {
  if (entry.deadline) return [0, entry.deadline.daysLeft];
  if (entry.outcome === REFUSED) return [1, 0];
  if (entry.outcome) return [2, 0];
  return [3, 0];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Comparable value of an entry for a sort key; null sorts last in either direction. */
function sortValue(entry, key, headers) {
  switch (key) {
    case "id":
    case "ruleset":
    case "fault":
    case "currency":
      return entry[key] || null;
    case "outcome":
      return entry.outcome ? OUTCOME_ORDER.indexOf(entry.outcome) : null;
    case "refund":
      // Compared across currencies in units with 3 decimals, as integers (no float).
      return entry.refund === null ? null : BigInt(entry.refund) * 10n ** BigInt(3 - (currencyDigits(entry.currency) ?? 2));
    case "deadline":
      return entry.deadline?.date ?? null;
    case "daysLeft":
      return entry.deadline?.daysLeft ?? null;
    case "check":
      return entry.failedCheck?.id ?? null;
    case "error":
      return entry.error ? `${entry.error.code} ${entry.error.field}` : null;
    default: {
      const column = headers ? headers.indexOf(key) : -1;
      const cell = column >= 0 ? entry.row?.cells?.[column] : undefined;
      return cell === undefined || cell === "" ? null : cell;
    }
  }
}

function compareValues(a, b) {
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sorted copy. `key` is "urgency" (default), "id", "outcome", "refund", "fault", "deadline",
 * "daysLeft", "ruleset", "check", "error", or a column header of the file (pass `headers`).
 * Ties keep the file's order.
 */
export function sortEntries(entries, { key = "urgency", descending = false, headers = null } = {}) {
  const sign = descending ? -1 : 1;
  const keyed = entries.map((entry) => [entry, key === "urgency" ? urgencyRank(entry) : sortValue(entry, key, headers)]);
  keyed.sort(([ea, a], [eb, b]) => {
    let order = 0;
    if (key === "urgency") order = compareValues(a[0], b[0]) || compareValues(a[1], b[1]);
    else if (a === null || b === null) return a === b ? ea.index - eb.index : a === null ? 1 : -1;
    else order = compareValues(a, b);
    return sign * order || ea.index - eb.index;
  });
  return keyed.map(([entry]) => entry);
}

/**
 * Entries that pass every given filter: `outcomes` (a list; "refused" for rows that are not valid
 * inputs), `rulesets` (a list), `dueWithinDays` (a deadline ahead within N days, today being 0),
 * `search` (part of the order id, case-insensitive).
 */
export function filterEntries(entries, { outcomes, rulesets, dueWithinDays, search } = {}) {
  const outcomeSet = outcomes?.length ? new Set(outcomes) : null;
  const rulesetSet = rulesets?.length ? new Set(rulesets) : null;
  const needle = search ? String(search).trim().toLowerCase() : "";
  const within = dueWithinDays === undefined || dueWithinDays === null || dueWithinDays === "" ? null : Number(dueWithinDays);
  return entries.filter(
    (e) =>
      (!outcomeSet || outcomeSet.has(e.outcome)) &&
      (!rulesetSet || rulesetSet.has(e.ruleset)) &&
      (within === null || (e.deadline !== null && e.deadline.daysLeft <= within)) &&
      (!needle || String(e.id).toLowerCase().includes(needle)),
  );
}

/**
 * Counts by outcome, refunds totalled per currency (exact, as BigInt minor units and as units
 * text), and every deadline falling on each of the `days` days from `asOf` (today first).
 */
export function summarise(entries, { asOf, days = 14 } = {}) {
  const byOutcome = {};
  const totals = new Map();
  const start = dayNumber(asOf);
  const due = new Array(days).fill(0);
  for (const e of entries) {
    if (e.outcome) byOutcome[e.outcome] = (byOutcome[e.outcome] ?? 0) + 1;
    if (e.refund !== null) totals.set(e.currency, (totals.get(e.currency) ?? 0n) + BigInt(e.refund));
    if (start === null) continue;
    for (const date of Object.values(e.deadlines)) {
      const offset = dayNumber(date) - start;
      if (offset >= 0 && offset < days) due[offset] += 1;
    }
  }
  return {
    rows: entries.length,
    refused: byOutcome[REFUSED] ?? 0,
    byOutcome,
    refundTotals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, minor]) => ({ currency, minor, amount: formatAmount(minor, currency) })),
    dueByDay: start === null ? [] : due.map((count, i) => ({ date: addDays(asOf, i), count })),
  };
}
