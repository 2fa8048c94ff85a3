#!/usr/bin/env python3
"""WARC fixtures for readout-warc's integration tests, written with warcio.

In: a directory path (created if missing). Out, in that directory:
  per_record.warc.gz   one gzip member per record, as Common Crawl writes them
  plain.warc           the same records uncompressed
  single_stream.warc.gz  plain.warc gzipped as one stream
  truncated.warc.gz    per_record.warc.gz cut off inside its last member
  damaged.warc.gz      per_record.warc.gz with one member in the middle cut short
  member_offsets.txt   the byte offset of every gzip member in per_record.warc.gz
  <name>.expected.tsv  for per_record.warc.gz and plain.warc, what warcio's own
                       reader finds: one line per
                       record: offset, type, uri, date, status, media type, charset,
                       body file name (bodies in <name>.body.<n>)

Records: warcinfo; request + response pairs for an HTML page (utf-8), an HTML page
sent chunked, an HTML page with gzip content-encoding, a windows-1252 page sent chunked
and gzipped, a 404 HTML page, a PDF and a PNG; a metadata record and a revisit record.
"""

import gzip
import io
import os
import sys
import zlib

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATE = "2024-03-05T12:34:56Z"


def chunked(data, size=7):
    out = b""
    for start in range(0, len(data), size):
        piece = data[start:start + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def gzipped(data):
    return gzip.compress(data, mtime=0)


def pages():
    article = ("<!DOCTYPE html><html><head><title>Minister speaks</title></head><body>"
               "<p>\u201cWe will act,\u201d the minister said on Tuesday.</p></body></html>").encode("utf-8")
    chunked_page = b"<html><body><p>Chunked article text, long enough for several chunks.</p></body></html>"
    gzip_page = b"<html><body><p>Gzip encoded article.</p></body></html>" * 20
    latin_page = "<html><body><p>Caf\u00e9 \u2013 na\u00efve r\u00e9sum\u00e9</p></body></html>".encode("cp1252")
    missing = b"<html><body>Not found</body></html>"
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    return [
        ("http://news.example/article", "200 OK",
         [("Content-Type", "text/html; charset=UTF-8")], article),
        ("http://news.example/chunked", "200 OK",
         [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], chunked(chunked_page)),
        ("http://news.example/gzip", "200 OK",
         [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")], gzipped(gzip_page)),
        ("http://news.example/latin", "200 OK",
         [("Content-Type", 'text/html; charset="windows-1252"'), ("Transfer-Encoding", "chunked"),
          ("Content-Encoding", "gzip")], chunked(gzipped(latin_page), 11)),
        ("http://news.example/missing", "404 Not Found",
         [("Content-Type", "text/html; charset=utf-8")], missing),
        ("http://news.example/report.pdf", "200 OK", [("Content-Type", "application/pdf")], pdf),
        ("http://news.example/logo.png", "200 OK", [("Content-Type", "image/png")], png),
    ]


def write_warc(path, gzip_records):
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=gzip_records)
        info = writer.create_warcinfo_record("fixture.warc", {"software": "warcio fixture", "format": "WARC/1.0"})
        writer.write_record(info)
        for uri, status, headers, payload in pages():
            request_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            request = writer.create_warc_record(uri, "request", http_headers=request_headers,
                                                warc_headers_dict={"WARC-Date": DATE})
            writer.write_record(request)
            http_headers = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            response = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                 length=len(payload), http_headers=http_headers,
                                                 warc_headers_dict={"WARC-Date": DATE})
            writer.write_record(response)
        metadata = writer.create_warc_record("http://news.example/article", "metadata",
                                             payload=io.BytesIO(b"outlinks: none\n"),
                                             warc_content_type="application/warc-fields",
                                             warc_headers_dict={"WARC-Date": DATE})
        writer.write_record(metadata)
        revisit = writer.create_revisit_record("http://news.example/article", digest="sha1:AAAA",
                                               refers_to_uri="http://news.example/article",
                                               refers_to_date=DATE)
        writer.write_record(revisit)


def media_type_and_charset(value):
    if not value:
        return "", ""
    parts = value.split(";")
    media_type = parts[0].strip().lower()
    charset = ""
    for parameter in parts[1:]:
        name, _, parameter_value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = parameter_value.strip().strip("\"'").lower()
    return media_type, charset


def write_expected(directory, name):
    lines = []
    with open(os.path.join(directory, name), "rb") as stream:
        iterator = ArchiveIterator(stream)
        for number, record in enumerate(iterator):
            record_type = record.rec_type
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date") or ""
            status = media_type = charset = body_name = ""
            if record_type == "response" and record.http_headers:
                status = record.http_headers.get_statuscode()
                media_type, charset = media_type_and_charset(record.http_headers.get_header("Content-Type"))
                body = record.content_stream().read()
                body_name = "%s.body.%d" % (name, number)
                with open(os.path.join(directory, body_name), "wb") as body_file:
                    body_file.write(body)
            # Asking for the offset before reading the body makes warcio skip the body.
            offset = iterator.get_record_offset()
            lines.append("\t".join([str(offset), record_type, uri, date, status, media_type, charset, body_name]))
    with open(os.path.join(directory, name + ".expected.tsv"), "w") as expected:
        expected.write("\n".join(lines) + "\n")


def member_offsets(data):
    offsets = []
    position = 0
    while position < len(data):
        offsets.append(position)
        decompressor = zlib.decompressobj(31)
        decompressor.decompress(data[position:])
        position = len(data) - len(decompressor.unused_data)
    return offsets


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_fixtures.py OUTPUT_DIRECTORY")
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    per_record = os.path.join(directory, "per_record.warc.gz")
    plain = os.path.join(directory, "plain.warc")
    write_warc(per_record, True)
    write_warc(plain, False)
    with open(plain, "rb") as source:
        plain_bytes = source.read()
    with open(os.path.join(directory, "single_stream.warc.gz"), "wb") as output:
        output.write(gzip.compress(plain_bytes, mtime=0))
    with open(per_record, "rb") as source:
        data = source.read()
    offsets = member_offsets(data)
    last = offsets[-1]
    with open(os.path.join(directory, "truncated.warc.gz"), "wb") as output:
        output.write(data[:last + (len(data) - last) // 2])
    # Cut the member of the gzip-encoded response (record 6) to half its length.
    damaged_start, damaged_end = offsets[6], offsets[7]
    damaged = data[:damaged_start + (damaged_end - damaged_start) // 2] + data[damaged_end:]
    with open(os.path.join(directory, "damaged.warc.gz"), "wb") as output:
        output.write(damaged)
    with open(os.path.join(directory, "member_offsets.txt"), "w") as output:
        output.write("\n".join(str(offset) for offset in offsets) + "\n")
    # warcio itself refuses single-stream gzip files; their records match plain.warc.
    for name in ["per_record.warc.gz", "plain.warc"]:
        write_expected(directory, name)


if __name__ == "__main__":
    main()
