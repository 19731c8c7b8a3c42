"""Extraction benchmark: dateline beside Python trafilatura, scored and timed in the same run.

Usage: python bench/extraction.py --dateline PATH --data CORPUS [--floors FILE] [--no-peer]

Prints one table per data set (body F1 and exact match on ScrapingHub; body F1, title, publish
day and author scores on NAEB) and the speed of both tools on one core over the ScrapingHub
pages: wall time (the median of five alternating runs of each), pages per second and peak RSS
of each process. With --floors it exits 1 when a
dateline figure falls below its recorded floor.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_extraction as score  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# Each tool's speed is the median of this many runs over the same pages, alternating the tools:
# one run of a fifth of a second varies by 5-10% on a shared machine.
SPEED_RUNS = 5


def run_measured(command, stdout_path):
    """Runs a command with stdout to a file; returns (wall seconds, peak RSS in KiB, exit code).

    Stderr goes to a file beside stdout's: a pipe nobody reads while waiting for the process
    fills at 64 KiB, and a tool printing that much (a panic's backtrace on every page) then
    waits for ever. Its last lines are printed when the command fails."""
    stderr_path = stdout_path + ".stderr"
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        with open(stderr_path, encoding="utf-8", errors="replace") as handle:
            sys.stderr.write("".join(handle.readlines()[-20:]))
    return elapsed, usage.ru_maxrss, process.returncode


def page_id(path):
    name = os.path.basename(path)
    for suffix in (".html.gz", ".gz", ".html"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def run_dateline(binary, folder, workdir, label):
    output = os.path.join(workdir, f"dateline-{label}.jsonl")
    elapsed, peak, code = run_measured(
        [binary, "analyze", "--jobs", "1", "--format", "jsonl", "--quiet", "--layers", "article", folder], output
    )
    if code not in (0, 1):
        raise SystemExit(f"dateline exited with {code} on {folder}")
    predictions = {}
    with open(output, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            key = page_id(record["source"].get("path", ""))
            predictions[key] = {
                "text": record["text"],
                "title": record["title"],
                "published": record["published"],
                "authors": record["authors"],
            }
    return predictions, elapsed, peak


def run_peer(python, folder, workdir, label):
    output = os.path.join(workdir, f"trafilatura-{label}.json")
    report = os.path.join(workdir, f"trafilatura-{label}.report")
    elapsed, peak, code = run_measured(
        [python, os.path.join(HERE, "run_trafilatura.py"), folder, output], report
    )
    if code != 0:
        raise SystemExit(f"trafilatura runner exited with {code}")
    with open(report) as handle:
        inner = json.loads(handle.read().strip().splitlines()[-1])
    with open(output, encoding="utf-8") as handle:
        return json.load(handle), inner["seconds"], elapsed, peak


def scrapinghub_scores(predictions, gold):
    pairs = [(predictions.get(key, {}).get("text", ""), entry["articleBody"]) for key, entry in gold.items()]
    precision, recall, f1, accuracy = score.body_scores(pairs)
    return {"body_precision": precision, "body_recall": recall, "body_f1": f1, "exact_match": accuracy}


def naeb_scores(predictions, gold):
    empty = {"text": "", "title": "", "published": None, "authors": []}
    got = {key: predictions.get(key, empty) for key in gold}
    _, _, f1, _ = score.body_scores([(got[key]["text"], gold[key]["articleBody"]) for key in gold])
    return {
        "body_f1": f1,
        "title_accuracy": score.title_accuracy([(got[key]["title"], gold[key]["title"]) for key in gold]),
        "publish_day_accuracy": score.day_accuracy([(got[key]["published"], gold[key]["date"]) for key in gold]),
        "author_f1": score.author_f1(
            [(got[key]["authors"], score.split_gold_authors(gold[key]["authors"])) for key in gold]
        ),
    }


def print_table(title, rows, names):
    print(f"\n{title}")
    print(f"  {'figure':<24}" + "".join(f"{name:>14}" for name in names))
    for figure in rows[names[0]]:
        cells = "".join(
            f"{rows[name][figure]:>14.3f}" if figure in rows[name] else f"{'-':>14}" for name in names
        )
        print(f"  {figure:<24}{cells}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dateline", required=True)
    parser.add_argument("--data", required=True, help="the corpus folder (../shared/corpus)")
    parser.add_argument("--peer-python", help="python with trafilatura installed")
    parser.add_argument("--floors", help="JSON file of minimum figures; exit 1 below them")
    parser.add_argument("--write-predictions", help="folder to keep both tools' outputs in")
    args = parser.parse_args()

    scrapinghub = os.path.join(args.data, "extraction", "scrapinghub")
    naeb = os.path.join(args.data, "extraction", "naeb")
    workdir = args.write_predictions or tempfile.mkdtemp(prefix="dateline-bench-")
    os.makedirs(workdir, exist_ok=True)
    figures = {}

    with open(os.path.join(scrapinghub, "ground-truth.json"), encoding="utf-8") as handle:
        gold = json.load(handle)
    pages = os.path.join(scrapinghub, "html")
    our_runs, peer_runs = [], []
    for _ in range(SPEED_RUNS if args.peer_python else 1):
        our_runs.append(run_dateline(args.dateline, pages, workdir, "scrapinghub"))
        if args.peer_python:
            peer_runs.append(run_peer(args.peer_python, pages, workdir, "scrapinghub"))
    ours = our_runs[0][0]
    our_wall = statistics.median(run[1] for run in our_runs)
    our_peak = max(run[2] for run in our_runs)
    rows = {"dateline": scrapinghub_scores(ours, gold)}
    speed = {"dateline": {"wall_seconds": our_wall, "pages_per_second": len(gold) / our_wall, "peak_rss_mib": our_peak / 1024}}
    if args.peer_python:
        theirs = peer_runs[0][0]
        inner = statistics.median(run[1] for run in peer_runs)
        rows["trafilatura"] = scrapinghub_scores(theirs, gold)
        speed["trafilatura"] = {
            "wall_seconds": inner,
            "pages_per_second": len(gold) / inner,
            "peak_rss_mib": max(run[3] for run in peer_runs) / 1024,
            "process_wall_seconds": statistics.median(run[2] for run in peer_runs),
        }
        speed["dateline"]["process_wall_seconds"] = our_wall
    names = list(rows)
    print_table(f"ScrapingHub article extraction ({len(gold)} pages)", rows, names)
    print_table(
        "Speed on one core over the ScrapingHub pages (dateline: whole process; trafilatura: extraction only;"
        f" median of {len(our_runs)} alternating runs each)",
        speed,
        names,
    )
    figures.update({f"scrapinghub.{key}": value for key, value in rows["dateline"].items()})
    if "trafilatura" in speed:
        ratio = speed["trafilatura"]["wall_seconds"] / our_wall
        process_ratio = speed["trafilatura"]["process_wall_seconds"] / our_wall
        print(f"  dateline (whole process) is {ratio:.1f}x faster than trafilatura's extraction alone")
        print(f"  and {process_ratio:.1f}x faster than trafilatura's whole process (start-up and reading included)")
        figures["speed.ratio_vs_trafilatura"] = ratio

    with open(os.path.join(naeb, "articles.json"), encoding="utf-8") as handle:
        gold = json.load(handle)
    ours, _, _ = run_dateline(args.dateline, os.path.join(naeb, "html"), workdir, "naeb")
    rows = {"dateline": naeb_scores(ours, gold)}
    if args.peer_python:
        theirs, _, _, _ = run_peer(args.peer_python, os.path.join(naeb, "html"), workdir, "naeb")
        rows["trafilatura"] = naeb_scores(theirs, gold)
    print_table(f"NAEB news metadata ({len(gold)} pages)", rows, list(rows))
    figures.update({f"naeb.{key}": value for key, value in rows["dateline"].items()})

    if args.floors:
        with open(args.floors, encoding="utf-8") as handle:
            floors = json.load(handle)
        # Only this benchmark's figures: the floors file also holds the other benchmarks' floors.
        floors = {name: floor for name, floor in floors.items() if name.split(".")[0] in ("scrapinghub", "naeb", "speed")}
        failures = [
            f"{name}: {figures.get(name, 0.0):.3f} < floor {floor:.3f}"
            for name, floor in floors.items()
            if figures.get(name, 0.0) < floor
        ]
        if failures:
            print("\nBelow the recorded floors:")
            for failure in failures:
                print(f"  {failure}")
            return 1
        print(f"\nAll {len(floors)} figures at or above their floors ({args.floors}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
