// The documentation's code runs. Every fenced code block of README.md, docs/*.md and the package's
// own README (the npm page) is one of:
//   <!-- include: docs/examples/x.mjs -->  the block is that file, byte for byte, and the file runs
//                                          here against the installed package (.mjs, .cjs with
//                                          node; .sh with bash in a fresh project; .json: an
//                                          exercise pack validatePack finds sound; .html: its
//                                          inline scripts must parse, as they need a browser)
//   <!-- excerpt: path -->                 its lines appear in that file, in order (the file is
//                                          built and run by its own test: examples/, tests/)
//   <!-- make -->                          each `make X` names a target of the Makefile
//   a block with no language or `text`     output, a file tree: not code
// A ```json block must parse. Relative links must name files that exist; no example file is an
// orphan; docs/rulesets.md's generated part matches vocabulary.json.
// Runs in the package layer from .tmp/consumer (the installed package), reading the repository.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const consumer = here;
const installedReadme = join(consumer, "node_modules/dispute-calc/README.md");

const guides = ["README.md", ...readdirSync(join(repo, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const pages = [...guides.map((g) => ({ name: g, path: join(repo, g), base: dirname(join(repo, g)) })), { name: "pkg/README.md", path: installedReadme, base: null }];

/** Fenced blocks with the marker comment on the line before (blank lines between allowed). */
function blocks(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+)(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let j = i + 1;
    while (j < lines.length && lines[j].trimEnd() !== indent + fence) j++;
    const body = lines.slice(i + 1, j).map((l) => l.slice(indent.length)).join("\n") + "\n";
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === "") k--;
    const marker = /^\s*<!-- (include|excerpt|make)(?::\s*(\S+))? -->\s*$/.exec(lines[k] ?? "");
    out.push({ line: i + 1, lang, body, kind: marker?.[1], target: marker?.[2] });
    i = j;
  }
  return out;
}

const included = new Set();
const makeTargets = new Set([...readFileSync(join(repo, "Makefile"), "utf8").matchAll(/^([a-z][\w-]*):/gm)].map((m) => m[1]));

for (const page of pages) {
  test(`${page.name}: every code block is a tested file, an excerpt of one, or a make target`, () => {
    const text = readFileSync(page.path, "utf8");
    const problems = [];
    for (const b of blocks(text)) {
      const where = `${page.name}:${b.line}`;
      if (b.lang === "json") {
        try {
          JSON.parse(b.body);
        } catch (e) {
          problems.push(`${where}: json does not parse: ${e.message}`);
        }
      }
      if (b.kind === "include") {
        const file = join(repo, b.target);
        included.add(b.target);
        if (!existsSync(file)) problems.push(`${where}: ${b.target} does not exist`);
        else if (readFileSync(file, "utf8") !== b.body) problems.push(`${where}: the block differs from ${b.target}`);
      } else if (b.kind === "excerpt") {
        const file = join(repo, b.target);
        if (!existsSync(file)) {
          problems.push(`${where}: ${b.target} does not exist`);
          continue;
        }
        const source = readFileSync(file, "utf8").split("\n").map((l) => l.trim());
        let at = 0;
        for (const line of b.body.split("\n").map((l) => l.trim()).filter(Boolean)) {
          const found = source.indexOf(line, at);
          if (found < 0) {
            problems.push(`${where}: "${line}" is not in ${b.target} (after line ${at})`);
            break;
          }
          at = found + 1;
        }
      } else if (b.kind === "make") {
        for (const m of b.body.matchAll(/^\s*(?:[A-Z_]+=\S+\s+)*make ([\w-]+)/gm)) {
          if (!makeTargets.has(m[1])) problems.push(`${where}: make ${m[1]} is not a Makefile target`);
        }
      } else if (b.lang !== "" && b.lang !== "text") {
        problems.push(`${where}: a \`\`\`${b.lang} block that is neither included from a tested file nor an excerpt`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test("relative links in README.md and docs/*.md name files that exist", () => {
  const problems = [];
  for (const page of pages.filter((p) => p.base)) {
    const text = readFileSync(page.path, "utf8").replace(/```[\s\S]*?```/g, "");
    for (const [, link, src] of text.matchAll(/\]\(([^)\s]+)\)|<img src="([^"]+)"/g)) {
      const target = link ?? src;
      if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
      const file = resolve(page.base, target.split("#")[0]);
      if (!existsSync(file)) problems.push(`${page.name}: ${target}`);
    }
  }
  assert.deepEqual(problems, []);
});

const examples = readdirSync(join(repo, "docs/examples")).sort();

/** A fresh project beside the installed package: the example resolves dispute-calc by name. */
function project() {
  const dir = mkdtempSync(join(consumer, "docs-example-"));
  symlinkSync(join(consumer, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), '{ "name": "docs-example", "private": true, "type": "module" }\n');
  return dir;
}

for (const name of examples) {
  test(`docs/examples/${name} runs against the installed package`, { timeout: 180_000 }, async () => {
    const source = join(repo, "docs/examples", name);
    const dir = project();
    copyFileSync(source, join(dir, name));
    if (/\.(mjs|cjs)$/.test(name)) {
      await run(process.execPath, [name], { cwd: dir });
    } else if (name.endsWith(".sh")) {
      const { stderr } = await run("bash", ["-e", name], { cwd: dir });
      assert.match(stderr, /triage: disputes\.csv: \d+ rows/);
      assert.ok(existsSync(join(dir, "triaged.csv")));
      const lines = readFileSync(join(dir, "results.jsonl"), "utf8").trim().split("\n");
      assert.ok(lines.every((l) => JSON.parse(l).ok === true));
    } else if (name.endsWith(".json")) {
      // An exercise pack in the authoring format: sound by validatePack.
      const { validatePack } = await import("dispute-calc/exercises");
      assert.deepEqual(validatePack(JSON.parse(readFileSync(source, "utf8"))), []);
    } else if (name.endsWith(".html")) {
      // Browser-only: each inline script must parse (a module as a module, a classic script as one).
      const scripts = [...readFileSync(source, "utf8").matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.ok(scripts.length > 0, "no inline script");
      for (const [i, [, attrs, code]] of scripts.entries()) {
        const file = join(dir, `script-${i}.${/type="module"/.test(attrs) ? "mjs" : "cjs"}`);
        writeFileSync(file, code);
        await run(process.execPath, ["--check", file]);
      }
    } else {
      assert.fail(`no runner for ${name}`);
    }
  });
}

test("every file in docs/examples is shown by a guide", () => {
  // The include tests above filled `included` (node:test runs tests in order in one file).
  assert.deepEqual(examples.filter((f) => !included.has(`docs/examples/${f}`)), []);
});

test("docs/rulesets.md: the sources and parameters match vocabulary.json", async () => {
  const { expected } = await import(join(repo, "scripts/docs-rulesets.mjs"));
  const text = readFileSync(join(repo, "docs/rulesets.md"), "utf8");
  assert.ok(expected(text) === text, "stale: run node scripts/docs-rulesets.mjs");
});

test("the course case in three languages, as the README and the languages guide quote it", async () => {
  const { evaluateDispute, loadLocale } = await import("dispute-calc");
  const input = {
    ruleset: "aliexpress", reason: "not_received", request: "full_refund", asOf: "2015-04-20",
    currency: "USD", price: 2599, tracking: "delivered", policy: { handlingDays: 20 },
    dates: { ordered: "2015-03-03", shipped: "2015-03-19", delivered: "2015-04-12", opened: "2015-04-20" },
  };
  const quoted = [];
  for (const tag of ["ru", "pt-BR", "es"]) {
    await loadLocale(tag);
    const d = evaluateDispute({ ...input, locale: "zh-CN", replyLocale: tag });
    quoted.push(`> ${d.summary}`, `> **${tag}**: ${d.reply}`);
  }
  for (const page of ["README.md", "docs/languages.md"]) {
    const text = readFileSync(join(repo, page), "utf8");
    for (const line of quoted) assert.ok(text.includes(line), `${page} does not quote: ${line.slice(0, 80)}...`);
  }
});
