"""Runs Python trafilatura (the peer) over a folder of gzipped HTML pages and writes predictions.

Output: one JSON object {id: {"text", "title", "published", "authors"}} on the path given, and a
line on stdout with the wall time and peak RSS, so that the benchmark can print both beside ours.
Only the extraction is timed: reading and unzipping the files happens before the clock starts, as
it does for dateline (which gets the same files from the page cache).
"""
import gzip
import json
import os
import resource
import sys
import time

import trafilatura


def page_id(name):
    for suffix in (".html.gz", ".gz", ".html"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def main():
    folder, output = sys.argv[1], sys.argv[2]
    pages = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            raw = handle.read()
        pages[page_id(name)] = gzip.decompress(raw) if name.endswith(".gz") else raw
    predictions = {}
    start = time.perf_counter()
    for key, raw in pages.items():
        result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True)
        if result is None:
            predictions[key] = {"text": "", "title": None, "published": None, "authors": []}
            continue
        fields = result.as_dict() if hasattr(result, "as_dict") else result
        authors = [a.strip() for a in (fields.get("author") or "").split(";") if a.strip()]
        predictions[key] = {
            "text": fields.get("text") or "",
            "title": fields.get("title"),
            "published": fields.get("date"),
            "authors": authors,
        }
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(predictions, handle)
    print(json.dumps({"pages": len(pages), "seconds": elapsed, "peak_rss_kib": peak_kib}))


if __name__ == "__main__":
    main()
