"""`readout export --format parquet` read back by pandas, Polars and DuckDB.

Ingests the given inputs into a fresh database, exports it as JSON Lines and
as Parquet, and checks with three independent readers that each Parquet
table has the JSON Lines export's rows, columns and values (quote text,
speaker, date; entity aliases and event participants as lists).

    python3 tests/parquet/export_read_back.py target/release/readout examples/ ../shared/corpora/polnear/dev/text

Needs pandas, pyarrow, polars and duckdb (`.ci/run` installs them).
"""

import json
import os
import subprocess
import sys
import tempfile

import duckdb
import pandas
import polars

TABLES = ("quotes", "entities", "events")
LIST_COLUMNS = {"entities": "aliases", "events": "participants"}


def run(arguments):
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)


def main():
    binary, inputs = sys.argv[1], sys.argv[2:]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        database = os.path.join(work, "export.db")
        run([binary, "ingest", "--db", database, *inputs])
        for export_format in ("jsonl", "parquet"):
            run([binary, "export", "--db", database, "--format", export_format, "--out", os.path.join(work, export_format)])
        for table in TABLES:
            with open(os.path.join(work, "jsonl", f"{table}.jsonl"), encoding="utf-8") as lines:
                expected = [json.loads(line) for line in lines]
            path = os.path.join(work, "parquet", f"{table}.parquet")
            readers = {
                "pandas": lambda: pandas.read_parquet(path).to_dict("records"),
                "polars": lambda: polars.read_parquet(path).to_dicts(),
                "duckdb": lambda: duckdb.sql(f"SELECT * FROM read_parquet('{path}')").pl().to_dicts(),
            }
            for reader, read in readers.items():
                rows = read()
                if len(rows) != len(expected):
                    problems.append(f"{reader} {table}: {len(rows)} rows, JSON Lines has {len(expected)}")
                    continue
                if expected and sorted(rows[0]) != sorted(expected[0]):
                    problems.append(f"{reader} {table}: columns {sorted(rows[0])}, JSON Lines has {sorted(expected[0])}")
                    continue
                for row, want in zip(rows, expected):
                    for column, value in want.items():
                        got = row[column]
                        if column == LIST_COLUMNS.get(table):
                            got = list(got)
                        elif got is not None and not isinstance(got, str):
                            # pandas gives NaN for a missing integer, numpy types otherwise.
                            got = None if got != got else int(got)
                        if got != value:
                            problems.append(f"{reader} {table} {column}: {got!r} != {value!r}")
                            break
                    else:
                        continue
                    break
            print(f"{table}: {len(expected)} rows read back by {', '.join(readers)}")
    for problem in problems:
        print("problem:", problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
