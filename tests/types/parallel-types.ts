// Type test of dispute-calc/parallel (see api-types.ts).
import { evaluateDisputesParallel } from "dispute-calc/parallel";
import type { BatchResult, DisputeInput } from "dispute-calc";

declare const inputs: DisputeInput[];
const controller = new AbortController();
const results: Promise<BatchResult[]> = evaluateDisputesParallel(inputs, {
  text: false,
  workers: 2,
  signal: controller.signal,
  onProgress: ({ done, total }) => void (done / total),
});
void results;
// @ts-expect-error the options are typed
void evaluateDisputesParallel(inputs, { text: "no" });
// @ts-expect-error progress carries numbers
void evaluateDisputesParallel(inputs, { onProgress: (p: { done: string }) => p });
// @ts-expect-error the inputs are DisputeInput objects
void evaluateDisputesParallel([1, 2]);
