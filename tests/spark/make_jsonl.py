#!/usr/bin/env python3
"""PolNeAR texts in, JSON Lines out: {"id", "url", "text", "date", "title"} per text,
dates and titles from metadata.tsv, for `readout extract -` and the Spark job.

    make_jsonl.py TEXT_DIR METADATA_TSV OUT.jsonl [--repeat N] [--malformed]

--repeat N writes every text N times (ids suffixed #k), for throughput runs;
--malformed adds one broken line in the middle.
"""

import argparse
import csv
import json
import os


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("text_dir")
    parser.add_argument("metadata")
    parser.add_argument("out")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--malformed", action="store_true")
    args = parser.parse_args()
    meta = {}
    with open(args.metadata, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    names = sorted(n for n in os.listdir(args.text_dir) if n.endswith(".txt"))
    lines = []
    for k in range(args.repeat):
        for name in names:
            stem = name[: -len(".txt")]
            with open(os.path.join(args.text_dir, name), encoding="utf-8") as f:
                text = f.read()
            row = meta.get(stem, {})
            doc_id = stem if args.repeat == 1 else f"{stem}#{k}"
            # A url of its own, so the record's `source` does not fall back
            # to `<stdin>:LINE`, which depends on how the input is split.
            url = f"polnear://dev/{doc_id}"
            line = {"id": doc_id, "url": url, "text": text, "date": row.get("publication_date"), "title": row.get("title")}
            lines.append(json.dumps(line, ensure_ascii=False))
    if args.malformed:
        lines.insert(len(lines) // 2, '{"id": "broken", "text": "an unterminated line')
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
