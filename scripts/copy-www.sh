#!/usr/bin/env bash
# Copies what the page needs from pkg/ into www/pkg/: the element module and the web build it
# imports (used over http, where the wasm compiles while it streams in), and the classic-script
# build with the wasm inlined (used when the page is opened from disk).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf www/pkg
mkdir -p www/pkg/web
cp pkg/global/dispute-calc.js www/pkg/
cp -r pkg/element www/pkg/
cp pkg/web/index.js pkg/web/dispute_calc.js pkg/web/dispute_calc_bg.wasm www/pkg/web/
# The renderer the web entry imports, and the catalogues (JSON for loadLocale over http, classic
# scripts for pages opened from disk).
cp -r pkg/text pkg/locales www/pkg/
# The exercises page's pack: the course pack as a classic script (a page opened from disk cannot
# fetch JSON), defining DisputeCalcCoursePack for the page's host script.
node -e '
  const fs = require("fs");
  const pack = JSON.stringify(JSON.parse(fs.readFileSync("exercises/course.json", "utf8")));
  fs.writeFileSync("www/pkg/course-pack.js", "/* The course pack (source: exercises/course.json). */\nglobalThis.DisputeCalcCoursePack = " + pack + ";\n");
'
# The queue page: its workers over http (dispute-calc/parallel's module worker, which imports
# ../web/) and the CSV templates it links to. From disk its workers run the classic build's engine.
cp -r pkg/parallel pkg/queue www/pkg/
# The pages' own words (title, header, navigation, footer), a classic script per locale.
node scripts/write-page-words.mjs
