// The JSON-lines benchmark (`make bench` calls it; `node scripts/bench-jsonl.mjs [LINES]` alone
// too): JSONL_LINES (default 200,000) generated disputes through `dispute-calc evaluate --jsonl`
// (pkg/cli, streaming over worker threads, output to a file), against evaluateDisputes on the
// same items in one process (read the whole file, parse, evaluate, stringify, write). Both run
// as their own process, so each peak RSS is that run's alone. Reported, never asserted.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, openSync, closeSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = `${root}.tmp/bench-jsonl`;

/** Runs node with `args` (stdout to the file descriptor `stdout`, or nowhere); resolves to its stderr. */
function node(args, { stdout = "ignore" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", stdout, "pipe"] });
    let err = "";
    child.stderr.on("data", (b) => (err += b));
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve(err) : reject(new Error(`${args.join(" ")}: exit ${status}: ${err}`))));
  });
}

// evaluateDisputes in one process, the whole list at once; prints "seconds evaluateSeconds maxRSSkB".
const oneProcess = `
const { readFileSync, writeFileSync } = require("node:fs");
const api = require(process.argv[1] + "pkg/node/index.cjs");
const t0 = process.hrtime.bigint();
const items = readFileSync(process.argv[2], "utf8").trimEnd().split("\\n").map((l) => JSON.parse(l));
const t1 = process.hrtime.bigint();
const results = api.evaluateDisputes(items);
const t2 = process.hrtime.bigint();
writeFileSync(process.argv[3], results.map((r) => JSON.stringify(r)).join("\\n") + "\\n");
const t3 = process.hrtime.bigint();
process.stderr.write([Number(t3 - t0) / 1e9, Number(t2 - t1) / 1e9, process.resourceUsage().maxRSS].join(" ") + "\\n");
`;

export async function benchJsonl(lines = Number(process.env.JSONL_LINES ?? 200000)) {
  mkdirSync(dir, { recursive: true });
  const input = `${dir}/disputes.jsonl`;
  const fd = openSync(input, "w");
  await node(["scripts/generate-queue.mjs", String(lines), "--jsonl", "--bad-every", "1000"], { stdout: fd });
  closeSync(fd);
  const stats = await node(["pkg/cli/dispute-calc.mjs", "evaluate", "--jsonl", input, "--stats"]);
  // "evaluate: N lines from F in S s, R items/s, W workers, peak RSS M MB"
  const m = /in ([\d.]+) s, (\d+) items\/s, (\d+) workers?, peak RSS ([\d.]+) MB/.exec(stats);
  const oneThread = /in ([\d.]+) s, (\d+) items\/s, (\d+) workers?, peak RSS ([\d.]+) MB/.exec(
    await node(["pkg/cli/dispute-calc.mjs", "evaluate", "--jsonl", input, "--stats", "--workers", "0"]),
  );
  const [whole, evaluateOnly, rssKB] = (await node(["-e", oneProcess, root, input, `${dir}/batch.jsonl`])).trim().split(" ").map(Number);
  const result = {
    lines,
    cli: { itemsPerSecond: Number(m[2]), workers: Number(m[3]), rssMB: Number(m[4]) },
    cliOneThread: { itemsPerSecond: Number(oneThread[2]), rssMB: Number(oneThread[4]) },
    batch: { itemsPerSecond: lines / whole, evaluateOnlyPerSecond: lines / evaluateOnly, rssMB: rssKB / 1024 },
  };
  writeFileSync(`${dir}/result.json`, JSON.stringify(result, null, 2) + "\n");
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = Number(process.argv[2] ?? process.env.JSONL_LINES ?? 200000);
  console.log(JSON.stringify(await benchJsonl(lines), null, 2));
}
