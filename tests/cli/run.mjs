// The command as a user runs it: the bin of the packed tarball that scripts/test.sh installed by
// name into .tmp/consumer, started from there. Also the engine and the queue core in this
// process, for the answers the command must match.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { repoRoot, engine } from "../queue/engine.mjs";

export { repoRoot, engine };
export const consumer = join(repoRoot, ".tmp/consumer");
export const bin = join(consumer, "node_modules/.bin/dispute-calc");

/** A fresh directory for a test's files. */
export const scratch = () => mkdtempSync(join(tmpdir(), "dispute-calc-cli-"));

/**
 * Runs `dispute-calc ...args` (or `npx dispute-calc` with { npx: true }) in the consumer
 * project; resolves to { status, stdout (Buffer), stderr (string) }. `input`: bytes or text for
 * stdin (stdin is closed empty without it).
 */
export function run(args, { input, npx = false, env } = {}) {
  return new Promise((resolve, reject) => {
    const [command, argv] = npx ? ["npx", ["dispute-calc", ...args]] : [bin, args];
    const child = spawn(command, argv, { cwd: consumer, env: { ...process.env, ...env } });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {}); // a command that exits before reading all of stdin
    child.stdin.end(input ?? "");
  });
}

/** Runs a repository script (node scripts/...) and returns its stdout bytes. */
export function script(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot });
    const out = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.pipe(process.stderr);
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${args.join(" ")}: exit ${status}`))));
  });
}
