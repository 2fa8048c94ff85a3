#!/usr/bin/env python3
"""Direct records and Spark records in, a verdict out: the good records are
the same (none lost, none duplicated, byte for byte), and each run has
exactly one error record, for the malformed line.

    compare.py DIRECT.jsonl SPARK_RECORDS_DIR EXPECTED_DOCUMENTS
"""

import collections
import glob
import json
import os
import sys


def load(paths):
    good, errors = [], []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    continue
                (errors if "error" in json.loads(line) else good).append(line)
    return good, errors


def main():
    direct_path, spark_dir, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    direct, direct_errors = load([direct_path])
    spark, spark_errors = load(sorted(glob.glob(os.path.join(spark_dir, "part-*"))))
    problems = []
    if len(direct) != expected:
        problems.append(f"direct run: {len(direct)} records, expected {expected}")
    ids = collections.Counter(json.loads(line)["id"] for line in spark)
    duplicated = [i for i, n in ids.items() if n > 1]
    if duplicated:
        problems.append(f"spark: duplicated ids {duplicated[:5]}")
    lost = collections.Counter(direct) - collections.Counter(spark)
    extra = collections.Counter(spark) - collections.Counter(direct)
    if lost:
        problems.append(f"spark lost or changed {sum(lost.values())} records: {[json.loads(l)['id'] for l in lost][:5]}")
    if extra:
        problems.append(f"spark has {sum(extra.values())} records the direct run has not")
    for name, errors in (("direct", direct_errors), ("spark", spark_errors)):
        if len(errors) != 1:
            problems.append(f"{name}: {len(errors)} error records, expected 1: {errors[:3]}")
    if problems:
        print("FAIL\n" + "\n".join(problems))
        sys.exit(1)
    print(f"ok: {len(spark)} records equal to the direct run, 1 error record each ({json.loads(spark_errors[0])['id']})")


if __name__ == "__main__":
    main()
