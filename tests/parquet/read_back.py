#!/usr/bin/env python3
"""Parquet written by readout, read back by an independent reader (pyarrow).

In: a readout binary and input paths. Runs `readout extract --format json`
and `--format parquet --rows-per-file 50` on the same inputs, reads every
table back with pyarrow and checks its row count equals the JSON output's
(documents, quotes, entities, events), that files rolled at the row limit,
and that the columns pyarrow sees are those docs/parquet.md lists.

    python3 tests/parquet/read_back.py target/release/readout examples/ ../shared/corpora/polnear/dev/text
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import pyarrow.parquet as pq

ROWS_PER_FILE = 50


def documented_columns(doc):
    """Table name -> column names, from the schema tables of docs/parquet.md."""
    tables, current = {}, None
    for line in open(doc, encoding="utf-8"):
        heading = re.match(r"### (\w+)", line)
        if heading:
            current = tables.setdefault(heading.group(1), [])
        column = re.match(r"\| `(\w+)` \|", line)
        if current is not None and column:
            current.append(column.group(1))
    return tables


def main():
    binary, inputs = sys.argv[1], sys.argv[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as out:
        records = subprocess.run([binary, "extract", "--format", "json", *inputs], check=True, capture_output=True).stdout
        records = [json.loads(line) for line in records.decode().splitlines() if line.strip()]
        subprocess.run(
            [binary, "extract", "--format", "parquet", "--rows-per-file", str(ROWS_PER_FILE), "--out", out, *inputs],
            check=True,
        )
        expected = {
            "documents": len(records),
            "quotes": sum(len(r["quotes"]) for r in records),
            "entities": sum(len(r["entities"]) for r in records),
            "events": sum(len(r["events"]) for r in records),
        }
        columns = documented_columns(os.path.join(here, "..", "..", "docs", "parquet.md"))
        problems = []
        for table, rows in expected.items():
            files = sorted(glob.glob(os.path.join(out, table, "part-*.parquet")))
            got = sum(pq.read_metadata(f).num_rows for f in files)
            if got != rows:
                problems.append(f"{table}: {got} rows in Parquet, {rows} in the JSON output")
            if len(files) != max(1, -(-rows // ROWS_PER_FILE)):
                problems.append(f"{table}: {len(files)} files for {rows} rows at {ROWS_PER_FILE} per file")
            names = pq.read_schema(files[0]).names
            if names != columns.get(table):
                problems.append(f"{table}: columns {names}, docs/parquet.md says {columns.get(table)}")
            print(f"{table}: {got} rows in {len(files)} files")
        quotes = pq.ParquetDataset(os.path.join(out, "quotes")).read().to_pylist()
        by_doc = {r["id"]: r for r in records}
        for row in quotes[:200]:
            quote = next(q for q in by_doc[row["doc_id"]]["quotes"] if q["id"] == row["quote_id"])
            if row["text"] != quote["text"] or row["speaker_name"] != quote["speaker"]["name"]:
                problems.append(f"quote {row['doc_id']}/{row['quote_id']} differs from the JSON record")
                break
        if problems:
            print("FAIL\n" + "\n".join(problems))
            sys.exit(1)
        print("ok: Parquet row counts equal the JSON output's")


if __name__ == "__main__":
    main()
