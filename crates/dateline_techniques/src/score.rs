//! The scores of SemEval-2020 Task 11, as ../shared/README.md defines them.
//!
//! Span identification (SI): overlapping gold spans are merged, and so are overlapping predicted
//! ones; a predicted span p earns |p∩g|/|p| toward precision and |p∩g|/|g| toward recall for each
//! gold span g it overlaps; precision divides the sum by the number of predicted spans, recall by
//! the number of gold spans. With techniques (FLC) spans are merged per technique and a
//! prediction earns credit only from gold spans of its own technique. Technique classification
//! (TC) on gold spans is the micro-F1 of the labels.

use dateline_document::Technique;

/// A span in character offsets, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

/// Precision, recall and F1 with the sums behind them, so folds add up before dividing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SpanScore {
    pub precision_credit: f64,
    pub predicted: usize,
    pub recall_credit: f64,
    pub gold: usize,
}

impl SpanScore {
    pub fn add(&mut self, other: SpanScore) {
        self.precision_credit += other.precision_credit;
        self.predicted += other.predicted;
        self.recall_credit += other.recall_credit;
        self.gold += other.gold;
    }

    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.precision_credit / self.predicted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.recall_credit / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (precision, recall) = (self.precision(), self.recall());
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }
}

/// Merges overlapping spans (touching ones stay apart, as in the task's scorer).
pub fn merge_overlapping(spans: &[CharSpan]) -> Vec<CharSpan> {
    let mut sorted: Vec<CharSpan> = spans.iter().copied().filter(|s| s.start < s.end).collect();
    sorted.sort();
    let mut merged: Vec<CharSpan> = Vec::new();
    for span in sorted {
        match merged.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

fn overlap(a: CharSpan, b: CharSpan) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The SI score of one article.
pub fn span_identification(predicted: &[CharSpan], gold: &[CharSpan]) -> SpanScore {
    let predicted = merge_overlapping(predicted);
    let gold = merge_overlapping(gold);
    let mut score = SpanScore {
        predicted: predicted.len(),
        gold: gold.len(),
        ..SpanScore::default()
    };
    for p in &predicted {
        for g in &gold {
            let shared = overlap(*p, *g);
            if shared > 0 {
                score.precision_credit += shared as f64 / (p.end - p.start) as f64;
                score.recall_credit += shared as f64 / (g.end - g.start) as f64;
            }
        }
    }
    score
}

/// The FLC score of one article: SI within each technique, summed.
pub fn span_and_technique(
    predicted: &[(CharSpan, Technique)],
    gold: &[(CharSpan, Technique)],
) -> SpanScore {
    let mut total = SpanScore::default();
    for technique in Technique::ALL {
        let of = |spans: &[(CharSpan, Technique)]| -> Vec<CharSpan> {
            spans
                .iter()
                .filter(|(_, t)| *t == technique)
                .map(|(span, _)| *span)
                .collect()
        };
        total.add(span_identification(&of(predicted), &of(gold)));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> CharSpan {
        CharSpan { start, end }
    }

    #[test]
    fn partial_overlap_earns_partial_credit_on_each_side() {
        // p = 0..10, g = 5..25: 5 shared characters.
        let score = span_identification(&[span(0, 10)], &[span(5, 25)]);
        assert!((score.precision() - 0.5).abs() < 1e-9);
        assert!((score.recall() - 0.25).abs() < 1e-9);
        assert!((score.f1() - 2.0 * 0.5 * 0.25 / 0.75).abs() < 1e-9);
    }

    #[test]
    fn overlapping_spans_are_merged_before_scoring() {
        let score = span_identification(&[span(0, 4), span(2, 8)], &[span(0, 8), span(20, 30)]);
        assert_eq!(score.predicted, 1);
        assert_eq!(score.gold, 2);
        assert!((score.precision() - 1.0).abs() < 1e-9);
        assert!((score.recall() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn technique_credit_comes_only_from_the_same_technique() {
        let predicted = [
            (span(0, 10), Technique::Doubt),
            (span(20, 30), Technique::Slogans),
        ];
        let gold = [
            (span(0, 10), Technique::LoadedLanguage),
            (span(20, 30), Technique::Slogans),
        ];
        let score = span_and_technique(&predicted, &gold);
        assert_eq!((score.predicted, score.gold), (2, 2));
        assert!((score.precision() - 0.5).abs() < 1e-9);
        assert!((score.recall() - 0.5).abs() < 1e-9);
    }
}
