// dispute-calc evaluate [--jsonl] [file]: JSON lines through the engine, streaming. Lines are read
// in chunks, each chunk is evaluated (in worker threads where there are cores, else in this
// thread), and the results are written in the input's order. At most a few chunks are held at
// once: reading waits while the workers are busy, and evaluation waits while stdout's buffer is
// full, so a file of millions of lines runs in the memory of a few thousand.
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { StringDecoder } from "node:string_decoder";
import { Worker } from "node:worker_threads";
import { evaluateDisputes } from "dispute-calc";
import { evaluateLines } from "./jsonl.mjs";
import { CliError, EXIT, parse, reason, usageError, write } from "./common.mjs";
import { progressBar } from "./progress.mjs";

export const help = `usage: dispute-calc evaluate [--jsonl] [file] [options]

Reads one evaluateDispute input per line (JSON lines) from the file, or from stdin when there is
no file (or it is "-"), and writes one BatchResult per line to stdout, in the same order:
{"ok":true,"value":{...}} or {"ok":false,"error":{"code","field","message"}}. A line that is not
JSON is a refused item whose message names its line; errors name the item's own field
("dates.delivered"). Memory stays bounded whatever the input's length.

options:
  --jsonl            JSON lines in and out (the default, and so far the only format)
  --workers N        worker threads (default: the number of cores, or none on one core;
                     0 evaluates in this thread)
  --chunk N          lines per chunk (default 500)
  --no-text          leave out the texts (summary, reply, check texts): faster
  --stats            print items, items/s and peak memory (RSS) on stderr at the end
  -h, --help         this help

exit status: 0 when every line was answered (refused lines included), 1 on bad usage, 2 when
the input cannot be read.
`;

const options = {
  jsonl: { type: "boolean" },
  workers: { type: "string" },
  chunk: { type: "string" },
  "no-text": { type: "boolean" },
  stats: { type: "boolean" },
};

function count(name, value, fallback, min) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw usageError("evaluate", `--${name} must be a whole number of at least ${min}; got "${value}"`);
  return n;
}

export async function evaluate(args, io) {
  const { values, positionals } = parse("evaluate", args, options, { maxPositionals: 1 });
  if (values.help) return void io.stdout.write(help);
  const workers = count("workers", values.workers, availableParallelism() > 1 ? availableParallelism() : 0, 0);
  const chunk = count("chunk", values.chunk, 500, 1);
  const batchOptions = values["no-text"] ? { text: false } : undefined;
  const file = positionals[0] && positionals[0] !== "-" ? positionals[0] : null;
  const name = file ?? "stdin";

  let input = io.stdin;
  if (file) {
    try {
      input = (await open(file)).createReadStream();
    } catch (error) {
      throw new CliError(EXIT.INPUT, `cannot read ${file}: ${reason(error)}`);
    }
  }

  const started = process.hrtime.bigint();
  const engine = workers > 0 ? pool(workers) : inThread();
  const pending = []; // output texts (promises), in the input's order
  const inFlight = Math.max(2, workers * 2);
  const bar = progressBar(io.stderr, "evaluate: lines");
  let written = 0;
  const flushOne = async () => {
    const { text, lines } = await pending.shift();
    await write(io.stdout, text);
    written += lines;
    bar.update(written);
  };
  let lines = [];
  let next = 1; // the number of the first line in `lines`
  const submit = async () => {
    const chunkLines = lines;
    const firstLine = next;
    next += chunkLines.length;
    lines = [];
    const result = engine.run(chunkLines, firstLine, batchOptions).then((text) => ({ text, lines: chunkLines.length }));
    result.catch(() => {}); // awaited in order by flushOne; a failure is reported there
    pending.push(result);
    while (pending.length >= inFlight) await flushOne();
  };

  try {
    const decoder = new StringDecoder("utf8");
    let rest = "";
    let first = true;
    try {
      for await (const bytes of input) {
        let text = rest + decoder.write(bytes);
        if (first && text.length > 0) {
          text = text.replace(/^\uFEFF/, "");
          first = false;
        }
        let start = 0;
        for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
          lines.push(text.slice(start, end));
          start = end + 1;
          if (lines.length >= chunk) await submit();
        }
        rest = text.slice(start);
      }
      rest += decoder.end();
    } catch (error) {
      if (error instanceof CliError) throw error;
      if (error?.code?.startsWith?.("ERR_WORKER") || error?.workerFailure) throw error;
      throw new CliError(EXIT.INPUT, `cannot read ${name} after line ${next + lines.length - 1}: ${reason(error)}`);
    }
    if (rest !== "") lines.push(rest);
    if (lines.length > 0) await submit();
    while (pending.length > 0) await flushOne();
  } finally {
    bar.clear();
    await engine.close();
  }
  if (values.stats) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rssMB = process.resourceUsage().maxRSS / 1024;
    io.stderr.write(
      `evaluate: ${written} lines from ${name} in ${seconds.toFixed(2)} s, ${Math.round(written / seconds)} items/s, ` +
        `${workers} worker${workers === 1 ? "" : "s"}, peak RSS ${rssMB.toFixed(1)} MB\n`,
    );
  }
}

/** Evaluation in this thread (one core, or --workers 0). */
function inThread() {
  return {
    run: async (lines, firstLine, options) => evaluateLines(evaluateDisputes, lines, firstLine, options),
    close: async () => {},
  };
}

/**
 * Worker threads, each with its own instance of the engine (worker.mjs), kept for the whole run;
 * chunks go to them in turn. The results come back by chunk id, and the caller keeps the order.
 */
function pool(size) {
  const threads = [];
  const waiting = new Map();
  let nextId = 0;
  let failure = null;
  const fail = (error) => {
    failure ??= Object.assign(new Error(`a worker thread failed: ${error?.message ?? error}`), { workerFailure: true });
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  for (let i = 0; i < size; i++) {
    const thread = new Worker(new URL("./worker.mjs", import.meta.url));
    thread.on("message", ({ id, text, error }) => {
      const job = waiting.get(id);
      waiting.delete(id);
      if (error) return fail(new Error(error));
      job?.resolve(text);
    });
    thread.on("error", fail);
    threads.push(thread);
  }
  return {
    run(lines, firstLine, options) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        threads[id % size].postMessage({ id, lines, firstLine, options });
      });
    },
    close: () => Promise.all(threads.map((t) => t.terminate())),
  };
}
