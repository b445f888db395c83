// dispute-calc: the package's command line. One module per command; this one dispatches, and
// turns failures into a message on stderr and the exit status.
//
//   dispute-calc triage <file.csv>      the dispute queue's import, evaluation and export
//   dispute-calc evaluate [--jsonl] [file]   JSON lines in, one BatchResult per line out
//   dispute-calc rulesets               the rulesets, their versions and parameters
import { CliError, EXIT, usageError, version } from "./common.mjs";
import { triage, help as triageHelp } from "./triage.mjs";
import { evaluate, help as evaluateHelp } from "./evaluate.mjs";
import { rulesets, help as rulesetsHelp } from "./rulesets.mjs";

const COMMANDS = { triage, evaluate, rulesets };
const HELP = { triage: triageHelp, evaluate: evaluateHelp, rulesets: rulesetsHelp };

const help = `usage: dispute-calc <command> [options]

commands:
  triage <file.csv>         a dispute queue (CSV) evaluated and triaged: the export of
                            <dispute-queue>, most urgent first, and a summary on stderr
  evaluate [--jsonl] [file] one evaluateDispute input per line in (stdin without a file), one
                            BatchResult per line out, streaming, over worker threads
  rulesets                  the rulesets, their versions and parameters (--json)

  dispute-calc <command> --help    a command's options
  dispute-calc --version           the package's version

exit status: 0 when the run completed (refused rows included), 1 on bad usage, 2 when the input
cannot be read.
`;

export async function main(argv, io) {
  const [command, ...args] = argv;
  if (command === "--version" || command === "-v") return void io.stdout.write(version() + "\n");
  if (command === "--help" || command === "-h") return void io.stdout.write(help);
  if (command === "help") {
    const topic = args[0];
    if (topic && !HELP[topic]) throw usageError("", `no command "${topic}"; commands: ${Object.keys(COMMANDS).join(", ")}`);
    return void io.stdout.write(topic ? HELP[topic] : help);
  }
  if (command === undefined) {
    io.stderr.write(help);
    throw new CliError(EXIT.USAGE, "which command?");
  }
  const run = COMMANDS[command];
  if (!run) throw usageError("", `no command "${command}"; commands: ${Object.keys(COMMANDS).join(", ")}`);
  await run(args, io);
}

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
// A reader that stops early (`| head`) closes the pipe: stop quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(EXIT.OK);
  throw error;
});

try {
  await main(process.argv.slice(2), io);
  process.exitCode = EXIT.OK;
} catch (error) {
  if (error instanceof CliError) {
    io.stderr.write(`dispute-calc: ${error.message}\n`);
    process.exitCode = error.status;
  } else {
    io.stderr.write(`dispute-calc: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = EXIT.INTERNAL;
  }
}
