// What the commands share: argument parsing (util.parseArgs) with usage errors, exit statuses,
// and reading the package's own version.
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";

/** Exit statuses: the run completed (refused rows included), bad usage, input not readable. */
export const EXIT = Object.freeze({ OK: 0, USAGE: 1, INPUT: 2, INTERNAL: 3 });

/** A failure the command reports in one line on stderr, with its exit status. */
export class CliError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "CliError";
    this.status = status;
  }
}

export const usageError = (command, message) =>
  new CliError(EXIT.USAGE, `${message}\nsee: dispute-calc ${command ? command + " " : ""}--help`);

/**
 * util.parseArgs, strict, with its errors (an unknown option, a missing value) turned into usage
 * errors that name the command.
 */
export function parse(command, args, options, { maxPositionals = Infinity } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    if (String(error.code).startsWith("ERR_PARSE_ARGS")) throw usageError(command, error.message);
    throw error;
  }
  if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
    throw usageError(command, `unexpected argument "${parsed.positionals[maxPositionals]}"`);
  }
  return parsed;
}

/** The installed package's version (cli/ sits beside package.json in the package). */
export function version() {
  return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
}

/** A file system error in a few words: "no such file", "permission denied", ... */
export function reason(error) {
  const words = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "a part of the path is not a directory",
    EPERM: "operation not permitted",
  };
  return words[error?.code] ?? String(error?.message ?? error);
}

/** Writes text to a stream and waits while its buffer is full (backpressure). */
export function write(stream, text) {
  if (stream.write(text)) return null;
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", fail);
      resolve();
    };
    const fail = (error) => {
      stream.off("drain", done);
      reject(error);
    };
    stream.once("drain", done);
    stream.once("error", fail);
  });
}
