"""Dispute triage at platform scale with PySpark: dispute-calc's JSON-lines command as the map step.

Each partition's records are piped through `npx dispute-calc evaluate --jsonl`, one
evaluateDispute input per line in, one BatchResult per line out, in the same order. Two routes:

  pipe  rdd.pipe(command): one process per partition, the records streamed through it
  udf   a pandas UDF: each Arrow batch of records goes through the command in one call

Run it where the package is installed (`npm install dispute-calc`, so `npx dispute-calc` is found):

  python triage.py disputes.jsonl out/ [--route pipe|udf|both] [--master local[2]] [--partitions N]

Each route writes JSON lines, {"input": <the line>, "result": <its BatchResult as JSON text>},
under out/<route>/ (Spark's part files, in the input's order).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys

from pyspark.sql import SparkSession
from pyspark.sql.functions import pandas_udf

COMMAND = "npx dispute-calc evaluate --jsonl"


def pipe_route(spark, path, out, command, partitions):
    """rdd.pipe: each partition's lines through one process of the command."""
    lines = spark.sparkContext.textFile(path, minPartitions=partitions)
    # PySpark starts the command with an empty environment unless given one: npx needs PATH
    # (and HOME), node_modules/.bin is found from the working directory.
    results = lines.pipe(command, env=dict(os.environ))
    # The command answers every line, in order, so each partition's inputs and results zip.
    pairs = lines.zip(results)
    pairs.map(lambda p: json.dumps({"input": p[0], "result": p[1]}, ensure_ascii=False)).saveAsTextFile(out)
    return pairs.count()


def evaluate_batch(command):
    """A pandas UDF that sends a whole Arrow batch of lines through the command at once."""
    argv = shlex.split(command)

    @pandas_udf("string")
    def evaluate(lines):
        import pandas as pd

        text = "".join(line + "\n" for line in lines)
        done = subprocess.run(argv, input=text, capture_output=True, text=True, check=True)
        results = done.stdout.splitlines()
        if len(results) != len(lines):
            raise RuntimeError(f"{command}: {len(results)} results for {len(lines)} lines: {done.stderr}")
        return pd.Series(results)

    return evaluate


def udf_route(spark, path, out, command, partitions):
    """A DataFrame column computed by the pandas UDF, batch by batch."""
    frame = spark.read.text(path).repartition(partitions) if partitions else spark.read.text(path)
    evaluate = evaluate_batch(command)
    rows = frame.select(frame.value.alias("input"), evaluate(frame.value).alias("result"))
    rows.rdd.map(lambda r: json.dumps({"input": r.input, "result": r.result}, ensure_ascii=False)).saveAsTextFile(out)
    return rows.count()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON lines: one evaluateDispute input per line")
    parser.add_argument("out", help="a directory for the results (one subdirectory per route)")
    parser.add_argument("--route", choices=["pipe", "udf", "both"], default="both")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--command", default=COMMAND, help=f"the command each partition runs (default: {COMMAND})")
    args = parser.parse_args()

    # Local mode: the Python workers use this interpreter (the one with pandas and pyarrow).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(args.master)
        .appName("dispute-calc triage")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    try:
        for route in ["pipe", "udf"] if args.route == "both" else [args.route]:
            run = pipe_route if route == "pipe" else udf_route
            count = run(spark, args.input, f"{args.out}/{route}", args.command, args.partitions)
            print(f"{route}: {count} disputes evaluated through `{args.command}`")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
