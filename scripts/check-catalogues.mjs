// Checks the catalogues against their English source, with the maintained ICU parser: the
// engine's (locales/<tag>.json), the elements' own words (locales/ui/<tag>.json) and the www
// pages' own words (locales/pages/<tag>.json), each folder
// the same way: every file is a locale of the vocabulary, every locale has every id and no
// other, each message parses, uses only arguments its English source has, and uses only the
// plural categories its language has (Intl.PluralRules(tag).resolvedOptions().pluralCategories),
// always with `other`. Exits 1 with one line per problem. Run by scripts/build-pkg.sh.
//
//   node scripts/check-catalogues.mjs [dir...]    (default: locales locales/ui locales/pages)
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ["locales", join("locales", "ui"), join("locales", "pages")];
const known = JSON.parse(readFileSync(new URL("../vocabulary.json", import.meta.url), "utf8")).enums.Locale.values;
const problems = [];
const reports = [];

/** Every argument a message uses, and its plural (or selectordinal) uses with their categories. */
function walk(elements, out) {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
      out.args.add(el.value);
    } else if (el.type === TYPE.plural) {
      out.args.add(el.value);
      out.plurals.push({ arg: el.value, ordinal: el.pluralType === "ordinal", keys: Object.keys(el.options) });
      for (const o of Object.values(el.options)) walk(o.value, out);
    } else if (el.type === TYPE.select) {
      out.args.add(el.value);
      for (const o of Object.values(el.options)) walk(o.value, out);
    } else if (el.type === TYPE.tag) {
      walk(el.children, out);
    }
  }
  return out;
}

function read(dir, tag) {
  return JSON.parse(readFileSync(join(dir, `${tag}.json`), "utf8"));
}

function analyse(tag, id, text, dir) {
  try {
    return walk(parse(text, { ignoreTag: true, requiresOtherClause: true }), { args: new Set(), plurals: [] });
  } catch (error) {
    problems.push(`${dir}/${tag}: "${id}" does not parse as ICU MessageFormat: ${error.message}`);
    return null;
  }
}

function check(dir) {
  const english = read(dir, "en");
  const source = new Map(Object.entries(english).map(([id, text]) => [id, analyse("en", id, text, dir)]));
  const tags = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  for (const tag of tags) if (!known.includes(tag)) problems.push(`${dir}/${tag}.json: "${tag}" is not a locale of the vocabulary (${known.join(", ")})`);
  for (const tag of tags) {
    const catalogue = tag === "en" ? english : read(dir, tag);
    const cardinal = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    const ordinal = new Intl.PluralRules(tag, { type: "ordinal" }).resolvedOptions().pluralCategories;
    for (const id of Object.keys(english)) {
      if (!(id in catalogue)) problems.push(`${dir}/${tag}: lacks "${id}"`);
    }
    for (const [id, text] of Object.entries(catalogue)) {
      if (!(id in english)) {
        problems.push(`${dir}/${tag}: has "${id}", which the English source does not`);
        continue;
      }
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${dir}/${tag}: "${id}" is empty or not a string`);
        continue;
      }
      const found = tag === "en" ? source.get(id) : analyse(tag, id, text, dir);
      const want = source.get(id);
      if (!found || !want) continue;
      for (const arg of found.args) {
        if (!want.args.has(arg)) problems.push(`${dir}/${tag}: "${id}" uses {${arg}}, which the message does not have`);
      }
      for (const p of found.plurals) {
        const allowed = p.ordinal ? ordinal : cardinal;
        for (const key of p.keys) {
          if (!key.startsWith("=") && !allowed.includes(key)) {
            problems.push(`${dir}/${tag}: "${id}" uses the plural category "${key}" for {${p.arg}}; ${tag} has ${allowed.join(", ")}`);
          }
        }
      }
    }
  }
  reports.push(`${dir}/: ${tags.length} locales, ${Object.keys(english).length} messages each`);
}

for (const dir of dirs) check(dir);

if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`catalogues: ${problems.length} problem(s) in ${dirs.join(", ")}`);
  process.exit(1);
}
console.log(`catalogues: ${reports.join("; ")}; all checked`);
