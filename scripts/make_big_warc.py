#!/usr/bin/env python3
"""Build a big gzip-per-record WARC archive for the streaming benchmark.

In: the saved pages of ../shared/corpora/article-extraction/html/*.html.gz.
Out: one .warc.gz (default ~1 GB) of HTTP `response` records, written by
warcio, the pages repeated with varied target URIs and dates, one `request`
and one `metadata` record every 50 pages so the reader also skips records.
Each record is its own gzip member, as Common Crawl writes them.

    python3 scripts/make_big_warc.py --out /tmp/big.warc.gz --size-mb 1024 --jobs 2

Needs warcio (pip install warcio). Never commit the output.
"""

import argparse
import glob
import gzip
import io
import multiprocessing
import os
import sys
import zlib

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def record_bytes(writer_buf, writer, record):
    writer_buf.seek(0)
    writer_buf.truncate()
    writer.write_record(record)
    return writer_buf.getvalue()


def gzip_member(data, level):
    compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return compressor.compress(data) + compressor.flush()


_PAGES = []
_LEVEL = 6


def _init(pages, level):
    global _PAGES, _LEVEL
    _PAGES, _LEVEL = pages, level


def _round(round_):
    """One pass over the pages (round `round_`) as gzip members, and the
    number of response records in it."""
    # warcio writes each record uncompressed into a buffer (headers, digests,
    # Content-Length); the buffer is then gzipped as one member.
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    chunks = []
    for index, (name, html) in enumerate(_PAGES):
        uri = f"https://news{round_ % 97}.example.org/{round_}/{name[:16]}-{index}.html"
        day = 1 + (round_ + index) % 28
        date = f"2024-{1 + round_ % 12:02d}-{day:02d}T12:00:00Z"
        http = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(html)))],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(html),
            length=len(html),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        members = [record_bytes(buf, writer, response)]
        if index % 50 == 0:
            request = writer.create_warc_record(
                uri,
                "request",
                payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"),
                length=37,
                warc_headers_dict={"WARC-Date": date},
            )
            metadata = writer.create_warc_record(
                uri,
                "metadata",
                payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
                length=18,
                warc_content_type="application/warc-fields",
                warc_headers_dict={"WARC-Date": date},
            )
            members = [record_bytes(buf, writer, request)] + members + [record_bytes(buf, writer, metadata)]
        chunks.extend(gzip_member(member, _LEVEL) for member in members)
    return b"".join(chunks), len(_PAGES)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_pages = os.path.join(here, "..", "..", "shared", "corpora", "article-extraction", "html")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="the .warc.gz to write")
    parser.add_argument("--size-mb", type=float, default=1024, help="stop once the archive is this big (MB, 2^20)")
    parser.add_argument("--pages", default=default_pages, help="folder of *.html.gz pages")
    parser.add_argument("--level", type=int, default=6, help="gzip level of each member")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="worker processes")
    args = parser.parse_args()

    pages = []
    for path in sorted(glob.glob(os.path.join(args.pages, "*.html.gz"))):
        with gzip.open(path, "rb") as f:
            pages.append((os.path.basename(path)[: -len(".html.gz")], f.read()))
    if not pages:
        sys.exit(f"no pages in {args.pages}")

    limit = int(args.size_mb * (1 << 20))
    written = responses = 0
    with open(args.out, "wb") as out, multiprocessing.Pool(args.jobs, _init, (pages, args.level)) as pool:
        # A round is ~3.4 MB of gzip; enough rounds to pass the limit, and no
        # endless task queue.
        rounds = range(int(limit / 2e6) + 2)
        for data, count in pool.imap(_round, rounds):
            out.write(data)
            written += len(data)
            responses += count
            if written >= limit:
                pool.terminate()
                break
    print(f"{args.out}: {written / (1 << 20):.0f} MiB, {responses} response records", file=sys.stderr)


if __name__ == "__main__":
    main()
