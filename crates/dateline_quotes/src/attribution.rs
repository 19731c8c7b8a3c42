//! Finding the cue and the source of each quotation, and reported speech without marks.
//!
//! Patterns, in the order tried:
//! - after a quotation: `“...,” said X` / `“...,” X said` / `“...,” he told reporters`;
//! - before it: `X said: “...”` / `X told Y, “...”` / `According to X, “...”` / `X: “...”`;
//! - a quotation right after an attributed one in the same or next paragraph, with no cue of
//!   its own, continues the same speaker (`“...,” he said. “...”`);
//! - reported speech in a sentence without marks: `X said (that) ...`, `According to X, ...`,
//!   `..., according to X.`, `A, according to X, B.`, `..., X said.`; with quoted words inside
//!   it is `mixed`.
//!
//! Sources are pronouns, names (with a title and an apposition: `Maria Lopez, the head of the
//! union's negotiating team,`), descriptions (`the minister`, `a spokeswoman for the ministry`)
//! or sources the article does not name (`people familiar with the matter`, `sources close to
//! the president`, `those surveyed`), which have no speaker, whoever they are close to.
//!
//! Letters in these patterns are spelled as ranges (ASCII, Latin-1, Latin Extended-A and -B,
//! Cyrillic) rather than `\p{L}`: with the full Unicode letter classes the lazy automata were
//! rebuilt for almost every quotation and the stage ran at a third of the speed (measured on the
//! PolNeAR texts: 317 against 946 articles per second, the same quotations found). Names in
//! other scripts are not matched as sources yet. For the same reason white space is spelled
//! `[\t\n\r \xa0]` (ASCII space and the no-break space news pages use) rather than `\s`, whose
//! Unicode class made these automata about a tenth slower (1,030 against 940 articles per second,
//! the same quotations found).

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use crate::people::{NAME_WORD, PARTICLE};

/// Compiles an attribution pattern with room for its lazy automaton: these patterns combine
/// Unicode letter classes with long alternations, and with the default cache the automaton is
/// rebuilt over and over, which cost most of the stage's time.
fn build(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .dfa_size_limit(64 * 1024 * 1024)
        .size_limit(64 * 1024 * 1024)
        .build()
        .expect("valid regex")
}

pub const CUE_VERBS: &str = r"said|says|say|Says|Said|told|tells|added|adds|stated|states|noted|notes|explained|explains|wrote|writes|asked|asks|argued|argues|claimed|claims|insisted|insists|warned|warns|announced|announces|acknowledged|acknowledges|confirmed|confirms|denied|denies|declared|declares|replied|replies|responded|responds|recalled|recalls|suggested|suggests|admitted|admits|maintained|maintains|contended|contends|observed|observes|remarked|stressed|stresses|emphasized|emphasised|emphasizes|pointed out|points out|tweeted|tweets|testified|conceded|concedes|predicted|predicts|promised|promises|vowed|vows|urged|urges|charged|alleged|alleges|complained|complains|cautioned|countered|quipped|joked|concluded|concludes|agreed|agrees|wondered|believes|believed|thinks|think|thought|considers|considered|reported|reports|posted|commented|comments|assured|assures|boasted|lamented|questioned|told reporters|told journalists|called for|calls for|cited|cites|found|finds|shows|showed|show|agreed|agree|believe|know|knows|knew|wants|want|wanted|hopes|hoped|expects|expected|fears|feared|accused|accuses|criticized|criticised|blamed|praised|pledged|pledges|proposed|proposes|demanded|demands|revealed|reveals|indicated|indicates|mentioned|described|describes|condemned|condemns|continued|continues|scoffed|chanted|shouted|yelled|snapped|mused|sighed|retorted|shot back|fired back|exclaimed|boomed|bragged|recounted|elaborated|answered|whispered|pleaded|groused|grumbled|fumed|gushed|marveled|marvelled|teased|chided|scolded|mocked|quipped|deadpanned|intoned|proclaimed|reiterated|repeated|underscored|asserted|reasoned|speculated|opined|ventured|went on|called on|conclude|found that|claim|argue|insist|warn|note|suggest|say that|supports|supported|endorsed|endorses|defended|defends|opposed|opposes|oppose|rejected|rejects|dismissed|declined|refused|sees|see|plans|sought|seeks|hope|fear|called|calls|predict|expect|estimates|estimated|acknowledge|admit|deny|contend|complain|urge|worry|worries|worried|caution|cautions|concede|allege|assert|asserts|explain|expressed|expresses|echoed|echoes|denounced|denounces|blasted|blasts|thanked|applauded|emailed|requested|backed|backs";

/// An object after "told": "told reporters", "told Fox News", "told the Associated Press".
const TOLD_OBJECT: &str = r"(?:[\t\n\r \xa0]+(?:reporters|journalists|lawmakers|supporters|the[\t\n\r \xa0]+[A-Za-zÀ-ÖØ-öø-ɏЀ-џ]+(?:[\t\n\r \xa0]+[A-ZÀ-ÖØ-ÞĀ-ɏЀ-Я][A-Za-zÀ-ÖØ-öø-ɏЀ-џ]+){0,3}|[A-ZÀ-ÖØ-ÞĀ-ɏЀ-Я][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*(?:[\t\n\r \xa0]+[A-ZÀ-ÖØ-ÞĀ-ɏЀ-Я][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*){0,3}|him|her|them|us|me))?";

const ADVERB: &str = r"(?:also|even|later|then|previously|earlier|recently|further|once|again|repeatedly|often|first|initially|publicly|privately|openly|bluntly|flatly|explicitly|has|had|have|would|will|reportedly|on[\t\n\r \xa0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[\t\n\r \xa0]+(?:morning|afternoon|evening|night))?|last[\t\n\r \xa0]+week|this[\t\n\r \xa0]+week|in[\t\n\r \xa0]+a[\t\n\r \xa0]+statement|in[\t\n\r \xa0]+an[\t\n\r \xa0]+interview)";

/// Titles are capitalised words too ("Gov. Mike Pence", "Deputy Foreign Minister Pavel
/// Ostrovsky"), so a name here is up to six capitalised words and the title is split off after
/// matching; spelling every title out in the pattern made its automaton several times larger.
fn source_pattern(group: &str) -> String {
    let name = format!(
        r"{NAME_WORD}(?:[\t\n\r \xa0]+(?:{NAME_WORD}|{PARTICLE})){{0,5}}(?:[\t\n\r \xa0]+\([^()]{{1,20}}\))?"
    );
    // A role ending in a word in lower case before a name: "committee chair Linda Okafor",
    // "spokeswoman Jessica Ditto", "former Massachusetts congressman Barney Frank", "Democratic
    // pollster Peter Fenn".
    let role_then_name = format!(
        r"(?:[A-Za-zÀ-ÖØ-öø-ɏЀ-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*\.?[\t\n\r \xa0]+){{0,3}}[a-zß-öø-ÿĀ-ɏа-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*[\t\n\r \xa0]+{NAME_WORD}(?:[\t\n\r \xa0]+(?:{NAME_WORD}|{PARTICLE})){{1,3}}"
    );
    // A bare plural, with up to two words before it: "Port operators", "officials", "law
    // enforcement officials", "political scientists", "Supporters of the levy", "police".
    let plural = r"(?:[A-Za-zÀ-ÖØ-öø-ɏЀ-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*[\t\n\r \xa0]+){0,2}(?:[a-zß-öø-ÿĀ-ɏа-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*s|police|[Pp]olice|[Pp]eople)(?:[\t\n\r \xa0]+(?:of|familiar[\t\n\r \xa0]+with|close[\t\n\r \xa0]+to|briefed[\t\n\r \xa0]+on)[\t\n\r \xa0]+(?:the[\t\n\r \xa0]+)?[A-Za-zÀ-ÖØ-öø-ɏЀ-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*)?";
    // The head noun may be capitalised ("the Republican", "one senior Democrat") and words may
    // hold digits ("a NY1 representative", "the 43-year-old") and slashes ("The Reuters/Ipsos
    // poll"); a phrase after "of" or "for"
    // may open in lower case ("a spokesman for committee Democrats").
    let description = r"(?:the|a|an|The|A|An|another|Another|one|One|their|Their|his|His|her|Her|its|Its|our|Our|That|This|Those|These|[Ee]ach|[Ee]very|[Bb]oth|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]ther|[Nn]either)[\t\n\r \xa0]+(?:[A-Za-z0-9À-ÖØ-öø-ɏЀ-џ'’\-/]+[\t\n\r \xa0]+){0,4}?[A-Za-z0-9ß-öø-ÿĀ-ɏа-џ][A-Za-z0-9À-ÖØ-öø-ɏЀ-џ'’\-]*(?:[\t\n\r \xa0]+(?:of|for|at|with|familiar[\t\n\r \xa0]+with|close[\t\n\r \xa0]+to|briefed[\t\n\r \xa0]+on)[\t\n\r \xa0]+(?:the[\t\n\r \xa0]+)?[A-Za-zÀ-ÖØ-öø-ɏЀ-џ][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*(?:[\t\n\r \xa0]+[A-ZÀ-ÖØ-ÞĀ-ɏЀ-Я][A-Za-zÀ-ÖØ-öø-ɏЀ-џ'’\-]*){0,4})?(?:[\t\n\r \xa0]+who[\t\n\r \xa0]+[a-z]+(?:[\t\n\r \xa0]+[a-z]+){0,3})?";
    // Up to three appositions: "Maria Lopez, the head of the union's team,", "Cory James, 22,
    // of Flint, Mich.,". Unbounded and lazy: a bounded repeat of this negated (Unicode) class
    // multiplied the automaton and cost a fifth of the quotation layer's time.
    let apposition = r"(?:(?:,[\t\n\r \xa0]+[^,“”«»\x22\n]+?){1,3}(?:,|\.?[\t\n\r \xa0]*$))?";
    let pronoun = r"(?:he|she|they|we|I|it|He|She|They|We|It|[Mm]any|[Oo]thers|[Ss]everal)";
    // "most of them", "Some of those", "those surveyed".
    let partitive = r"(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Bb]oth|[Nn]one|[Ff]ew|[Ss]everal|[Ee]ach)[\t\n\r \xa0]+of[\t\n\r \xa0]+(?:them|those|these|us)|[Tt]hose[\t\n\r \xa0]+(?:surveyed|polled|questioned))";
    // A name's office or team: "Hillary Clinton’s campaign", "Powell’s office", "Bernie
    // Sanders’ campaign" (a name ending in "s" takes the apostrophe alone; without the words
    // in lower case that may stand before the other form, which would take in a plural's
    // possessive: "could blunt Republicans' generalized demands").
    let possessive = format!(
        r"(?:(?:[A-Za-z]+[\t\n\r \xa0]+){{0,2}}{NAME_WORD}(?:[\t\n\r \xa0]+{NAME_WORD}){{0,3}}['’]s|{NAME_WORD}(?:[\t\n\r \xa0]+{NAME_WORD}){{0,3}}['’])[\t\n\r \xa0]+(?:[a-z][a-z\-]*[\t\n\r \xa0]+){{0,2}}[a-z][a-z\-]*"
    );
    // A share of those polled: "26 percent", "Twenty-four percent" (numbers open sentences
    // spelled out), "Nearly eight in 10 Democratic voters", "half".
    let quantity = r"(?:(?:[Nn]early|[Aa]lmost|[Aa]bout|[Rr]oughly|[Oo]nly|[Jj]ust|[Mm]ore[\t\n\r \xa0]+than|[Ff]ewer[\t\n\r \xa0]+than|[Ll]ess[\t\n\r \xa0]+than)[\t\n\r \xa0]+)?(?:(?:\d+(?:\.\d+)?[\t\n\r \xa0]*|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[\t\n\r \xa0]+|(?:[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)[\t\n\r \xa0]+)(?:percent|per[\t\n\r \xa0]+cent|%)|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)[\t\n\r \xa0]+(?:in|out[\t\n\r \xa0]+of)[\t\n\r \xa0]+(?:10|ten|three|four|five|\d+)|[Hh]alf|a[\t\n\r \xa0]+third|a[\t\n\r \xa0]+quarter|two-thirds|three-quarters|a[\t\n\r \xa0]+majority)(?:[\t\n\r \xa0]+(?:of[\t\n\r \xa0]+)?[A-Za-z'’\-]+(?:[\t\n\r \xa0]+[A-Za-z'’\-]+){0,3})?";
    format!(
        r"(?P<{group}>(?:{possessive}|{name}|{role_then_name}|{description}|{plural}){apposition}|{quantity}|{partitive}|{pronoun})"
    )
}

/// A cue in the progressive, its auxiliary included: `ABC 7 is reporting that ...`, `critics
/// are saying the vote was rigged`.
const PROGRESSIVE_CUES: &str = r"(?:is|are|was|were|been)[\t\n\r \xa0]+(?:saying|reporting|claiming|arguing|insisting|warning|suggesting|predicting|telling|asking|praising|criticizing|criticising|accusing|blaming|urging|vowing|pledging|demanding|questioning|touting)";

fn cue_pattern(group: &str) -> String {
    format!(
        r"(?P<{group}>(?:(?:told|tells|asked|asks){TOLD_OBJECT}|{CUE_VERBS}|{PROGRESSIVE_CUES})(?:[\t\n\r \xa0]+(?:in[\t\n\r \xa0]+a[\t\n\r \xa0]+statement|in[\t\n\r \xa0]+an?[\t\n\r \xa0]+(?:interview|statement|email|post)))?)"
    )
}

/// The words a cue of [`cue_pattern`] may open with: the first word of every cue verb and of
/// the progressive forms ("was saying"). Read as verbs where a phrase must hold none.
pub static CUE_FIRST_WORDS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| {
        CUE_VERBS
            .split('|')
            .filter_map(|cue| cue.split(' ').next())
            .chain([
                "told", "tells", "asked", "asks", "is", "are", "was", "were", "been",
            ])
            .collect()
    });

/// Cues that attribute the quotation right before them but report nothing of their own: `“...”
/// In-N-Out owner Lynsi Snyder shared on Instagram.` ("she shared a photo" is no report, so
/// these are read after a closing mark only).
const CUES_AFTER_A_QUOTE_ONLY: &str = r"shared|shares|captioned";

/// After a closing mark: `, said X` or `, X said`.
pub static AFTER_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^[[\t\n\r \xa0],;—–-]*(?:{cue1}[\t\n\r \xa0]+{src1}|{src2}[\t\n\r \xa0]+(?:{ADVERB}[\t\n\r \xa0]+)?(?:{cue2}|(?P<cue3>{CUES_AFTER_A_QUOTE_ONLY})))(?:(?-u:\b)|$)",
        cue1 = cue_pattern("cue1"),
        src1 = source_pattern("src1"),
        src2 = source_pattern("src2"),
        cue2 = cue_pattern("cue2"),
    ))
});

/// After a closing mark, a dash and a name with nothing after them but the end of the sentence or
/// the next quotation: `” ― Carlos Raúl`, `”— Carla Sanchez.`
pub static DASH_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^[\t \xa0]*(?P<dash>[―—–])[\t \xa0]*(?P<src>{NAME_WORD}(?:[\t \xa0]+(?:{NAME_WORD}|{PARTICLE})){{0,3}})[\t\n\r \xa0]*[.,]?[\t\n\r \xa0]*$"
    ))
});

/// A paragraph that only introduces the next one: `Limbaugh added:`, `The governor said in a
/// statement:`, `In a post on Facebook, she wrote:`. (Repetitions are unbounded and lazy: a
/// counted repetition of a negated class compiles a copy of it per count.)
pub static COLON_INTRODUCTION: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?:[^:,]+?,[\t \xa0]+)?(?:{src})[\t \xa0]+(?:{ADVERB}[\t \xa0]+)?{cue}(?:[\t \xa0]+(?:on|in|at|during|to|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^:]*?)?[\t \xa0]*:$",
        src = source_pattern("src"),
        cue = cue_pattern("cue"),
    ))
});

/// Before an opening mark, `According to X,`. The other readings before a mark are
/// `X said ...:` (a cue found by [`CUE_BEFORE_MARK`] with its source found by [`SOURCE_AT_END`]) and
/// `X:` ([`NAME_BEFORE_COLON`]); `attribution_before_quote` in the crate root tries the three.
pub static ACCORDING_TO_BEFORE_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"(?P<cue>[Aa]ccording[\t\n\r \xa0]+to)[\t\n\r \xa0]+{src}[\t\n\r \xa0]*,[\t\n\r \xa0]*$",
        src = source_pattern("src"),
    ))
});

/// `X:` right before an opening mark: a name and a colon.
pub static NAME_BEFORE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"(?P<src>{NAME_WORD}(?:[\t\n\r \xa0]+(?:{NAME_WORD}|{PARTICLE})){{0,4}})[\t\n\r \xa0]*(?P<cue>:)[\t\n\r \xa0]*$"
    ))
});

/// A cheap first look: does a cue word stand in this text at all? ASCII words and ASCII word
/// boundaries make a small automaton, so the heavy patterns below run only where it says yes.
pub static ANY_CUE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"(?-u:\b)(?:{CUE_VERBS}|[Aa]ccording to|saying|adding|noting|arguing|claiming|insisting|warning|explaining|stressing|citing|accusing|urging|telling|suggesting|writing|asking|acknowledging|describing|predicting|promising|vowing|pointing out)(?-u:\b)"
    ))
});

/// Any cue in running text, for reported speech. The whole match is the cue (the `cue` group
/// spans it), so callers use `find_iter`.
pub static CUE_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| build(&format!(r"(?-u:\b){}(?-u:\b)", cue_pattern("cue"))));

/// A cue before an opening mark, a whole word at its start only: the mark may follow it after
/// any stretch of text, so it may end inside a word ("saying, “...”" reads as "say").
pub static CUE_BEFORE_MARK: LazyLock<Regex> =
    LazyLock::new(|| build(&format!(r"(?-u:\b){}", cue_pattern("cue"))));

/// A source right before a cue: the prefix of the sentence must end with it.
pub static SOURCE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"(?:^|[[\t\n\r \xa0],;(>—–])(?:{src})[\t\n\r \xa0]+(?:{ADVERB}[\t\n\r \xa0]+)?$",
        src = source_pattern("src")
    ))
});

/// The head nouns of a finding's source: "an NBC News/Wall Street Journal poll released Monday".
const FINDING_SOURCE: &str =
    r"(?:polls?|surveys?|study|studies|analysis|census|exit[\t\n\r \xa0]+polls?)";

/// `In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton`.
pub static IN_A_POLL_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?P<cue>In)[\t\n\r \xa0]+(?P<src>(?:an?|the|[Tt]his|[Tt]hat|[Tt]hose|[Tt]hese)[\t\n\r \xa0]+[^,;]{{0,80}}?(?-u:\b){FINDING_SOURCE}(?-u:\b)[^,;]{{0,60}}?)[\t\n\r \xa0]*,[\t\n\r \xa0]+(?P<content>.+?)[.!?]?$"
    ))
});

/// `... have a favorable view of Trump in a new Washington Post-ABC News poll.`
pub static IN_A_POLL_LAST: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?P<content>.+?),?[\t\n\r \xa0]+(?P<cue>in)[\t\n\r \xa0]+(?P<src>(?:an?|the)[\t\n\r \xa0]+[^,;.]{{0,80}}?(?-u:\b){FINDING_SOURCE}(?:[\t\n\r \xa0]+(?:released|conducted|published|taken)[\t\n\r \xa0]+[^,;.]{{0,60}}?)?)[.!?]?$"
    ))
});

/// `Asked whether he would run, ...`, `said when asked how Trump digests the news`, `Asked
/// during a debate why ...`: a question
/// put to the speaker by someone the article does not name (the reporter). The question is
/// reported speech without a source; it runs to the next comma or semicolon.
pub static ASKED_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"(?:^|(?-u:\b)[Ww]hen[\t\n\r \xa0]+|,[\t\n\r \xa0]+)(?P<cue>[Aa]sked)(?:[\t\n\r \xa0]+(?:during|in|at|on|by)[\t\n\r \xa0]+[^,;]+?)?[\t\n\r \xa0]+(?P<content>(?:whether|if|why|how|what|which|whom|whose|who|when|where|about)(?-u:\b)[^,;]*)",
    )
});

/// When a report was said, standing between the cue and what was said: "said Tuesday that",
/// "said on Thursday evening the", "told reporters last week that". It is not part of the
/// report.
pub static LEADING_TIME_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"^(?:(?:on|late|early)[\t\n\r \xa0]+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[\t\n\r \xa0]+(?:morning|afternoon|evening|night))?|(?:this|last|next)[\t\n\r \xa0]+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|(?:earlier|later)[\t\n\r \xa0]+(?:this|that)[\t\n\r \xa0]+(?:week|month|year|day)|yesterday|today|repeatedly)[\t\n\r \xa0]*,?[\t\n\r \xa0]+",
    )
});

/// `..., saying (that) content`: a participle reporting what the sentence's subject said.
pub static PARTICIPLE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r",[\t\n\r \xa0]+(?P<cue>saying|adding|noting|arguing|claiming|insisting|warning|explaining|stressing|calling[\t\n\r \xa0]+for|citing|accusing|urging|telling|suggesting|writing|asking|acknowledging|describing|predicting|promising|vowing|pointing[\t\n\r \xa0]+out)(?-u:\b)[\t\n\r \xa0]+",
    )
});

/// A participle after a quotation's attribution (`“...,” he said, adding that ...`, `“...,”
/// Trump said, referring to Barack Obama.`): a second report of the quotation's speaker. The
/// list is longer than [`PARTICIPLE_CUE`]'s: after an attribution, a participle and its object
/// are almost always about what was said (`recalling a visit`, `citing low growth`).
pub static PARTICIPLE_AFTER_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r",[\t\n\r \xa0]+(?P<cue>saying|adding|noting|arguing|claiming|insisting|warning|explaining|stressing|citing|accusing|urging|suggesting|acknowledging|describing|predicting|promising|vowing|recalling|referring[\t\n\r \xa0]+to|pointing[\t\n\r \xa0]+to|pointing[\t\n\r \xa0]+out|calling[\t\n\r \xa0]+for|calling|praising|blaming|criticizing|criticising|echoing|asserting|conceding|admitting|complaining|lamenting|touting|defending|dismissing|rejecting|denying|emphasizing|emphasising|reiterating|alluding[\t\n\r \xa0]+to)(?-u:\b)[\t\n\r \xa0]+",
    )
});

/// The subject opening a sentence, for participle cues.
pub static SUBJECT_AT_START: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?:{src})[\t\n\r \xa0]",
        src = source_pattern("src")
    ))
});

/// `According to X, content` at the start of a sentence.
pub static ACCORDING_TO_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?P<cue>[Aa]ccording[\t\n\r \xa0]+to)[\t\n\r \xa0]+{src}[\t\n\r \xa0]*,[\t\n\r \xa0]+(?P<content>.+?)[.!?]?$",
        src = source_pattern("src")
    ))
});

/// `As reported by X, content` at the start of a sentence (`As first reported by The Times,
/// ...`, `As reported in the Journal, ...`).
pub static AS_REPORTED_BY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?P<cue>[Aa]s[\t\n\r \xa0]+(?:(?:first|previously|originally|also|earlier)[\t\n\r \xa0]+)?reported[\t\n\r \xa0]+(?:by|in))[\t\n\r \xa0]+{src}[\t\n\r \xa0]*,[\t\n\r \xa0]+(?P<content>.+?)[.!?]?$",
        src = source_pattern("src")
    ))
});

/// `content, according to X.` at the end of a sentence.
pub static ACCORDING_TO_LAST: LazyLock<Regex> = LazyLock::new(|| {
    build(&format!(
        r"^(?P<content>.+?),[\t\n\r \xa0]+(?P<cue>according[\t\n\r \xa0]+to)[\t\n\r \xa0]+{src}[\t\n\r \xa0]*[.!?]?$",
        src = source_pattern("src")
    ))
});

/// `, X said.` or `, said X.` closing a sentence: tried at each comma near the sentence's end,
/// what stands before the comma being the content. A phrase of time or occasion may follow
/// (`, Wilkin said during his campaign speech.`), and so may a participle's clause, a report
/// of its own (`, Spicer said, adding, "..."`).
///
/// Between `X told` and the sentence's end may stand whom the words were told to (group
/// `recipient`: `told [a Senate panel]`, `told [his supporters]`), and after any attribution
/// when, where or how they were said (`on Sunday`; group `occasion`: `as he left the
/// building`, `while visiting the border`, `ten days ago`, `, two days after the vote`, `, when
/// asked about ...`). The source may follow "as" (`..., as Breitbart reported a few days
/// later.`), and a time phrase may name a programme in quotation marks (`, he said Wednesday on
/// MSNBC’s “Morning Joe.”`). `trailing_clause` checks both groups: the pattern
/// cannot tell a recipient from the start of a report (`Despite the delay, he said the plan
/// was good`), nor an occasion from a clause of its own.
pub static TRAILING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    build(&comma_attribution_around(
        r"(?:as[\t\n\r \xa0]+)?",
        RECIPIENT_AFTER_TOLD,
        TRAILING_AFTER_ATTRIBUTION,
    ))
});

/// Whom a closing `X told` addressed (see [`TRAILING_CLAUSE`]).
const RECIPIENT_AFTER_TOLD: &str = r"(?P<recipient>[\t\n\r \xa0]+(?:a|an|the|his|her|their|its|our|local|state|national|foreign)[\t\n\r \xa0]+[A-Za-z0-9’'\-]+(?:[\t\n\r \xa0]+[A-Za-z0-9’'\-]+){0,3}?)?";

/// What may follow a closing attribution up to the sentence's end (see [`TRAILING_CLAUSE`]).
const TRAILING_AFTER_ATTRIBUTION: &str = r"(?:[\t\n\r \xa0]+(?:(?:on|in|at|during|last|this|late|early|earlier|later)(?:[\t\n\r \xa0]+[A-Za-z0-9’'\-“”\x22]+){1,5}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:[\t\n\r \xa0]+[A-Za-z0-9’'\-“”\x22]+){0,5}?))?(?P<occasion>,?[\t\n\r \xa0]+(?:as|while|when|after|before|upon|following|during|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|a[\t\n\r \xa0]+few|hours|days|weeks|months|years|[0-9]+)[\t\n\r \xa0]+(?:hours?|days?|weeks?|months?|years?)[\t\n\r \xa0]+(?:ago|earlier|later|after|before))(?-u:\b)[^\n,]*?)?(?:,[\t\n\r \xa0]+(?:adding|noting|saying|citing|explaining|recalling|referring[\t\n\r \xa0]+to|pointing[\t\n\r \xa0]+to|pointing[\t\n\r \xa0]+out|arguing|insisting|warning|calling)(?-u:\b)[^\n]*)?[\t\n\r \xa0]*[.!?]?[”\x22]?$";

/// `, X said, ` or `, said X, ` inside a sentence, which goes on after it: "The question, she
/// said, is not so cut and dried."
pub static MIDDLE_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| build(&comma_attribution(r"[\t\n\r \xa0]*,[\t\n\r \xa0]+")));

/// A comma, then `X said` or `said X` (groups src1/cue1 and cue2/src2), then `after`.
fn comma_attribution(after: &str) -> String {
    comma_attribution_around("", "", after)
}

/// [`comma_attribution`], with `before_source` before the source of `X said` and `after_cue`
/// after its cue (neither in `said X`).
fn comma_attribution_around(before_source: &str, after_cue: &str, after: &str) -> String {
    format!(
        r"^,[\t\n\r \xa0]+(?:{before_source}{src1}[\t\n\r \xa0]+(?:{ADVERB}[\t\n\r \xa0]+)?{cue1}{after_cue}|{cue2}[\t\n\r \xa0]+{src2}){after}",
        src1 = source_pattern("src1"),
        cue1 = cue_pattern("cue1"),
        cue2 = cue_pattern("cue2"),
        src2 = source_pattern("src2"),
    )
}

/// Cues that report a finding or a statement's gist rather than speech: they attribute only
/// when "that" opens what follows ("the poll found that ..."), since "found room" or
/// "indicated the exit" report no statement.
pub fn needs_that_clause(cue: &str) -> bool {
    (reports_a_finding(cue) && !attributes_a_stance(cue))
        || matches!(
            cue,
            "expected"
                | "considered"
                | "indicated"
                | "indicates"
                | "revealed"
                | "reveals"
                | "mentioned"
                | "concluded"
                | "concludes"
                | "conclude"
                | "suggested"
                | "suggests"
        )
}

/// Cues that report what a poll, a study or a record found, or what someone believes or
/// knows ("polls show Clinton leading", "voters think the race is over"): they report without
/// "that" too, when a clause of its own follows.
pub fn reports_a_finding(cue: &str) -> bool {
    matches!(
        cue,
        "found"
            | "finds"
            | "shows"
            | "showed"
            | "show"
            | "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
            | "know"
            | "knows"
            | "knew"
    )
}

/// Cues that attribute a stance, a wish or a refusal: what follows is the attributed content
/// whether it is a clause, an object or an infinitive ("Sanders wants voters to recall ...",
/// "Trump declined to comment", "he supported Barack Obama over Clinton", "Mr. Obama sees Mr.
/// Netanyahu as ..."), as attribution corpora annotate it (PolNeAR marks these as attributions
/// of the subject's position). "support" is left out: it is a noun far more often ("38 percent
/// support", "threw his support behind").
pub fn attributes_a_stance(cue: &str) -> bool {
    matches!(
        cue,
        "wants"
            | "want"
            | "wanted"
            | "hopes"
            | "hope"
            | "hoped"
            | "expects"
            | "fears"
            | "fear"
            | "feared"
            | "considers"
            | "agreed"
            | "agree"
            | "agrees"
            | "supports"
            | "supported"
            | "endorsed"
            | "endorses"
            | "defended"
            | "defends"
            | "opposed"
            | "opposes"
            | "oppose"
            | "rejected"
            | "rejects"
            | "dismissed"
            | "declined"
            | "refused"
            | "sees"
            | "see"
            | "plans"
            | "sought"
            | "seeks"
            // "Trump called Clinton a liar": the name given is the attributed content.
            | "called"
            | "calls"
            // What a poll, a record or a video shows is attributed to it, whatever its shape:
            // "A CBS poll showed things a little differently".
            | "shows"
            | "showed"
            | "show"
    )
}

/// Words before a cue that make it passive or not speech: "was told", "is said to".
pub fn is_passive_or_not_speech(prefix: &str, after_cue: &str) -> bool {
    let last_word = prefix
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        last_word.as_str(),
        "was" | "were" | "is" | "are" | "been" | "be" | "being" | "to" | "who" | "which"
    ) || after_cue.trim_start().starts_with("by ")
}

/// A cue in the progressive that reports nothing: `telling` as an adjective (`It is telling
/// that ...`, `the metaphor is telling in its own right`), or any progressive inside a clause
/// opened by "what" (`what others are saying about ...`, `what Jon is saying is wrong`), which
/// names the words rather than reports them.
pub fn progressive_reads_otherwise(prefix: &str, cue: &str, after_cue: &str) -> bool {
    let Some((auxiliary, participle)) = cue.split_once(char::is_whitespace) else {
        return false;
    };
    if !matches!(auxiliary, "is" | "are" | "was" | "were" | "been") {
        return false;
    }
    let next = after_cue.split_whitespace().next().unwrap_or("");
    let adjective = participle.trim() == "telling"
        && (next.is_empty()
            || next.starts_with([',', '.', ';', ':'])
            || matches!(next, "that" | "in" | "of" | "about" | "for"));
    let inside_what = prefix
        .split_whitespace()
        .rev()
        .take(4)
        .any(|word| word.eq_ignore_ascii_case("what"));
    adjective || inside_what
}

/// An infinitive after a cue makes it a passive report ("is said to be") unless the cue takes
/// one as its content ("declined to comment", "wants to run").
pub fn infinitive_ends_the_report(cue: &str, after_cue: &str) -> bool {
    after_cue.trim_start().starts_with("to ") && !attributes_a_stance(cue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile_and_match_their_shapes() {
        let after = AFTER_QUOTE
            .captures(", said Maria Lopez, the head of the union's team.")
            .unwrap();
        assert_eq!(&after["cue1"], "said");
        assert!(after["src1"].starts_with("Maria Lopez, the head"));
        let after = AFTER_QUOTE
            .captures(" he told reporters on Monday.")
            .unwrap();
        assert_eq!(&after["src2"], "he");
        assert_eq!(&after["cue2"], "told reporters");
        let before = ACCORDING_TO_BEFORE_QUOTE
            .captures("Officials agreed. According to the ministry, ")
            .unwrap();
        assert_eq!(&before["src"], "the ministry");
        assert!(ACCORDING_TO_BEFORE_QUOTE
            .captures("According to the ministry, the talks failed ")
            .is_none());
        let before = NAME_BEFORE_COLON.captures("Mayor Ana Ruiz: ").unwrap();
        assert_eq!(&before["src"], "Mayor Ana Ruiz");
        // No word boundary after the cue: "saying, “...”" reads as "say".
        let before = CUE_BEFORE_MARK.find("while saying: ").unwrap();
        assert_eq!(before.as_str(), "say");
        let trailing = TRAILING_CLAUSE.captures(", the minister said.").unwrap();
        assert_eq!(&trailing["src1"], "the minister");
        assert!(TRAILING_CLAUSE
            .captures(", the minister said, and left.")
            .is_none());
    }
}
