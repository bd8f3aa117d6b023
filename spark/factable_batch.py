#!/usr/bin/env python3
"""factable on Apache Spark: the fact tables of many stories, map and reduce.

    spark-submit spark/factable_batch.py ARTICLES.jsonl OUTPUT
        [--factable PATH] [--partitions N] [--rules DIR]... [--single-file]

ARTICLES.jsonl holds one article per line, as `factable articles DIR...` writes them
({"story", "id", "text", ...}). The job

1. numbers every article line by its position in the input (`zipWithIndex`);
2. pipes the articles through `factable extract --jsonl` (the map: one extraction line
   per article, in input order, each carrying its "story");
3. keys each extraction line by (story, input position), partitions by story (a stable
   hash of the name, so every line of a story lands in one partition) and sorts inside
   each partition, so a story's lines are contiguous and in input order;
4. pipes each partition through `factable reconcile --jsonl` (the reduce: one report per
   story, `{"story", "sources", "facts"}`);
5. writes the reports, one JSON line per story: by default OUTPUT is a directory of part
   files (`part-00000`, ...: Spark's text output, each part the stories of one partition in
   story order, plus an empty `_SUCCESS`); with --single-file OUTPUT is one file with every
   report, stories in sorted order — what `factable batch DIR... --format jsonl` prints.

The binary must run where the executors run: install it at the same path on every node,
or ship it with `spark-submit --files target/release/factable` and pass
`--factable ./factable` (YARN and Kubernetes put shipped files in the executor's working
directory). --rules DIR is passed to `factable extract`, so the folder must be there too.
"""

import argparse
import json
import os
import shlex
import sys
import zlib

from pyspark import SparkConf, SparkContext


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="factable_batch.py",
        description="Fact tables of many stories with factable on Spark.",
    )
    p.add_argument("articles", help="articles JSONL (from `factable articles DIR...`)")
    p.add_argument(
        "output",
        help="output: a directory of part files, or one file with --single-file",
    )
    p.add_argument(
        "--factable",
        default="target/release/factable",
        help="path of the factable binary on the executors (default: %(default)s)",
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=None,
        help="number of reduce partitions (default: Spark's default parallelism)",
    )
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="extra rule packs, passed to `factable extract` (repeatable)",
    )
    p.add_argument(
        "--single-file",
        action="store_true",
        help="write every report to the one file OUTPUT, stories in sorted order",
    )
    p.add_argument(
        "--master",
        default=None,
        help="Spark master when not run by spark-submit (e.g. local[2])",
    )
    return p.parse_args(argv)


def story_partition(partitions):
    """A partitioner on (story, position) keys: the same story always goes to the same
    partition, on any executor (Python's own str hash is salted per process)."""

    def part(key):
        return zlib.crc32(key[0].encode("utf-8")) % partitions

    return part


def story_key(extraction):
    """The sort key's story: the extraction line's own "story" field."""
    story = json.loads(extraction).get("story")
    if not isinstance(story, str):
        raise ValueError(
            "an extraction line carries no \"story\": %s" % extraction[:200]
        )
    return story


def command(binary, *args):
    return " ".join(shlex.quote(a) for a in [binary, *args])


def run(sc, args):
    partitions = args.partitions or sc.defaultParallelism
    if partitions < 1:
        raise SystemExit("--partitions must be at least 1")
    rules = []
    for d in args.rules:
        rules += ["--rules", d]
    extract = command(args.factable, "extract", "--jsonl", *rules, "-")
    reconcile = command(args.factable, "reconcile", "--jsonl", "-")

    articles = sc.textFile(args.articles).filter(lambda line: line.strip())
    # (line, position): the position orders a story's articles as the input did.
    numbered = articles.zipWithIndex().cache()
    extracted = numbered.keys().pipe(extract, checkCode=True)
    # `pipe` keeps partitions and order and `extract` writes one line per article, so
    # zipping puts each extraction line back beside its article's position (Spark
    # fails the job if a partition's counts differ).
    positioned = numbered.values().zip(extracted)
    keyed = positioned.map(lambda p: ((story_key(p[1]), p[0]), p[1]))
    grouped = keyed.repartitionAndSortWithinPartitions(
        numPartitions=partitions, partitionFunc=story_partition(partitions)
    )
    reports = grouped.values().pipe(reconcile, checkCode=True)

    if args.single_file:
        lines = sorted(reports.collect(), key=story_key)
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        os.replace(tmp, args.output)
    else:
        reports.saveAsTextFile(args.output)
    numbered.unpersist()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    conf = (
        SparkConf()
        .setAppName("factable-batch")
        .setIfMissing("spark.ui.showConsoleProgress", "false")
    )
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext(conf=conf)
    sc.setLogLevel(os.environ.get("FACTABLE_SPARK_LOG", "WARN"))
    try:
        run(sc, args)
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
