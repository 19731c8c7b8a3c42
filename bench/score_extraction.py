"""Scores body, title, date and author extraction the way ../shared/README.md describes.

This module only scores: it reads predictions as {id: {"text", "title", "published", "authors"}}
and the gold files of the two extraction data sets. It never runs an extractor itself.
"""
import collections
import re

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return TOKEN.findall(text or "")


def shingles(token_list, size=4):
    if len(token_list) < size:
        # Short texts still count: a page with fewer than four tokens is one shingle.
        return collections.Counter([tuple(token_list)]) if token_list else collections.Counter()
    return collections.Counter(
        tuple(token_list[i : i + size]) for i in range(len(token_list) - size + 1)
    )


def body_scores(pairs):
    """pairs: list of (predicted_text, gold_text). Returns precision, recall, f1, accuracy."""
    precisions, recalls, exact = [], [], 0
    for predicted, gold in pairs:
        predicted_tokens, gold_tokens = tokens(predicted), tokens(gold)
        if predicted_tokens == gold_tokens:
            exact += 1
        p, g = shingles(predicted_tokens), shingles(gold_tokens)
        tp = sum((p & g).values())
        fp = sum(p.values()) - tp
        fn = sum(g.values()) - tp
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        # Normalising by TP+FP+FN weighs every page alike; per-page ratios are unchanged by it.
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, exact / len(pairs) if pairs else 0.0


def normalised_tokens(text):
    return [t.lower() for t in tokens(text)]


def title_accuracy(pairs):
    hits = sum(1 for predicted, gold in pairs if normalised_tokens(predicted) == normalised_tokens(gold))
    return hits / len(pairs) if pairs else 0.0


def day_accuracy(pairs):
    hits = sum(1 for predicted, gold in pairs if (predicted or "")[:10] == (gold or "")[:10])
    return hits / len(pairs) if pairs else 0.0


def split_gold_authors(field):
    return [a.strip() for a in (field or "").split(",") if a.strip()]


def author_key(name):
    return " ".join(normalised_tokens(name))


def author_f1(pairs):
    """Micro F1 over author names, token-normalised. A page with no gold and no predicted author is
    a true negative and adds nothing."""
    tp = fp = fn = 0
    for predicted, gold in pairs:
        p = collections.Counter(author_key(a) for a in predicted if author_key(a))
        g = collections.Counter(author_key(a) for a in gold if author_key(a))
        hit = sum((p & g).values())
        tp += hit
        fp += sum(p.values()) - hit
        fn += sum(g.values()) - hit
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
