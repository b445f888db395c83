// Checks the PySpark example's output (make test-spark): every input line answered exactly once,
// and every answer equal to the batch API's, computed here in-process with evaluateDisputes.
//
//   node scripts/check-spark.mjs INPUT.jsonl OUT_DIR ROUTE...
//
// OUT_DIR/ROUTE/part-* hold {"input": line, "result": BatchResult as JSON text}. A line that is
// not JSON is a refused item naming its line; the number is the line's place in the stream the
// command read (a partition or a batch), so only its form is checked.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [input, outDir, ...routes] = process.argv.slice(2);
const consumer = createRequire(join(process.cwd(), "package.json"));
const { evaluateDisputes } = consumer("dispute-calc");

const lines = readFileSync(input, "utf8").split("\n");
if (lines.at(-1) === "") lines.pop();

// The expected answer of each distinct line: evaluateDisputes over the parsed lines, in chunks,
// each error with the item's own field (no batch index), as the command writes it.
const expected = new Map();
const pending = [];
const flush = () => {
  const results = evaluateDisputes(pending.map((p) => p.item));
  results.forEach((r, k) => {
    const own = r.ok ? r : { ok: false, error: { ...r.error, field: r.error.field.replace(/^\[\d+\]\.?/, "") } };
    expected.set(pending[k].line, JSON.stringify(own));
  });
  pending.length = 0;
};
for (const line of lines) {
  if (expected.has(line)) continue;
  let item;
  try {
    item = JSON.parse(line);
  } catch {
    expected.set(line, null); // refused by the command: checked by its form below
    continue;
  }
  expected.set(line, undefined);
  pending.push({ line, item });
  if (pending.length === 5000) flush();
}
if (pending.length) flush();

const want = new Map();
for (const line of lines) want.set(line, (want.get(line) ?? 0) + 1);

let failed = false;
for (const route of routes) {
  const dir = join(outDir, route);
  const parts = readdirSync(dir).filter((f) => f.startsWith("part-")).sort();
  const seen = new Map();
  let count = 0;
  let wrong = 0;
  let refused = 0;
  for (const part of parts) {
    for (const text of readFileSync(join(dir, part), "utf8").split("\n")) {
      if (text === "") continue;
      const { input: line, result } = JSON.parse(text);
      count++;
      seen.set(line, (seen.get(line) ?? 0) + 1);
      const answer = expected.get(line);
      let ok;
      if (answer === null) {
        const r = JSON.parse(result);
        ok = r.ok === false && r.error.code === "invalid_type" && r.error.field === "" && /^line \d+: (not JSON|empty line)/.test(r.error.message);
        refused++;
      } else {
        ok = answer === result;
      }
      if (!ok && wrong++ < 5) console.error(`${route}: ${part}: for ${line.slice(0, 120)}\n  got      ${result.slice(0, 300)}\n  expected ${String(answer).slice(0, 300)}`);
    }
  }
  let missing = 0;
  for (const [line, n] of want) if (seen.get(line) !== n) missing++;
  const good = wrong === 0 && missing === 0 && count === lines.length;
  failed ||= !good;
  console.log(`${route}: ${count} of ${lines.length} lines answered, ${count - wrong} equal to the batch API's answer (${refused} broken lines refused), ${missing} inputs missing or repeated: ${good ? "ok" : "FAILED"}`);
}
process.exit(failed ? 1 : 0);
