"""Quotation benchmark on PolNeAR: dateline's quotes layer scored against gold attributions.

Usage: python bench/quotes.py --dateline PATH --data CORPUS [--split dev] [--floors FILE]
       [--textacy-python PYTHON]

With --textacy-python, textacy's direct-quotation extractor (bench/run_textacy.py) runs on the
same articles in the same run and is scored by the same code, beside dateline.

Predictions and gold attributions are matched one to one by character overlap of their content
(greedy, largest overlap first). A match counts at a threshold when the overlap covers more than
that share of the gold content. "exact" compares the two contents with surrounding quotation marks,
punctuation and spaces ignored around each piece (contents may be discontinuous: a statement
split by its cue is scored by its quoted parts, as the gold annotates it). Source accuracy is the share of 30%-matched pairs whose predicted
source span overlaps the gold source. The same table is split by kind: precision over predictions
of that kind, recall over gold attributions of that kind (direct: gold content inside quotation
marks; mixed: some quoted words; indirect: none).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import time

QUOTE_MARKS = "\"'“”‘’«»„‚‹›「」"
STRIP = QUOTE_MARKS + " \t\n.,;:!?—–-()"


def read_gold(attributions_folder, article):
    files = sorted(f for f in os.listdir(attributions_folder) if f.rsplit("_", 1)[0] == article)
    if not files:
        return []
    spans = {}
    events = []
    with open(os.path.join(attributions_folder, files[0]), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("T"):
                parts = line.split("\t")
                if len(parts) < 2:
                    continue
                kind, _, ranges = parts[1].partition(" ")
                pieces = []
                for piece in ranges.split(";"):
                    start, end = piece.split()
                    pieces.append((int(start), int(end)))
                # Brat lists a discontinuous span's pieces in the order the annotator marked
                # them, which is not always text order; the exact comparison joins the pieces'
                # text, so they are put in text order.
                spans[parts[0]] = (kind, sorted(pieces))
            elif line.startswith("E"):
                parts = line.split("\t")
                roles = dict(item.split(":", 1) for item in parts[1].split())
                events.append(roles)
    gold = []
    for roles in events:
        content = spans.get(roles.get("Content"), (None, []))[1]
        if not content:
            continue
        source = spans.get(roles.get("Source"), (None, []))[1]
        gold.append({"content": content, "source": source})
    return gold


def overlap(a_pieces, b_pieces):
    return sum(max(0, min(a_end, b_end) - max(a_start, b_start)) for a_start, a_end in a_pieces for b_start, b_end in b_pieces)


def length(pieces):
    return sum(end - start for start, end in pieces)


def gold_kind(text, pieces):
    content = " ".join(text[start:end] for start, end in pieces).strip()
    inner = content.strip(" .,;:")
    quoted = [c for c in inner if c in "\"“”«»„" ] or "''" in inner
    if not quoted:
        return "indirect"
    if inner[:1] in "\"“«„'‘" and inner[-1:] in "\"”»“'’":
        return "direct"
    return "mixed"


def normalised(text):
    return " ".join(text.strip(STRIP).split())


def score(articles, threshold):
    tp_pred = collections.Counter()
    tp_gold = collections.Counter()
    n_pred = collections.Counter()
    n_gold = collections.Counter()
    source_hits = source_total = 0
    for article in articles:
        text, predictions, gold = article["text"], article["predictions"], article["gold"]
        pairs = []
        for p_index, prediction in enumerate(predictions):
            for g_index, attribution in enumerate(gold):
                shared = overlap(prediction["content"], attribution["content"])
                if shared == 0:
                    continue
                if threshold == "exact":
                    # Each piece of a discontinuous content loses its own surrounding marks.
                    predicted_text = " ".join(normalised(text[s:e]) for s, e in prediction["content"])
                    gold_text = " ".join(normalised(text[s:e]) for s, e in attribution["content"])
                    if predicted_text != gold_text:
                        continue
                elif shared / max(1, length(attribution["content"])) <= threshold:
                    continue
                pairs.append((shared, p_index, g_index))
        pairs.sort(reverse=True)
        used_pred, used_gold = set(), set()
        for _, p_index, g_index in pairs:
            if p_index in used_pred or g_index in used_gold:
                continue
            used_pred.add(p_index)
            used_gold.add(g_index)
            for kind in ("all", predictions[p_index]["kind"]):
                tp_pred[kind] += 1
            for kind in ("all", gold[g_index]["kind"]):
                tp_gold[kind] += 1
            source_total += 1
            if predictions[p_index]["source"] and overlap([predictions[p_index]["source"]], gold[g_index]["source"]) > 0:
                source_hits += 1
        for prediction in predictions:
            n_pred["all"] += 1
            n_pred[prediction["kind"]] += 1
        for attribution in gold:
            n_gold["all"] += 1
            n_gold[attribution["kind"]] += 1
    table = {}
    for kind in ("all", "direct", "indirect", "mixed"):
        precision = tp_pred[kind] / n_pred[kind] if n_pred[kind] else 0.0
        recall = tp_gold[kind] / n_gold[kind] if n_gold[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[kind] = (precision, recall, f1, n_pred[kind], n_gold[kind])
    return table, (source_hits / source_total if source_total else 0.0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dateline", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--floors")
    parser.add_argument("--textacy-python", help="python with textacy and its spaCy model installed")
    args = parser.parse_args()
    folder = os.path.join(args.data, "quotes", "polnear", args.split)
    texts = os.path.join(folder, "text")
    started = time.perf_counter()
    output = subprocess.run(
        [args.dateline, "analyze", "--jobs", "1", "--format", "jsonl", "--quiet", texts],
        check=False, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - started
    articles = []
    failed_inputs = []
    for line in output.stdout.splitlines():
        record = json.loads(line)
        name = os.path.basename(record["source"]["path"])[: -len(".txt")]
        if record.get("error"):
            # Every PolNeAR text is readable: an error here is a bug (a stage that failed and was
            # contained), and scoring on would hide it behind a lower figure.
            failed_inputs.append(f"{name}: {record['error']}")
        text = record["text"]
        gold = read_gold(os.path.join(folder, "attributions"), name)
        for attribution in gold:
            attribution["kind"] = gold_kind(text, attribution["content"])
        predictions = [
            {
                # A statement split by its cue is scored by its quoted parts, as the gold
                # annotates it (discontinuous content).
                "content": [(part["start"], part["end"]) for part in quote.get("parts") or []]
                or [(quote["start"], quote["end"])],
                "kind": quote["kind"],
                "source": (quote["source"]["start"], quote["source"]["end"]) if quote["source"] else None,
            }
            for quote in record["quotes"]
        ]
        articles.append({"name": name, "text": text, "predictions": predictions, "gold": gold})

    peer_articles = None
    if args.textacy_python:
        output_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "textacy-quotes.json")
        report = subprocess.run(
            [args.textacy_python, os.path.join(os.path.dirname(os.path.abspath(__file__)), "run_textacy.py"), texts, output_path],
            check=True, capture_output=True, text=True,
        )
        peer_report = json.loads(report.stdout.strip().splitlines()[-1])
        with open(output_path, encoding="utf-8") as handle:
            peer_quotes = json.load(handle)
        peer_articles = [
            {
                "text": article["text"],
                "gold": article["gold"],
                "predictions": [
                    {"content": [tuple(piece) for piece in quote["content"]], "kind": "direct",
                     "source": tuple(quote["source"]) if quote["source"] else None}
                    for quote in peer_quotes.get(article["name"], [])
                ],
            }
            for article in articles
        ]

    if failed_inputs:
        print(f"dateline failed on {len(failed_inputs)} articles:\n  " + "\n  ".join(failed_inputs[:10]))
        return 1

    figures = {}
    # Speed over the larger train split, so that start-up (compiling the patterns) weighs as it
    # does in real batches; the dev split is too small for that.
    speed_folder = os.path.join(args.data, "quotes", "polnear", "train", "text")
    if not os.path.isdir(speed_folder):
        speed_folder = texts
    count = len(os.listdir(speed_folder))

    def timed(layers):
        started = time.perf_counter()
        subprocess.run([args.dateline, "analyze", "--jobs", "1", "--format", "jsonl", "--quiet", "--layers", layers,
                        speed_folder], check=False, capture_output=True)
        return time.perf_counter() - started

    # The quotation layers without the techniques layer, which bench/techniques times itself.
    # The layers' figure is the difference of two timings, so a pause of the machine in either
    # moves it twice as much as it moves each: each timing is the best of three runs.
    elapsed = min(timed("quotes") for _ in range(3))
    article_only = min(timed("article") for _ in range(3))
    layers_only = max(elapsed - article_only, 1e-9)
    pages_per_second = count / elapsed
    print(f"\nSpeed, one core (best of three runs): {count} articles, whole process (reading, plain-text extraction, sentences, "
          f"quotes, people) {elapsed:.3f} s = {pages_per_second:.0f} articles/s; the same without the "
          f"sentence and quote layers {article_only:.3f} s; so the layers alone ~{count / layers_only:.0f} articles/s")
    figures["polnear.articles_per_second"] = pages_per_second
    print(f"\nPolNeAR {args.split}: {len(articles)} articles, {sum(len(a['gold']) for a in articles)} gold attributions, "
          f"{sum(len(a['predictions']) for a in articles)} predicted quotations")
    if peer_articles is not None:
        print(f"textacy {peer_report['articles']} articles: {peer_report['seconds']:.1f} s parsing and extracting "
              f"({peer_report['articles'] / peer_report['seconds']:.1f} articles/s, model load {peer_report['load_seconds']:.1f} s "
              f"apart); it refused {peer_report['refused']} articles for an odd number of quotation marks")
    for label, threshold in (("overlap > 30%", 0.3), ("overlap > 80%", 0.8), ("exact", "exact")):
        table, source_accuracy = score(articles, threshold)
        peer_table, peer_source_accuracy = score(peer_articles, threshold) if peer_articles is not None else (None, None)
        print(f"\n  content matched at {label}")
        header = f"  {'kind':<10}{'precision':>11}{'recall':>9}{'F1':>8}{'predicted':>11}{'gold':>7}"
        if peer_table:
            header += f"   | textacy{'precision':>11}{'recall':>9}{'F1':>8}{'predicted':>11}"
        print(header)
        for kind, (precision, recall, f1, n_pred, n_gold) in table.items():
            row = f"  {kind:<10}{precision:>11.3f}{recall:>9.3f}{f1:>8.3f}{n_pred:>11}{n_gold:>7}"
            if peer_table:
                p_precision, p_recall, p_f1, p_pred, _ = peer_table[kind]
                row += f"   | {'':<7}{p_precision:>11.3f}{p_recall:>9.3f}{p_f1:>8.3f}{p_pred:>11}"
            print(row)
        key = {0.3: "f1_30", 0.8: "f1_80", "exact": "f1_exact"}[threshold]
        figures[f"polnear.{key}"] = table["all"][2]
        if threshold == 0.3:
            print(f"  source overlapping the gold source, among matched: {source_accuracy:.3f}"
                  + (f" (textacy: {peer_source_accuracy:.3f})" if peer_source_accuracy is not None else ""))
            figures["polnear.source_accuracy"] = source_accuracy

    if args.floors:
        with open(args.floors, encoding="utf-8") as handle:
            floors = json.load(handle)
        failures = [f"{name}: {figures.get(name, 0.0):.3f} < {floor:.3f}" for name, floor in floors.items()
                    if name.startswith("polnear.") and figures.get(name, 0.0) < floor]
        if failures:
            print("\nBelow the recorded floors:\n  " + "\n  ".join(failures))
            return 1
        print(f"\nAll polnear figures at or above their floors ({args.floors}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
