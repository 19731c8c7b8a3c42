//! Site leftovers recognised by their words: share and follow prompts, newsletter sign-ups,
//! comment forms, related-story headers, copyright lines, photo credits.
//!
//! Two strengths: a *line* of boilerplate is dropped where it stands; a *section start* ("Leave
//! a Reply", "Related Articles", "About the author") ends the article, and everything after it
//! is boilerplate too. Both HTML blocks and plain-text lines are judged here, so the two paths
//! agree on what is not article.

use std::sync::LazyLock;

use regex::bytes::{RegexSet, RegexSetBuilder};
use regex_automata::{meta, util::syntax};

/// Lines that are boilerplate on their own, wherever they stand.
/// Both sets match bytes with Unicode classes off: every pattern is ASCII words and a few
/// literal symbols, and without Unicode the set compiles to a small automaton. With Unicode
/// case folding on, matching these sets took a quarter of all extraction time.
fn ascii_set<const N: usize>(patterns: [&str; N]) -> RegexSet {
    RegexSetBuilder::new(patterns.iter().map(|pattern| format!("(?-u){pattern}")))
        .dfa_size_limit(32 * 1024 * 1024)
        .build()
        .expect("valid regex set")
}

/// The same as [`ascii_set`] for a set only asked whether any pattern matches, built without a
/// literal prefilter. Building the prefilter from thirty case-insensitive patterns took two
/// thirds of the set's compile time, which every process pays once (about 2 ms of a
/// 200 ms run over a hundred pages); on lines of a few words it saves nothing.
fn ascii_set_without_prefilter<const N: usize>(patterns: [&str; N]) -> meta::Regex {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .utf8_empty(false)
                .hybrid_cache_capacity(32 * 1024 * 1024),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build_many(&patterns)
        .expect("valid regex set")
}

static BOILERPLATE_LINE: LazyLock<meta::Regex> = LazyLock::new(|| {
    ascii_set_without_prefilter([
        r"(?i)^(?:share|tweet|email|print|pin|whatsapp|reddit|linkedin|facebook|twitter|x|telegram|copy link|comments?|save|gift this article)(?:\s*(?:this|on|via|article|story|(?:[|/,]|•|·)))*\s*[:!]?$",
        r"(?i)^(?:share (?:this|on|via)|click (?:here )?to share|share this (?:article|story|page)|like this:?|share this:?)",
        r"(?i)^(?:follow (?:us|me)|like us on|join us on|find us on|connect with us)\b",
        r"(?i)^(?:sign up|subscribe|register|get our|get the latest|don't miss|never miss)\b.*(?:newsletter|inbox|email|updates|alerts|subscribe|free)\b",
        r"(?i)^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|scroll to continue|continue reading(?: below)?|story continues below(?: advertisement)?|article continues below)\s*$",
        r"(?i)^(?:-|–|—|\s)*advertisement(?:-|–|—|\s)*(?:page continues below|story continues below|continue reading below)?(?:-|–|—|\s)*$",
        r"(?i)^(?:swipe to scroll horizontally|scroll to see more|tap to expand|click to expand|this newsletter may contain advertising)",
        r"(?i)^(?:read more|read also|see also|also read|more:|recommended|watch:|video:|listen:|related:)\s*:?",
        r"(?i)^(?:©|\(c\)|copyright\b)",
        r"(?i)all rights reserved\.?\s*$",
        r"(?i)^this (?:article|story|content|document) (?:is|was) (?:subject to copyright|originally published|republished)",
        r"(?i)^(?:photo|image|picture|credit|photograph|illustration|file photo|source)\s*(?:credit)?\s*:",
        r"(?i)^(?:getty images|afp via getty images|reuters/|ap photo|shutterstock)\b",
        r"(?i)^(?:tags?|topics?|categories|filed under|posted in)\s*:",
        r"(?i)^(?:your email address will not be published|required fields are marked|name\s*\*|email\s*\*|website|post comment|submit comment|notify me of)",
        r"(?i)^(?:we use cookies|this (?:site|website) uses cookies|by (?:using|continuing)).*(?:cookies|privacy|terms)",
        r"(?i)^(?:skip to (?:main )?content|jump to|toggle navigation|menu|search|home)\s*$",
        r"(?i)^(?:previous|next) (?:article|post|story)\b",
        r"(?i)^(?:citation|retrieved \d|explore further|more information:|journal information:|provided by)\b",
        r"(?i)^(?:we want to hear from you|have a news tip|got a tip|send us a tip|contact the author|reach the reporter)\b",
        r"(?i)^(?:updated|published|posted|last updated|first published)\s*:?.*\d{1,2}:\d{2}",
        r"(?i)^(?:click here|tap here)\b.*\b(?:app|subscribe|newsletter|sign up)\b",
        r"(?i)^(?:sign up|subscribe|get|receive|join|start your day)\b.*\bnewsletter\b|\b(?:delivered|straight|directly) (?:right |straight |directly )?to your inbox\b",
        r"(?i)^(?:you have been successfully subscribed|thanks? for (?:subscribing|signing up)|there was a problem subscribing)",
        r"(?i)^subscribe (?:to|for)\b",
        r"(?i)^(?:want more stories like this|don'?t miss|most read|editor'?s picks?|more from|recommended)\s*(?:[:?!.]|…)*$",
        r"(?i)^disclaimer\s*:",
        r"(?i)\b(?:support (?:our|independent|local|quality) (?:journalism|newsroom|reporting)|contribut(?:e|ion of) as little as|become a (?:member|subscriber|patron)|we may (?:receive|earn) (?:a )?(?:compensation|commission|affiliate))",
        r"^\d+ of \d+$",
        r"(?i)^(?:courtesy(?: of)?|photo courtesy)\b",
        // "Show Caption", "Submitted photo" on lines of their own.
        r"(?i)^(?:show|hide|expand|collapse) caption$",
        r"(?i)^(?:submitted|file|contributed|handout) (?:photo|image|picture)$",
        // A publishing system's notes to the page's editors, and audio prompts.
        r"(?i)^you (?:are the owner of|have permission to edit) this article\.?$",
        r"(?i)^enjoy more audio and podcasts on\b",
        r"(?i)^you(?:'|’)re reading (?:the )?.{0,60}newsletter\b",
    ])
});

/// Affiliate notes and photo credits: their patterns hold free stretches (`.{0,80}`), which cost
/// a sixth of all extraction time run on every block, so they run only on a line holding one of
/// their words (see [`is_boilerplate_line`]).
static AFFILIATE_NOTE_OR_CREDIT: LazyLock<meta::Regex> = LazyLock::new(|| {
    ascii_set_without_prefilter([
        // Affiliate notes: "If you click on a link and make a purchase we may receive a small
        // commission", "All products featured on Glamour are independently selected by our
        // editors", "eWEEK content and product recommendations are editorially independent".
        // (Only beside the words of a purchase: "this is how we make money," a source says.)
        r"(?i)(?:purchase|click|links?|products?|affiliate|buy)\b.{0,80}\bwe (?:may |might )?(?:receive|earn|get|make) (?:a )?(?:small )?(?:share of |portion of )?(?:compensation|commissions?|revenue|money)\b",
        r"(?i)\bwe (?:may |might )?(?:receive|earn|get|make) (?:a )?(?:small )?(?:share of |portion of )?(?:compensation|commissions?|revenue|money)\b.{0,80}\b(?:purchase|click|links?|products?|affiliate|partners?|buy)",
        r"(?i)\b(?:has|have) affiliate (?:partnerships|relationships|links)\b",
        r"(?i)^(?:all |the )?products? (?:featured|discussed|mentioned)(?: here| on [\w .]+)? (?:are|were) independently (?:selected|chosen)",
        r"(?i)\bproduct recommendations are editorially independent\b",
        // A photo's credit on a line of its own: "Chris Jackson/Getty Images", "James Manning -
        // Pa Images | Getty Images".
        r"(?i)^.{0,60}(?:/|\| |- |via )(?:getty images|ap photo|ap|reuters|afp|shutterstock|pa images|epa|bloomberg)\s*$",
    ])
});

/// Words one of which every line [`AFFILIATE_NOTE_OR_CREDIT`] matches holds.
const AFFILIATE_OR_CREDIT_WORDS: &[&str] = &[
    "ommission",
    "ompensation",
    "revenue",
    "money",
    "ndependent",
    "ffiliate",
    "Images",
    "images",
    "AP",
    "Reuters",
    "AFP",
    "Shutterstock",
    "EPA",
    "Bloomberg",
];

/// Lines after which the article is over: comment sections, related lists, author boxes.
/// The same sections in the other languages of the outlets our users read (Russian, Spanish,
/// Portuguese, French, German, Italian): comment sections first, lists of other stories second.
/// The patterns are in lower case and run on the line lowercased, for Cyrillic and accented
/// capitals: Unicode case folding in the patterns compiled twice as slowly (half a millisecond
/// of every process), and the set only runs on short lines, where lowercasing costs little.
static SECTION_START_OTHER_LANGUAGES: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    regex::RegexSet::new([
        r"^(?:комментарии|добавить (?:комментарий|отзыв)|оставить (?:комментарий|отзыв)|оставьте (?:комментарий|отзыв)|отзывы|comentarios|deja (?:un comentario|una respuesta)|comentários|deixe (?:um comentário|uma resposta)|commentaires|laisser un commentaire|laisser une réponse|kommentare|kommentar schreiben|schreibe(?:n sie)? einen kommentar|commenti|lascia un commento|lascia una risposta)\s*:?$",
        r"^(?:читайте также|смотрите также|похожие (?:статьи|новости|материалы|записи)|другие новости|новости по теме|самые популярные(?: \p{L}+)?|популярное|noticias relacionadas|art[íi]culos relacionados|te puede interesar|lo más (?:leído|visto)|más noticias|notícias relacionadas|leia também|veja também|mais lidas|articles similaires|(?:à )?lire aussi|sur le même sujet|les plus lus|das könnte sie auch interessieren|mehr zum thema|meistgelesen|weitere artikel|articoli correlati|leggi anche|potrebbe interessarti|(?:ti )?potrebbe (?:interessarti|piacerti)|você (?:também )?(?:pode|poderá) gostar|(?:también )?te puede (?:interesar|gustar)|vous aimerez (?:peut-être )?aussi|das könnte dich auch interessieren|вам (?:также )?может (?:понравиться|быть интересно))\s*(?:[:.!]|…)*$",
    ])
    .expect("valid regex set")
});

/// The index in [`SECTION_START_OTHER_LANGUAGES`] of the pattern for lists of other stories.
const RELATED_PATTERN_OTHER_LANGUAGES: usize = 1;

/// The index in [`SECTION_START`] of the pattern for lists of other stories.
const RELATED_PATTERN: usize = 1;

static SECTION_START: LazyLock<RegexSet> = LazyLock::new(|| {
    ascii_set([
        r"(?i)^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|comments? \(\d+\)|\d+ comments?|comments?\s*:?|show comments|view comments|reader comments|what do you think\??)\s*$",
        r"(?i)^(?:related (?:articles?|stories|posts|news|content|coverage|reading|videos?)|more (?:stories|news|articles|videos) (?:from|on|like this|in)\b.*|you (?:may|might) also (?:like|be interested in|enjoy)|recommended (?:for you|stories|reading|videos)|most (?:popular|read|viewed|shared)(?: stories| articles)?|trending(?: now| stories)?|popular (?:stories|posts)|(?:top|latest) (?:news|stories|posts|headlines)(?: in .*)?|in other news|around the web|from the web|elsewhere on .*)\s*(?:[:.!]|…)*$",
        r"(?i)^(?:about the author|about the authors|author bio|more from (?:this|the) author|meet the author)\s*:?$",
        r"(?i)^(?:share this:?|like this:?|share on social media)\s*$",
    ])
});

/// Names on share-button rows, in the languages of the outlets users read.
const SHARE_BUTTON_WORDS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e-mail",
    "mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "vk",
    "ok",
    "linkedin",
    "reddit",
    "pinterest",
    "pin",
    "pint",
    "tumblr",
    "flipboard",
    "messenger",
    "sms",
    "copy",
    "link",
    "comments",
    "comment",
    "save",
    "baixar",
    "compartir",
    "compartilhar",
    "partager",
    "teilen",
    "condividi",
    "поделиться",
    "skype",
    "viber",
    "line",
    "wechat",
    "weibo",
    "google",
    "gmail",
    "buffer",
    "pocket",
    "mix",
    "threads",
    "bluesky",
];

/// Whether a whole line or block is boilerplate where it stands.
pub fn is_boilerplate_line(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= 400
        && (BOILERPLATE_LINE.is_match(line.as_bytes())
            || is_share_button_row(line)
            || (AFFILIATE_OR_CREDIT_WORDS
                .iter()
                .any(|word| line.contains(word))
                && AFFILIATE_NOTE_OR_CREDIT.is_match(line.as_bytes())))
}

/// "Whatsapp Facebook Pint Baixar": a row of share buttons, every word a network or an action.
/// Runs for every block of every page, so it stops at the first word that is not a button and
/// lowercases without allocating where the word is ASCII.
fn is_share_button_row(line: &str) -> bool {
    // Twelve of the longest button words ("поделиться" is 20 bytes) and their separators.
    const LONGEST_ROW_BYTES: usize = 12 * 24;
    if line.len() > LONGEST_ROW_BYTES {
        return false;
    }
    let mut words = 0;
    for word in line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '/'))
        .filter(|word| !word.is_empty())
    {
        words += 1;
        let is_button = if word.is_ascii() {
            SHARE_BUTTON_WORDS
                .iter()
                .any(|button| button.eq_ignore_ascii_case(word))
        } else {
            SHARE_BUTTON_WORDS.contains(&word.to_lowercase().as_str())
        };
        if words > 12 || !is_button {
            return false;
        }
    }
    words >= 2
}

/// Whether a line opens a trailing section that ends the article.
pub fn starts_trailing_section(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= 80
        && (SECTION_START.is_match(line.as_bytes())
            || SECTION_START_OTHER_LANGUAGES.is_match(&line.to_lowercase()))
}

/// Notes that close an article after its last paragraph: the writer's line ("Charlie Savage
/// writes about national security ...", "Jane Doe is a staff writer at ...", "—Staff writer Cam
/// Kettles can be reached at ..."), the print edition's ("A version of this article appears in
/// print on ..."), a disclaimer. Judged only at the end of an
/// article, never where they stand: "Smith writes about her childhood" opens a paragraph of a
/// book review. ("Follow NBC Latino on Facebook" stays: the ScrapingHub benchmark's annotators
/// keep such lines as the article's.)
static CLOSING_NOTE: LazyLock<meta::Regex> = LazyLock::new(|| {
    ascii_set_without_prefilter([
        r"(?i)^(?:-|–|—|\s)*(?:[a-z.'-]+\s+){1,5}(?:can|may) be (?:reached|contacted|emailed) (?:at|by|on|via)\b",
        r"(?i)^(?:contact|reach|email) (?:the )?(?:reporter|writer|author|columnist|editor)\b",
        r"(?i)^(?:[a-z.'-]+\s+){1,4}(?:writes|reports) (?:about|on)\b",
        r"(?i)^(?:[a-z.'-]+\s+){1,4}covers\b.*\bfor\b",
        r"(?i)^(?:[a-z.'-]+\s+){1,4}is an? (?:(?:senior|staff|contributing|freelance|political|national|deputy|associate|investigative|health|science|tech|sports|business|news)\s+)*(?:writer|reporter|correspondent|editor|columnist)\b",
        r"(?i)^a version of this (?:article|story) (?:appears|appeared) in print\b",
        r"(?i)^disclaimer\s*:",
    ])
});

/// Whether a block or line is a note that closes an article (see [`CLOSING_NOTE`]), asked only
/// of the article's last blocks.
pub fn is_closing_note(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && line.len() <= 800 && CLOSING_NOTE.is_match(line.as_bytes())
}

/// Whether a trailing section is a list of other stories ("Related news", "Most read"), the
/// kind of box sites also set inside an article.
pub fn starts_related_section(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.len() <= 80
        && (SECTION_START
            .matches(line.as_bytes())
            .matched(RELATED_PATTERN)
            || SECTION_START_OTHER_LANGUAGES
                .matches(&line.to_lowercase())
                .matched(RELATED_PATTERN_OTHER_LANGUAGES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_prompts_and_forms() {
        for line in [
            "Share this article",
            "Follow us on Twitter",
            "Sign up for our daily newsletter",
            "Advertisement",
            "Your email address will not be published. Required fields are marked *",
            "© 2023 Example Media. All rights reserved.",
            "Tags: politics, elections",
            "Photo: Jane Doe/Reuters",
            "Whatsapp Facebook Pint Baixar",
            "Subscribe to WIRED and stay smart with more of your favorite writers.",
            "If you click on a link and make a purchase we may receive a small commission.",
            "All products featured on Glamour are independently selected by our editors.",
            "eWEEK content and product recommendations are editorially independent.",
            "Us Weekly has affiliate partnerships. We receive compensation when you click.",
            "Chris Jackson/Getty Images",
            "James Manning - Pa Images | Pa Images | Getty Images",
            "Show Caption",
            "Submitted photo",
            "You have permission to edit this article.",
            "You’re reading the Today’s Opinions newsletter. Sign up to get it in your inbox.",
        ] {
            assert!(is_boilerplate_line(line), "{line}");
        }
        assert!(starts_trailing_section("Leave a Reply"));
        assert!(starts_trailing_section("Related Articles"));
        assert!(starts_trailing_section("About the author"));
        assert!(starts_trailing_section("Добавить отзыв"));
        assert!(starts_trailing_section("Laisser un commentaire"));
        assert!(starts_related_section("Читайте также:"));
        assert!(starts_related_section("Noticias relacionadas"));
        assert!(!starts_related_section("Добавить комментарий"));
    }

    #[test]
    fn recognises_the_notes_that_close_an_article() {
        for line in [
            "Charlie Savage writes about national security and legal policy from Washington.",
            "—Staff writer Cam E. Kettles can be reached at cam.kettles@example.org.",
            "Contact reporter Greyson Steele at gsteele@example.org",
            "Kent German is a News Editor at SFGATE. A California native, he's a USF graduate.",
            "A version of this article appears in print on , Section A, Page 13 of the New York edition.",
            "Disclaimer: All rights reserved for writing and editorial content.",
        ] {
            assert!(is_closing_note(line), "{line}");
        }
        for line in [
            "The mayor said the repairs could not wait another year.",
            "Follow NBC Latino on Facebook, Twitter and Instagram.",
            "Officials can be seen at the site every morning.",
        ] {
            assert!(!is_closing_note(line), "{line}");
        }
    }

    #[test]
    fn keeps_article_sentences() {
        for line in [
            "Share prices fell sharply on Tuesday after the announcement.",
            "He told reporters to follow the money.",
            "The newsletter, which has 10,000 subscribers, was closed in May.",
            "Comments from the minister drew criticism across the region.",
            "“This is how we make money,” the owner said of the late shifts.",
            "The products were independently tested by the agency in March.",
        ] {
            assert!(!is_boilerplate_line(line), "{line}");
            assert!(!starts_trailing_section(line), "{line}");
        }
    }
}
