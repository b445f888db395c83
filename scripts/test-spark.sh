#!/usr/bin/env bash
# make test-spark (not part of make test): the PySpark example, examples/spark/triage.py, in
# local[2] mode over SPARK_COUNT (default 100,000) generated disputes, by both routes (rdd.pipe
# through `npx dispute-calc evaluate --jsonl`, and a pandas UDF batching through the command),
# then scripts/check-spark.mjs checks every output line against the batch API's answer.
#
# Installs what it needs: a Java runtime (17 or later, from Debian) when there is none, and
# pyspark, pandas and pyarrow (examples/spark/requirements.txt) in .tmp/spark-venv.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
count=${SPARK_COUNT:-100000}
partitions=${SPARK_PARTITIONS:-4}
work=.tmp/spark
venv=.tmp/spark-venv
log() { printf 'test-spark: %s\n' "$*" >&2; }

if ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
  log "apt-get install openjdk-17-jre-headless (Spark 4 needs Java 17 or later)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
hash=$(sha256sum examples/spark/requirements.txt | cut -d' ' -f1)
if [[ ! -f $venv/.requirements-hash || $(cat "$venv/.requirements-hash") != "$hash" ]]; then
  log "pip install -r examples/spark/requirements.txt (pyspark is large: a few minutes, once)"
  "$venv/bin/pip" install -q --disable-pip-version-check -r examples/spark/requirements.txt
  echo "$hash" >"$venv/.requirements-hash"
fi

# A user's project with the packed tarball installed, where `npx dispute-calc` is found.
rm -rf "$work" && mkdir -p "$work/project"
tarball=$(cd pkg && npm pack --silent --pack-destination "$root/$work/project")
(
  cd "$work/project"
  printf '{ "name": "spark-consumer", "private": true, "type": "module" }\n' >package.json
  npm install --silent --no-audit --no-fund "./$tarball"
)

# The disputes: every 1,000th refused by the engine (a delivery before the shipment), and every
# 25,000th line not JSON at all.
node scripts/generate-queue.mjs "$count" --jsonl --bad-every 1000 |
  awk 'NR % 25000 == 0 { print "not JSON: line " NR " of the export was cut" } { print }' >"$work/disputes.jsonl"
lines=$(wc -l <"$work/disputes.jsonl")
log "$lines lines, local[2], $partitions partitions"

start=$(date +%s)
(cd "$work/project" && "$root/$venv/bin/python" "$root/examples/spark/triage.py" ../disputes.jsonl ../out --master "local[2]" --partitions "$partitions")
log "spark: $(($(date +%s) - start)) s for both routes"
(cd "$work/project" && node "$root/scripts/check-spark.mjs" ../disputes.jsonl ../out pipe udf)
echo "test-spark: 1 passed, 0 failed"
