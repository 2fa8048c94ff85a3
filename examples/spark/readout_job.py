#!/usr/bin/env python3
"""readout as a stage of a PySpark job.

In: JSON Lines files ({"id", "text" or "html", "url", "date", "title"} per
line) and/or WARC archives (.warc, .warc.gz). Out, under --output:

    records/         readout's records, one JSON object per line, exactly as
                     `readout extract -` writes them (error records included)
    quotes/          one row per quote (Parquet, or JSON with --format json)
    documents/       one row per document
    top_speakers/    the query: the most quoted speakers of every week

The documents go through `readout extract -` with RDD.pipe: each partition
starts one readout process, streams its lines into it and reads records
back, in order. A bad line comes back as an {"id", "error"} record and the
process exits 0, so one broken page never fails the task.

    spark-submit --master local[2] --files target/release/readout \\
        examples/spark/readout_job.py --input docs.jsonl --output out/

Ship the binary with --files (see the README, "Running on Spark"): in local
mode the job finds it with SparkFiles.get; on a cluster --files puts it in
every executor's working directory, where the job runs it as ./readout.
"""

import argparse
import json
import os
import sys
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.window import Window


def warc_lines(path_and_bytes):
    """One WARC archive (path, bytes) in, a JSON line per HTML response out."""
    import io

    from warcio.archiveiterator import ArchiveIterator

    path, data = path_and_bytes
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = record.http_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            continue
        body = record.content_stream().read()
        uri = record.rec_headers.get_header("WARC-Target-URI")
        charset = "utf-8"
        if "charset=" in content_type.lower():
            charset = content_type.lower().split("charset=")[-1].split(";")[0].strip() or "utf-8"
        try:
            html = body.decode(charset, errors="replace")
        except LookupError:
            html = body.decode("utf-8", errors="replace")
        yield json.dumps(
            {
                "id": record.rec_headers.get_header("WARC-Record-ID"),
                "url": uri,
                "date": (record.rec_headers.get_header("WARC-Date") or "")[:10] or None,
                "html": html,
            },
            ensure_ascii=False,
        )


def read_inputs(spark, paths, partitions):
    """Paths in, an RDD of JSON lines out (WARC records become lines with `html`)."""
    sc = spark.sparkContext
    rdds = []
    for path in paths:
        if path.endswith((".warc", ".warc.gz")) or "warc" in os.path.basename(path.rstrip("/")):
            rdds.append(sc.binaryFiles(path).flatMap(warc_lines))
        else:
            rdds.append(sc.textFile(path, minPartitions=partitions))
    lines = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return lines.filter(lambda line: line.strip())


def readout_command(sc, binary, threads):
    if binary is None:
        # --files places the binary in SparkFiles' root: on the driver's
        # temporary folder in local mode, the working directory on executors.
        binary = SparkFiles.get("readout") if sc.master.startswith("local") else "./readout"
    return f"{binary} extract --threads {threads} -"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", action="append", required=True, help="JSONL or WARC file/folder (repeatable)")
    parser.add_argument("--output", required=True, help="output folder (overwritten)")
    parser.add_argument("--format", choices=["parquet", "json"], default="parquet")
    parser.add_argument("--partitions", type=int, default=None, help="minimum input partitions (default: Spark's)")
    parser.add_argument("--binary", default=None, help="readout binary on the executors (default: shipped with --files)")
    parser.add_argument("--threads", type=int, default=1, help="readout threads per task (one core per task: 1)")
    parser.add_argument("--top", type=int, default=5, help="speakers per week in the query")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("readout").getOrCreate()
    sc = spark.sparkContext
    lines = read_inputs(spark, args.input, args.partitions or sc.defaultParallelism)

    # The readout stage: one process per partition, lines in, records out.
    command = readout_command(sc, args.binary, args.threads)
    records = lines.pipe(command, env={"READOUT_LOG": "error"}, checkCode=True)
    started = time.monotonic()
    records.saveAsTextFile(os.path.join(args.output, "records"))
    seconds = time.monotonic() - started
    print(f"readout stage: {lines.getNumPartitions()} partitions, {seconds:.2f} s", file=sys.stderr)

    # Tables and the query, from the records just written (no second pipe).
    df = spark.read.json(os.path.join(args.output, "records"))
    good = df.where(F.col("error").isNull()) if "error" in df.columns else df
    n_errors = df.where(F.col("error").isNotNull()).count() if "error" in df.columns else 0
    documents = good.select(
        F.col("id").alias("doc_id"), "source", "title", F.to_date("date").alias("date"), "text"
    )
    quotes = (
        good.select(F.col("id").alias("doc_id"), F.to_date("date").alias("date"), F.explode("quotes").alias("q"))
        .select(
            "doc_id",
            "date",
            F.col("q.id").alias("quote_id"),
            F.col("q.kind").alias("kind"),
            F.col("q.speaker.name").alias("speaker_name"),
            F.col("q.speaker.entity").alias("speaker_entity"),
            F.col("q.text").alias("text"),
        )
        if "quotes" in good.columns
        else None
    )
    writer = (lambda frame, name: frame.write.mode("overwrite").format(args.format).save(os.path.join(args.output, name)))
    writer(documents, "documents")
    if quotes is None:
        print("no quotes", file=sys.stderr)
        spark.stop()
        return
    writer(quotes, "quotes")

    # Top speakers per week.
    quotes = spark.read.format(args.format).load(os.path.join(args.output, "quotes"))
    weekly = (
        quotes.where(F.col("speaker_name").isNotNull() & F.col("date").isNotNull())
        .groupBy(F.date_trunc("week", F.col("date")).cast("date").alias("week"), "speaker_name")
        .agg(F.count("*").alias("quotes"))
    )
    rank = F.row_number().over(Window.partitionBy("week").orderBy(F.desc("quotes"), "speaker_name"))
    top = weekly.withColumn("rank", rank).where(F.col("rank") <= args.top).orderBy("week", "rank")
    top.write.mode("overwrite").json(os.path.join(args.output, "top_speakers"))
    top.show(20, truncate=False)
    print(f"documents: {documents.count()}, error records: {n_errors}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
