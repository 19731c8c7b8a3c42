//! The `Document`: one analysed page, its text and its typed annotation layers.
//!
//! Brief overview:
//! - [`Document`] owns the text and where it came from ([`Source`]); every layer points into the
//!   text with [`TextRange`]s (byte offsets on `char` boundaries).
//! - [`ArticleMetadata`] holds the article-level facts (title, authors, date, ...).
//! - [`Paragraph`], [`Dateline`], [`Credit`] are the span layers of the extraction stage.
//! - [`validate_layers`] checks every layer's invariants; tests run it on every fixture.
//!
//! The text of a document never changes once it is built: later stages add layers, never edit
//! the text or another stage's layer. This crate knows nothing about HTML, files or JSON.

pub use dateline_text::{ceil_char_boundary, floor_char_boundary, CharOffsets, TextRange};

mod date;
mod validate;

pub use date::PublishDate;
pub use validate::{validate_layers, LayerViolation};

/// Where a document came from, as the user named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The file path as given on the command line (or `-` for standard input).
    pub path: Option<String>,
    /// The 1-based line number, for documents read from a JSON Lines file.
    pub line: Option<usize>,
    /// The page URL, from `--url` or from the JSON Lines record.
    pub url: Option<String>,
}

impl Source {
    pub fn from_path(path: impl Into<String>) -> Source {
        Source {
            path: Some(path.into()),
            line: None,
            url: None,
        }
    }

    /// A short human name for messages: `path:line`, the path, or the URL.
    pub fn display_name(&self) -> String {
        match (&self.path, self.line, &self.url) {
            (Some(path), Some(line), _) => format!("{path}:{line}"),
            (Some(path), None, _) => path.clone(),
            (None, _, Some(url)) => url.clone(),
            (None, _, None) => "<unnamed input>".to_string(),
        }
    }
}

/// What the raw input was, which decides what `text` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// An HTML page: `text` is the extracted article, without the title.
    Html,
    /// A plain-text page: `text` is the input exactly as given, so offsets line up with the file.
    PlainText,
}

impl InputKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Html => "html",
            InputKind::PlainText => "text",
        }
    }
}

/// Article-level facts found by the extraction stage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleMetadata {
    pub title: Option<String>,
    /// Where the title stands in `text` (plain-text pages only, whose title line is part of it).
    pub title_range: Option<TextRange>,
    /// Clean person names, in byline order.
    pub authors: Vec<String>,
    pub published: Option<PublishDate>,
    /// ISO 639-1 code where one exists, else ISO 639-3.
    pub language: Option<String>,
    pub site: Option<String>,
    /// The canonical URL when the page declares one, else the URL the page was given with.
    pub url: Option<String>,
    pub description: Option<String>,
}

/// What a paragraph is in the article's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    Paragraph,
    Heading,
    BlockQuote,
    ListItem,
    TableRow,
    Preformatted,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Paragraph => "paragraph",
            ParagraphKind::Heading => "heading",
            ParagraphKind::BlockQuote => "blockquote",
            ParagraphKind::ListItem => "list_item",
            ParagraphKind::TableRow => "table_row",
            ParagraphKind::Preformatted => "preformatted",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub range: TextRange,
    pub kind: ParagraphKind,
}

/// The dateline at the start of the body, e.g. `WASHINGTON (Reuters) -`: it stays in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline including its closing dash or colon.
    pub range: TextRange,
    /// The place as written, e.g. `HAYWARD, Calif.`.
    pub place: Option<String>,
    /// The date as written in the dateline, e.g. `Nov.3`.
    pub date: Option<String>,
}

/// The news agency credited for the article, wherever the credit stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    pub range: TextRange,
    /// The agency's usual name, e.g. `Reuters`, `AP`, `AFP`, `TASS`.
    pub agency: String,
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }
}

/// One person, organisation or place of an article, with every mention of it merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The index of this entity in the document's entity list.
    pub id: usize,
    pub kind: EntityKind,
    /// The fullest name the article gives, without titles ("Angela Merkel").
    pub name: String,
    pub mentions: Vec<TextRange>,
}

/// How a quotation is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// The speaker's words inside quotation marks.
    Direct,
    /// Reported speech without quotation marks ("X said that ...").
    Indirect,
    /// Reported speech that quotes some of the words ("X said the plan was 'dead'").
    Mixed,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// Who said a quotation, as resolved from its source mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The entity's fullest name.
    pub name: String,
    /// The speaker's role or title as the article gives it.
    pub role: Option<String>,
    /// The speaker's entity in the document's entity list.
    pub entity: Option<usize>,
}

/// One quotation: what was said, the cue that reports it, and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted content, without its quotation marks: for a statement split by its cue
    /// (“A,” she said. “B.”) it runs from A to B, and `parts` holds A and B.
    pub content: TextRange,
    /// The quoted pieces of a split statement, in order; empty when the quotation is one piece.
    pub parts: Vec<TextRange>,
    pub kind: QuoteKind,
    /// The reporting verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<TextRange>,
    /// The mention of the speaker as written ("he", "Maria Lopez").
    pub source: Option<TextRange>,
    /// `None` when the article does not say who spoke: never a guess.
    pub speaker: Option<Speaker>,
}

/// A persuasion technique of the Propaganda Techniques Corpus (SemEval-2020 Task 11).
///
/// What each one is, with an example and its limits, is written once in the techniques crate
/// (`dateline_techniques::explanation`), which both its documentation and `dateline techniques
/// --list` show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Technique {
    LoadedLanguage,
    NameCallingLabeling,
    Repetition,
    ExaggerationMinimisation,
    Doubt,
    AppealToFearPrejudice,
    FlagWaving,
    CausalOversimplification,
    Slogans,
    AppealToAuthority,
    BlackAndWhiteFallacy,
    ThoughtTerminatingCliches,
    WhataboutismStrawMenRedHerring,
    BandwagonReductioAdHitlerum,
}

impl Technique {
    /// Every technique, in the order of the output contract (most frequent in the corpus first).
    pub const ALL: [Technique; 14] = [
        Technique::LoadedLanguage,
        Technique::NameCallingLabeling,
        Technique::Repetition,
        Technique::ExaggerationMinimisation,
        Technique::Doubt,
        Technique::AppealToFearPrejudice,
        Technique::FlagWaving,
        Technique::CausalOversimplification,
        Technique::Slogans,
        Technique::AppealToAuthority,
        Technique::BlackAndWhiteFallacy,
        Technique::ThoughtTerminatingCliches,
        Technique::WhataboutismStrawMenRedHerring,
        Technique::BandwagonReductioAdHitlerum,
    ];

    /// The id in dateline's output (`loaded_language`).
    pub fn id(self) -> &'static str {
        match self {
            Technique::LoadedLanguage => "loaded_language",
            Technique::NameCallingLabeling => "name_calling_labeling",
            Technique::Repetition => "repetition",
            Technique::ExaggerationMinimisation => "exaggeration_minimisation",
            Technique::Doubt => "doubt",
            Technique::AppealToFearPrejudice => "appeal_to_fear_prejudice",
            Technique::FlagWaving => "flag_waving",
            Technique::CausalOversimplification => "causal_oversimplification",
            Technique::Slogans => "slogans",
            Technique::AppealToAuthority => "appeal_to_authority",
            Technique::BlackAndWhiteFallacy => "black_and_white_fallacy",
            Technique::ThoughtTerminatingCliches => "thought_terminating_cliches",
            Technique::WhataboutismStrawMenRedHerring => "whataboutism_straw_men_red_herring",
            Technique::BandwagonReductioAdHitlerum => "bandwagon_reductio_ad_hitlerum",
        }
    }

    /// The label in the corpus files (`Loaded_Language`).
    pub fn corpus_label(self) -> &'static str {
        match self {
            Technique::LoadedLanguage => "Loaded_Language",
            Technique::NameCallingLabeling => "Name_Calling,Labeling",
            Technique::Repetition => "Repetition",
            Technique::ExaggerationMinimisation => "Exaggeration,Minimisation",
            Technique::Doubt => "Doubt",
            Technique::AppealToFearPrejudice => "Appeal_to_fear-prejudice",
            Technique::FlagWaving => "Flag-Waving",
            Technique::CausalOversimplification => "Causal_Oversimplification",
            Technique::Slogans => "Slogans",
            Technique::AppealToAuthority => "Appeal_to_Authority",
            Technique::BlackAndWhiteFallacy => "Black-and-White_Fallacy",
            Technique::ThoughtTerminatingCliches => "Thought-terminating_Cliches",
            Technique::WhataboutismStrawMenRedHerring => "Whataboutism,Straw_Men,Red_Herring",
            Technique::BandwagonReductioAdHitlerum => "Bandwagon,Reductio_ad_hitlerum",
        }
    }

    /// A short name for bracketed highlights in a terminal without colours (`loaded`).
    pub fn short_name(self) -> &'static str {
        match self {
            Technique::LoadedLanguage => "loaded",
            Technique::NameCallingLabeling => "name-calling",
            Technique::Repetition => "repetition",
            Technique::ExaggerationMinimisation => "exaggeration",
            Technique::Doubt => "doubt",
            Technique::AppealToFearPrejudice => "fear",
            Technique::FlagWaving => "flag-waving",
            Technique::CausalOversimplification => "oversimplification",
            Technique::Slogans => "slogan",
            Technique::AppealToAuthority => "authority",
            Technique::BlackAndWhiteFallacy => "black-and-white",
            Technique::ThoughtTerminatingCliches => "cliche",
            Technique::WhataboutismStrawMenRedHerring => "whataboutism",
            Technique::BandwagonReductioAdHitlerum => "bandwagon",
        }
    }

    /// The position in [`Technique::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_id(id: &str) -> Option<Technique> {
        Technique::ALL
            .into_iter()
            .find(|technique| technique.id() == id)
    }

    pub fn from_corpus_label(label: &str) -> Option<Technique> {
        Technique::ALL
            .into_iter()
            .find(|technique| technique.corpus_label() == label)
    }
}

/// A stretch of text that uses a persuasion technique.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TechniqueSpan {
    pub range: TextRange,
    pub technique: Technique,
    /// The model's confidence, from 0 to 1: spans below `--min-score` are not reported.
    pub score: f32,
}

/// Something a stage noticed that the user may want to know, but that did not stop analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub stage: &'static str,
    pub message: String,
}

/// One analysed page.
#[derive(Clone, Debug)]
pub struct Document {
    pub source: Source,
    pub input_kind: InputKind,
    pub text: String,
    pub metadata: ArticleMetadata,
    /// The article body within `text`.
    pub body: TextRange,
    /// Site leftovers inside `text` that are not article (plain-text pages).
    pub boilerplate: Vec<TextRange>,
    pub paragraphs: Vec<Paragraph>,
    pub dateline: Option<Dateline>,
    pub credit: Option<Credit>,
    /// Sentences of the body, in order (filled by the sentences stage).
    pub sentences: Vec<TextRange>,
    /// People, organisations and places (filled by the quotes stage).
    pub entities: Vec<Entity>,
    /// Quotations with their speakers (filled by the quotes stage).
    pub quotes: Vec<Quote>,
    /// Persuasion techniques, ordered by start (filled by the techniques stage).
    pub techniques: Vec<TechniqueSpan>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// A document with its text and nothing found yet: the body is the whole text.
    pub fn new(source: Source, input_kind: InputKind, text: String) -> Document {
        let body = TextRange::new(0, text.len());
        Document {
            source,
            input_kind,
            text,
            metadata: ArticleMetadata::default(),
            body,
            boilerplate: Vec::new(),
            paragraphs: Vec::new(),
            dateline: None,
            credit: None,
            sentences: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            techniques: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// The text of a range of this document, empty when the range does not fit.
    pub fn slice(&self, range: TextRange) -> &str {
        range.slice(&self.text).unwrap_or("")
    }

    pub fn body_text(&self) -> &str {
        self.slice(self.body)
    }

    /// A quotation's words: a statement split by its cue is its quoted parts joined by " … ",
    /// without the cue between them.
    pub fn quote_text(&self, quote: &Quote) -> String {
        if quote.parts.is_empty() {
            self.slice(quote.content).to_string()
        } else {
            quote
                .parts
                .iter()
                .map(|part| self.slice(*part))
                .collect::<Vec<_>>()
                .join(" … ")
        }
    }
}
