//! The trained model and its file format.
//!
//! Four linear models over hashed features: a span finder (is this token part of a persuasive
//! span?), a sentence detector (does this sentence hold one?) and two technique namers (which of
//! the 14 techniques is this span?), one for spans as people mark them and one for spans as the
//! finder cuts them. The file stores only the weights
//! that training touched, in slot order, so that the same training gives the same bytes; weights
//! are quantised to 16 bits per table (the rounding error is below 1/65,000 of the largest weight,
//! far below what changes a prediction) and slots are stored as gaps, which keeps the file a few
//! megabytes.
//!
//! Layout, little-endian: magic `DLTECHNQ`, format version (u32), span bits (u32), technique bits
//! (u32, both namers), class count (u32), default threshold (f32), sentence weight (f32), then
//! for each of the four weight tables (finder, sentence detector with the finder's bits, namer of
//! marked spans, namer of found spans): the scale (f32), the count
//! of stored weights (u32), and for each weight the gap from the previous slot plus one (LEB128)
//! and the weight divided by the scale (i16); last an FNV-1a checksum (u64) of everything before
//! it.

use crate::features::FeatureHasher;
use dateline_document::Technique;

const MAGIC: &[u8; 8] = b"DLTECHNQ";
pub const FORMAT_VERSION: u32 = 3;
const MAX_BITS: u32 = 24;

/// The model that ships with dateline, trained by `dateline train techniques` on the training
/// split of the Propaganda Techniques Corpus.
pub const SHIPPED_MODEL: &[u8] = include_bytes!("../model/techniques.model");

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a dateline techniques model (bad magic bytes)")]
    BadMagic,
    #[error("techniques model format {found} is not supported (this dateline reads format {FORMAT_VERSION})")]
    UnsupportedVersion { found: u32 },
    #[error("techniques model is truncated")]
    Truncated,
    #[error("techniques model is corrupt: {0}")]
    Corrupt(&'static str),
}

/// A binary or multi-class linear model over one hashed feature table.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearModel {
    pub bits: u32,
    pub classes: usize,
    /// `classes` weights per slot, slot-major.
    pub weights: Vec<f32>,
}

impl LinearModel {
    pub fn zeroed(bits: u32, classes: usize) -> LinearModel {
        LinearModel {
            bits,
            classes,
            weights: vec![0.0; classes << bits],
        }
    }

    pub fn hasher(&self) -> FeatureHasher {
        FeatureHasher::new(self.bits)
    }

    /// The score of each class for the given features.
    pub fn scores(&self, features: &[u32], scores: &mut [f32]) {
        scores.fill(0.0);
        for &feature in features {
            let row = feature as usize * self.classes;
            for (score, weight) in scores
                .iter_mut()
                .zip(&self.weights[row..row + self.classes])
            {
                *score += weight;
            }
        }
    }

    /// The single score of a binary model.
    pub fn score(&self, features: &[u32]) -> f32 {
        features
            .iter()
            .map(|&feature| self.weights[feature as usize])
            .sum()
    }
}

/// The techniques model: a span finder, a sentence detector and two technique namers.
#[derive(Clone, Debug, PartialEq)]
pub struct TechniquesModel {
    pub span_finder: LinearModel,
    /// Does a sentence hold a persuasive span at all? Read over the sentence's features scaled to
    /// unit length; its log-odds, times `sentence_weight`, are added to those of the sentence's
    /// likeliest token to score the sentence.
    pub sentence_detector: LinearModel,
    pub sentence_weight: f32,
    /// Names spans as a person marks them (the corpus's gold spans, a span a user selects).
    pub technique_namer: LinearModel,
    /// Names the spans the finder finds, which are cut differently: trained on the gold spans and
    /// on the spans that finders trained on other articles found, each named with the techniques
    /// of the gold spans it overlaps.
    pub found_span_namer: LinearModel,
    /// The sentence score from which a sentence's span is reported, unless `--min-score` says
    /// otherwise.
    pub default_threshold: f32,
}

impl TechniquesModel {
    /// The model that ships inside the binary.
    pub fn shipped() -> Result<TechniquesModel, ModelError> {
        TechniquesModel::from_bytes(SHIPPED_MODEL)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        bytes.extend_from_slice(MAGIC);
        for value in [
            FORMAT_VERSION,
            self.span_finder.bits,
            self.technique_namer.bits,
            self.technique_namer.classes as u32,
        ] {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
        bytes.extend_from_slice(&self.default_threshold.to_le_bytes());
        bytes.extend_from_slice(&self.sentence_weight.to_le_bytes());
        for table in [
            &self.span_finder.weights,
            &self.sentence_detector.weights,
            &self.technique_namer.weights,
            &self.found_span_namer.weights,
        ] {
            let largest = table.iter().fold(0.0f32, |largest, w| largest.max(w.abs()));
            let scale = if largest > 0.0 {
                largest / 32767.0
            } else {
                1.0
            };
            let stored: Vec<(usize, i16)> = table
                .iter()
                .enumerate()
                .map(|(slot, weight)| (slot, (weight / scale).round() as i16))
                .filter(|(_, quantised)| *quantised != 0)
                .collect();
            bytes.extend_from_slice(&scale.to_le_bytes());
            bytes.extend_from_slice(&(stored.len() as u32).to_le_bytes());
            let mut next_slot = 0usize;
            for (slot, quantised) in stored {
                write_leb128(&mut bytes, (slot - next_slot) as u64);
                bytes.extend_from_slice(&quantised.to_le_bytes());
                next_slot = slot + 1;
            }
        }
        let checksum = fnv1a(&bytes);
        bytes.extend_from_slice(&checksum.to_le_bytes());
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<TechniquesModel, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let mut reader = Reader {
            bytes,
            position: MAGIC.len(),
        };
        let version = reader.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion { found: version });
        }
        // The checksum comes first: a cut or damaged file is named as such, whatever the cut
        // would have made of the fields.
        let (content, checksum) = bytes.split_at(bytes.len() - 8);
        let expected = u64::from_le_bytes(checksum.try_into().map_err(|_| ModelError::Truncated)?);
        if fnv1a(content) != expected {
            return Err(ModelError::Corrupt("checksum mismatch"));
        }
        let span_bits = reader.u32()?;
        let technique_bits = reader.u32()?;
        let classes = reader.u32()? as usize;
        if span_bits == 0
            || span_bits > MAX_BITS
            || technique_bits == 0
            || technique_bits > MAX_BITS
        {
            return Err(ModelError::Corrupt("feature table size out of range"));
        }
        if classes != Technique::ALL.len() {
            return Err(ModelError::Corrupt("class count is not 14"));
        }
        let default_threshold = reader.f32()?;
        if !(0.0..=1.0).contains(&default_threshold) {
            return Err(ModelError::Corrupt("default threshold outside 0..=1"));
        }
        let sentence_weight = reader.f32()?;
        if !(0.0..=10.0).contains(&sentence_weight) {
            return Err(ModelError::Corrupt("sentence weight outside 0..=10"));
        }
        let mut span_finder = LinearModel::zeroed(span_bits, 1);
        let mut sentence_detector = LinearModel::zeroed(span_bits, 1);
        let mut technique_namer = LinearModel::zeroed(technique_bits, classes);
        let mut found_span_namer = LinearModel::zeroed(technique_bits, classes);
        for table in [
            &mut span_finder.weights,
            &mut sentence_detector.weights,
            &mut technique_namer.weights,
            &mut found_span_namer.weights,
        ] {
            let scale = reader.f32()?;
            if !scale.is_finite() || scale <= 0.0 {
                return Err(ModelError::Corrupt("weight scale is not a positive number"));
            }
            let count = reader.u32()? as usize;
            if count > table.len() {
                return Err(ModelError::Corrupt("more weights than slots"));
            }
            let mut next_slot = 0usize;
            for _ in 0..count {
                let gap = reader.leb128()?;
                let slot = usize::try_from(gap)
                    .ok()
                    .and_then(|gap| next_slot.checked_add(gap))
                    .filter(|slot| *slot < table.len())
                    .ok_or(ModelError::Corrupt("weight slot out of range"))?;
                table[slot] = f32::from(reader.i16()?) * scale;
                next_slot = slot + 1;
            }
        }
        if reader.position != content.len() {
            return Err(ModelError::Corrupt("unexpected bytes after the weights"));
        }
        Ok(TechniquesModel {
            span_finder,
            sentence_detector,
            sentence_weight,
            technique_namer,
            found_span_namer,
            default_threshold,
        })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let end = self.position + N;
        // The last 8 bytes are the checksum, never content.
        if end + 8 > self.bytes.len() {
            return Err(ModelError::Truncated);
        }
        let mut taken = [0u8; N];
        taken.copy_from_slice(&self.bytes[self.position..end]);
        self.position = end;
        Ok(taken)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take::<4>().map(u32::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        self.take::<4>().map(f32::from_le_bytes)
    }

    fn i16(&mut self) -> Result<i16, ModelError> {
        self.take::<2>().map(i16::from_le_bytes)
    }

    fn leb128(&mut self) -> Result<u64, ModelError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let [byte] = self.take::<1>()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Corrupt("slot gap longer than 64 bits"))
    }
}

fn write_leb128(bytes: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            bytes.push(byte);
            return;
        }
        bytes.push(byte | 0x80);
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
