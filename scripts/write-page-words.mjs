// Writes the www pages' own words (locales/pages/<tag>.json) into www/pkg/pages/ as classic
// scripts, which a page loads from disk as well as over http (a page opened from disk cannot
// fetch JSON): locales.js, the page's language list (each locale's tag and its own name for
// itself, by Intl.DisplayNames as the elements name it, in the vocabulary's order), and <tag>.js
// per locale, which adds that locale's words to DisputeCalcPageWords. Each message is formatted here with the ICU renderer the engine's texts
// use, so the page shows what the catalogue means (quotes resolved) without carrying a parser;
// the pages' words take no arguments, and one that does stops the build.
//
//   node scripts/write-page-words.mjs    (run by scripts/copy-www.sh)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { languageName } from "../js/text/language-names.js";

const source = "locales/pages";
const out = "www/pkg/pages";
const order = JSON.parse(readFileSync("vocabulary.json", "utf8")).enums.Locale.values;
const present = new Set(readdirSync(source).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)));
const tags = order.filter((tag) => present.has(tag));

function formatted(tag, id, text) {
  const message = new IntlMessageFormat(text, tag, undefined, { ignoreTag: true });
  try {
    return message.format({});
  } catch (error) {
    throw new Error(`${source}/${tag}.json: "${id}" needs arguments, which the page's words cannot take (${error.message})`);
  }
}

mkdirSync(out, { recursive: true });
const list = [];
for (const tag of tags) {
  const catalogue = JSON.parse(readFileSync(`${source}/${tag}.json`, "utf8"));
  const words = Object.fromEntries(Object.entries(catalogue).map(([id, text]) => [id, formatted(tag, id, text)]));
  list.push({ tag, name: languageName(tag) });
  writeFileSync(
    `${out}/${tag}.js`,
    `/* The www pages' words in ${tag} (source: ${source}/${tag}.json). */\n` +
      `(globalThis.DisputeCalcPageWords = globalThis.DisputeCalcPageWords || {})[${JSON.stringify(tag)}] = ${JSON.stringify(words)};\n`,
  );
}
writeFileSync(
  `${out}/locales.js`,
  `/* The www pages' languages: each locale's tag and its own name (Intl.DisplayNames, as the elements name them). */\nglobalThis.DisputeCalcPageLocales = ${JSON.stringify(list)};\n`,
);
console.log(`page words: ${tags.length} locales in ${out}/`);
