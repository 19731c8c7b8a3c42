//! People named in an article, and which of them a source mention ("he", "Ms. White", "the
//! spokeswoman") refers to.
//!
//! A person enters the register when the article names them as a source or with a title
//! ("Gov. Mike Pence", "Chancellor Merkel"). Mentions are merged by surname, so "Angela Merkel",
//! "Chancellor Merkel" and "Merkel" are one person whose name is the fullest form seen. Titles
//! and honorifics are kept apart from the name and become the person's role when no apposition
//! gives one. Pronouns resolve to the person most recently mentioned before them; descriptions
//! resolve to the person whose role contains the description's head noun. Anything else stays
//! unresolved: no guessing.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use dateline_document::{floor_char_boundary, Entity, EntityKind, TextRange};

use crate::given_names;
use crate::learned_cues::Fnv1a;
use crate::organisations::{self, is_organisation_marker};
use regex::Regex;

/// Titles and honorifics that stand before a name and are not part of it.
pub const TITLES: &[&str] = &[
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Minister",
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Chancellor",
    "Secretary",
    "Secretary of State",
    "Secretary-General",
    "UN Secretary-General",
    "Governor",
    "Gov.",
    "Senator",
    "Sen.",
    "Sens.",
    "Rep.",
    "Reps.",
    "Govs.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Councilor",
    "Councilman",
    "Councilwoman",
    "Alderman",
    "Assemblyman",
    "Assemblywoman",
    "Mayor",
    "Judge",
    "Justice",
    "General",
    "Gen.",
    "Lt.",
    "Col.",
    "Colonel",
    "Maj.",
    "Major",
    "Capt.",
    "Captain",
    "Adm.",
    "Admiral",
    "Sgt.",
    "Sergeant",
    "Gov",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Rev.",
    "Reverend",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Imam",
    "Ayatollah",
    "Rabbi",
    "Father",
    "Sister",
    "Ambassador",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Speaker",
    "Leader",
    "Chief",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Coach",
    "the late",
    "Attorney General",
    "Sheriff",
    "Officer",
    "Detective",
    "Inspector",
    "Superintendent",
    "Premier",
    "Emir",
    "Crown Prince",
    "Sultan",
    "Patriarch",
    "Metropolitan",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Administrator",
    "Deputy Administrator",
    "Lieutenant",
    "First Lieutenant",
    "Second Lieutenant",
    "Lieutenant Colonel",
    "Lieutenant General",
    "Commander",
    "President-elect",
    "Senator-elect",
    "Pastor",
];

/// A title, then one to four capitalised words: "Gov. Mike Pence", "Chancellor Merkel".
static TITLED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let mut titles: Vec<&str> = TITLES.to_vec();
    titles.sort_by_key(|title| std::cmp::Reverse(title.len()));
    let alternation = titles
        .iter()
        .map(|title| regex::escape(title))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?-u:\b)(?P<title>{alternation})\s+(?P<name>{NAME_WORD}(?:\s+(?:{NAME_WORD}|{PARTICLE})){{0,3}})"
    ))
    .expect("valid regex")
});

/// Two or three capitalised words in a row.
static UNTITLED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){NAME_WORD}[ ]+(?:{NAME_WORD}[ ]+)?{NAME_WORD}"
    ))
    .expect("valid regex")
});

/// Words that make a run of capitalised words a place.
const PLACE_WORDS: &[&str] = &[
    "Route",
    "Pueblo",
    "Sea",
    "River",
    "Ocean",
    "Road",
    "Avenue",
    "Square",
    "Bridge",
    "Park",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Lake",
    "Valley",
    "Coast",
    "Bay",
    "Gulf",
    "Strait",
    "Canal",
    "Airport",
    "Station",
    "Port",
    "Harbour",
    "Harbor",
    "County",
    "City",
    "Province",
    "Region",
    "District",
    "Square",
    "Hall",
    "Stadium",
    "Hospital",
    "School",
    "College",
    "Church",
    "Cathedral",
    "Palace",
    "Tower",
    "Building",
    // Rarely a surname ("Hills", "Lane" and "Forest" are, and stay out).
    "Point",
    "Beach",
    "Falls",
    "Springs",
    "Heights",
    "Street",
    "Boulevard",
    "Creek",
    "Canyon",
    "Peninsula",
    "Plaza",
    "Museum",
    "Library",
    "Arena",
    "Mall",
    "Bowl",
    "Shrine",
    "Temple",
    "Ruins",
    "Pond",
    "Lagoon",
    "Mile",
    "Strip",
];

/// Whether a word is part of a title ("Minister", "Deputy", "Foreign").
pub fn is_title_word(word: &str) -> bool {
    matches!(
        word,
        "Deputy"
            | "Foreign"
            | "Vice"
            | "Acting"
            | "Former"
            | "Chief"
            | "Senior"
            | "Executive"
            | "General"
    ) || TITLE_WORDS.contains(word)
}

/// Every word of every title, looked up once per capitalised word of the text.
static TITLE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    TITLES
        .iter()
        .flat_map(|title| title.split_whitespace())
        .collect()
});

/// Two- and three-word places that look like names.
const PLACE_NAMES: &[&str] = &[
    "New York",
    "Los Angeles",
    "San Francisco",
    "United States",
    "United Kingdom",
    "Hong Kong",
    "Saudi Arabia",
    "South Africa",
    "North Korea",
    "South Korea",
    "New Zealand",
    "Las Vegas",
    "New Jersey",
    "New Hampshire",
    "New Mexico",
    "North Carolina",
    "South Carolina",
    "West Virginia",
    "Rhode Island",
    "White House",
    "Wall Street",
    "Capitol Hill",
    "Middle East",
    "Soviet Union",
    "European Union",
    "Puerto Rico",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "San Diego",
    "Tel Aviv",
    "Buenos Aires",
    "Abu Dhabi",
    "New Delhi",
    "Kuala Lumpur",
    "Cape Town",
    "Rio de Janeiro",
    "Sao Paulo",
    "St. Louis",
    "New Orleans",
    "Salt Lake City",
    "Washington D.C.",
    "North Dakota",
    "South Dakota",
    "Great Britain",
    "Northern Ireland",
    "West Bank",
    "Gaza Strip",
    "Golan Heights",
    "Pearl Harbor",
    "Silicon Valley",
    "Fox News",
    "Supreme Court",
];

/// One word of a name: capitalised, with inner apostrophes, hyphens or an initial's dot.
/// Letters are ranges (Latin and Cyrillic), not `\p{L}`, for the speed of the automata; see
/// the `attribution` module.
pub const NAME_WORD: &str = r"[A-ZÀ-ÖØ-ÞĀ-ɏЀ-Я][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*\.?";
/// A particle inside a name ("Charles de Gaulle", "Ursula von der Leyen"): a whole word, so that
/// "Luis Ortega defended" is not read as "Luis Ortega de".
pub const PARTICLE: &str = r"(?:de|da|van|von|der|al|bin|ibn|la|le|del|di|dos|du)(?-u:\b)";

/// Words that make a run of capitalised words an event or a show ("Labor Day", "the National
/// Baptist Convention", "The Laura Ingraham Show"), not a person.
const EVENT_WORDS: &[&str] = &[
    "Day",
    "Eve",
    "Week",
    "Convention",
    "Conference",
    "Summit",
    "Games",
    "Olympics",
    "Cup",
    "Festival",
    "Awards",
    "Prize",
    "Show",
    "Debates",
    // Laws and programmes ("the Freedom of Information Act", "Medicare Advantage Plan").
    "Act",
    "Amendment",
    "Treaty",
    "Accord",
];

/// Words that start with a capital but are not names.
const NOT_NAME_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "As",
    "Whether",
    "Though",
    "Although",
    "Unless",
    "Until",
    "Because",
    "Since",
    "To",
    "For",
    "With",
    "From",
    "By",
    "Of",
    "Or",
    "So",
    "Yet",
    "Nonetheless",
    "However",
    "Still",
    "Meanwhile",
    "Instead",
    "Also",
    "Even",
    "Only",
    "Here",
    "There",
    "What",
    "Why",
    "How",
    "Where",
    "Which",
    "Who",
    // Determiners before names: "Neither Cruz nor Rubio", "Both Sanders and Clinton".
    "Both",
    "Neither",
    "Either",
    "Many",
    "Not",
    // Prepositions opening a sentence before a name: "Given Sanders' success, ...".
    "Given",
    "Despite",
    "Unlike",
    "Like",
    "Amid",
    "Among",
    "Against",
    "Without",
    "During",
    "Following",
    "Upon",
    "Through",
    "Throughout",
    "Toward",
    "Towards",
    // Roles in court papers, capitalised before a surname ("Defendant Bingenheimer").
    "Defendant",
    "Plaintiff",
    "Petitioner",
    "Respondent",
];

/// Words that open names of places and things, never of a person: "New Yorkers", "Old
/// Forks", "Holy Spirit", "Southern California", "Team Trump", "Real Donald Trump" (a
/// handle). A run they open is no name at all ("New Jersey Generals" does not leave "Jersey
/// Generals").
const NOT_NAME_OPENING_WORDS: &[&str] = &[
    "New",
    "Old",
    "Holy",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Team",
    "Real",
    // Places: "North Gaza", "South Florida", "Mount Hood", "San Antonio", "Los Alamos".
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "Mount",
    "Fort",
    "Lake",
    "San",
    "Santa",
    "Los",
    "Las",
    "Rio",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    // An address ("Dear Abby", "Dear Friends"); "Robert Lewis Dear" is a name.
    "Dear",
    // A run opened by these is a heading or a slogan, not a name: "Do Not Disturb", "No
    // Child Left Behind", "Are Vital", "Absent Sanders, ...".
    "No",
    "Do",
    "Are",
    "Absent",
    "Pacific",
    "Atlantic",
    // Adjectives of institutions, events and things: "National Weather Service", "Federal
    // Reserve", "Great Recession", "Best Buy", "Summary Studies" (a list's heading), "Make
    // America Great", "Presumptive Republican nominee ...".
    "National",
    "International",
    "Federal",
    "United",
    "Middle",
    "Islamic",
    "Public",
    "Human",
    "Civil",
    "Digital",
    "Native",
    "Economic",
    "Environmental",
    "Trade",
    "Super",
    "Ultra",
    "Final",
    "Royal",
    "Golden",
    "Free",
    "Cold",
    "Deep",
    "Good",
    "Great",
    "Best",
    "Top",
    "Last",
    "Summary",
    "Make",
    "Stop",
    "Presumptive",
];

/// Adjectives of a people or a faith: they open names of things ("English Disco", a club;
/// "Jewish Christmas") and stand before a person's name ("Australian Timothy Weeks"), never in
/// it as its first word. Only as the first word: "Bill English" is a person. A word that is also
/// a given name ("Christian", "German") is not listed, nor are parties ("Republican Christine
/// Todd Whitman"), which the roles read.
pub(crate) const NATIONALITY_WORDS: &[&str] = &[
    "African",
    "American",
    "Arab",
    "Asian",
    "Australian",
    "Brazilian",
    "British",
    "Canadian",
    "Catholic",
    "Chinese",
    "Egyptian",
    "English",
    "European",
    "French",
    "Indian",
    "Iranian",
    "Iraqi",
    "Irish",
    "Israeli",
    "Italian",
    "Japanese",
    "Jewish",
    "Korean",
    "Latino",
    "Mexican",
    "Muslim",
    "Palestinian",
    "Russian",
    "Saudi",
    "Scottish",
    "Spanish",
    "Syrian",
    "Turkish",
    "Ukrainian",
];

/// Whether a name's first word makes it no person's: a word of places or things, or of a people
/// or faith (which before a name only describes the person).
fn opens_no_persons_name(word: &str) -> bool {
    NOT_NAME_OPENING_WORDS.contains(&word) || NATIONALITY_WORDS.contains(&word)
}

/// The people of one article, built up in reading order.
#[derive(Default)]
pub struct PeopleRegister {
    entities: Vec<Entity>,
    roles: Vec<Option<String>>,
    /// (position, entity) of every mention, in text order, for resolving pronouns.
    mentions_in_order: Vec<(usize, usize)>,
    /// (entity, mention) of every mention in `entities`.
    known_mentions: HashSet<(usize, TextRange)>,
    /// What the article says of each person's gender, read by [`PeopleRegister::read_genders`].
    genders: Vec<Option<Gender>>,
}

/// A person's gender as the article shows it: by a courtesy title ("Mrs. Clinton"), a role
/// ("spokeswoman", "the nominee's eldest daughter") or the pronoun written right after the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The gender a third-person pronoun or possessive names, if it names one.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word.to_lowercase().as_str() {
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            "he" | "his" | "him" | "himself" => Some(Gender::Male),
            _ => None,
        }
    }

    /// The gender a word of a title or a role names ("Mrs.", "congresswoman", "daughter").
    pub fn of_word(word: &str) -> Option<Gender> {
        let lowered = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let female = matches!(
            lowered.as_str(),
            "mrs"
                | "ms"
                | "miss"
                | "madam"
                | "madame"
                | "lady"
                | "dame"
                | "queen"
                | "princess"
                | "actress"
                | "wife"
                | "widow"
                | "daughter"
                | "mother"
                | "sister"
                | "grandmother"
                | "aunt"
                | "niece"
                | "girlfriend"
                | "woman"
                | "girl"
                | "businesswoman"
                | "congresswoman"
                | "spokeswoman"
                | "chairwoman"
                | "councilwoman"
                | "assemblywoman"
                | "anchorwoman"
                | "sportswoman"
                | "stateswoman"
                | "waitress"
                | "duchess"
                | "baroness"
                | "countess"
                | "empress"
                | "heiress"
                | "hostess"
        );
        let male = matches!(
            lowered.as_str(),
            "mr" | "sir"
                | "lord"
                | "king"
                | "prince"
                | "actor"
                | "husband"
                | "widower"
                | "son"
                | "father"
                | "brother"
                | "grandfather"
                | "uncle"
                | "nephew"
                | "boyfriend"
                | "man"
                | "boy"
                | "businessman"
                | "congressman"
                | "spokesman"
                | "councilman"
                | "assemblyman"
                | "anchorman"
                | "sportsman"
                | "statesman"
                | "duke"
                | "baron"
                | "count"
                | "emperor"
        );
        match (female, male) {
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        }
    }
}

/// How many quoted mentions a pronoun's antecedent is looked for past.
const MAX_QUOTED_MENTIONS_PASSED: usize = 32;

/// How many sentences back a pronoun's antecedent is looked for as a sentence's subject.
const MAX_SENTENCES_BACK: usize = 3;
/// How many sentences that only carry a pronoun on (see `antecedent_of_pronoun`) are passed
/// beside those.
const MAX_CHAINED_SENTENCES: usize = 6;

/// A party or a standing that news writes before a name, capitalised, without making it part
/// of the name.
fn is_affiliation_word(word: &str) -> bool {
    matches!(
        word,
        "Democrat"
            | "Democratic"
            | "Republican"
            | "GOP"
            | "Independent"
            | "Libertarian"
            | "Conservative"
            | "Labour"
            | "Tory"
            | "Candidate"
            | "Nominee"
            | "Rival"
            | "Challenger"
            | "Incumbent"
    )
}

/// Whether the line at a position is written in title case (a headline, "Warren Hammers Wells
/// Fargo CEO Over Scandal"), whose runs of capitals are not names. Positions are asked in text
/// order: the line start moves on from the last position asked, and the answer is kept for the
/// last line, so that the text is searched for line breaks once and each line read once.
struct HeadlineLines<'a> {
    text: &'a str,
    line_start: usize,
    searched_to: usize,
    last_line: Option<(usize, bool)>,
}

impl<'a> HeadlineLines<'a> {
    fn new(text: &'a str) -> Self {
        HeadlineLines {
            text,
            line_start: 0,
            searched_to: 0,
            last_line: None,
        }
    }

    fn is_headline_at(&mut self, at: usize) -> bool {
        let at = at.max(self.searched_to).min(self.text.len());
        if let Some(found) = self.text[self.searched_to..at].rfind('\n') {
            self.line_start = self.searched_to + found + 1;
        }
        self.searched_to = at;
        match self.last_line {
            Some((start, is_headline)) if start == self.line_start => is_headline,
            _ => {
                let line_end = self.text[self.line_start..]
                    .find('\n')
                    .map_or(self.text.len(), |found| self.line_start + found);
                let is_headline = is_title_case_line(&self.text[self.line_start..line_end]);
                self.last_line = Some((self.line_start, is_headline));
                is_headline
            }
        }
    }
}

/// Whether a line is a headline in title case: at least five words, every one of them that
/// starts with a letter capitalised (title case may keep short function words lower), one of
/// them a function word or an auxiliary that only title case capitalises past a line's start
/// ("Hammers Wells Fargo CEO Over Scandal", "You Should Be Investigated"). That last test keeps
/// a credit line of names ("Reporting by Helena Marsh and Tomasz Wierzbicki") from passing for
/// a headline. Running text fails at its first longer word in lower case, so most lines cost a
/// few words.
fn is_title_case_line(line: &str) -> bool {
    let mut words = 0;
    let mut capitalised_function_word = false;
    for (index, word) in line.split_whitespace().take(40).enumerate() {
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        if first.is_lowercase() {
            if word.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                continue;
            }
            return false;
        }
        words += 1;
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        capitalised_function_word |= index > 0 && TITLE_CASE_FUNCTION_WORDS.contains(&bare);
    }
    words >= 5 && capitalised_function_word
}

/// Words that running text writes in lower case and title case capitalises.
const TITLE_CASE_FUNCTION_WORDS: &[&str] = &[
    "Over", "Under", "After", "Before", "Against", "Amid", "Into", "From", "With", "Without",
    "About", "For", "To", "In", "On", "Of", "At", "By", "As", "And", "Or", "But", "The", "A", "An",
    "Is", "Are", "Was", "Were", "Be", "Been", "Will", "Would", "Should", "Could", "Can", "May",
    "Might", "Must", "Has", "Have", "Had", "Says", "Said", "Not", "No", "Than", "That", "This",
    "What", "How", "Why", "Who", "His", "Her", "Their", "Its", "Up", "Out", "Off",
];

/// Whether the name starting at `at` is a possessive ("Holt’s colleague Matt Lauer"): it
/// qualifies the subject rather than being it. The name runs over its capitalised words.
fn is_possessive_name_at(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else {
        return false;
    };
    rest.split_whitespace()
        .take(5)
        .take_while(|word| word.chars().next().is_some_and(char::is_uppercase))
        .last()
        .is_some_and(|word| {
            let word = word.trim_end_matches([',', '.', ';', ':']);
            word.ends_with("’s")
                || word.ends_with("'s")
                || word.ends_with("s’")
                || word.ends_with("s'")
        })
}

/// Whether a preposition stands before the name at `at`, right before it or before up to two
/// words of its role ("with Sean Hannity", "with Fox host Sean Hannity", "from Russian President
/// Vladimir Putin"): the name is an object, not a subject. A comma ends the look back.
fn follows_a_preposition(text: &str, at: usize) -> bool {
    let before = &text[..floor_char_boundary(text, at)];
    for word in before.split_whitespace().rev().take(3) {
        if word.ends_with([',', '.', ';', ':', '”', '"']) {
            return false;
        }
        if matches!(
            word,
            "with"
                | "to"
                | "of"
                | "by"
                | "for"
                | "from"
                | "about"
                | "against"
                | "on"
                | "at"
                | "in"
                | "over"
                | "than"
                | "like"
                | "between"
                | "toward"
                | "towards"
                | "under"
                | "behind"
                | "before"
                | "after"
                | "beside"
                | "among"
        ) {
            return true;
        }
    }
    false
}

/// Whether a run of capitalised words names an organisation, a place or an event rather than a
/// person, by its words: "Justice Department" (read as a title and a name), "Federal Reserve",
/// "Iowa Republican", "Texas Senate race". A place opening the run counts unless it is also a
/// given name ("Georgia", "Jordan").
pub(crate) fn names_no_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return true;
    };
    let first = first.trim_end_matches([',', '.']);
    // A party's name after the first word ("Iowa Republican", a newspaper); first, it is the
    // person's affiliation ("Republican Donald Trump"), which `add_person` splits off.
    let party_inside = words[1..]
        .iter()
        .any(|word| matches!(*word, "Republican" | "Democrat" | "Democratic" | "GOP"));
    // A compound adjective ("NBA-leading Lakers", "Los Angeles-based") is no word of a name;
    // a double-barrelled name capitalises both halves ("Thomas-Greenfield").
    let compound_adjective = words.iter().any(|word| {
        word.split_once('-')
            .is_some_and(|(_, after)| after.starts_with(|c: char| c.is_lowercase()))
    });
    // Titles alone ("Mr. President", "Inspector General") name an office, not a person.
    let only_titles = words
        .iter()
        .all(|word| is_title_word(word) || is_title_word(word.trim_end_matches([',', '.'])));
    party_inside
        || only_titles
        || compound_adjective
        || words.iter().any(|word| {
            is_organisation_marker(word) || PLACE_WORDS.contains(word) || EVENT_WORDS.contains(word)
        })
        || PLACE_NAMES.contains(&name)
        || opens_no_persons_name(first)
        || (words.len() >= 2
            && organisations::is_place(first)
            && !given_names::is_given_name(first))
        // A place of two words closing the run ("Searchlight New Mexico", a newsroom): no
        // person's name ends so, where a one-word place may be a surname ("Washington").
        || (words.len() >= 3
            && organisations::is_place(&words[words.len() - 2..].join(" ")))
}

impl PeopleRegister {
    /// Registers the titled names of a text ("Deputy Foreign Minister Pavel Ostrovsky").
    pub fn add_titled_names(&mut self, text: &str, range: TextRange) {
        let Some(slice) = range.slice(text) else {
            return;
        };
        let mut headlines = HeadlineLines::new(slice);
        for captures in TITLED_NAME.captures_iter(slice) {
            let (Some(title), Some(name)) = (captures.name("title"), captures.name("name")) else {
                continue;
            };
            if headlines.is_headline_at(title.start()) {
                continue;
            }
            let name_text = trim_name(cut_at_sentence_end(name.as_str()));
            if name_text.is_empty()
                || NOT_NAME_WORDS.contains(&name_text)
                || names_no_person(name_text)
            {
                continue;
            }
            let start = range.start() + name.start() + leading_space(name.as_str());
            let mention = TextRange::new(start, start + name_text.len());
            let role = match title.as_str() {
                "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms" => {
                    // Passed with its courtesy title, which `add_person` reads for the
                    // person's gender ("Mr. Khan" is not Ghazala Khan) and takes off.
                    let with_title = TextRange::new(range.start() + title.start(), mention.end());
                    if let Some(titled) = with_title.slice(text) {
                        self.add_person(titled, with_title, None);
                        continue;
                    }
                    None
                }
                "the late" => None,
                other => Some(other.to_string()),
            };
            self.add_person(name_text, mention, role);
        }
    }

    /// Adds a named person (or a further mention of one known by surname) and returns its id.
    pub fn add_person(&mut self, name: &str, mention: TextRange, role: Option<String>) -> usize {
        // A lone initial left over from an abbreviation before the name ("U.N. Linda
        // Thomas-Greenfield" gives "N. Linda Thomas-Greenfield") is not part of it.
        let (name, mention) = match name.split_once(' ') {
            Some((first, rest))
                if first.len() == 2
                    && first.ends_with('.')
                    && rest.split_whitespace().count() >= 2 =>
            {
                let skipped = first.len() + 1;
                (
                    rest,
                    TextRange::new(
                        mention.start() + skipped,
                        mention.end().max(mention.start() + skipped),
                    ),
                )
            }
            _ => (name, mention),
        };
        // A party or a standing written before the name ("Republican Donald Trump", "Rival
        // Ted Cruz") is a role, not part of the name.
        let (name, mention, role) = match name.split_once(' ') {
            Some((first, rest))
                if is_affiliation_word(first) && rest.split_whitespace().count() >= 2 =>
            {
                let skipped = first.len() + 1;
                (
                    rest,
                    TextRange::new(
                        mention.start() + skipped,
                        mention.end().max(mention.start() + skipped),
                    ),
                    role.or_else(|| Some(first.to_string())),
                )
            }
            _ => (name, mention, role),
        };
        // A title that reached here in front of the name ("Mr.\u{a0}Obama", a title after a
        // no-break space; "Mr. Obama's comments" read from a possessive) is the role, never
        // part of the name: the entity is "Obama", as its other mentions have it.
        let mut name = name;
        let mut mention = mention;
        let mut role = role;
        let mut gender_of_title = None;
        while let Some((first, rest)) = name.split_once(char::is_whitespace) {
            let rest = rest.trim_start();
            if rest.is_empty() || !TITLES.contains(&first) {
                break;
            }
            gender_of_title = match first {
                "Mr." | "Mr" => Some(Gender::Male),
                "Mrs." | "Ms." | "Mrs" | "Ms" => Some(Gender::Female),
                _ => gender_of_title,
            };
            let skipped = name.len() - rest.len();
            if !matches!(first, "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms") && role.is_none() {
                role = Some(first.to_string());
            }
            name = rest;
            mention = TextRange::new(
                mention.start() + skipped,
                mention.end().max(mention.start() + skipped),
            );
        }
        // "Mr. Khan" is not Ghazala Khan, named before him.
        let existing = self.find_same_person(name).filter(|&id| {
            let given = self.entities[id]
                .name
                .split_whitespace()
                .next()
                .unwrap_or("");
            gender_of_title.is_none_or(|gender| {
                given_names::gender_of_given_name(given).is_none_or(|known| known == gender)
            })
        });
        let id = match existing {
            Some(id) => {
                let entity = &mut self.entities[id];
                if name.split_whitespace().count() > entity.name.split_whitespace().count() {
                    entity.name = name.to_string();
                }
                // A set, not a search through the person's mentions: that was quadratic on a
                // page naming one person thousands of times.
                if self.known_mentions.insert((id, mention)) {
                    entity.mentions.push(mention);
                }
                if self.roles[id].is_none() {
                    self.roles[id] = role;
                }
                id
            }
            None => {
                let id = self.entities.len();
                self.entities.push(Entity {
                    id,
                    kind: EntityKind::Person,
                    name: name.to_string(),
                    mentions: vec![mention],
                });
                self.known_mentions.insert((id, mention));
                self.roles.push(role);
                self.genders.push(None);
                id
            }
        };
        self.mentions_in_order.push((mention.start(), id));
        id
    }

    /// Adds every further mention of the known people by surname, so that pronouns after
    /// "Gingrich said" resolve to him, and by given name for a person whom no one else in the
    /// article shares it with (features call people by their first names: "Naama Haviv", then
    /// "Naama was dead set against it. “...,” she says."), and sorts mentions into reading order.
    pub fn add_surname_and_given_name_mentions(
        &mut self,
        text: &str,
        body: TextRange,
        lower_case_words: &LowerCaseWords<'_>,
    ) {
        let found = self.surname_and_given_name_mentions(text, body, lower_case_words);
        // The mentions each person had before this pass, sorted, with the furthest end reached
        // so far: a new mention is covered when one of them contains it. (Checking every known
        // mention for each new one made a page naming one person thousands of times quadratic;
        // the new ones, whole words of one surname, never contain each other.)
        let known: Vec<(Vec<TextRange>, Vec<usize>)> = self
            .entities
            .iter()
            .map(|entity| {
                let mut sorted = entity.mentions.clone();
                sorted.sort_unstable();
                let mut furthest_end = 0;
                let furthest: Vec<usize> = sorted
                    .iter()
                    .map(|mention| {
                        furthest_end = furthest_end.max(mention.end());
                        furthest_end
                    })
                    .collect();
                (sorted, furthest)
            })
            .collect();
        for (mention, id) in found {
            let (sorted, furthest) = &known[id];
            let starting_before = sorted.partition_point(|known| known.start() <= mention.start());
            let covered = starting_before > 0 && furthest[starting_before - 1] >= mention.end();
            if !covered {
                self.entities[id].mentions.push(mention);
                self.known_mentions.insert((id, mention));
                self.mentions_in_order.push((mention.start(), id));
            }
        }
        self.mentions_in_order.sort_unstable();
        for entity in &mut self.entities {
            entity.mentions.sort_unstable();
        }
    }

    /// Every whole-word mention of a known person's surname in `body`, with the person, and of
    /// the given names that stand for one person (see [`Self::given_names_of_one_person`]).
    fn surname_and_given_name_mentions(
        &self,
        text: &str,
        body: TextRange,
        lower_case_words: &LowerCaseWords<'_>,
    ) -> Vec<(TextRange, usize)> {
        let Some(slice) = body.slice(text) else {
            return Vec::new();
        };
        // One pass over the body for all surnames (people may share one) and given names: a
        // search per person read the body as many times as the article names people.
        let mut surnames: Vec<&str> = Vec::new();
        let mut people_of_surname: Vec<Vec<usize>> = Vec::new();
        for (id, entity) in self.entities.iter().enumerate() {
            let surname = surname_of(&entity.name);
            if surname.chars().count() < 3 {
                continue;
            }
            match surnames.iter().position(|known| *known == surname) {
                Some(index) => people_of_surname[index].push(id),
                None => {
                    surnames.push(surname);
                    people_of_surname.push(vec![id]);
                }
            }
        }
        let first_given_name = surnames.len();
        for (given_name, id) in self.given_names_of_one_person(&surnames, lower_case_words) {
            surnames.push(given_name);
            people_of_surname.push(vec![id]);
        }
        // A handful of surnames per article: the plain automaton builds fastest, and building
        // is most of the cost here (the default picked a DFA, a tenth of this step's time).
        let Ok(searcher) = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&surnames)
        else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for matched in searcher.find_overlapping_iter(slice) {
            let (start, end) = (matched.start(), matched.end());
            let given_name = matched.pattern().as_usize() >= first_given_name;
            if is_whole_word(slice, start, end)
                && !(given_name
                    && (is_part_of_a_longer_name(slice, start, end, lower_case_words)
                        || opens_a_contraction(slice, end)))
            {
                let mention = TextRange::new(body.start() + start, body.start() + end);
                for &id in &people_of_surname[matched.pattern().as_usize()] {
                    found.push((mention, id));
                }
            }
        }
        found
    }

    /// The given names that stand for one person of the register alone: the first word of a
    /// name of two words or more, a given name news writing knows (the first word of a product
    /// taken for a person, "Apple Watch Series", is no one's name), that no other person's name
    /// opens with, that is nobody's surname (`surnames`), and that the article never writes in
    /// lower case ("Will", "Grant" and "Hope" are words too).
    fn given_names_of_one_person<'name>(
        &'name self,
        surnames: &[&str],
        lower_case_words: &LowerCaseWords<'_>,
    ) -> Vec<(&'name str, usize)> {
        let mut found: Vec<(&str, usize)> = Vec::new();
        let mut shared: Vec<&str> = Vec::new();
        for (id, entity) in self.entities.iter().enumerate() {
            let mut words = entity.name.split_whitespace();
            let (Some(given_name), Some(_)) = (words.next(), words.next()) else {
                continue;
            };
            if shared.contains(&given_name) {
                continue;
            }
            if let Some(index) = found.iter().position(|(known, _)| *known == given_name) {
                found.swap_remove(index);
                shared.push(given_name);
                continue;
            }
            found.push((given_name, id));
        }
        found.retain(|(given_name, _)| {
            given_names::is_given_name(given_name)
                && !surnames.contains(given_name)
                && !lower_case_words.contains(given_name)
        });
        found
    }

    /// The person most recently mentioned before `position`.
    /// (`add_surname_and_given_name_mentions` leaves the mentions sorted, so this is a binary search.)
    /// The person a "he" or "she" at `position` stands for. Readers take the subject of the
    /// sentence before (or of the pronoun's own sentence, before it) over the person named
    /// last: "Trump said praise from Russian President Vladimir Putin would not affect his
    /// policy. He said ..." is Trump. So the antecedent is the first person named in the nearest
    /// sentence that names one, passing names after a preposition ("in an interview with Sean
    /// Hannity") when another stands there, and names inside quotation marks (`quoted`, sorted
    /// and apart), who are spoken of. Past [`MAX_SENTENCES_BACK`] sentences, or when `sentences`
    /// are not given, the person named last outside quotation marks.
    pub fn antecedent_of_pronoun(
        &self,
        text: &str,
        position: usize,
        quoted: &[TextRange],
        sentences: &[TextRange],
        lower_case_words: &LowerCaseWords<'_>,
    ) -> Option<usize> {
        let is_quoted = |start: usize| {
            let after = quoted.partition_point(|range| range.start() <= start);
            after > 0 && quoted[after - 1].end() > start
        };
        let mentions = &self.mentions_in_order;
        let pronoun = text
            .get(position..)
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("");
        let gender = Gender::of_pronoun(pronoun);
        // A pronoun stands for a person: a name holding a word the article writes in lower case
        // and giving no other sign of being one's ("Maybe Trump is the Manchurian Candidate and
        // ... he really just wants ...") is passed, as the final filter of people drops it.
        let agrees = |id: usize| {
            !self.is_of_another_gender(id, gender)
                && (self.shows_a_person(id, text)
                    || !self.names_a_word_written_in_lower_case(id, lower_case_words))
        };
        let mut sentence_index = sentences
            .partition_point(|sentence| sentence.start() <= position)
            .checked_sub(1);
        let mut sentences_read = 0;
        let mut chained = 0;
        while sentences_read < MAX_SENTENCES_BACK {
            let Some(index) = sentence_index else {
                break;
            };
            let sentence = sentences[index];
            let from = mentions.partition_point(|(start, _)| *start < sentence.start());
            let to = mentions.partition_point(|(start, _)| *start < sentence.end().min(position));
            // A sentence naming no one whose subject is a pronoun of the same gender carries
            // the chain on (`He raises questions. As relator, he urges ...`): it does not count
            // against the sentences looked back over, up to a bound.
            let carries_the_chain = from >= to
                && chained < MAX_CHAINED_SENTENCES
                && sentence
                    .slice(text)
                    .is_some_and(|words| holds_subject_pronoun(words, gender));
            if carries_the_chain {
                chained += 1;
            } else {
                sentences_read += 1;
            }
            let mut unquoted = mentions[from..to.max(from)]
                .iter()
                .filter(|(start, id)| !is_quoted(*start) && agrees(*id));
            if let Some(&(_, first_id)) = unquoted.clone().next() {
                let subject = unquoted.find(|(start, _)| {
                    !follows_a_preposition(text, *start) && !is_possessive_name_at(text, *start)
                });
                match subject {
                    Some(&(_, id)) => return Some(id),
                    // In the pronoun's own sentence, a name in a phrase before it ("In an
                    // interview with Sam Gold, she said") is not whom it stands for.
                    None if sentence.start() <= position && position < sentence.end() => {}
                    // `Before being appointed by Pope Benedict XVI, he was a missionary. As
                    // relator, he urges ...`: the sentence's subject is a pronoun of the same
                    // gender, which stands for someone named further back.
                    // (A possessive standing as the subject's, or the source's, names whom the
                    // sentence is about: `Lazar's lawyer said he`, `According to Lazar's plea
                    // agreement, he faces ...`; one inside a phrase does not: `after Mr. Vander
                    // Plaats's introduction, he said`.)
                    None if mentions[from..to.max(from)]
                        .iter()
                        .filter(|(start, id)| !is_quoted(*start) && agrees(*id))
                        .all(|(start, _)| {
                            !is_possessive_name_at(text, *start)
                                || follows_a_preposition(text, *start)
                                    && !text[..floor_char_boundary(text, *start)]
                                        .trim_end()
                                        .ends_with("ccording to")
                        })
                        && sentence
                            .slice(text)
                            .is_some_and(|words| holds_subject_pronoun(words, gender)) => {}
                    None => return Some(first_id),
                }
            }
            sentence_index = index.checked_sub(1);
        }
        let before = mentions.partition_point(|(start, _)| *start < position);
        let earlier = &mentions[..before];
        // Looked back a bounded way: a text of quoted names only keeps this linear.
        earlier
            .iter()
            .rev()
            .take(MAX_QUOTED_MENTIONS_PASSED)
            .find(|(start, id)| !is_quoted(*start) && agrees(*id))
            // Only someone named inside quotation marks may be left; never someone the article
            // shows as of the other gender ("She said ..." after "Senator Bernie Sanders").
            .or_else(|| earlier.last().filter(|(_, id)| agrees(*id)))
            .map(|(_, id)| *id)
    }

    /// The person whose role has the same head noun as `description` ("the minister" and
    /// "Deputy Foreign Minister"; "the administration" is not "the head of the administration").
    pub fn person_with_role(&self, description: &str, before: usize) -> Option<usize> {
        let head = description.split_whitespace().last()?.to_lowercase();
        let head = head.trim_matches(|c: char| !c.is_alphanumeric());
        if head.len() < 3 {
            return None;
        }
        let candidates: Vec<usize> = (0..self.entities.len())
            .filter(|&id| {
                self.roles[id]
                    .as_deref()
                    .is_some_and(|role| role_head(role) == head)
            })
            .collect();
        // The latest mentioned of them before the description.
        self.mentions_in_order
            .iter()
            .rev()
            .filter(|(start, _)| *start < before)
            .find(|(_, id)| candidates.contains(id))
            .map(|(_, id)| *id)
    }

    /// The known person `name` refers to: the same name, or the same surname when one of the
    /// two is the surname alone or both give the same first name ("Donald Trump" and "Melania
    /// Trump" stay two people; "Trump" alone goes to the first of them).
    fn find_same_person(&self, name: &str) -> Option<usize> {
        let surname = surname_of(name);
        let first = name.split_whitespace().next().unwrap_or("");
        let words = name.split_whitespace().count();
        self.entities.iter().position(|entity| {
            let entity_words = entity.name.split_whitespace().count();
            entity.name == name
                || surname_of(&entity.name) == surname
                    && (words == 1
                        || entity_words == 1
                        || entity.name.split_whitespace().next() == Some(first))
        })
    }

    /// Registers untitled names of two or three capitalised words ("Newt Gingrich"), leaving out
    /// organisations and places that look like names ("Fox News", "New York").
    pub fn add_untitled_names(
        &mut self,
        text: &str,
        range: TextRange,
        lower_case_words: &LowerCaseWords<'_>,
    ) {
        let Some(slice) = range.slice(text) else {
            return;
        };
        let mut headlines = HeadlineLines::new(slice);
        for found in UNTITLED_NAME.find_iter(slice) {
            if headlines.is_headline_at(found.start()) {
                continue;
            }
            let mut found_text = cut_at_sentence_end(found.as_str());
            let mut name_start = found.start();
            if let Some(skipped) =
                common_opening_word_len(slice, found.start(), found_text, lower_case_words)
            {
                name_start += skipped;
                found_text = &found_text[skipped..];
            }
            // A word that is never a name opening a longer run ("Meanwhile Gilad Erdan") is left
            // out; the name after it stays.
            if let Some((first, rest)) = found_text.split_once(' ') {
                if (NOT_NAME_WORDS.contains(&first) || NATIONALITY_WORDS.contains(&first))
                    && rest.split_whitespace().count() >= 2
                {
                    let skipped = found_text.len() - rest.len();
                    name_start += skipped;
                    found_text = rest;
                }
            }
            let name = trim_name(found_text);
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() < 2
                || opens_no_persons_name(words[0])
                || words
                    .iter()
                    .any(|word| NOT_NAME_WORDS.contains(word) || word.chars().count() < 2)
            {
                continue;
            }
            // A run after a place's noun in lower case names the place: "the kibbutz of Kfar
            // Aza", "the pueblo San Ildefonso", "the town of Grindavik". (Capitalised, the noun
            // is a title's, "Secretary of State Hillary Clinton"; "state" is left out, for "former
            // secretary of state Colin L. Powell".)
            let mut words_before = slice[..name_start].split_whitespace().rev();
            let place_noun = |word: &str| {
                matches!(
                    word,
                    "kibbutz"
                        | "pueblo"
                        | "village"
                        | "town"
                        | "city"
                        | "county"
                        | "province"
                        | "region"
                        | "district"
                        | "island"
                        | "neighborhood"
                        | "neighbourhood"
                        | "suburb"
                        | "capital"
                        | "port"
                        | "camp"
                )
            };
            let after_place_noun = match (words_before.next(), words_before.next()) {
                (Some("of"), Some(noun)) => place_noun(noun),
                (Some(noun), _) => place_noun(noun),
                _ => false,
            };
            if after_place_noun {
                continue;
            }
            // A run before an institution's noun in lower case names the institution or the place
            // ("the Gibson Southern schools near Evansville"), not a person.
            let next_word = slice[name_start + found_text.len()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';', ':']);
            if matches!(
                next_word,
                "school"
                    | "schools"
                    | "college"
                    | "university"
                    | "district"
                    | "county"
                    | "hospital"
                    | "church"
                    | "academy"
                    | "institute"
                    | "center"
                    | "centre"
                    | "foundation"
                    | "company"
                    | "club"
                    | "association"
                    | "stadium"
                    | "airport"
                    | "station"
                    | "river"
                    | "street"
                    | "road"
            ) {
                continue;
            }
            // A possessive inside the run names something of someone's, not a person: "eastern
            // Indiana’s Richmond High School".
            if words[..words.len() - 1]
                .iter()
                .any(|word| word.ends_with("'s") || word.ends_with("’s"))
            {
                continue;
            }
            if names_no_person(name) || words.iter().any(|word| is_title_word(word)) {
                continue;
            }
            // A word in capitals ("CARSON CITY") is a dateline or a heading, not a name; an
            // initial ("J.") is fine.
            if words.iter().any(|word| {
                word.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !word.chars().any(char::is_lowercase)
            }) {
                continue;
            }
            // "Surface Laptop Studio", "Straight Rye Whiskey", "Skin Tint": a run whose last word
            // the article also writes in lower case is a thing's name when it is three words long
            // or its first word is written in lower case too, unless it opens with a given name
            // ("Amanda Price" on a page of prices). Two words of which only the last is a common
            // noun are often a person ("Jade Black").
            let last = words[words.len() - 1];
            let last = last
                .strip_suffix("'s")
                .or_else(|| last.strip_suffix("’s"))
                .unwrap_or(last);
            if lower_case_words.contains(last)
                && !given_names::is_given_name(words[0])
                && (words.len() >= 3 || lower_case_words.contains(words[0]))
            {
                continue;
            }
            let start = range.start() + name_start + leading_space(found_text);
            self.add_person(name, TextRange::new(start, start + name.len()), None);
        }
    }

    /// Adds the people the article calls by a given name alone and by no longer name ("Tommy
    /// retired at 51. He never earned a six-figure salary, he wrote"): a given name news writing
    /// knows, written as a word of its own (not part of a longer name, not opening a contraction,
    /// not after an article: "the Rose"), never written in lower case ("Will", "Bill"), no month
    /// ("June"), no place or organisation ("Jordan"; nor written as a town, "Charlotte, N.C."),
    /// followed within a sentence or two by a pronoun its gender allows ("Duke assistant
    /// professor" and "Dawn dish detergent" seldom are), and neither the first word nor the
    /// surname of anyone already known (those are mentions of that person: see
    /// [`Self::add_surname_and_given_name_mentions`]). The first such word becomes the person;
    /// later ones are found as mentions by that pass.
    pub fn add_people_named_by_a_given_name_alone(
        &mut self,
        text: &str,
        body: TextRange,
        lower_case_words: &LowerCaseWords<'_>,
    ) {
        let Some(slice) = body.slice(text) else {
            return;
        };
        // Every word of the body passes here: the cheap tests come first, and the words of the
        // known names are gathered only when a given name is met.
        let mut known_words: Option<HashSet<String>> = None;
        let mut headlines = HeadlineLines::new(slice);
        for (start, end) in alphabetic_runs(slice) {
            let word = &slice[start..end];
            let bytes = word.as_bytes();
            if bytes.len() < 3
                || !bytes[0].is_ascii_uppercase()
                || !bytes[1].is_ascii_lowercase()
                || !word[1..].chars().all(char::is_lowercase)
                || !given_names::is_given_name(word)
                // "June", "April" and "August" are given names too, but "On June 15" is a day.
                || crate::is_day_or_month(word)
            {
                continue;
            }
            let known = known_words.get_or_insert_with(|| {
                self.entities
                    .iter()
                    .flat_map(|entity| {
                        let first = entity.name.split_whitespace().next().unwrap_or("");
                        [first.to_string(), surname_of(&entity.name).to_string()]
                    })
                    .collect()
            });
            if known.contains(word)
                || lower_case_words.contains(word)
                || is_part_of_a_longer_name(slice, start, end, lower_case_words)
                || opens_a_contraction(slice, end)
                || crate::organisations::is_organisation_or_place(word)
                || headlines.is_headline_at(start)
                || after_an_article(slice, start)
                || written_as_a_place(slice, word)
                || !pronoun_of_its_gender_follows(slice, end, word)
            {
                continue;
            }
            known.insert(word.to_string());
            let mention = TextRange::new(body.start() + start, body.start() + end);
            self.add_person(word, mention, None);
        }
    }

    /// The person known by `name`'s surname; of those sharing it ("Mrs. Clinton" in an article
    /// naming Bill Clinton first), the first not shown as of another gender than `gender`.
    pub fn find_by_surname_of_gender(&self, name: &str, gender: Option<Gender>) -> Option<usize> {
        let surname = surname_of(name);
        let mut sharing = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, entity)| surname_of(&entity.name) == surname)
            .map(|(id, _)| id);
        let first = sharing.next()?;
        if !self.is_of_another_gender(first, gender) {
            return Some(first);
        }
        Some(
            sharing
                .find(|&id| !self.is_of_another_gender(id, gender))
                .unwrap_or(first),
        )
    }

    /// How many people the register holds.
    pub fn people_count(&self) -> usize {
        self.entities.len()
    }

    /// Whether the article shows entity `id` to be a person rather than a thing named in
    /// capitals (a game's place, a product, a law): a role or title, a gender it shows, a given
    /// name news writing knows, or a mention by surname alone ("Komlafe said"), as articles
    /// refer to people and rarely to products.
    pub fn shows_a_person(&self, id: usize, text: &str) -> bool {
        let Some(entity) = self.entities.get(id) else {
            return false;
        };
        self.shows_a_person_by_role_or_name(id)
            || entity.mentions.iter().any(|mention| {
                mention
                    .slice(text)
                    .is_some_and(|written| !written.trim().contains(char::is_whitespace))
            })
    }

    /// Whether entity `id`'s name holds a capitalised word the article also writes in lower case
    /// ("Candidate" in "Manchurian Candidate"): the sign of a thing named in capitals. Particles
    /// the name itself writes in lower case ("de", "van") are no such sign.
    pub fn names_a_word_written_in_lower_case(
        &self,
        id: usize,
        lower_case_words: &LowerCaseWords<'_>,
    ) -> bool {
        self.entities.get(id).is_some_and(|entity| {
            entity
                .name
                .split_whitespace()
                .filter(|word| !word.starts_with(char::is_lowercase))
                .any(|word| lower_case_words.contains(word))
        })
    }

    /// Whether the article shows entity `id` to be a person by what it calls them alone: a role or
    /// title, a gender, a given name news writing knows. For languages that capitalise every
    /// noun (German), where a mention in capitals or by one word says nothing.
    pub fn shows_a_person_by_role_or_name(&self, id: usize) -> bool {
        let Some(entity) = self.entities.get(id) else {
            return false;
        };
        let first = entity.name.split_whitespace().next().unwrap_or("");
        self.roles[id].is_some()
            || self.genders.get(id).copied().flatten().is_some()
            || given_names::is_given_name(first)
    }

    /// The one person whose given name `name` is ("says Ivanka", after "Ivanka Trump"): features
    /// call people by their first names. None when two people share it or none has it, and
    /// unless the word is a given name news writing knows or the article shows the person's
    /// gender: "Apple said" is not about a register's "Apple Thunderbolt".
    pub fn find_by_given_name(&self, name: &str) -> Option<usize> {
        if name.contains(' ') {
            return None;
        }
        let mut having = self.entities.iter().enumerate().filter(|(_, entity)| {
            let mut words = entity.name.split_whitespace();
            words.next() == Some(name) && words.next().is_some()
        });
        let (id, _) = having.next()?;
        let known_as_a_person =
            given_names::is_given_name(name) || self.genders.get(id).copied().flatten().is_some();
        (having.next().is_none() && known_as_a_person).then_some(id)
    }

    pub fn set_role_if_unknown(&mut self, id: usize, role: &str) {
        if self.roles[id].is_none() && !role.trim().is_empty() {
            self.roles[id] = Some(role.trim().to_string());
        }
    }

    pub fn name(&self, id: usize) -> &str {
        &self.entities[id].name
    }

    pub fn role(&self, id: usize) -> Option<&str> {
        self.roles[id].as_deref()
    }

    /// Reads each person's gender from the article, once every mention is known: the word
    /// right before each mention (a courtesy title, "Mrs. Clinton", or a role, "spokeswoman
    /// Ann Ortiz") and the person's role. Pronouns after a name are not read: "Trump said she
    /// ..." speaks of someone else as often as not, and surname mentions shared by two people
    /// ("Scott" for a husband and a wife) would pass one's pronouns to the other. A gender is
    /// kept only when the evidence leans clearly one way.
    pub fn read_genders(&mut self, text: &str) {
        // Female evidence counts up, male down.
        let mut scores = vec![0i32; self.entities.len()];
        let vote = |gender: Gender| match gender {
            Gender::Female => 1,
            Gender::Male => -1,
        };
        for (id, role) in self.roles.iter().enumerate() {
            let words = role.as_deref().unwrap_or("").split_whitespace();
            scores[id] += words.filter_map(Gender::of_word).map(vote).sum::<i32>();
        }
        // A given name of one gender ("Hillary", "Bernie") weighs as two titles or role words:
        // it holds for every mention, where a word before one mention may belong to another
        // person ("Bill Clinton's wife").
        const GIVEN_NAME_WEIGHT: i32 = 2;
        for (id, entity) in self.entities.iter().enumerate() {
            if let Some(gender) = entity
                .name
                .split_whitespace()
                .next()
                .and_then(given_names::gender_of_given_name)
            {
                scores[id] += GIVEN_NAME_WEIGHT * vote(gender);
            }
        }
        // A mention several people share ("Clinton" for Bill and Hillary Clinton) tells nothing
        // of either: "Mrs. Clinton" and "Mr. Clinton" would otherwise vote for both.
        let mut holders_at: HashMap<usize, usize> = HashMap::new();
        for &(start, _) in &self.mentions_in_order {
            *holders_at.entry(start).or_default() += 1;
        }
        for &(start, id) in &self.mentions_in_order {
            if holders_at.get(&start).is_some_and(|&holders| holders > 1) {
                continue;
            }
            let before = &text[..floor_char_boundary(text, start)];
            if let Some(gender) = before
                .split_whitespace()
                .next_back()
                .and_then(Gender::of_word)
            {
                scores[id] += vote(gender);
            }
        }
        self.genders = scores
            .into_iter()
            .map(|score| match score {
                score if score > 0 => Some(Gender::Female),
                score if score < 0 => Some(Gender::Male),
                _ => None,
            })
            .collect();
    }

    /// Whether the article shows person `id` as of another gender than `gender`.
    fn is_of_another_gender(&self, id: usize, gender: Option<Gender>) -> bool {
        match (gender, self.genders.get(id).copied().flatten()) {
            (Some(wanted), Some(known)) => wanted != known,
            _ => false,
        }
    }

    pub fn into_entities(self) -> Vec<Entity> {
        self.entities
    }
}

/// Abbreviations that stand inside a name or before one: the titles' ("Sen.", "Gov.") and a few
/// more. Not the sentence splitter's list, which also holds states ("Mass.") that end a name.
/// A run of capitalised words up to the word that ends its sentence, if one does (`Ben Brafman.
/// Either ...`, `Governor John Kasich. Barkley also said ...`), or up to a line break; initials
/// and abbreviations before a name ("George W. Bush", "Sen. Ted Cruz") end none.
fn cut_at_sentence_end(run: &str) -> &str {
    // A line break ends the name too (`Mr Sunday\n\nGaffer: Geetee`, a credits list).
    let leading = run.len() - run.trim_start().len();
    let run = match run[leading..].find(['\n', '\r']) {
        Some(at) => &run[..leading + at],
        None => run,
    };
    let mut word_end = 0;
    for word in run.split_inclusive(char::is_whitespace) {
        word_end += word.len();
        let word = word.trim_end();
        if word.ends_with('.')
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !word[..word.len() - 1].contains('.')
            && !is_abbreviation_before_a_name(word)
        {
            return &run[..word_end];
        }
    }
    run
}

fn is_abbreviation_before_a_name(word: &str) -> bool {
    TITLES.contains(&word)
        || matches!(
            word,
            "Sens."
                | "Reps."
                | "Govs."
                | "Gens."
                | "Cmdr."
                | "Hon."
                | "Jr."
                | "Sr."
                | "St."
                | "Mt."
                | "Ft."
                | "Pres."
                | "Supt."
                | "Insp."
                | "Det."
                | "Atty."
        )
}

/// A sentence's first word is capitalised whatever it is: `“Put God first,” he declares`,
/// `Comedian George Lopez`, `For Clinton, ...`, `Does Rubio ...`. Opening a sentence (at `start`
/// in `text`), the first word of `name` is part of it only when the article never writes that
/// word in lower case; otherwise this is how many bytes to skip to the next word, when one
/// follows.
pub fn common_opening_word_len(
    text: &str,
    start: usize,
    name: &str,
    lower_case_words: &LowerCaseWords<'_>,
) -> Option<usize> {
    let opens_sentence = text
        .get(..start)?
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .chars()
        .next_back()
        .is_none_or(|before| {
            matches!(
                before,
                '.' | '!' | '?' | '\n' | ':' | '“' | '"' | '‘' | '«' | '—'
            )
        });
    let first_word = name.split(' ').next()?;
    let rest = name[first_word.len()..].trim_start_matches(' ');
    (opens_sentence && !rest.is_empty() && lower_case_words.contains(first_word))
        .then(|| name.len() - rest.len())
}

/// Whether an article writes a word in lower case. The words are gathered once, on the first
/// question, in one pass over the text: searching the text for each capitalised word that opens
/// a sentence made a text of many such sentences quadratic.
pub struct LowerCaseWords<'a> {
    text: &'a str,
    words: OnceCell<HashSet<&'a str, BuildHasherDefault<Fnv1a>>>,
}

impl<'a> LowerCaseWords<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            words: OnceCell::new(),
        }
    }

    /// Whether `word`, in lower case, stands in the text as a whole word. Words run over
    /// letters and apostrophes ("don’t" holds no "don"); a hyphen joins two words ("hard-working"
    /// holds "working"), and a hyphenated `word` is asked for by its first part.
    pub fn contains(&self, word: &str) -> bool {
        let words = self.words.get_or_init(|| {
            self.text
                .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
                .filter(|word| word.chars().next().is_some_and(char::is_lowercase))
                .collect()
        });
        let lower = word.to_lowercase();
        words.contains(lower.split('-').next().unwrap_or(""))
    }
}

/// The head noun of a role: the word before "of", "at" or "for" ("the head of the team" →
/// "head"), else the last word ("Deputy Foreign Minister" → "minister").
fn role_head(role: &str) -> String {
    let lowered = role.to_lowercase();
    let before_of = [" of ", " at ", " for ", " in ", " who ", " which "]
        .iter()
        .filter_map(|marker| lowered.find(marker))
        .min()
        .map_or(lowered.as_str(), |position| &lowered[..position]);
    before_of
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// The last word of a name, without a possessive or trailing dot.
pub fn surname_of(name: &str) -> &str {
    let last = name.split_whitespace().last().unwrap_or(name);
    last.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches('.')
}

/// Whether the word at `text[start..end]` is part of a longer name rather than a given name
/// standing alone: a capitalised word right before or after it on its line ("MSNBC’s “Morning
/// Joe”", "Joe Biden", "St. Louis"), a hyphen joining it to another ("Eva-Marie"), a particle, a
/// number or an ampersand after it ("Monica de Bolle", "Destiny 2", "Gilbert & Sullivan"), or a
/// capitalised word after its possessive ("Frank’s RedHot", "Cooper's Hawk"). A capitalised word
/// ending a sentence before it does not count, nor one opening the sentence that the article
/// also writes in lower case ("And Donald, then in college, ...").
fn is_part_of_a_longer_name(
    text: &str,
    start: usize,
    end: usize,
    lower_case_words: &LowerCaseWords<'_>,
) -> bool {
    let capitalised = |word: &str| {
        word.trim_start_matches(['“', '"', '‘', '\'', '(', '['])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let ends_a_sentence = |text: &str| {
        text.trim_end_matches(['”', '"', '’', '\'', ')'])
            .ends_with(['.', '!', '?', ':', ';'])
    };
    // "St." and "J." end no sentence.
    let is_abbreviation = |word: &str| {
        word.strip_suffix('.')
            .is_some_and(|letters| letters.chars().count() <= 3 && capitalised(letters))
    };
    if text[..start].ends_with('-') || text[end..].starts_with('-') {
        return true;
    }
    let line_before = text[..start].rsplit('\n').next().unwrap_or("").trim_end();
    let (rest_of_line, word_before) = line_before
        .rsplit_once(char::is_whitespace)
        .unwrap_or(("", line_before));
    let opens_the_sentence = rest_of_line.trim().is_empty() || ends_a_sentence(rest_of_line);
    let before_is_part_of_a_name = capitalised(word_before)
        && (is_abbreviation(word_before) || !ends_a_sentence(word_before))
        && !(opens_the_sentence
            && lower_case_words
                .contains(word_before.trim_start_matches(['“', '"', '‘', '\'', '(', '['])));
    let after = text[end..].trim_start_matches([']', ')']);
    let possessive = ["’s ", "'s "].iter().any(|mark| after.starts_with(mark));
    let word_after = if possessive {
        after[after.find(' ').unwrap_or(0)..]
            .split_whitespace()
            .next()
    } else {
        after
            .strip_prefix(' ')
            .and_then(|rest| rest.split_whitespace().next())
    }
    .unwrap_or("");
    let particle_number_or_ampersand = !possessive
        && (matches!(
            word_after,
            "de" | "da"
                | "di"
                | "del"
                | "della"
                | "van"
                | "von"
                | "der"
                | "du"
                | "le"
                | "la"
                | "bin"
                | "ibn"
                | "al"
                | "&"
        ) || word_after.starts_with(|c: char| c.is_ascii_digit()));
    before_is_part_of_a_name || capitalised(word_after) || particle_number_or_ampersand
}

/// Whether the article writes `word` as a town before its state or country anywhere
/// ("Charlotte, N.C.", "the Detroit suburb of Warren, Michigan"): a given name is also a place.
fn written_as_a_place(text: &str, word: &str) -> bool {
    let after_comma = format!("{word}, ");
    text.match_indices(&after_comma).any(|(at, _)| {
        let next = text[at + after_comma.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let next_word = next.trim_end_matches([',', ';', ')']);
        let abbreviated_state = next_word.ends_with('.')
            && next_word.len() <= 6
            && next_word.starts_with(char::is_uppercase);
        abbreviated_state
            || crate::organisations::is_place(next_word)
            || crate::organisations::is_place(next_word.trim_end_matches('.'))
    })
}

/// Whether the word at `start` follows "the", "a" or "an" ("the Dean of Students").
fn after_an_article(text: &str, start: usize) -> bool {
    let word_before = text[..start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(word_before.to_lowercase().as_str(), "the" | "a" | "an")
}

/// How far after a given name a pronoun standing for the person is looked for: a sentence or two.
const PRONOUN_REACH_BYTES: usize = 300;

/// Whether `sentence` holds "he" or "she" (of `gender`, or either when it is unknown) as a word.
fn holds_subject_pronoun(sentence: &str, gender: Option<Gender>) -> bool {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|word| match Gender::of_pronoun(word) {
            Some(found) if matches!(word, "he" | "He" | "she" | "She") => {
                gender.is_none_or(|wanted| wanted == found)
            }
            _ => false,
        })
}

/// Whether a third-person pronoun that the given name `word` allows (either, for a name given
/// to both) stands within [`PRONOUN_REACH_BYTES`] after `end`.
fn pronoun_of_its_gender_follows(text: &str, end: usize, word: &str) -> bool {
    let reach = floor_char_boundary(text, (end + PRONOUN_REACH_BYTES).min(text.len()));
    let gender = given_names::gender_of_given_name(word);
    text[end..reach]
        .split(|c: char| !c.is_alphabetic())
        .filter_map(Gender::of_pronoun)
        .any(|pronoun| gender.is_none_or(|gender| gender == pronoun))
}

/// The byte ranges of the runs of letters in `text`, in order.
fn alphabetic_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut run_start: Option<usize> = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| match (c.is_alphabetic(), run_start) {
            (true, None) => {
                run_start = Some(at);
                None
            }
            (false, Some(start)) => {
                run_start = None;
                Some((start, at))
            }
            _ => None,
        })
}

/// Whether the word ending at `end` goes on past an apostrophe as a contraction ("Don’t",
/// "Won't"), not a possessive ("Don’s").
fn opens_a_contraction(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(['’', '\'']) else {
        return false;
    };
    let mut letters = rest.chars().take_while(|c| c.is_alphabetic());
    // Letters after the apostrophe, other than a possessive's lone "s".
    !matches!(
        (letters.next(), letters.next()),
        (None, _) | (Some('s'), None)
    )
}

/// Whether `text[start..end]` stands as whole words: no letter or digit touches it on either
/// side ("Ann" is not a word of "Joanne").
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Which of `names` the text writes as whole words, in one pass over it.
pub fn names_written_in<'a>(text: &str, names: &'a [String]) -> HashSet<&'a str> {
    let mut found = HashSet::new();
    if names.is_empty() {
        return found;
    }
    let Ok(searcher) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(names)
    else {
        return found;
    };
    for matched in searcher.find_overlapping_iter(text) {
        if is_whole_word(text, matched.start(), matched.end()) {
            found.insert(names[matched.pattern().as_usize()].as_str());
        }
    }
    found
}

/// A word in capitals as names are written: "BENENSON" is "Benenson".
pub fn written_as_name(word: &str) -> String {
    let mut characters = word.chars();
    characters.next().map_or(String::new(), |first| {
        std::iter::once(first)
            .chain(characters.flat_map(char::to_lowercase))
            .collect()
    })
}

/// The bytes of white space that [`trim_name`] takes off the front of `name`: a name's range
/// starts after them.
pub fn leading_space(name: &str) -> usize {
    name.len() - name.trim_start().len()
}

/// A name without trailing possessives or punctuation.
pub fn trim_name(name: &str) -> &str {
    let name = name
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches([',', '.', ';', ':']);
    // A name ending in "s" takes the possessive's apostrophe alone: "Bernie Sanders’ campaign".
    match name.strip_suffix(['\'', '’']) {
        Some(bare) if bare.ends_with('s') => bare,
        _ => name,
    }
}

/// Whether a phrase looks like a person's name: two to five capitalised words (particles
/// allowed), none of them a common sentence word.
pub fn looks_like_person_name(phrase: &str) -> bool {
    // A name never runs across a line break (`Sunday\n\nGaffer`, a heading and the line after).
    if phrase.trim().contains(['\n', '\r']) {
        return false;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    // A comma inside ends the name, unless a suffix follows it ("Martin Luther King, Jr."):
    // "Still, Sanders" is an opening word and a name.
    let comma_inside = words.iter().enumerate().any(|(index, word)| {
        word.ends_with(',')
            && words.get(index + 1).is_some_and(|next| {
                !matches!(
                    next.trim_end_matches([',', '.']),
                    "Jr" | "Sr" | "II" | "III" | "IV"
                )
            })
    });
    if comma_inside {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    // A word in capitals ("CEO", "NATO") makes a title or a heading, not a name; an initial
    // ("F.") does not count.
    let has_word_in_capitals = words.iter().any(|word| {
        word.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !word.chars().any(char::is_lowercase)
    });
    capitalised >= 1
        && !has_word_in_capitals
        && !opens_no_persons_name(words[0])
        && !words.iter().any(|word| EVENT_WORDS.contains(word))
        && words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase) && !NOT_NAME_WORDS.contains(word)
                || PARTICLE.contains(&format!("|{word}|"))
                || matches!(
                    *word,
                    "de" | "van" | "von" | "al" | "bin" | "la" | "le" | "del"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_aliases_by_surname_and_keeps_titles_apart() {
        let text = "Chancellor Angela Merkel arrived. Dr. Merkel said little. Merkel left.";
        let mut register = PeopleRegister::default();
        register.add_titled_names(text, TextRange::new(0, text.len()));
        register.add_surname_and_given_name_mentions(
            text,
            TextRange::new(0, text.len()),
            &LowerCaseWords::new(text),
        );
        let entities = register.into_entities();
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].name, "Angela Merkel");
        assert_eq!(entities[0].mentions.len(), 3);
    }

    #[test]
    fn resolves_descriptions_by_role() {
        let text = "Deputy Foreign Minister Pavel Ostrovsky spoke. Later the minister added more.";
        let mut register = PeopleRegister::default();
        register.add_titled_names(text, TextRange::new(0, text.len()));
        let id = register.person_with_role("the minister", 50).unwrap();
        assert_eq!(register.name(id), "Pavel Ostrovsky");
        assert_eq!(register.role(id), Some("Deputy Foreign Minister"));
    }
}
