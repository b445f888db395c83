// The run: the one place the element calls the queue core's runQueue (rows in chunks to a Web
// Worker, progress, cancel). Each chunk's results are slimmed and triaged as they come, so the
// list is ready when the last chunk is.
import { workerOptions } from "../queue-worker.js";
import { runQueue } from "../../queue/run.js";
import { triageRow } from "../../queue/triage.js";

// What the list and the export keep of a decision (text is off in the worker; checks, evidence
// and options are dropped but the first failed check): 100,000 rows stay small.
function slim(value) {
  const failed = value.checks.find((check) => !check.passed);
  return {
    outcome: value.outcome,
    refund: value.refund,
    currency: value.currency,
    fault: value.fault,
    deadlines: value.deadlines,
    rules: value.rules,
    checks: failed ? [{ id: failed.id, rule: failed.rule, passed: false }] : [],
  };
}

// Slimming is idempotent: a result slimmed at its chunk may be slimmed again at the end.
function slimmed(result) {
  if (result && result.ok) result.value = slim(result.value);
  return result;
}

/**
 * Evaluates a table's rows as of `asOf`; `onProgress({ done, total })` after each chunk; `signal`
 * stops the run (the promise rejects). Resolves to `{ results, entries }`: one slimmed result and
 * one triaged entry per row, in file order.
 */
export async function evaluateRows(rows, { asOf, signal, onProgress }) {
  const entries = new Array(rows.length);
  const results = await runQueue(rows, {
    asOf,
    signal,
    worker: workerOptions(),
    onProgress: (p) => {
      (p.indexes || []).forEach((rowIndex, k) => {
        entries[rowIndex] = triageRow(rows[rowIndex], slimmed(p.results[k]), asOf);
      });
      onProgress({ done: p.done, total: p.total });
    },
  });
  // Rows refused at import never went to the worker.
  for (let i = 0; i < rows.length; i++) if (!entries[i]) entries[i] = triageRow(rows[i], slimmed(results[i]), asOf);
  return { results, entries };
}
