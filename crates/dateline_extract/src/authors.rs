//! Clean person names from bylines and author metadata.
//!
//! A byline arrives as "By JANE DOE and John Smith, Associated Press | Dec. 3, 2023": this module
//! strips the lead-in, the dates, the roles and the outlet, splits the names and keeps only what
//! looks like a person's name. An outlet posing as an author ("Reuters", "Staff") is dropped.

use std::sync::LazyLock;

use regex::Regex;

static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:written|posted|reported|reporting|compiled|edited|story|text|words|photos?)\s+)?(?:by|from|von|par|por|di)\s*:?\s+")
        .expect("valid regex")
});

static SEPARATORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:,|;|\||&|/|\band\b|\bund\b|\bet\b|\by\b|\bwith\b|\n|·|•)\s*")
        .expect("valid regex")
});

/// Words that mark a name as an outlet, desk or role rather than a person.
const NOT_A_PERSON: &[&str] = &[
    "today",
    "redazione",
    "redaction",
    "arts",
    "sports",
    "name",
    "by",
    "gazette",
    "telegram",
    "courier",
    "herald",
    "enquirer",
    "chronicle",
    "associated",
    "reporting",
    "password",
    "profile",
    "edit",
    "login",
    "log",
    "sign",
    "account",
    "subscriber",
    "subscribe",
    "menu",
    "search",
    "close",
    "open",
    "home",
    "contact",
    "about",
    "privacy",
    "cookie",
    "cookies",
    "forget",
    "forgot",
    "community",
    "goty",
    "register",
    "news",
    "press",
    "staff",
    "reuters",
    "agency",
    "agencies",
    "editor",
    "editors",
    "editorial",
    "team",
    "desk",
    "wire",
    "wires",
    "service",
    "services",
    "media",
    "online",
    "correspondent",
    "contributor",
    "contributors",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "admin",
    "administrator",
    "newsroom",
    "bureau",
    "times",
    "post",
    "journal",
    "tribune",
    "daily",
    "magazine",
    "tass",
    "afp",
    "ap",
    "upi",
    "irna",
    "xinhua",
    "bloomberg",
    "cnn",
    "bbc",
    "updated",
    "published",
    "guest",
    "anonymous",
    "unknown",
    "sponsored",
    "content",
    "partner",
    "report",
    "network",
    "group",
    "inc",
    "llc",
    "ltd",
    "com",
    "www",
    "http",
    "https",
    "facebook",
    "twitter",
    "email",
    "share",
    "follow",
    "more",
    "view",
    "all",
    "posts",
    "articles",
    "read",
    "min",
];

/// Lower-case particles that may stand inside a name.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "al", "el",
    "bin", "bint", "ibn", "y", "dos", "das", "do", "st.", "mc", "ter", "ten",
];

/// Degrees and professional credentials that bylines run on after a name ("Lauren Manaker MS,
/// RDN, LD", "Robert Moffit, Ph.D."): they are not part of the name.
const CREDENTIALS: &[&str] = &[
    "md", "ms", "msc", "ma", "mba", "mph", "phd", "rd", "rdn", "ld", "ldn", "rn", "cpt", "cscs",
    "cfp", "cfa", "cpa", "dds", "dvm", "jd", "esq", "facs", "np", "lcsw", "ibclc", "mfa", "bsc",
    "psyd", "edd", "dpt", "cdces", "cde", "nsca-cpt", "ace-cpt", "crnp", "aprn", "pharmd",
];

/// Whether a word is a credential as bylines write them: listed, and written in capitals or in
/// the mixed case of "PhD" and "MSc" (so the surname "Ma" stays).
fn is_credential(word: &str) -> bool {
    let bare: String = word.chars().filter(|c| *c != '.' && *c != ',').collect();
    let lowered = bare.to_lowercase();
    CREDENTIALS.contains(&lowered.as_str())
        && bare.chars().next().is_some_and(char::is_uppercase)
        && bare.chars().filter(|c| c.is_uppercase()).count() >= 2
}

static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s+(?:[-–—|]\s*|is\s+an?\s+|is\s+the\s+).*$").expect("valid regex")
});

/// Splits and cleans a byline or an author field into person names.
pub fn clean_author_names(raw: &str) -> Vec<String> {
    clean_author_names_of_outlets(raw, &[])
}

/// Like [`clean_author_names`], also cutting the outlet's own name where a byline runs it on
/// after the person ("Jim Walsh Cherry Hill Courier-Post"). `outlets` are the names the page
/// gives its outlet (site name, publisher); each is also tried without a leading "The", and the
/// longest is cut first, so that "Sarah Barnacle Worcester Telegram & Gazette" loses the whole
/// publisher's name ("The Worcester Telegram & Gazette") rather than the site's shorter one.
pub fn clean_author_names_of_outlets(raw: &str, outlets: &[&str]) -> Vec<String> {
    let mut names = Vec::new();
    let mut raw = raw.replace(['\u{a0}', '\t'], " ");
    // Without its "The", a one-word name ("The Hill") would cut a surname.
    let mut tails: Vec<&str> = outlets
        .iter()
        .map(|outlet| outlet.trim())
        .flat_map(|outlet| {
            let without_the = outlet
                .strip_prefix("The ")
                .filter(|rest| rest.split_whitespace().nth(1).is_some());
            std::iter::once(outlet).chain(without_the)
        })
        .collect();
    tails.sort_by_key(|tail| std::cmp::Reverse(tail.len()));
    for tail in
        tails
            .into_iter()
            .chain(["The Associated Press", "Associated Press", "Reuters", "AFP"])
    {
        let tail = tail.trim();
        if tail.len() >= 3 {
            if let Some(position) = raw.rfind(tail) {
                if position > 0 && raw[position + tail.len()..].trim().is_empty() {
                    raw.truncate(position);
                }
            }
        }
    }
    let without_lead_in = LEAD_IN.replace(raw.trim(), "");
    for part in SEPARATORS.split(&without_lead_in) {
        if let Some(name) = clean_one_name(part) {
            if !names
                .iter()
                .any(|known: &String| known.eq_ignore_ascii_case(&name))
            {
                names.push(name);
            }
        }
    }
    names
}

fn clean_one_name(part: &str) -> Option<String> {
    let part = LEAD_IN.replace(part.trim(), "");
    let part = ROLE_TAIL.replace(&part, "");
    let part = part
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'')
        .trim_end_matches(['.', ',']);
    if part.is_empty() || part.len() > 60 || part.contains('@') || part.contains("://") {
        return None;
    }
    if part.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut words: Vec<&str> = part.split_whitespace().collect();
    while words.len() > 2 && words.last().is_some_and(|word| is_credential(word)) {
        words.pop();
    }
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let mut capitalised_words = 0;
    for word in &words {
        let lowered = word.to_lowercase();
        let bare = lowered.trim_matches(|c: char| !c.is_alphanumeric());
        if NOT_A_PERSON.contains(&bare) {
            return None;
        }
        let first = word.chars().next()?;
        if first.is_uppercase() {
            capitalised_words += 1;
        } else if !NAME_PARTICLES.contains(&lowered.as_str()) {
            return None;
        }
        if !word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        {
            return None;
        }
        // A dot inside a word is a domain ("Tennis.com"), unless the word is initials ("C.J.").
        let inner = word.trim_end_matches('.');
        if inner.contains('.') && inner.split('.').any(|piece| piece.chars().count() > 1) {
            return None;
        }
    }
    // One word is a handle, an outlet or a leftover ("The", "Name") far more often than a
    // person, and a name opening with "The" is an outlet or a desk.
    if capitalised_words == 0 || words.len() < 2 || words[0].eq_ignore_ascii_case("the") {
        return None;
    }
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_lead_in_roles_dates_and_outlets() {
        assert_eq!(
            clean_author_names("By JANE DOE and John Smith, Associated Press"),
            vec!["JANE DOE", "John Smith"]
        );
        assert_eq!(
            clean_author_names("By Maria Lopez | Dec. 3, 2023 | 5 min read"),
            vec!["Maria Lopez"]
        );
        assert_eq!(clean_author_names("Reuters"), Vec::<String>::new());
        assert_eq!(clean_author_names("Staff Writer"), Vec::<String>::new());
        assert_eq!(
            clean_author_names("Aaron Scott ,  Berly McCoy ,  Rebecca Ramirez"),
            vec!["Aaron Scott", "Berly McCoy", "Rebecca Ramirez"]
        );
        assert_eq!(
            clean_author_names("Ludwig van Beethoven"),
            vec!["Ludwig van Beethoven"]
        );
        assert_eq!(clean_author_names("Caitlin O'Kane"), vec!["Caitlin O'Kane"]);
        assert_eq!(
            clean_author_names("Lauren Manaker MS, RDN, LD"),
            vec!["Lauren Manaker"]
        );
        assert_eq!(
            clean_author_names("Heather Eastman NSCA-CPT"),
            vec!["Heather Eastman"]
        );
        assert_eq!(
            clean_author_names("Robert E. Moffit, Ph.D."),
            vec!["Robert E. Moffit"]
        );
        assert_eq!(clean_author_names("Jack Ma"), vec!["Jack Ma"]);
        assert_eq!(
            clean_author_names_of_outlets(
                "Sarah Barnacle Worcester Telegram & Gazette",
                &["Telegram & Gazette", "The Worcester Telegram & Gazette"]
            ),
            vec!["Sarah Barnacle"],
            "the publisher's longer name is cut whole"
        );
        assert_eq!(
            clean_author_names_of_outlets("Jane Hill", &["The Hill"]),
            vec!["Jane Hill"],
            "a one-word outlet name without its 'The' is not cut from a surname"
        );

        assert_eq!(
            clean_author_names("Jane Doe - Senior Political Correspondent"),
            vec!["Jane Doe"]
        );
        assert_eq!(
            clean_author_names("https://facebook.com/jane"),
            Vec::<String>::new()
        );
    }
}
