// The part of docs/rulesets.md that the vocabulary already knows: each ruleset's version, currency,
// parameters (default, max, rule, verified) and sources, written between the markers
// <!-- generated: rulesets --> and <!-- end generated -->. `node scripts/docs-rulesets.mjs` rewrites
// it; `--check` fails when the file differs from what it would write (tests/node/docs.test.mjs and
// `make docs` run the check).
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const vocabulary = JSON.parse(readFileSync(new URL("vocabulary.json", root), "utf8"));
const english = JSON.parse(readFileSync(new URL("locales/en.json", root), "utf8"));
const path = new URL("docs/rulesets.md", root);
const begin = "<!-- generated: rulesets -->";
const end = "<!-- end generated -->";

export function rulesetsSection() {
  const out = [begin, ""];
  for (const [id, r] of Object.entries(vocabulary.rulesets)) {
    const name = english[r.name.message] ?? id;
    out.push(`### \`${id}\`: ${name}`, "");
    out.push(
      `Version ${r.version}; currency ${r.currency ?? "any"}` +
        (r.holidays ? "; takes `policy.holidays`" : "") +
        (r.violations.length ? `; \`refundPenalty\`: ${r.violations.map((v) => `\`${v}\``).join(", ")}` : "") +
        ".",
      "",
    );
    if (r.parameters.length) {
      out.push("| parameter (`policy` key) | default | max | rule | verified |", "|---|---|---|---|---|");
      for (const p of r.parameters) {
        out.push(`| \`${p.key}\` | ${p.default} | ${p.max ?? ""} | ${p.rule ?? ""} | ${p.verified ? "yes" : "to verify"} |`);
      }
      out.push("");
    }
    out.push("Sources:", "");
    for (const s of r.sources) out.push(`- [${s.title.replaceAll("[", "(").replaceAll("]", ")")}](${s.url})`);
    out.push("");
  }
  out.push(end);
  return out.join("\n");
}

export function expected(text) {
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error("docs/rulesets.md: the generated markers are missing");
  return text.slice(0, a) + rulesetsSection() + text.slice(b + end.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = readFileSync(path, "utf8");
  const next = expected(text);
  if (process.argv.includes("--check")) {
    if (next !== text) {
      console.error("docs/rulesets.md: the sources and parameters are stale (run node scripts/docs-rulesets.mjs)");
      process.exit(1);
    }
    console.log("docs/rulesets.md: sources and parameters match vocabulary.json");
  } else {
    writeFileSync(path, next);
  }
}
