// The engine for the queue's Node tests: the built package as a user installs it (scripts/test.sh
// packs pkg/ and installs it by name into .tmp/consumer), loaded by its name from there.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const consumer = createRequire(join(repoRoot, ".tmp/consumer/package.json"));
export const engine = consumer("dispute-calc");

/** runQueue's `evaluate`, in this thread: the batch function with text off, as the worker calls it. */
export const evaluateHere = async (items) => engine.evaluateDisputes(items, { text: false });
