/**
 * Declarations of `dispute-calc/parallel`: `evaluateDisputes` across Web Workers in a browser
 * and worker threads in Node, each with its own instance of the module.
 *
 * @module dispute-calc/parallel
 */
import type { DisputeInput, BatchResult } from "../web/dispute_calc.js";

/** Options of {@link evaluateDisputesParallel}. */
export interface ParallelOptions {
  /** As in evaluateDisputes: `false` skips the summaries, replies and check texts. */
  text?: boolean;
  /** How many workers (default: the number of cores). */
  workers?: number;
  /** Called after each chunk with the items decided so far. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Aborting rejects the promise with a DOMException named "AbortError" and stops the workers. */
  signal?: AbortSignal;
}

/**
 * evaluateDisputes across Web Workers (browsers) or worker threads (Node): the same array, in the
 * same order, with error field paths numbered in the whole list.
 */
export function evaluateDisputesParallel(
  inputs: readonly DisputeInput[],
  options?: ParallelOptions,
): Promise<BatchResult[]>;
