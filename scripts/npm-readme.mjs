// The package's README, the page npm shows: written by scripts/write-pkg.mjs into pkg/README.md.
// `example(file, lang)` is a fenced block of docs/examples/<file>, marked so the docs test checks
// it (the same files run in tests/node/docs.test.mjs). No absolute links: the guides are named by
// their paths in the project's repository.
export function npmReadme(version, example) {
  return `# dispute-calc

An after-sales dispute calculator for sellers on AliExpress, Amazon, eBay, Taobao and Tmall, for
PayPal Buyer Protection and for the consumer law behind them (Chinese, EU, UK, US), compiled from
Rust to WebAssembly. Given an order's facts it says what the seller should do now, who bears the
fault, how much to refund, the deadlines, the evidence to submit, the rule ids that decided it,
and a reply to the buyer in the buyer's language (eleven languages). It runs entirely in the page
or in Node: no server, no network, and it never reads the clock (every date is an input).

Version ${version}. MIT licence. Node 20+ or any current browser.

## Install

\`\`\`text
npm install dispute-calc
\`\`\`

The package has no runtime dependencies. It ships TypeScript declarations for every entry.

## \`dispute-calc\`: the engine

\`evaluateDispute\` (what to do now), \`returnShippingSplit\` (who pays each shipping leg, with
return-shipping insurance), \`refundPenalty\` (compensation on top of a refund), \`evaluateDisputes\`
(a batch: one bad item never fails it), \`rulesets()\`, and the text functions \`formatMessage\`,
\`formatMoney\`, \`formatDate\`, \`loadLocale\`, \`registerLocale\`. Money is in integer minor units
(fen, cents) with an ISO 4217 \`currency\`; dates are \`YYYY-MM-DD\` or RFC 3339 with an offset; bad
input throws an \`Error\` named \`DisputeInputError\` with \`code\`, \`field\` and \`message\`.

${example("package.mjs", "js")}

CommonJS works too, and needs no \`init()\`:

${example("require.cjs", "js")}

A batch returns one \`{ ok, value }\` or \`{ ok: false, error }\` per item, in order:

${example("batch.mjs", "js")}

## Languages: \`loadLocale\` and \`dispute-calc/locales/*\`

\`en\` and \`zh-CN\` are built in; \`ru\`, \`pt-BR\`, \`es\`, \`fr\`, \`de\`, \`it\`, \`ja\` load on demand
(\`pl\` and \`ko\` are known tags whose catalogues are not in this version yet). \`locale\` is the seller's language, \`replyLocale\` the buyer's (for the reply).

${example("languages.mjs", "js")}

Each catalogue is also an entry, \`dispute-calc/locales/<tag>.json\` (a flat object of message id
to ICU MessageFormat), for a bundle that carries its languages:

${example("catalogue.mjs", "js")}

## \`dispute-calc/global\`: pages opened from disk

A classic script with the wasm inlined that defines one global, \`DisputeCalc\` (its \`ready\`
promise resolves to the API), for \`file://\` pages where modules and \`fetch\` are refused. A
language beyond \`en\` and \`zh-CN\` is the classic script \`dispute-calc/locales/<tag>.js\`:

${example("global.html", "html")}

## \`dispute-calc/element\`: three custom elements

\`<dispute-calculator>\` (the form and result card), \`<dispute-queue>\` (a CSV of disputes triaged
in a worker, most urgent first) and \`<dispute-exercise>\` (graded course exercises), in open
shadow roots, themed with \`--dc-*\` custom properties and \`::part()\`. The wasm loads on first
use, once per page. \`dispute-calc/element\` registers all three; \`dispute-calc/element/calculator\`,
\`/queue\` and \`/exercise\` one each (the queue with the calculator of its detail), so a page loads
only what it shows, and two entries share their common code. Types beside each entry, a Custom
Elements Manifest in \`dispute-calc/custom-elements.json\`.

${example("element.html", "html")}

${example("queue.html", "html")}

${example("exercise.html", "html")}

## \`dispute-calc/exercises\`: graded exercises

\`coursePack\`, \`instantiate\`, \`grade\`, \`validatePack\`. The engine is the answer key; a seed gives
each student their own numbers.

${example("exercises.mjs", "js")}

## \`dispute-calc/parallel\`: the batch across workers

\`evaluateDisputesParallel\` on Web Workers in a browser and worker threads in Node, with progress
and an \`AbortSignal\`; the same array as \`evaluateDisputes\`.

${example("parallel.mjs", "js")}

## \`dispute-calc/vocabulary.json\`: the vocabulary as data

Every enum with its values, the currencies with their decimals, each function's input and output
fields with their kinds, each ruleset's parameters and sources and the fields each reason reads,
evidence codes, deadline names, offer kinds, every message id, and \`localeByCountry\`; generated
from the engine's own types (\`dispute-calc/vocabulary.js\` is the same as an ES module).

${example("vocabulary.mjs", "js")}

## The \`dispute-calc\` command

\`npx dispute-calc triage <file.csv>\` (the queue's import, evaluation and export: UTF-8 or GBK,
English or Chinese headers, the most urgent rows first, each decided row's reply in its buyer's
language unless \`--no-replies\`, a summary on stderr),
\`npx dispute-calc evaluate --jsonl [file]\` (one input per line in, stdin without a file; one
result per line out, streaming over worker threads with bounded memory),
\`npx dispute-calc rulesets [--json]\`; \`--help\` for each, \`--version\`. Exit status 0 when the run
completed (refused rows included), 1 on bad usage, 2 when the input cannot be read.

${example("cli.sh", "sh")}

## Browser notes

- ES modules or a bundler: \`import init from "dispute-calc"\` then \`await init()\` fetches
  \`dispute_calc_bg.wasm\` next to the module (\`dispute-calc/dispute_calc_bg.wasm\` is the raw
  module). Vite needs no configuration; esbuild needs the \`.wasm\` copied beside the bundle; an
  import map needs one entry per element entry it imports (\`dispute-calc/element\`, ...).
- \`loadLocale(tag)\` fetches \`locales/<tag>.json\` next to the module.
- Content Security Policy: no \`eval\` and no inline script; compiling WebAssembly needs
  \`script-src 'self' 'wasm-unsafe-eval'\`. The queue element from \`file://\` also needs
  \`worker-src 'self' blob:\`.
- The elements add no global and no style to the document, and keep a host page's CSS out.

## Node notes

- \`import\` and \`require\` both work (the \`node\` export condition loads the \`.wasm\` from disk;
  \`await init()\` resolves at once). \`loadLocale\` reads the catalogue from disk.
- \`dispute-calc/parallel\` uses worker threads, one per core by default.
- The command line is the package's \`bin\`: \`npx dispute-calc\` after installing.

## Guides

The guides are in the project's repository, beside its README:

- \`docs/sellers.md\`: the help page, what each answer means, shared links.
- \`docs/plugin-developers.md\`: the package and the elements (attributes, properties, events,
  parts, theming, CSP, React, Vue, plain HTML), the queue.
- \`docs/course-authors.md\`: exercises, the pack format, grading, seeds.
- \`docs/pipelines.md\`: the command line, JSON lines, the parallel batch, Spark.
- \`docs/rulesets.md\`: what each ruleset decides, its sources, the choices where the rules are
  silent.
- \`docs/languages.md\`: the catalogues, adding or correcting a translation, the glossaries.
- \`docs/architecture.md\`: how it is built, size and speed, the test layers.

\`make docs\` in the repository builds the API reference from this package's declarations.
`;
}
