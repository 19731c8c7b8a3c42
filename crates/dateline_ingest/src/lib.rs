//! Reading raw pages: from the names a user typed to decoded text that the extractor can read.
//!
//! Brief overview:
//! - [`expand_inputs`] turns command-line names into an ordered list of [`InputItem`]s
//!   (files, folders walked recursively in name order, `-` for standard input).
//! - [`read_item`] reads one item into [`RawPage`]s: one per file, or one per line of a JSON
//!   Lines file (`{"url","html"}` or `{"text"}`, recognised by content, not by extension).
//!   Gzip is recognised by its magic bytes; sizes are capped before anything is decoded.
//! - [`decode`] turns bytes into text: BOM, then valid UTF-8, then the charset the page declares.
//!
//! Every failure is an [`InputError`] that names the input, so a batch can report it and go on.
//! This crate does no analysis and knows nothing of HTML beyond finding a declared charset.

mod decode;
mod read;

pub use decode::{decode, looks_like_html, DecodedText};
pub use read::{expand_inputs, read_item, InputItem, PageContent, RawPage, ReadOptions};

/// Why one input could not be read; the `Display` text is one line that names the input.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{name}: cannot read: {source}")]
    Unreadable {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name}: no such file or folder")]
    Missing { name: String },
    #[error("{name}: empty input")]
    Empty { name: String },
    #[error(
        "{name}: larger than the limit of {limit_bytes} bytes; raise --max-input-bytes to read it"
    )]
    TooLarge { name: String, limit_bytes: u64 },
    #[error("{name}: has a .gz name but is not gzip data")]
    NotGzip { name: String },
    #[error("{name}: broken gzip data ({reason}); the file may be truncated")]
    BadGzip { name: String, reason: String },
    #[error("{name}: looks like binary data, not a web page or text ({reason})")]
    Binary { name: String, reason: String },
    #[error("{name}: not valid UTF-8 (first bad byte at offset {offset}) and no charset is declared; convert it to UTF-8 first")]
    InvalidUtf8 { name: String, offset: usize },
    #[error("{name}: bad JSON Lines record: {reason}")]
    BadJsonLine { name: String, reason: String },
}

impl InputError {
    /// The path the error is about, when there is one (for messages that want it alone).
    pub fn name(&self) -> &str {
        match self {
            InputError::Unreadable { name, .. }
            | InputError::Missing { name }
            | InputError::Empty { name }
            | InputError::TooLarge { name, .. }
            | InputError::NotGzip { name }
            | InputError::BadGzip { name, .. }
            | InputError::Binary { name, .. }
            | InputError::InvalidUtf8 { name, .. }
            | InputError::BadJsonLine { name, .. } => name,
        }
    }
}

/// A path as the user will recognise it in messages.
pub(crate) fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}
