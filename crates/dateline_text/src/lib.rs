//! Offsets into a document's text: the vocabulary every other crate uses to point at text.
//!
//! Brief overview:
//! - [`TextRange`] is a half-open byte range `start..end` with the invariant `start <= end`.
//!   Inside the program every span is a byte range on `char` boundaries of the text it points into.
//! - [`CharOffsets`] converts byte offsets to Unicode character offsets, which is what leaves the
//!   program in JSON (so that Python slicing of the text gives the span).
//!
//! This crate knows nothing about documents, HTML or JSON.

use std::fmt;

/// A half-open range of byte offsets into one text, `start <= end`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TextRange {
    start: usize,
    end: usize,
}

impl TextRange {
    /// Builds a range; panics in debug builds when `start > end`, and clamps in release builds,
    /// because a reversed range is always a bug in the caller, never a property of the input.
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "reversed range {start}..{end}");
        TextRange {
            start,
            end: end.max(start),
        }
    }

    pub fn empty_at(offset: usize) -> TextRange {
        TextRange::new(offset, offset)
    }

    pub fn start(self) -> usize {
        self.start
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn intersects(self, other: TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether both ends lie on `char` boundaries of `text` and inside it.
    pub fn is_valid_in(self, text: &str) -> bool {
        self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The slice of `text` this range covers, or `None` when the range does not fit the text.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// Shifts the range right by `offset` bytes, for ranges found inside a sub-slice.
    pub fn shifted(self, offset: usize) -> TextRange {
        TextRange::new(self.start + offset, self.end + offset)
    }

    /// Shrinks the range so that it neither starts nor ends with whitespace.
    pub fn trimmed_in(self, text: &str) -> TextRange {
        let Some(slice) = self.slice(text) else {
            return self;
        };
        let leading = slice.len() - slice.trim_start().len();
        let trailing = slice.len() - slice.trim_end().len();
        if leading == slice.len() {
            return TextRange::empty_at(self.start);
        }
        TextRange::new(self.start + leading, self.end - trailing)
    }
}

impl fmt::Debug for TextRange {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}..{}", self.start, self.end)
    }
}

/// The largest `char` boundary of `text` at or before `index` (clamped to the text's length).
pub fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The smallest `char` boundary of `text` at or after `index` (clamped to the text's length).
pub fn ceil_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

/// Converts byte offsets of one text into Unicode character offsets.
///
/// Built once per text in linear time; each conversion is a binary search over the positions of
/// multi-byte characters, so ASCII-heavy news text costs almost nothing.
pub struct CharOffsets {
    /// Byte offsets of every character that takes more than one byte, with the number of extra
    /// bytes seen before and including it.
    multibyte_ends: Vec<(usize, usize)>,
    text_len: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut multibyte_ends = Vec::new();
        let mut extra_bytes = 0;
        for (byte_offset, character) in text.char_indices() {
            let width = character.len_utf8();
            if width > 1 {
                extra_bytes += width - 1;
                multibyte_ends.push((byte_offset + width, extra_bytes));
            }
        }
        CharOffsets {
            multibyte_ends,
            text_len: text.len(),
        }
    }

    /// The character offset of a byte offset that lies on a `char` boundary.
    pub fn char_offset(&self, byte_offset: usize) -> usize {
        let byte_offset = byte_offset.min(self.text_len);
        let index = self
            .multibyte_ends
            .partition_point(|&(end, _)| end <= byte_offset);
        let extra = if index == 0 {
            0
        } else {
            self.multibyte_ends[index - 1].1
        };
        byte_offset - extra
    }

    /// Both ends of a range as character offsets.
    pub fn char_range(&self, range: TextRange) -> (usize, usize) {
        (
            self.char_offset(range.start()),
            self.char_offset(range.end()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "Zürich — «Ça va» 日本";
        let offsets = CharOffsets::new(text);
        for (char_index, (byte_index, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte_index), char_index);
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn trimmed_range_drops_outer_whitespace() {
        let text = "  hello world \n";
        let range = TextRange::new(0, text.len()).trimmed_in(text);
        assert_eq!(range.slice(text), Some("hello world"));
        let blank = TextRange::new(0, 2).trimmed_in(text);
        assert!(blank.is_empty());
    }

    #[test]
    fn boundaries_round_down_and_up_to_characters() {
        let text = "aé";
        assert_eq!(floor_char_boundary(text, 2), 1);
        assert_eq!(ceil_char_boundary(text, 2), 3);
        assert_eq!(floor_char_boundary(text, 99), 3);
    }

    #[test]
    fn validity_checks_char_boundaries() {
        let text = "é";
        assert!(TextRange::new(0, 2).is_valid_in(text));
        assert!(!TextRange::new(0, 1).is_valid_in(text));
        assert!(!TextRange::new(0, 3).is_valid_in(text));
    }
}
