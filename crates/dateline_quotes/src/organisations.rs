//! Organisations and places named in an article, with their aliases merged.
//!
//! A run of capitalised words is an organisation when a word such as "Ministry", "Party" or
//! "Organization" marks it, a place when a short gazetteer (countries, capitals and large
//! cities, US states) knows it; acronyms are organisations unless they are places ("U.S.").
//! An acronym is merged with the organisation whose initials it spells ("the World Health
//! Organization" and "the WHO"). Runs that are neither stay out: people are the `people`
//! module's, and an unknown capitalised phrase is not guessed at.
//!
//! This module is the seed of an entities stage of its own; it lives beside the people register
//! because speakers are resolved against both.

use std::collections::HashSet;
use std::sync::LazyLock;

use dateline_document::{EntityKind, TextRange};

use crate::people::LowerCaseWords;
use regex::Regex;

/// A run of capitalised words with the small words that join organisation names.
static CAPITALISED_RUN: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’&\-]*";
    Regex::new(&format!(
        r"(?-u:\b){word}(?:[ ](?:(?:of|for|and|on|de|du|des|la|the)[ ])?{word}){{0,7}}"
    ))
    .expect("valid regex")
});

/// Acronyms: "WHO", "NATO", "U.N.", "U.S.".
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[A-Z]\.){2,5}|(?-u:\b)[A-Z]{2,6}(?-u:\b)").expect("valid regex")
});

/// Words that make a run of capitalised words an organisation (also used by the people
/// register to keep organisations out of it).
const ORGANISATION_MARKERS: &[&str] = &[
    "Organization",
    "Organisation",
    "Ministry",
    "Party",
    "Council",
    "Agency",
    "Bank",
    "University",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Company",
    "Times",
    "News",
    "Programme",
    "Program",
    "Fund",
    "Court",
    "Department",
    "Commission",
    "Committee",
    "Association",
    "Union",
    "Institute",
    "Foundation",
    "Group",
    "Network",
    "Service",
    "Office",
    "Authority",
    "Forces",
    "Force",
    "Corps",
    "Army",
    "Navy",
    "Police",
    "Administration",
    "Government",
    "United",
    "Women",
    "National",
    "Parliament",
    "Senate",
    "Congress",
    "Assembly",
    "Federation",
    "League",
    "Club",
    "Post",
    "Journal",
    "Press",
    "Reuters",
    "Airlines",
    "Motors",
    "Corporation",
    "Bureau",
    "Guard",
    "Alliance",
    "Coalition",
    "Movement",
    "Front",
    "Church",
    "School",
    "College",
    "Hospital",
    "Board",
    "Cabinet",
    "Kremlin",
    "Pentagon",
    "Nations",
    // `the Oneida Indian Nation`, `Live Nation` (not "Tribe": `Laurence H. Tribe` is a person).
    "Nation",
    "House",
    "Campaign",
    "Center",
    "Centre",
    "Republicans",
    "Democrats",
    "Street",
    "Channel",
    "Television",
    "Radio",
    "Security",
    "Affairs",
    "State",
    "States",
    "Kingdom",
    "Republic",
    "Daily",
    "Magazine",
    "Forum",
    "Holdings",
    "Partners",
    "Capital",
    "Media",
    "Studios",
    "Records",
    "Reserve",
    "Institutes",
    "Consortium",
    "Technologies",
    "Command",
];

/// Places a reader knows: countries, capitals and large cities, US states.
/// Whether a name is in the gazetteer; looked up once per capitalised run of the text, so
/// kept in a set.
pub(crate) fn is_place(name: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| PLACES.iter().copied().collect());
    SET.contains(name)
}

/// Whether a word marks a name as an organisation's ("Ministry", "Party").
pub(crate) fn is_organisation_marker(word: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| ORGANISATION_MARKERS.iter().copied().collect());
    SET.contains(word)
}

const PLACES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahrain",
    "Bangladesh",
    "Belarus",
    "Belgium",
    "Bolivia",
    "Bosnia",
    "Brazil",
    "Bulgaria",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic",
    "Denmark",
    "Ecuador",
    "Egypt",
    "Estonia",
    "Ethiopia",
    "Finland",
    "France",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kosovo",
    "Kuwait",
    "Latvia",
    "Lebanon",
    "Libya",
    "Lithuania",
    "Malaysia",
    "Mali",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Morocco",
    "Myanmar",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Korea",
    "Norway",
    "Oman",
    "Pakistan",
    "Palestine",
    "Panama",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Saudi Arabia",
    "Serbia",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "South Africa",
    "South Korea",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Europe",
    "Africa",
    "Asia",
    "America",
    "Gaza",
    "West Bank",
    "Crimea",
    "Donbas",
    "Kashmir",
    "Tibet",
    "Hong Kong",
    "Kyiv",
    "Kiev",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Washington",
    "London",
    "Paris",
    "Berlin",
    "Rome",
    "Madrid",
    "Brussels",
    "Geneva",
    "Vienna",
    "Warsaw",
    "Prague",
    "Budapest",
    "Ankara",
    "Istanbul",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Cairo",
    "Riyadh",
    "Doha",
    "Dubai",
    "Jerusalem",
    "Tel Aviv",
    "New Delhi",
    "Delhi",
    "Mumbai",
    "Islamabad",
    "Kabul",
    "Seoul",
    "Pyongyang",
    "Shanghai",
    "Manila",
    "Jakarta",
    "Bangkok",
    "Hanoi",
    "Sydney",
    "Ottawa",
    "Toronto",
    "Mexico City",
    "Havana",
    "Caracas",
    "Bogota",
    "Lima",
    "Santiago",
    "Buenos Aires",
    "Brasilia",
    "Sao Paulo",
    "Rio de Janeiro",
    "Lagos",
    "Nairobi",
    "Johannesburg",
    "Addis Ababa",
    "Khartoum",
    "Tripoli",
    "Minsk",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Astana",
    "Tashkent",
    "St. Petersburg",
    "Murmansk",
    "Rotterdam",
    "Amsterdam",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Helsinki",
    "Athens",
    "Lisbon",
    "Dublin",
    "Edinburgh",
    "New York",
    "Los Angeles",
    "Chicago",
    "Houston",
    "Miami",
    "San Francisco",
    "Boston",
    "Seattle",
    "Atlanta",
    "Dallas",
    "Philadelphia",
    "Detroit",
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Acronyms that name places.
const PLACE_ACRONYMS: &[&str] = &["US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "USSR"];

/// Small words that do not count towards an acronym's initials.
const JOINING_WORDS: &[&str] = &["of", "for", "and", "on", "de", "du", "des", "la", "the"];

/// An organisation or place and its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedThing {
    pub kind: EntityKind,
    pub name: String,
    pub mentions: Vec<TextRange>,
}

/// The organisations and places of `range` in `text`, in order of first mention.
pub fn find_organisations_and_places(
    text: &str,
    range: TextRange,
    extra_places: &[String],
    lower_case_words: &LowerCaseWords<'_>,
) -> Vec<NamedThing> {
    let Some(slice) = range.slice(text) else {
        return Vec::new();
    };
    let mut found: Vec<NamedThing> = Vec::new();
    let add =
        |kind: EntityKind, name: &str, mention: TextRange, found: &mut Vec<NamedThing>| match found
            .iter_mut()
            .find(|thing| thing.name == name)
        {
            Some(thing) => thing.mentions.push(mention),
            None => found.push(NamedThing {
                kind,
                name: name.to_string(),
                mentions: vec![mention],
            }),
        };
    for run in CAPITALISED_RUN.find_iter(slice) {
        // "The World Health Organization": the article is not part of the name, nor is a word
        // opening the sentence before it ("In the Czech Republic", "While White House aides").
        let mut skipped = 0;
        let mut name = run.as_str();
        // "Donald Trump and House Judiciary Committee", "He and House Democrats": a run joining
        // a person to an organisation's starts after "and". Only a pronoun or a full name
        // opened by a given name is taken for a person: "Ways and Means Committee", "Bill and
        // Melinda Gates Foundation" are one name.
        if let Some((before, after)) = name.split_once(" and ") {
            let before_words: Vec<&str> = before.split(' ').collect();
            let a_person = matches!(before, "He" | "She" | "They" | "We" | "I")
                || (before_words.len() >= 2
                    && crate::given_names::is_given_name(before_words[0])
                    && !before_words.iter().any(|word| is_organisation_marker(word)));
            if a_person && after.split(' ').any(is_organisation_marker) {
                skipped += before.len() + " and ".len();
                name = after;
            }
        }
        while let Some((first, rest)) = name.split_once(' ') {
            if !(OPENING_WORDS.contains(&first)
                || JOINING_WORDS.contains(&first)
                || is_day_or_month_name(first))
            {
                break;
            }
            skipped += first.len() + 1;
            name = rest;
        }
        // A run opened by a title is a person's or an office ("Secretary of State Hillary
        // Clinton", "President Xi Jinping"), not an organisation.
        if name.split(' ').next().is_some_and(|first| {
            crate::people::TITLES.contains(&first) && !is_organisation_marker(first)
        }) {
            continue;
        }
        // `Los Alamos the Department of Energy`: two names a lone "the" runs together; the
        // organisation is the second ("Face the Nation", one word before, stays whole).
        if let Some((before, after)) = name.split_once(" the ") {
            if before.contains(' ')
                && after.contains(' ')
                && after.split(' ').any(is_organisation_marker)
            {
                skipped += before.len() + " the ".len();
                name = after;
            }
        }
        // `CEO and Founder of Ceres Robotics Inc`, `NFL Network Insider`: a person's role
        // around the organisation is no part of it.
        let Some((role_skipped, without_role)) = without_role_words(name) else {
            continue;
        };
        skipped += role_skipped;
        let name = without_trailing_date(cut_before_another_name(without_role));
        let name = name.trim_end_matches(['’', '\'', '-']);
        let name = name
            .strip_suffix("’s")
            .or_else(|| name.strip_suffix("'s"))
            .unwrap_or(name);
        let start = range.start() + run.start() + skipped;
        let mention = TextRange::new(start, start + name.len());
        let words: Vec<&str> = name.split(' ').collect();
        if is_place(name) || extra_places.iter().any(|place| place == name) {
            add(EntityKind::Place, name, mention, &mut found);
        } else {
            let marked = words.len() >= 2 && words.iter().any(|word| is_organisation_marker(word));
            let known_alone = words.len() == 1
                && matches!(
                    name,
                    "Kremlin" | "Pentagon" | "Reuters" | "Congress" | "Parliament" | "Senate"
                );
            if marked || known_alone {
                add(EntityKind::Organisation, name, mention, &mut found);
            }
        }
    }
    for acronym in ACRONYM.find_iter(slice) {
        let letters: String = acronym
            .as_str()
            .chars()
            .filter(char::is_ascii_uppercase)
            .collect();
        let mention = TextRange::new(
            range.start() + acronym.start(),
            range.start() + acronym.end(),
        );
        // A word in capitals next to another ("CARSON CITY, Nev.") is a dateline or a heading,
        // not an acronym; a known place in capitals ("MOSCOW") is that place.
        let title_cased: String = acronym
            .as_str()
            .chars()
            .enumerate()
            .map(|(index, c)| {
                if index == 0 {
                    c
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if is_place(&title_cased) {
            add(EntityKind::Place, &title_cased, mention, &mut found);
            continue;
        }
        let before = slice[..acronym.start()].chars().next_back();
        let after = slice[acronym.end()..].chars().next();
        // A code, not an organisation: `ANASIS-11`, `NF-A9`, `DALL-E`, `K-POP`, a party and
        // state `(R-N.Y.)`, a ticker `.IXIC` ("NATO-led", "AFL-CIO", "CNN-ORC" stay).
        let code_follows = after == Some('-') && {
            let mut rest = slice[acronym.end() + 1..].chars();
            match (rest.next(), rest.next()) {
                (Some(first), _) if first.is_ascii_digit() => true,
                (Some(first), second) if first.is_ascii_uppercase() => {
                    second.is_none_or(|c| c.is_ascii_digit() || !c.is_alphabetic())
                }
                _ => false,
            }
        };
        let code_precedes = (before == Some('.')
            && slice[..acronym.start() - 1]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace))
            || (before == Some('-') && {
                let mut earlier = slice[..acronym.start() - 1].chars().rev();
                match (earlier.next(), earlier.next()) {
                    (Some(first), _) if first.is_ascii_digit() => true,
                    (Some(first), second) if first.is_ascii_uppercase() => {
                        second.is_none_or(|c| !c.is_alphabetic())
                    }
                    _ => false,
                }
            });
        if code_follows || code_precedes {
            continue;
        }
        let next_word_in_capitals = slice[acronym.end()..]
            .trim_start_matches(' ')
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()));
        let previous_word_in_capitals = slice[..acronym.start()]
            .trim_end_matches(' ')
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()));
        if (before == Some(' ') && previous_word_in_capitals)
            || (after == Some(' ') && next_word_in_capitals)
        {
            continue;
        }
        if PLACE_ACRONYMS.contains(&letters.as_str()) {
            let name = if letters.starts_with("US") {
                "United States"
            } else if letters == "UK" {
                "United Kingdom"
            } else {
                acronym.as_str()
            };
            add(EntityKind::Place, name, mention, &mut found);
            continue;
        }
        // An acronym spelling an organisation's initials is that organisation.
        let expansion = found.iter().position(|thing| {
            thing.kind == EntityKind::Organisation && initials(&thing.name) == letters
        });
        // Unless it spells an organisation's initials, a word of four letters or more that the
        // article also writes in lower case is a word set in capitals ("FREE", "TOTAL",
        // "WOMEN"; "WHO" and "US" are too short to tell), and some acronyms name things, not
        // organisations ("LED", "URL").
        let word_in_capitals = letters.len() >= 4
            && !acronym.as_str().contains('.')
            && lower_case_words.contains(acronym.as_str());
        if expansion.is_none()
            && (word_in_capitals || NOT_ORGANISATION_ACRONYMS.contains(&letters.as_str()))
        {
            continue;
        }
        match expansion {
            Some(index) => found[index].mentions.push(mention),
            None if letters.len() >= 2 && acronym.as_str().len() <= 8 => add(
                EntityKind::Organisation,
                acronym.as_str(),
                mention,
                &mut found,
            ),
            None => {}
        }
    }
    for thing in &mut found {
        thing.mentions.sort_unstable();
        thing.mentions.dedup();
    }
    found
}

/// Words of a person's job written next to an organisation's name.
fn is_role_word(word: &str) -> bool {
    matches!(
        word,
        "CEO"
            | "Founder"
            | "Co-founder"
            | "Co-Founder"
            | "Cofounder"
            | "President"
            | "Director"
            | "Chairman"
            | "Chairwoman"
            | "Manager"
            | "Editor"
            | "Producer"
            | "Officer"
            | "Insider"
            | "Reporter"
            | "Correspondent"
            | "Analyst"
            | "Spokesman"
            | "Spokeswoman"
            | "Spokesperson"
            | "Senior"
            | "Vice"
            | "Deputy"
            | "Managing"
            | "Associate"
            | "Assistant"
    )
}

/// A name without the role words before "of", with the bytes skipped at its start; None when
/// role words close it (`Senior Social Media Manager`, `NFL Network Insider`: a job, and what is
/// left of it, "Social Media", is no organisation either).
fn without_role_words(name: &str) -> Option<(usize, &str)> {
    let mut skipped = 0;
    let mut name = name;
    if let Some((before, after)) = name.split_once(" of ") {
        if before
            .split(' ')
            .all(|word| is_role_word(word) || word == "and")
        {
            skipped = before.len() + " of ".len();
            name = after;
        }
    }
    if name.rsplit(' ').next().is_some_and(is_role_word) {
        return None;
    }
    Some((skipped, name))
}

/// Capitalised words that open a sentence before a name and are no part of it.
const OPENING_WORDS: &[&str] = &[
    "The",
    "the",
    "A",
    "An",
    "In",
    "At",
    "On",
    "For",
    "From",
    "By",
    "With",
    "As",
    "After",
    "Before",
    "While",
    "When",
    "If",
    "But",
    "And",
    "Or",
    "So",
    "Since",
    "Until",
    "Under",
    "Over",
    "Inside",
    "Outside",
    "Across",
    "Through",
    "Like",
    "Unlike",
    "Despite",
    "Amid",
    "Among",
    "Without",
    "This",
    "That",
    "These",
    "Those",
    "Both",
    "Neither",
    "Either",
    "Former",
    "Meanwhile",
];

/// Acronyms of things, units and phrases rather than organisations.
const NOT_ORGANISATION_ACRONYMS: &[&str] = &[
    "AI", "API", "AM", "PM", "AV", "ATM", "CEO", "CFO", "CTO", "COO", "CPU", "GPU", "RAM", "SSD",
    "HDD", "LCD", "LED", "OLED", "HD", "UHD", "TV", "PC", "USB", "URL", "PDF", "JSON", "HTML",
    "PIN", "SIM", "GPS", "VPN", "VPNS", "HVAC", "HEPA", "SUV", "EV", "MVP", "GDP", "CPI", "IPO",
    "ETF", "NFT", "DNA", "RNA", "HIV", "AIDS", "ICU", "MRI", "PPE", "IQ", "ID", "OK", "FAQ", "DIY",
    "ASAP", "FYI", "LOL", "OMG", "IYKYK", "RSVP", "TBD", "ET", "PT", "EST", "EDT", "PST", "PDT",
    "CST", "CDT", "GMT", "UTC", "BC", "AD", "STEM", "LGBT", "LGBTQ", "BDSM", "DM", "PR", "HR",
    "QB", "RB", "WR", "TE", "ERA", "RBI", "NBA", "MPH", "KM", "MB", "GB", "TB",
];

/// A day or a month run on after a name ("Supreme Court on Wednesday", "Blossom Music Center
/// on July") with the joining word before it, taken off.
/// A day's or a month's name; not "Today", which names papers and shows ("USA Today").
fn is_day_or_month_name(word: &str) -> bool {
    crate::is_day_or_month(word) && !matches!(word, "Today" | "Yesterday")
}

fn without_trailing_date(name: &str) -> &str {
    let Some((rest, last)) = name.rsplit_once(' ') else {
        return name;
    };
    if !is_day_or_month_name(last) {
        return name;
    }
    match rest.rsplit_once(' ') {
        Some((kept, joining)) if JOINING_WORDS.contains(&joining) => kept,
        _ => rest,
    }
}

/// A run of capitalised words holding a person's name after an organisation's: a title and a
/// name ("World Food Programme Executive Director Cindy McCain", "Police Chief Carmen Best"), a
/// given name and a surname ("Daily World Jade Black"), or a person joined by "and"
/// ("Department of Homeland Security and Alex Azar"). The run is cut before the person, with
/// the words of the title left at its end ("Executive"); only after a word that marks an
/// organisation, so that "George Washington University" stays whole.
fn cut_before_another_name(name: &str) -> &str {
    let words: Vec<&str> = name.split(' ').collect();
    let mut seen_marker = false;
    let mut offset = 0;
    for (index, word) in words.iter().enumerate() {
        let next_is_capitalised = words
            .get(index + 1)
            .is_some_and(|next| next.starts_with(|c: char| c.is_uppercase()));
        if seen_marker && index > 0 && next_is_capitalised {
            let title = crate::people::TITLES.contains(word) && !is_organisation_marker(word);
            let given = crate::given_names::is_given_name(word) && !is_organisation_marker(word);
            if title || given {
                let mut kept = name[..offset].trim_end();
                kept = kept.strip_suffix(" and").unwrap_or(kept);
                while let Some((rest, last)) = kept.rsplit_once(' ') {
                    let part_of_title = crate::people::is_title_word(last)
                        || matches!(last, "Majority" | "Minority");
                    if !part_of_title || is_organisation_marker(last) {
                        break;
                    }
                    kept = rest;
                }
                return kept;
            }
        }
        seen_marker |= is_organisation_marker(word);
        offset += word.len() + 1;
    }
    name
}

/// Whether a name is an organisation's or a place's by its words ("World Food Programme",
/// "Geneva"), so that it is not registered as a person.
pub fn is_organisation_or_place(name: &str) -> bool {
    is_place(name) || name.split(' ').any(is_organisation_marker)
}

fn initials(name: &str) -> String {
    name.split(' ')
        .filter(|word| !JOINING_WORDS.contains(word))
        .filter_map(|word| word.chars().next())
        .filter(char::is_ascii_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_acronyms_with_their_organisations_and_knows_places() {
        let text = "The World Health Organization met in Geneva. The WHO said the U.S. would join. The Ministry of Foreign Affairs agreed.";
        let lower_case_words = crate::people::LowerCaseWords::new(text);
        let found = find_organisations_and_places(
            text,
            TextRange::new(0, text.len()),
            &[],
            &lower_case_words,
        );
        let summary: Vec<(EntityKind, &str, usize)> = found
            .iter()
            .map(|thing| (thing.kind, thing.name.as_str(), thing.mentions.len()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (EntityKind::Organisation, "World Health Organization", 2),
                (EntityKind::Place, "Geneva", 1),
                (EntityKind::Organisation, "Ministry of Foreign Affairs", 1),
                (EntityKind::Place, "United States", 1),
            ]
        );
    }

    fn organisations_in(text: &str) -> Vec<String> {
        let lower_case_words = crate::people::LowerCaseWords::new(text);
        find_organisations_and_places(text, TextRange::new(0, text.len()), &[], &lower_case_words)
            .into_iter()
            .filter(|thing| thing.kind == EntityKind::Organisation)
            .map(|thing| thing.name)
            .collect()
    }

    #[test]
    fn a_run_holds_no_opening_word_and_no_person_after_the_organisation() {
        let text = "In the European Commission offices, World Food Programme Executive Director Cindy McCain met the Department of Homeland Security and Alex Azar. George Washington University agreed, the Supreme Court on Wednesday said. The Ways and Means Committee met. Donald Trump and House Judiciary Committee members met Senate Majority Leader Mitch McConnell and Secretary of State Hillary Clinton.";
        assert_eq!(
            organisations_in(text),
            vec![
                "European Commission",
                "World Food Programme",
                "Department of Homeland Security",
                "George Washington University",
                "Supreme Court",
                "Ways and Means Committee",
                "House Judiciary Committee",
                "Senate",
            ]
        );
    }

    #[test]
    fn words_set_in_capitals_and_acronyms_of_things_are_no_organisations() {
        let text = "FREE shipping for all, a free gift. The LED lamp has a URL. The WHO and NATO met; who knows why. TOTAL: 12, a total.";
        assert_eq!(organisations_in(text), vec!["WHO", "NATO"]);
    }

    #[test]
    fn codes_roles_and_names_run_together_are_cut_from_organisations() {
        let text = "The ANASIS-11 launch and DALL-E images. Sen. Ann Ruiz (R-TX) spoke, and the .IXIC fell. The NATO-led force and the AFL-CIO met. Elsewhere at Los Alamos the Department of Energy agreed. Michael Sims, CEO and Founder of Ceres Robotics Inc, spoke. Senior Social Media Manager: Ann Fraser. He appeared on Face the Nation.";
        assert_eq!(
            organisations_in(text),
            vec![
                "Department of Energy",
                "Ceres Robotics Inc",
                "Face the Nation",
                "NATO",
                "AFL",
                "CIO"
            ]
        );
    }
}
