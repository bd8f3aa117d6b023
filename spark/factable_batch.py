#!/usr/bin/env python3
"""factable on Apache Spark: the fact tables of many stories, map and reduce.

    spark-submit spark/factable_batch.py ARTICLES.jsonl OUTPUT
        [--factable PATH] [--partitions N] [--single-file]
        [--rules DIR]... [--published DATE] [--day-first] [--master URL]

ARTICLES.jsonl holds one article per line, as `factable articles DIR...` writes them
({"story", "id", "text", ...}). The job

1. pipes the articles through `factable extract --jsonl` (the map: one extraction line
   per article, each carrying its "story" and its "source" file and id);
2. keys each extraction line by (story, source file, source id), partitions by story (a
   stable hash of the name, so every line of a story lands in one partition) and sorts
   inside each partition, so a story's lines are contiguous and in one fixed order, the
   order `reconcile` itself puts a story's sources in (`pipe` keeps no keys, and an
   article's position in the input does not survive `extract`, so the key comes from the
   extraction line);
3. pipes each partition through `factable reconcile --jsonl` (the reduce: one report per
   story, `{"story", "sources", "facts"}`);
4. writes the reports, one JSON line per story: by default OUTPUT is a directory of part
   files (`part-00000`, ...: Spark's text output, each part the stories of one partition in
   story order, plus an empty `_SUCCESS`); with --single-file OUTPUT is one file with every
   report, stories in sorted order — what `factable batch DIR... --format jsonl` prints.

The binary must run where the executors run: install it at the same path on every node,
or ship it with `spark-submit --files target/release/factable` and pass
`--factable ./factable` (YARN and Kubernetes put shipped files in the executor's working
directory). --rules DIR, --published and --day-first are passed to both stages, as
`batch` takes them; a --rules folder must be at that path on every node too.
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
        help="extra rule packs, passed to extract and reconcile (repeatable)",
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        default=None,
        help="publication date (YYYY-MM-DD) for articles that carry none, as batch's",
    )
    p.add_argument(
        "--day-first",
        action="store_true",
        help="read 03/07/2025 as day/month/year, as batch's --day-first",
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
    """A partitioner on sort keys: the same story always goes to the same partition, on
    any executor (Python's own str hash is salted per process)."""

    def part(key):
        return zlib.crc32(key[0].encode("utf-8")) % partitions

    return part


def story_of(line):
    """The "story" of an extraction line or a report line."""
    story = json.loads(line).get("story")
    if not isinstance(story, str):
        raise ValueError('a line without "story": %s' % line[:200])
    return story


def sort_key(extraction):
    """(story, source file, source id, checksum of the line): a story's lines together,
    in the order `reconcile` sorts a story's sources in, ties broken by content, so the
    order articles arrive in from the map partitions changes nothing."""
    x = json.loads(extraction)
    story = x.get("story")
    if not isinstance(story, str):
        raise ValueError('an extraction line without "story": %s' % extraction[:200])
    source = x.get("source") or {}
    return (
        story,
        str(source.get("file") or ""),
        str(source.get("id") or ""),
        zlib.crc32(extraction.encode("utf-8")),
    )


def command(binary, *args):
    return " ".join(shlex.quote(a) for a in [binary, *args])


def run(sc, args):
    partitions = args.partitions or sc.defaultParallelism
    if partitions < 1:
        raise SystemExit("--partitions must be at least 1")
    # The reading flags go to both stages, as `batch` applies them to both.
    read = []
    for d in args.rules:
        read += ["--rules", d]
    if args.published:
        read += ["--published", args.published]
    if args.day_first:
        read.append("--day-first")
    extract = command(args.factable, "extract", "--jsonl", *read, "-")
    reconcile = command(args.factable, "reconcile", "--jsonl", *read, "-")

    articles = sc.textFile(args.articles).filter(lambda line: line.strip())
    extracted = articles.pipe(extract, checkCode=True)
    # `pipe` keeps no keys: the sort key comes from each extraction line itself.
    keyed = extracted.map(lambda line: (sort_key(line), line))
    grouped = keyed.repartitionAndSortWithinPartitions(
        numPartitions=partitions, partitionFunc=story_partition(partitions)
    )
    reports = grouped.values().pipe(reconcile, checkCode=True)

    if args.single_file:
        lines = sorted(reports.collect(), key=story_of)
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        os.replace(tmp, args.output)
    else:
        reports.saveAsTextFile(args.output)


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
