# dispute-calc. `make demo` builds and serves the page; `make test` runs every test layer.
# Each target installs what it needs (scripts/setup.sh is idempotent and fast the second time).
SHELL := bash
.ONESHELL:
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080

.PHONY: setup gen pkg www demo docs test test-native test-wasm test-pkg test-browser test-spark fuzz bench lint fmt clean exercises

setup:
	scripts/setup.sh

## gen: vocabulary.json, vocabulary.js and src/types.d.ts from the crate's types (gen/, native;
## `make test` fails when they are stale)
gen:
	cargo run -q -p dispute-calc-gen

## pkg: the npm package in pkg/ (cargo build -> wasm-bindgen -> wasm-opt), with its size
pkg:
	scripts/setup.sh wasm bindgen node
	scripts/build-pkg.sh

## www: what the page needs in www/pkg/: the element module and the web build (over http), and
## the classic-script build with the wasm inlined (from file://)
www: pkg
	scripts/copy-www.sh

## demo: build, then serve the repository on http://127.0.0.1:$(PORT)
demo: www
	@echo "dispute-calc page: http://127.0.0.1:$(PORT)/www/index.html"
	exec python3 -m http.server $(PORT) --bind 127.0.0.1

## docs: the API reference from the package's declarations (TypeDoc, warnings as errors) into
## target/api-docs/, and the check that docs/rulesets.md's generated part is current
docs: pkg
	scripts/setup.sh node
	node_modules/.bin/typedoc
	node scripts/docs-rulesets.mjs --check
	@echo "API reference: target/api-docs/index.html"

## test: every layer, sharing one wasm build (pkg/) between the JS layers
test:
	scripts/setup.sh
	scripts/test.sh

test-native:
	cargo test

test-wasm:
	scripts/setup.sh wasm bindgen browser
	scripts/test.sh wasm

test-pkg: www
	scripts/test.sh pkg

test-browser: www
	scripts/setup.sh browser
	scripts/test.sh browser

## test-spark: the PySpark example (examples/spark/triage.py) in local[2] mode on SPARK_COUNT
## (default 100,000) disputes through `npx dispute-calc evaluate --jsonl`, each answer checked
## against the batch API's. Not part of `make test`: it installs Java and pyspark (.tmp/spark-venv).
test-spark: pkg
	scripts/test-spark.sh

## exercises: validatePack on every pack in exercises/, and on PACK=my-pack.json if given
exercises: pkg
	node scripts/check-exercises.mjs $(PACK)

## fuzz: 1,000,000 mutated inputs through the installed package (make test runs 20,000)
fuzz: www
	scripts/test.sh fuzz

## bench: speed and size, measured and reported (never asserted)
bench: www
	scripts/setup.sh browser
	node --expose-gc scripts/bench.mjs

lint:
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	scripts/setup.sh wasm
	source scripts/wasm-env.sh
	# The binding module only compiles for wasm32; Debian's fallback compiler has no clippy.
	if [[ $$WASM_CARGO == cargo ]]; then
	  cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	else
	  echo "lint: wasm32 clippy skipped (Debian fallback toolchain has no clippy)"
	fi

fmt:
	cargo fmt

clean:
	rm -rf target pkg www/pkg .tmp test-results
