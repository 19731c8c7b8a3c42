"""scikit-learn baseline for the techniques benchmark (cargo xtask bench techniques).

Trained on the same folds as dateline, from the same files; the xtask scores both with one scorer.
- Technique classification (TC): logistic regression on word 1-2-grams and character 2-5-grams of
  the span text (the baseline the task's organisers cite, about 0.57 micro-F1). A range that
  carries k gold labels gets the k most likely techniques, as dateline does.
- Span identification (SI): the sentence-level baseline of the task: logistic regression on the
  same n-grams decides whether a line holds a technique; a positive line becomes one span, named
  by the TC model (FLC).

Usage: python bench/techniques_baseline.py --data PTC --folds FOLDS.tsv --out DIR
Writes DIR/spans.tsv (id, technique, start, end; character offsets) and DIR/gold_span_labels.tsv
(one label per gold span, in article-id order then label-file order).
"""
import argparse
import collections
import os

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression


def read_corpus(folder):
    articles_folder = next(os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith("-articles"))
    labels_file = next(os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith("-task-flc-tc.labels"))
    labels = collections.defaultdict(list)
    with open(labels_file, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            article, technique, start, end = line.rstrip("\n").split("\t")
            labels[article].append((technique, int(start), int(end)))
    articles = {}
    for name in sorted(os.listdir(articles_folder)):
        if name.endswith(".txt"):
            article = name[len("article"):-len(".txt")] if name.startswith("article") else name[:-4]
            with open(os.path.join(articles_folder, name), encoding="utf-8", newline="") as handle:
                articles[article] = (handle.read(), labels.get(article, []))
    return articles


def lines_of(text):
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped)
            yield offset, offset + len(stripped), stripped
        start += len(line) + 1


class Vectoriser:
    def __init__(self):
        self.words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=200000)

    def fit_transform(self, texts):
        return hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)]).tocsr()

    def transform(self, texts):
        return hstack([self.words.transform(texts), self.chars.transform(texts)]).tocsr()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--folds", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    articles = read_corpus(args.data)
    folds = {}
    with open(args.folds, encoding="utf-8") as handle:
        for line in handle:
            article, fold = line.split()
            folds[article] = int(fold)
    fold_count = max(folds.values()) + 1
    spans_out = []
    gold_labels = {}
    for fold in range(fold_count):
        train = [a for a in articles if folds.get(a) != fold]
        test = [a for a in articles if folds.get(a) == fold]
        span_texts, span_labels = [], []
        line_texts, line_labels = [], []
        for article in train:
            text, labels = articles[article]
            for technique, start, end in labels:
                span_texts.append(text[start:end])
                span_labels.append(technique)
            for start, end, line in lines_of(text):
                line_texts.append(line)
                line_labels.append(int(any(s < end and start < e for _, s, e in labels)))
        span_vectoriser = Vectoriser()
        span_model = LogisticRegression(max_iter=1000, C=10.0)
        span_model.fit(span_vectoriser.fit_transform(span_texts), span_labels)
        line_vectoriser = Vectoriser()
        line_model = LogisticRegression(max_iter=1000, class_weight="balanced")
        line_model.fit(line_vectoriser.fit_transform(line_texts), line_labels)
        classes = span_model.classes_
        for article in test:
            text, labels = articles[article]
            if labels:
                probabilities = span_model.predict_proba(span_vectoriser.transform([text[s:e] for _, s, e in labels]))
                seen = collections.Counter()
                named = []
                for (_, s, e), row in zip(labels, probabilities):
                    order = np.argsort(-row)
                    named.append(classes[order[min(seen[(s, e)], len(order) - 1)]])
                    seen[(s, e)] += 1
                gold_labels[article] = named
            lines = list(lines_of(text))
            if lines:
                positive = line_model.predict(line_vectoriser.transform([line for _, _, line in lines]))
                chosen = [(s, e, line) for (s, e, line), flag in zip(lines, positive) if flag]
                if chosen:
                    techniques = span_model.predict(span_vectoriser.transform([line for _, _, line in chosen]))
                    for (s, e, _), technique in zip(chosen, techniques):
                        spans_out.append((article, technique, s, e))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "spans.tsv"), "w", encoding="utf-8") as handle:
        for article, technique, start, end in spans_out:
            handle.write(f"{article}\t{technique}\t{start}\t{end}\n")
    with open(os.path.join(args.out, "gold_span_labels.tsv"), "w", encoding="utf-8") as handle:
        for article in sorted(articles):
            for label in gold_labels.get(article, []):
                handle.write(f"{article}\t{label}\n")


if __name__ == "__main__":
    main()
