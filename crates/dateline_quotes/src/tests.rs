//! Quotations rendered as text: each with its kind, content, cue, source and speaker.

use dateline_document::{Document, InputKind, Paragraph, ParagraphKind, Source, TextRange};

use super::annotate_quotes;

fn document(text: &str) -> Document {
    let mut document = Document::new(Source::from_path("test"), InputKind::Html, text.to_string());
    let mut start = 0;
    for piece in text.split("\n\n") {
        document.paragraphs.push(Paragraph {
            range: TextRange::new(start, start + piece.len()),
            kind: ParagraphKind::Paragraph,
        });
        start += piece.len() + 2;
    }
    document.sentences = dateline_sentences::split_document(&document);
    document
}

/// The names of the people among the entities, in the register's order.
fn people_named(text: &str) -> Vec<String> {
    annotate_quotes(&document(text))
        .entities
        .into_iter()
        .filter(|entity| entity.kind == dateline_document::EntityKind::Person)
        .map(|entity| entity.name)
        .collect()
}

/// Each quotation as its pieces (its parts, or its content when it is one piece) and source.
fn render_pieces(text: &str) -> Vec<String> {
    let document = document(text);
    let layers = annotate_quotes(&document);
    layers
        .quotes
        .iter()
        .map(|quote| {
            let pieces: Vec<&str> = if quote.parts.is_empty() {
                vec![document.slice(quote.content)]
            } else {
                quote
                    .parts
                    .iter()
                    .map(|part| document.slice(*part))
                    .collect()
            };
            format!(
                "{} | source={}",
                pieces.join(" | "),
                quote.source.map_or("-", |source| document.slice(source))
            )
        })
        .collect()
}

fn render(text: &str) -> Vec<String> {
    let document = document(text);
    let layers = annotate_quotes(&document);
    layers
        .quotes
        .iter()
        .map(|quote| {
            let slice = |range: Option<TextRange>| {
                range.map_or("-".to_string(), |range| document.slice(range).to_string())
            };
            let speaker = quote.speaker.as_ref().map_or("-".to_string(), |speaker| {
                format!(
                    "{}{}",
                    speaker.name,
                    speaker
                        .role
                        .as_ref()
                        .map_or(String::new(), |role| format!(" ({role})"))
                )
            });
            format!(
                "{} «{}» cue={} source={} speaker={}",
                quote.kind.as_str(),
                document.slice(quote.content),
                slice(quote.cue),
                slice(quote.source),
                speaker
            )
        })
        .collect()
}

#[test]
fn speaker_after_before_and_in_the_middle() {
    let text = "Dock workers walked out on Monday.\n\n“We are not asking for anything unreasonable,” said Maria Lopez, the head of the union’s negotiating team. “Our members have waited three years.”\n\nPort operators disagreed. Their spokesman, Tom Berg, said: “The offer is fair and final.”\n\n“We will talk again,” he added.";
    assert_eq!(
        render(text),
        vec![
            "direct «We are not asking for anything unreasonable,” said Maria Lopez, the head of the union’s negotiating team. “Our members have waited three years.» cue=said source=Maria Lopez, the head of the union’s negotiating team speaker=Maria Lopez (the head of the union’s negotiating team)",
            "direct «The offer is fair and final.» cue=said source=Their spokesman, Tom Berg speaker=Tom Berg (Their spokesman)",
            "direct «We will talk again» cue=added source=he speaker=Tom Berg (Their spokesman)",
        ]
    );
}

#[test]
fn reported_speech_and_according_to() {
    let text = "Deputy Foreign Minister Pavel Ostrovsky told journalists that talks would continue next week.\n\nAccording to the ministry, the delegations agreed on an agenda.\n\nPrices will rise again next year, the minister said.\n\nOstrovsky said the plan was “dead on arrival” for now.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that talks would continue next week» cue=told journalists source=Deputy Foreign Minister Pavel Ostrovsky speaker=Pavel Ostrovsky (Deputy Foreign Minister)",
            "indirect «the delegations agreed on an agenda» cue=According to source=the ministry speaker=-",
            "indirect «Prices will rise again next year» cue=said source=the minister speaker=Pavel Ostrovsky (Deputy Foreign Minister)",
            "mixed «the plan was “dead on arrival” for now» cue=said source=Ostrovsky speaker=Pavel Ostrovsky (Deputy Foreign Minister)",
        ]
    );
}

#[test]
fn headlines_and_unattributed_quotes_have_no_speaker() {
    let text = "“A two-pirate ticket” for the party\n\nThe slogan “make it happen” spread fast. “This is the best result in the history of the route,” the brochure read.";
    let rendered = render(text);
    assert!(
        rendered.iter().all(|line| line.ends_with("speaker=-")),
        "{rendered:?}"
    );
}

#[test]
fn pronouns_resolve_across_paragraphs_and_they_does_not() {
    let text = "Newt Gingrich spoke on Fox News on Wednesday.\n\nHe said that Donald Trump was like a pirate in many ways.\n\nThey said the ticket would never work.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that Donald Trump was like a pirate in many ways» cue=said source=He speaker=Newt Gingrich",
            "indirect «the ticket would never work» cue=said source=They speaker=-",
        ]
    );
}

#[test]
fn linear_on_unbalanced_marks_and_long_paragraphs() {
    let marks = "“".repeat(100_000);
    let _ = render(&marks);
    let paragraph = "The minister said that prices rose again. ".repeat(30_000);
    let rendered = render(&paragraph);
    assert!(!rendered.is_empty());
    // Transcript turns, each with its own label in capitals, and questions attributed in the
    // sentence after them: each is looked at once, not against all the others.
    let turns: String = (0..20_000)
        .map(|index| format!("SPEAKER{index:05}: We will meet again when the schedule allows it.\n\nQ: Will you meet him before the vote in the spring?\n\n"))
        .collect();
    assert!(!render(&turns).is_empty());
    let questions =
        "\"Why did the council vote for the budget again?\" Ann Lee asked. ".repeat(20_000);
    assert!(!render(&questions).is_empty());
    let relative_clauses =
        "Ann Lee, who said the plan would fail in the spring, left the room. ".repeat(20_000);
    assert!(!render(&relative_clauses).is_empty());
    // One long sentence of learned cue words that each fail late (no clause after "found", no
    // subject before "and blasted"): each is judged by what stands near it, not by the rest of
    // the sentence (these took 3 and 1.3 seconds at 20,000 repeats before, growing 4x per
    // doubling).
    for unit in ["Officials found room and ", "and blasted "] {
        let _ = render(&unit.repeat(20_000));
    }
    // Sentences opened by a different capitalised word each, whose every one is looked up
    // among the words the article writes in lower case: a set built once, not a search of the
    // text per word.
    let openers: String = (0..20_000_u32)
        .map(|index| {
            let word: String = [index / 676, index / 26 % 26, index % 26]
                .iter()
                .map(|&letter| char::from(b'a' + u8::try_from(letter % 26).unwrap_or(0)))
                .collect();
            format!("Q{word} Lee spoke to the q{word} council. ")
        })
        .collect();
    let _ = render(&openers);
    // One long sentence of quotations, each attributed and followed by a participle: each
    // participle is looked for near its attribution, and each report checked against the
    // others by binary search.
    let participles =
        "“We will win,” Ann Lee said, adding that the vote was close and ".repeat(20_000);
    assert!(!render(&participles).is_empty());
    // Paragraphs that introduce block quotations, each checked against the transcript's turns.
    let blocks = "Ann Lee added:\n\nThe vote was close and the count went on into the night.\n\n"
        .repeat(20_000);
    assert!(!render(&blocks).is_empty());
    // Quotations each closed by an attribution with its occasion: each takes its attribution
    // from the quotation right before it, found by binary search.
    let occasions =
        "\"Why did the council vote again?\" Ann Lee said to a crowd of about 500. ".repeat(20_000);
    assert!(!render(&occasions).is_empty());
}

#[test]
fn name_and_colon_and_participles_report_speech() {
    let text = "Pat Caddell: Democrat voters are worried about the campaign.\n\nSenator Maria Alvarez spoke on Monday, saying that the budget would pass.\n\nNote: this story was updated.\n\nCaddell has polled for both parties.";
    assert_eq!(
        render(text),
        vec![
            "indirect «Democrat voters are worried about the campaign» cue=: source=Pat Caddell speaker=Pat Caddell",
            "indirect «that the budget would pass» cue=saying source=Senator Maria Alvarez speaker=Maria Alvarez (Senator)",
        ]
    );
}

#[test]
fn a_field_label_before_a_colon_is_no_speaker() {
    // A label the text names nowhere else, one made of words it writes in lower case, and the
    // same words after a label again and again: a page's fields, not statements.
    let text = "The boxer won again.\n\nRecord: 25-0, 22 KOs and a title in two divisions.\n\nSpeed: He is quick for a heavyweight, and his speed decides fights.\n\nShrine Bonus: Tap to see the chest.\n\nShrine Bonus: Tap to see the chest.\n\nShrine Bonus: Tap to see the chest.\n\nA Shrine Bonus is a reward for finishing.\n\nAnn Lee: The city will not raise taxes this year.\n\nLee, the mayor, spoke at the hall.";
    assert_eq!(
        render(text),
        vec!["indirect «The city will not raise taxes this year» cue=: source=Ann Lee speaker=Ann Lee"]
    );
}

/// A document whose first line is its headline (the title, no part of the body), as the
/// extraction stage marks a page's title.
fn document_with_headline(text: &str) -> Document {
    let mut document = document(text);
    let title_end = text.find('\n').unwrap_or(0);
    document.metadata.title_range = Some(TextRange::new(0, title_end));
    document.body = TextRange::new(title_end + 2, text.len());
    document.paragraphs.remove(0);
    document.sentences = dateline_sentences::split_document(&document);
    document
}

#[test]
fn a_headline_label_is_a_speaker_named_nowhere_else() {
    let text =
        "Ann Coulter: The convention was a triumph of the base\n\nDelegates cheered on Thursday.";
    let document = document_with_headline(text);
    let quotes = annotate_quotes(&document).quotes;
    let contents: Vec<&str> = quotes
        .iter()
        .map(|quote| document.slice(quote.content))
        .collect();
    assert_eq!(contents, vec!["The convention was a triumph of the base"]);
}

#[test]
fn reports_in_relative_clauses_polls_and_asides() {
    let text = "Juanita Broaddrick, who said the senator had lied to her in 1978, spoke again on Tuesday.\n\nThe question of who pays for the dredging, Whitaker said, is not one the city can settle alone.\n\nNearly half said they would vote against the bond measure in March.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the senator had lied to her in 1978» cue=said source=who speaker=Juanita Broaddrick",
            "indirect «The question of who pays for the dredging, Whitaker said, is not one the city can settle alone» cue=said source=Whitaker speaker=Whitaker",
            "indirect «they would vote against the bond measure in March» cue=said source=Nearly half speaker=-",
        ]
    );
}

#[test]
fn names_ending_in_letters_of_several_bytes_do_not_break_the_patterns() {
    // Every cut the patterns make must fall between characters, whatever the bytes before a
    // cue: these once sliced through a letter and panicked.
    for text in [
        "❀ccording to a poll, voters, Лавров said, want change.",
        "Prices rose, according to.",
        "according to ”",
        "Ana\u{3000}María\u{a0}López, who said the ferry would sail, left.",
    ] {
        let _ = render(text);
    }
    for name in ["Лавров", "Renéé", "Şükrü Ağaoğlu", "北京市民", "Zoë"] {
        for connective in ["", " who", ", who", " — who"] {
            let text =
                format!("{name}{connective} said the talks would resume next week in Geneva.");
            let _ = render(&text);
        }
    }
}

#[test]
fn marks_around_nothing_quote_nothing() {
    let rendered = render("Arctic shipping will win,”,” said Maria Lopez, the head of the union.");
    assert!(
        rendered.iter().all(|line| !line.contains("«»")),
        "{rendered:?}"
    );
}

/// Inputs on which the `quotes_text` fuzz target once found a panic, kept as they were found.
#[test]
fn fuzz_regressions_pass_the_validator() {
    let inputs: &[&[u8]] = &[
        include_bytes!("../tests/fuzz-regressions/attribution-window-ends-inside-a-letter.txt"),
        include_bytes!(
            "../tests/fuzz-regressions/dateline-opens-a-report-split-by-its-attribution.txt"
        ),
        include_bytes!(
            "../tests/fuzz-regressions/a-name-whose-first-word-repeats-after-a-role.txt"
        ),
        include_bytes!("../tests/fuzz-regressions/a-source-of-punctuation-alone.txt"),
        include_bytes!(
            "../tests/fuzz-regressions/a-name-ending-before-the-last-byte-of-an-apostrophe.txt"
        ),
    ];
    for bytes in inputs {
        // As the fuzz target reads it: the plain-text path finds the dateline and the body.
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut document =
            dateline_extract::extract_plain_text(Source::from_path("fuzz.txt"), text);
        document.sentences = dateline_sentences::split_document(&document);
        let layers = annotate_quotes(&document);
        document.entities = layers.entities;
        document.quotes = layers.quotes;
        let violations = dateline_document::validate_layers(&document);
        assert!(violations.is_empty(), "{violations:?}");
    }
}

#[test]
fn a_question_put_by_an_unnamed_asker_is_reported_without_a_source() {
    let text = "Asked whether he would counsel Clinton to ask Sanders to join her ticket, Senator Harry Reid said it was up to her.";
    assert_eq!(
        render(text),
        vec![
            "indirect «whether he would counsel Clinton to ask Sanders to join her ticket» cue=Asked source=- speaker=-",
            "indirect «it was up to her» cue=said source=Senator Harry Reid speaker=Harry Reid (Senator)",
        ]
    );
}

#[test]
fn stances_titles_running_quotations_and_appositions() {
    let text = "Mayor Ana Ruiz wants the council to vote on the budget before the summer recess. Ruiz declined to comment on the report. She called the delay a scandal for the whole city.\n\n“I was in a car with a bad phone line,” Ruiz told NBC’s “Today” on Monday. “I could hardly hear the question.”\n\nShe added that the plan should “be judged by its results. Nobody will remember the delays.”\n\nCory James, 22, of Flint, Mich., said he had not given up hope.\n\nWalking to the next address, the organiser Mary Smith said the turnout was better than expected.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the council to vote on the budget before the summer recess» cue=wants source=Mayor Ana Ruiz speaker=Ana Ruiz (Mayor)",
            "indirect «to comment on the report» cue=declined source=Ruiz speaker=Ana Ruiz (Mayor)",
            "indirect «the delay a scandal for the whole city» cue=called source=She speaker=Ana Ruiz (Mayor)",
            "direct «I was in a car with a bad phone line,” Ruiz told NBC’s “Today” on Monday. “I could hardly hear the question.» cue=told NBC’s source=Ruiz speaker=Ana Ruiz (Mayor)",
            "mixed «that the plan should “be judged by its results. Nobody will remember the delays.”» cue=added source=She speaker=Ana Ruiz (Mayor)",
            "indirect «he had not given up hope» cue=said source=Cory James, 22, of Flint, Mich speaker=Cory James",
            "indirect «the turnout was better than expected» cue=said source=the organiser Mary Smith speaker=Mary Smith (the organiser)",
        ]
    );
}

#[test]
fn polls_report_with_in_and_roles_stand_before_names() {
    let text = "In a new Harbour Institute poll released Monday, 52 percent of voters backed the levy.\n\nJust 18 percent of renters have a favourable view of the plan in a survey conducted last week.\n\n\"The big battle is for second place,\" said former Massachusetts congressman Barney Frank.\n\nA CBS poll showed things a little differently.";
    assert_eq!(
        render(text),
        vec![
            "indirect «52 percent of voters backed the levy» cue=In source=a new Harbour Institute poll released Monday speaker=-",
            "indirect «Just 18 percent of renters have a favourable view of the plan» cue=in source=a survey conducted last week speaker=-",
            "direct «The big battle is for second place» cue=said source=former Massachusetts congressman Barney Frank speaker=Barney Frank (former Massachusetts congressman)",
            "indirect «things a little differently» cue=showed source=A CBS poll speaker=-",
        ]
    );
}

#[test]
fn manner_of_speaking_cues_and_quotations_a_colon_introduces() {
    let text = "''You have never seen a girl on a board before,'' scoffed Arianna Gil, who helped found the group.\n\nSenator Tim Kaine has adopted a stance common among Catholics in office: “I am pro-life in my personal life.”\n\nThe rules are simple: “No phones in the chamber.”";
    assert_eq!(
        render(text),
        vec![
            "direct «You have never seen a girl on a board before» cue=scoffed source=Arianna Gil, who helped found the group speaker=Arianna Gil (who helped found the group)",
            "direct «I am pro-life in my personal life.» cue=: source=Senator Tim Kaine speaker=Tim Kaine (Senator)",
            // A colon after a clause about something, not someone: the quotation has no speaker.
            "direct «No phones in the chamber.» cue=- source=- speaker=-",
        ]
    );
}

#[test]
fn a_second_cue_of_the_same_speaker_is_a_report_of_its_own() {
    let text = "Khalif said some of the rhetoric on the campaign trail has been patronizing, noting her remarks on crime.\n\nPence said in politics it takes time to build those relationships but added that he would try.\n\nThe speech is planned for this month, Mr. Manafort said, adding that it was in the works.";
    assert_eq!(
        render(text),
        vec![
            "indirect «some of the rhetoric on the campaign trail has been patronizing» cue=said source=Khalif speaker=Khalif",
            "indirect «her remarks on crime» cue=noting source=Khalif speaker=Khalif",
            "indirect «in politics it takes time to build those relationships» cue=said source=Pence speaker=Pence",
            "indirect «that he would try» cue=added source=Pence speaker=Pence",
            "indirect «The speech is planned for this month» cue=said source=Mr. Manafort speaker=Manafort",
            "indirect «that it was in the works» cue=adding source=Mr. Manafort speaker=Manafort",
        ]
    );
}

#[test]
fn sources_that_are_shares_of_a_group_or_quantified_descriptions() {
    let text = "Each side said the other would be responsible if the money is not approved.\n\nAfter the shutdown, most of them said they had loved working at the plant.\n\nSome advocates for stem cell research said that overlooked the potential benefits.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the other would be responsible if the money is not approved» cue=said source=Each side speaker=-",
            "indirect «they had loved working at the plant» cue=said source=most of them speaker=-",
            "indirect «that overlooked the potential benefits» cue=said source=Some advocates for stem cell research speaker=-",
        ]
    );
}

#[test]
fn the_sentences_own_report_wins_over_one_in_a_relative_clause() {
    let text = "Gov. John Kasich, a Republican who has refused to endorse the nominee, said the family deserved better.\n\nRNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.\n\nMany said Monday that the ruling raised the stakes.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the family deserved better» cue=said source=Gov. John Kasich, a Republican who has refused to endorse the nominee speaker=John Kasich (Gov.)",
            "indirect «the party was not in a crisis» cue=said source=RNC spokesman Sean Spicer speaker=Sean Spicer (RNC spokesman)",
            "indirect «that the ruling raised the stakes» cue=said source=Many speaker=-",
        ]
    );
}

#[test]
fn a_report_in_a_relative_clause_beside_the_sentences_own_is_a_second_one() {
    let text = "John Podesta, who said the project was vetted by the firm's counsel, said he had done nothing wrong.\n\nJuanita Broaddrick, who said the governor had lied to her, spoke on Sunday.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the project was vetted by the firm's counsel» cue=said source=who speaker=John Podesta",
            "indirect «he had done nothing wrong» cue=said source=John Podesta, who said the project was vetted by the firm's counsel speaker=John Podesta",
            "indirect «the governor had lied to her» cue=said source=who speaker=Juanita Broaddrick",
        ]
    );
}

#[test]
fn an_interview_transcripts_turns_are_quotations() {
    let text = "Joel Benenson, a strategist for the campaign, spoke to Jake Tapper of CNN on Sunday.\n\nJAKE TAPPER: Why not debate in New York? Is the campaign afraid of it?\n\nJOEL BENENSON: Senator Sanders does not get to decide when we debate. Let us see what he does.\n\nQ: Will you meet him before the primary?\n\nA: We will meet him when the schedule allows it.\n\nBUSTED: The mayor was seen at the game again.";
    assert_eq!(
        render(text),
        vec![
            "direct «Why not debate in New York? Is the campaign afraid of it?» cue=: source=JAKE TAPPER speaker=Jake Tapper",
            "direct «Senator Sanders does not get to decide when we debate. Let us see what he does.» cue=: source=JOEL BENENSON speaker=Joel Benenson",
            "direct «Will you meet him before the primary?» cue=: source=Q speaker=-",
            "direct «We will meet him when the schedule allows it.» cue=: source=A speaker=-",
        ]
    );
}

#[test]
fn when_a_report_was_made_is_not_part_of_it() {
    let text = "Senator Ann Reyes said Tuesday that the bill would pass.\n\nReyes told reporters last week the vote was close.\n\nShe said Tuesday's vote was close.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the bill would pass» cue=said source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
            "indirect «the vote was close» cue=told reporters source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «Tuesday's vote was close» cue=said source=She speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn where_and_how_words_were_said_before_that_is_not_part_of_them() {
    let text = "Senator Ann Reyes said in a telephone interview that the bill would pass.\n\nReyes argued insistently that the count was wrong.\n\nReyes said in the release this case shows that the rules work.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the bill would pass» cue=said source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
            "indirect «that the count was wrong» cue=argued source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «in the release this case shows that the rules work» cue=said source=Reyes speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn a_closing_attribution_may_name_whom_it_was_told_to_and_when() {
    let text = "Senator Ann Reyes spoke in the capital.\n\nThe talks will resume next week, she said as she left the building.\n\nThe vote was rigged, Reyes told her supporters at a rally.\n\nThe bridge is unsafe, Reyes told a local radio station.\n\nOn Friday, Reyes told a joke.\n\nThe count was wrong, Reyes said, two days after the vote.\n\nThe bridge will close, Reyes said, when asked about the repairs.\n\nThe plan was dead, Reyes said Wednesday on NBC’s “Meet the Press.”\n\nThe mill will close, as the Tribune reported a few days later.";
    assert_eq!(
        render(text),
        vec![
            "indirect «The talks will resume next week» cue=said source=she speaker=Ann Reyes (Senator)",
            "indirect «The vote was rigged» cue=told source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «The bridge is unsafe» cue=told source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «The count was wrong» cue=said source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «The bridge will close» cue=said source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «The plan was dead» cue=said source=Reyes speaker=Ann Reyes (Senator)",
            "indirect «The mill will close» cue=reported source=the Tribune speaker=Tribune",
        ]
    );
}

#[test]
fn reports_that_say_only_when_or_only_a_pronoun_are_cut_to_what_was_said() {
    let text = "About 10 p.m., according to a police timeline, the guards left the compound.\n\nSenator Tom Reyes spoke on Monday. On Tuesday he stood by his claim that the bill was dead.\n\nThe editorial drew notice when it posted on Jan. 27.\n\nThe senator declared at Saturday's debate.\n\nMost voters in the county supported him, and he won easily.";
    assert_eq!(
        render(text),
        vec![
            "indirect «About 10 p.m., according to a police timeline, the guards left the compound» cue=according to source=a police timeline speaker=-",
            "indirect «that the bill was dead» cue=claim source=his speaker=Tom Reyes (Senator)",
            "indirect «him» cue=supported source=Most voters in the county speaker=-",
        ]
    );
}

#[test]
fn a_quotation_attributed_inside_a_report_is_nested_in_it() {
    let text = "Tom Cross said he is left with two options: Clinton, whom he called “the most divisive figure in politics,” or a third-party ticket.";
    assert_eq!(
        render(text),
        vec![
            "mixed «he is left with two options: Clinton, whom he called “the most divisive figure in politics,” or a third-party ticket» cue=said source=Tom Cross speaker=Tom Cross",
            "direct «the most divisive figure in politics» cue=called source=he speaker=Tom Cross",
        ]
    );
}

#[test]
fn a_cue_in_the_progressive_reports_unless_it_is_an_adjective_or_names_the_words() {
    let text = "Senator Ann Reyes is saying that the bill will pass.\n\nIt is telling that nobody came.\n\nWhat voters are saying about the race matters.\n\nReyes is urging the council to delay the vote.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the bill will pass» cue=is saying source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
            "indirect «the council to delay the vote» cue=is urging source=Reyes speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn as_reported_by_a_source_opens_a_report() {
    let text = "As first reported by The Times, the company will close three plants.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the company will close three plants» cue=As first reported by source=The Times speaker=Times",
        ]
    );
}

#[test]
fn an_opening_subordinate_clause_reports_up_to_its_comma_beside_the_main_clause() {
    let text = "When Senator Ann Reyes first announced the exchange last week, she said the prisoners would not return to the front.\n\nReyes even suggested that the talks could resume.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the exchange last week» cue=announced source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
            "indirect «the prisoners would not return to the front» cue=said source=she speaker=Ann Reyes (Senator)",
            "indirect «that the talks could resume» cue=suggested source=Reyes speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn bare_cue_verbs_report_after_a_plain_subject_only() {
    let text = "Economists predict two more rate rises next year.\n\nSome senators worry that the trial will drag on.\n\nDon't worry about the technical details of the plan.\n\nThe original estimated price of the house was high.\n\nAs the year closes, expect another year of strong growth.\n\nThe ministry expressed concern that the plan would fail.\n\nThe teachers union backed the mayor in the primary.";
    assert_eq!(
        render(text),
        vec![
            "indirect «two more rate rises next year» cue=predict source=Economists speaker=-",
            "indirect «that the trial will drag on» cue=worry source=Some senators speaker=-",
            "indirect «concern that the plan would fail» cue=expressed source=The ministry speaker=-",
            "indirect «the mayor in the primary» cue=backed source=The teachers union speaker=-",
        ]
    );
}

#[test]
fn a_claim_passed_on_as_hearsay_is_a_report_without_a_source() {
    let text = "The club is reportedly spending $1.5 million on advertisements.\n\nReportedly, the talks collapsed on Friday night.";
    assert_eq!(
        render_pieces(text),
        vec![
            "The club is | spending $1.5 million on advertisements | source=-",
            "the talks collapsed on Friday night | source=-",
        ]
    );
}

#[test]
fn a_preposition_after_the_cue_belongs_to_the_cue() {
    let text = "Asked about the vote in the event that the nominee falls short, Reyes said nothing.\n\nSenator Ann Reyes warned of a ferocious battle ahead for the whole party.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the vote in the event that the nominee falls short» cue=Asked about source=- speaker=-",
            "indirect «a ferocious battle ahead for the whole party» cue=warned of source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn a_subject_opened_by_a_determiner_or_a_conjunction_is_read_whole() {
    let text = "The billionaire businessman began by talking about the drug crisis, saying that heroin is now cheaper than candy.\n\nBut other advisers have been urging a default, saying that only a catastrophe would move the lawmakers.\n\nThat said, the poll found little change among the voters of the state.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that heroin is now cheaper than candy» cue=saying source=The billionaire businessman speaker=-",
            "indirect «that only a catastrophe would move the lawmakers» cue=saying source=other advisers speaker=-",
        ]
    );
}

#[test]
fn a_question_attributed_in_the_short_sentence_after_it_has_its_speaker() {
    let text = "Sanders spoke in Iowa on Monday.\n\n\"Can you really reform Wall Street when they are spending millions on campaigns?\" Sanders asked.\n\n\"Is this fair?\" Sanders said the question was one the voters would settle in the primary next month.";
    assert_eq!(
        render(text),
        vec![
            // A quotation opening the next paragraph without a cue continues the speaker's
            // statement: one quotation in two pieces.
            "direct «Can you really reform Wall Street when they are spending millions on campaigns?\" Sanders asked.\n\n\"Is this fair?» cue=asked source=Sanders speaker=Sanders",
            "indirect «the question was one the voters would settle in the primary next month» cue=said source=Sanders speaker=Sanders",
        ]
    );
}

#[test]
fn learned_cue_words_report_only_with_a_speaker_and_an_object() {
    // "decried" is no pattern's cue ("blasted" is one now); the model learned from PolNeAR
    // knows it, and reads neither a passive, nor a noun, nor a day as a report.
    let text = "Senator Ann Reyes blasted the budget as a gift to the banks.\n\nThe budget was blasted by several residents at the meeting.\n\nThe careers listed above are open to players of the expansion pack.\n\nIt's worth noting the vote was close on the second day.\n\nMonday decried the fate of the river towns and their mills.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the budget as a gift to the banks» cue=blasted source=Senator Ann Reyes speaker=Ann Reyes (Senator)",
        ]
    );
}

#[test]
fn a_name_called_in_quotation_marks_is_a_report_however_short() {
    let text = "Debate night\n\nFormer Gov. Ann Reyes called Trump “unhinged.”\n\nTrump went after Reyes, calling her “a total stiff.”\n\nReyes called Trump again.";
    assert_eq!(
        render(text),
        vec![
            "mixed «Trump “unhinged.”» cue=called source=Former Gov. Ann Reyes speaker=Ann Reyes (Gov.)",
            "mixed «her “a total stiff.”» cue=calling source=Trump speaker=Trump",
        ]
    );
}

#[test]
fn a_cue_before_the_mark_takes_the_source_that_starts_a_word() {
    // The window before a quotation may open inside a word ("…an"); the source is the whole name
    // after it, and the first cue after the subject is the one it governs.
    let text = "Officials met in Geneva on Monday.\n\nHouse Speaker Paul Ryan told CNN on Tuesday, after the vote, “The deal is done.”\n\nThe spot concludes with footage of Reyes saying: “We will build it.”\n\nAccording to the ministry, “The talks failed after three days of meetings.”\n\nMayor Ana Ruiz: “Not one more day.”";
    assert_eq!(
        render(text),
        vec![
            "direct «The deal is done.» cue=told CNN source=House Speaker Paul Ryan speaker=Paul Ryan (Speaker)",
            "direct «We will build it.» cue=concludes source=The spot speaker=-",
            "direct «The talks failed after three days of meetings.» cue=According to source=the ministry speaker=-",
            "direct «Not one more day.» cue=: source=Mayor Ana Ruiz speaker=Ana Ruiz (Mayor)",
        ]
    );
}

#[test]
fn a_short_quotation_its_report_holds_is_told_once() {
    // The direct reading and the report share the cue; the report is kept, as it holds more.
    let text = "Officials met in Geneva on Monday.\n\nAccording to the ministry, “The talks failed.”\n\nAccording to Ana Ruiz, “The talks failed.”\n\n“We will try again in the spring, when the ice melts.”";
    assert_eq!(
        render(text),
        vec![
            "mixed «“The talks failed.”» cue=According to source=the ministry speaker=-",
            // A quotation that continues it joins it as its second piece: one statement, told
            // once, by the speaker of the first.
            "direct «The talks failed.”\n\n“We will try again in the spring, when the ice melts.» cue=According to source=Ana Ruiz speaker=Ana Ruiz",
        ]
    );
}

#[test]
fn words_that_only_open_a_sentence_are_no_speakers() {
    let text = "The rapper Marcus Hale spoke to the magazine in Atlanta.\n\n\"Put God first and just don't quit,\" he declares. Comedian Rosa Lind said the crowd would put up with the rain.\n\nIf Jon asks you to sign anything, use this line and explain that you do not wish to.\n\nBut I know now what kind of partner I want to be for the team.\n\nTHE MAYOR VOWS TO KEEP THE BRIDGE OPEN THROUGH THE WINTER\n\nWhile Hale admitted that the tour would be hard, he said it would go on. Lind is a comedian from Ohio.";
    assert_eq!(
        render(text),
        vec![
            // "Put God" is no person: the article writes "put" in lower case.
            "direct «Put God first and just don't quit» cue=declares source=he speaker=Marcus Hale",
            "indirect «the crowd would put up with the rain» cue=said source=Comedian Rosa Lind speaker=Rosa Lind",
            // "If Jon asks" is a condition, not a report; "But" is no part of a source.
            "indirect «now what kind of partner I want to be for the team» cue=know source=I speaker=-",
            // A heading in capitals names no speaker.
            "indirect «TO KEEP THE BRIDGE OPEN THROUGH THE WINTER» cue=VOWS source=- speaker=-",
            "indirect «that the tour would be hard» cue=admitted source=Hale speaker=Marcus Hale",
            // ... and the main clause reports for itself.
            "indirect «it would go on» cue=said source=he speaker=Marcus Hale",
        ]
    );
}

#[test]
fn labels_institutions_and_the_dateline_name_no_speaker() {
    // Read as a plain-text page, so that the dateline is found as it is in the pipeline.
    let text = "BUFFALO, N.Y. — Coach Ann Brody praised the team, saying the players never gave up on the season.\n\nDisclosure: the newspaper may earn a commission from some of the products on this page.\n\nShe and forty teachers from the Gibson Southern schools left early. She said a top worry is low pay for new teachers in the state.\n\nJoel Lind, a teacher at eastern Indiana’s Richmond High School, said the pay was too low. “They think they know better than us,” he said.\n\nThe drug is safe in small doses (a finding that holds for adults, according to the Mayo Clinic.)";
    let mut document =
        dateline_extract::extract_plain_text(Source::from_path("page.txt"), text.to_string());
    document.sentences = dateline_sentences::split_document(&document);
    let layers = annotate_quotes(&document);
    let rendered: Vec<String> = layers
        .quotes
        .iter()
        .map(|quote| {
            let slice = |range: Option<TextRange>| {
                range.map_or("-".to_string(), |range| document.slice(range).to_string())
            };
            format!(
                "{} «{}» source={} speaker={}",
                quote.kind.as_str(),
                document.slice(quote.content),
                slice(quote.source),
                quote
                    .speaker
                    .as_ref()
                    .map_or("-", |speaker| speaker.name.as_str())
            )
        })
        .collect();
    assert_eq!(
        rendered,
        vec![
            // The dateline is no part of the sentence's subject.
            "indirect «the players never gave up on the season» source=Coach Ann Brody speaker=Ann Brody",
            // "Disclosure:" is a label; "Gibson Southern" names schools, so "She" is Ann Brody.
            "indirect «a top worry is low pay for new teachers in the state» source=She speaker=Ann Brody",
            // "Indiana’s Richmond High" is no person for "he" to resolve to.
            "indirect «the pay was too low» source=Joel Lind, a teacher at eastern Indiana’s Richmond High School speaker=Joel Lind",
            "direct «They think they know better than us» source=he speaker=Joel Lind",
            // The source does not take the parenthesis that closes the sentence.
            "indirect «The drug is safe in small doses (a finding that holds for adults» source=the Mayo Clinic speaker=Mayo Clinic",
        ]
    );
}

#[test]
fn a_possessive_alone_is_a_pronoun_not_a_name() {
    let text = "Mayor Ana Ruiz spoke after the vote.\n\nHer fear is that the bridge will close for the whole winter.\n\nTheir calls for a new vote on the bridge grew louder on Monday.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the bridge will close for the whole winter» cue=fear source=Her speaker=Ana Ruiz (Mayor)",
            // "for" is the cue's ("calls for"), as attribution corpora mark it.
            "indirect «a new vote on the bridge grew louder on Monday» cue=calls for source=Their speaker=-",
        ]
    );
}

#[test]
fn military_and_agency_titles_stand_before_the_name() {
    let text = "NASA Deputy Administrator Pam Melroy spoke at the launch.\n\n“Increasing our bandwidth is essential,” Melroy said.\n\nSecond Lieutenant Gavin Jones said: “Too many of my friends lacked direction.”";
    assert_eq!(
        render(text),
        vec![
            "direct «Increasing our bandwidth is essential» cue=said source=Melroy speaker=Pam Melroy (Deputy Administrator)",
            "direct «Too many of my friends lacked direction.» cue=said source=Second Lieutenant Gavin Jones speaker=Gavin Jones (Second Lieutenant)",
        ]
    );
}

#[test]
fn a_pronoun_after_a_quotation_stands_for_someone_named_outside_it() {
    let text = "Ann Autor studied the trade data.\n\n“Whether it is Tom Reed or Lisa Marsh, we should have seen it coming,” she said.\n\nStill, Mark Devine, an adviser to the campaign, said the data were old.\n\nThe state backs Governor Tim Walz. Barkley also said he likes the plan.";
    assert_eq!(
        render(text),
        vec![
            // "Lisa Marsh", named last before "she", is named inside the quotation.
            "direct «Whether it is Tom Reed or Lisa Marsh, we should have seen it coming» cue=said source=she speaker=Ann Autor",
            // The sentence adverb opens the sentence, not the source.
            "indirect «the data were old» cue=said source=Mark Devine, an adviser to the campaign speaker=Mark Devine (an adviser to the campaign)",
            // The governor's name ends with his sentence: "Tim Walz. Barkley" is no one.
            "indirect «he likes the plan» cue=said source=Barkley speaker=Barkley",
        ]
    );
}

#[test]
fn a_relative_pronoun_speaks_for_the_name_before_it_in_its_sentence() {
    let text = "“Your life is not the fault of Hispanics.”\n\nBarkley, who said he votes in every election, likes the governor.\n\nPriebus later Thursday told reporters that the meeting would go well.";
    assert_eq!(
        render(text),
        vec![
            "direct «Your life is not the fault of Hispanics.» cue=- source=- speaker=-",
            // The name before "who" does not run back over the quotation's end.
            "indirect «he votes in every election» cue=said source=who speaker=Barkley",
            // A day is not a source: the name before it is.
            "indirect «that the meeting would go well» cue=told reporters source=Priebus speaker=Priebus",
        ]
    );
}

#[test]
fn a_pronoun_stands_for_the_subject_of_the_sentence_before() {
    let text = "Mayor Tom Reed said praise from Governor Lisa Marsh would not change his budget.\n\n“The numbers are the numbers,” he said.\n\nReed’s deputy Ann Ortiz spoke after him. In an interview with host Sam Gold, she said the budget would pass.";
    assert_eq!(
        render(text),
        vec![
            "indirect «praise from Governor Lisa Marsh would not change his budget» cue=said source=Mayor Tom Reed speaker=Tom Reed (Mayor)",
            // Named last is the governor; the sentence's subject is the mayor.
            "direct «The numbers are the numbers» cue=said source=he speaker=Tom Reed (Mayor)",
            // Neither the possessive nor the interviewer is the subject.
            "indirect «the budget would pass» cue=said source=she speaker=Ann Ortiz",
        ]
    );
}

#[test]
fn a_pronoun_passes_people_the_article_shows_as_of_another_gender() {
    let text = "Mr. Berg spoke after Mrs. Lopez arrived at the port.\n\nShe said the talks went well.\n\nThe spokeswoman, Ann Ortiz, and Tom Reed left early. He said nothing more would be agreed.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the talks went well» cue=said source=She speaker=Lopez",
            "indirect «nothing more would be agreed» cue=said source=He speaker=Tom Reed",
        ]
    );
}

#[test]
fn a_party_before_a_name_is_a_role_and_an_event_is_no_person() {
    let text = "Republican Tom Reed spoke at the Labor Day picnic.\n\nHe said the plan had failed.\n\nWhether Reed runs again is an open question, the Governors Conference said.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the plan had failed» cue=said source=He speaker=Tom Reed (Republican)",
            "indirect «Whether Reed runs again is an open question» cue=said source=the Governors Conference speaker=Governors Conference",
        ]
    );
}

#[test]
fn a_sentence_adverb_opens_no_name() {
    let text = "Meanwhile Gilad Erdan spoke at the council.\n\n“This is a disgrace,” Erdan said.\n\nUltimately, Ann Ortiz said the vote would stand.";
    assert_eq!(
        render(text),
        vec![
            "direct «This is a disgrace» cue=said source=Erdan speaker=Gilad Erdan",
            "indirect «the vote would stand» cue=said source=Ann Ortiz speaker=Ann Ortiz",
        ]
    );
}

#[test]
fn a_headline_in_title_case_and_a_name_with_a_word_in_capitals_name_no_one() {
    let text = "Senator Lopez Hammers Port Owners Over Safety Record\n\nAnn Lopez spoke on Monday. The owners cut corners over safety, and their record is poor; she hammers that point in every speech.\n\nPort Owners CEO: “We run safe docks.”";
    let document = document(text);
    let layers = annotate_quotes(&document);
    let people: Vec<&str> = layers
        .entities
        .iter()
        .filter(|entity| entity.kind == dateline_document::EntityKind::Person)
        .map(|entity| entity.name.as_str())
        .collect();
    assert_eq!(people, vec!["Ann Lopez"]);
}

#[test]
fn cue_words_written_as_nouns_or_adjectives_cue_nothing() {
    let text = "Trump has won several states on Tuesday across the South.\n\nIn the deepest blue states, voters stayed home on Tuesday.\n\nThe document states that leave is available after one year.\n\nShe appeared on the TV show about cooking for a whole season.\n\nMost insurance plans rose by double digits this year.\n\nBarden now leads a program called Sandy Hook Promise in the town.\n\nLerer reported from Los Angeles for the whole week.\n\nThe mayor plans to open the bridge next spring.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that leave is available after one year» cue=states source=The document speaker=-",
            "indirect «to open the bridge next spring» cue=plans source=The mayor speaker=-",
        ]
    );
}

#[test]
fn a_cue_word_that_disagrees_with_its_subject_is_a_noun() {
    // "a talk show host": "show" after a subject in the singular is the noun, and the report
    // is the sentence's own "said". "One in five say" is plural and stays a report.
    let text = "Voters were polled in January.\n\nBob Friedman, a talk show host, said that the shift came after Iowa.\n\nOne in five say the economy is their first concern.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the shift came after Iowa» cue=said source=Bob Friedman, a talk show host speaker=Bob Friedman (a talk show host)",
            "indirect «the economy is their first concern» cue=say source=One in five speaker=-",
        ]
    );
}

#[test]
fn a_description_may_open_with_a_demonstrative() {
    // "Those close to him", "That person": a demonstrative opening the sentence opens its
    // subject; "this week" inside a sentence is no source.
    let text = "The senator left the race in March.\n\nThose close to him say the senator will run again next year.\n\nThat person said the campaign had run out of money.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the senator will run again next year» cue=say source=Those close to him speaker=-",
            "indirect «the campaign had run out of money» cue=said source=That person speaker=-",
        ]
    );
}

#[test]
fn according_to_inside_a_sentence_splits_the_report_around_it() {
    let text = "Campaign finance\n\nFundraising, according to the campaign, has surged in the same period.\n\nBut, according to the poll, most voters remain undecided about the race.\n\nAt the heart of the trouble, according to Dennis Ross, another former envoy, was a decision to keep distance.\n\nThe new plan cut the cost of the program by half last year, according to the ministry, and the unions were not consulted.";
    assert_eq!(
        render_pieces(text),
        vec![
            "Fundraising | has surged in the same period | source=the campaign",
            "most voters remain undecided about the race | source=the poll",
            "At the heart of the trouble | was a decision to keep distance | source=Dennis Ross, another former envoy",
            "The new plan cut the cost of the program by half last year | source=the ministry",
        ]
    );
}

#[test]
fn suggested_reports_a_clause_without_that_but_not_an_object() {
    let text = "The debate ran late.\n\nClinton suggested Sanders was being hypocritical about the money from Wall Street.\n\nHe suggested a compromise on the schedule for the next three debates.";
    assert_eq!(
        render(text),
        vec![
            "indirect «Sanders was being hypocritical about the money from Wall Street» cue=suggested source=Clinton speaker=Clinton",
        ]
    );
}

#[test]
fn one_statement_in_pieces_is_one_quotation_with_parts() {
    // The pieces read the same cue and source (“A,” she said, “B.”), or the second piece opens
    // the next paragraph right after the attribution, with no cue of its own.
    let text = "The mayor spoke on Monday.\n\n“The way I see it,” she said, “no one ever questioned his service.”\n\n“We need leaders who calm things down,” Clinton said.\n\n“And that is why experience matters so much now.”";
    assert_eq!(
        render_pieces(text),
        vec![
            "The way I see it | no one ever questioned his service. | source=she",
            "We need leaders who calm things down | And that is why experience matters so much now. | source=Clinton",
        ]
    );
}

#[test]
fn a_quotation_with_no_attribution_in_the_paragraph_of_a_statement_goes_on_with_it() {
    // Words between the pieces (`referring to ...`, a sentence of the writer's) do not stop a
    // quotation with no cue or source of its own from being the same speaker's; a report between
    // them does.
    let text = "The professor spoke on Monday.\n\n“There was a backlash against the memoir,” Ferriss noted, referring to a book about life uptown. “That suggests to me that this might not have many followers.”\n\n“Nobody reads these books anymore,” Ferriss said. The book sold well in its first year. “The market for them has been shrinking for years.”\n\n“We have lost the argument,” Smith said. Jones said the group would meet again. “The next vote will go the other way entirely.”";
    assert_eq!(
        render_pieces(text),
        vec![
            "There was a backlash against the memoir | That suggests to me that this might not have many followers. | source=Ferriss",
            "Nobody reads these books anymore | The market for them has been shrinking for years. | source=Ferriss",
            "We have lost the argument | source=Smith",
            "the group would meet again | source=Jones",
            "The next vote will go the other way entirely. | source=-",
        ]
    );
}

#[test]
fn a_participle_set_off_after_the_source_describes_it_and_the_main_cue_reports() {
    // `citing ...` between commas after the source is no report running over the main cue; a
    // short quotation inside such an aside is not attributed by `, said` when a verb follows
    // the words after "said" (they are the subject of the report, not a source).
    let text = "The court ruled on Friday.\n\nJudge Keague, writing for the majority, said the early voting period was fair.\n\nSalceda, citing data from the State Department, said that about 4 million people live there.\n\nHumphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort will fail.\n\nMr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in states like Maryland.";
    let rendered = render(text);
    assert_eq!(
        rendered[..2],
        [
            "indirect «the early voting period was fair» cue=said source=Judge Keague, writing for the majority speaker=Keague (Judge)",
            "indirect «that about 4 million people live there» cue=said source=Salceda speaker=Salceda",
        ]
    );
    // An aside holding a quotation: the source before it, not "Mr" cut at its full stop.
    assert!(
        rendered.iter().any(|quote| quote.starts_with(
            "indirect «the candidate could win in states like Maryland» cue=said source=Mr. Manafort"
        )),
        "{rendered:?}"
    );
    assert!(
        !rendered.iter().any(|quote| quote.contains("«sociopath»")),
        "{rendered:?}"
    );
}

#[test]
fn a_learned_cue_far_from_its_subject_reports_with_it_or_without_a_source() {
    // The sentence's subject is the source of a learned cue far after it when it reads as a
    // whole source (a name and a group after it: `Party leaders`); a cue the model is sure of
    // reports without one otherwise (`calling him ...` after a clause), and an opening
    // word and a clause (`However, she held her fire on Ben Carson,`) or a determiner (`My`)
    // are never taken for one.
    let text = "The race tightened.\n\nMarco Rubio flipped his choice on the spot – saying he was rooting for the other team now.\n\nParty leaders are now openly questioning whether the convention can be held.\n\nHowever, she held her fire on Ben Carson, calling him a very nice guy.\n\nMy guess is that the filmmakers didn't expect to end up on mood boards.";
    assert_eq!(
        render(text),
        vec![
            "indirect «he was rooting for the other team now» cue=saying source=Marco Rubio speaker=Marco Rubio",
            "indirect «whether the convention can be held» cue=questioning source=Party leaders speaker=-",
            "indirect «him a very nice guy» cue=calling source=- speaker=-",
        ]
    );
}

#[test]
fn a_subject_with_a_relative_clause_is_the_source_not_the_end_of_the_clause() {
    // `Residents who live near the old bridge say`: the residents say it, not the bridge; a
    // clause set off by commas is an apposition of a name, and a colon ends any subject.
    let text = "The board met on Monday.\n\nResidents who live near the old bridge say a new crossing would cut them off.\n\nOfficials who spoke with reporters said the plan was dead.\n\nSmith, who leads the group, said the vote was close.\n\nEven people who endorsed the plan sounded unsure: Former Rep. Jane Harman said it would not pass.";
    assert_eq!(
        render_pieces(text),
        vec![
            "a new crossing would cut them off | source=Residents who live near the old bridge",
            "the plan was dead | source=Officials who spoke with reporters",
            "the vote was close | source=Smith, who leads the group",
            "it would not pass | source=Former Rep. Jane Harman",
        ]
    );
}

#[test]
fn a_learned_cue_in_the_progressive_reports_and_its_auxiliary_is_no_source() {
    // "calling" is no pattern's cue; after "is" it is in the progressive, not a passive. Words
    // named by "what" and the adjective "promising" report nothing.
    let text = "The race tightened.\n\nClinton is calling for the United States to step up military efforts.\n\nHe's been calling for a fight with Charlo since the summer.\n\nThat is what she is hoping to accomplish in the year to come.\n\nThe early performance is promising at worst, and impressive at best.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the United States to step up military efforts» cue=calling for source=Clinton speaker=Clinton",
            "indirect «a fight with Charlo since the summer» cue=calling for source=He speaker=-",
        ]
    );
}

#[test]
fn a_cue_going_on_or_pointing_takes_its_verb_or_preposition() {
    // What was said follows the verb after "continued to" and "went on to", and what was pointed
    // to follows "to"; after other cues "to" opens the infinitive that is reported.
    let text = "The debate ran late.\n\nTrump continued to question whether the senator was eligible for the office. Clinton pointed to the nine different times Sanders had laid out a plan. He went on to explain that the deal was dead. She vowed to fight the ruling in every court.";
    assert_eq!(
        render(text),
        vec![
            "indirect «whether the senator was eligible for the office» cue=continued to question source=Trump speaker=Trump",
            "indirect «the nine different times Sanders had laid out a plan» cue=pointed to source=Clinton speaker=Clinton",
            "indirect «that the deal was dead» cue=went on to explain source=He speaker=-",
            "indirect «to fight the ruling in every court» cue=vowed source=She speaker=-",
        ]
    );
}

#[test]
fn words_before_a_quotation_its_cue_follows_are_part_of_the_statement() {
    // The cue after the quotation attributes the whole sentence; a lone opening word does not
    // count, nor do words that hold a cue of their own.
    let text = "The vote failed on Friday.\n\nThe bill's failure was “heartbreaking for every family in the state,” Smith said.\n\nAnd “we will try again,” she said.\n\nHe told reporters “the fight goes on,” Smith added.";
    assert_eq!(
        render(text),
        vec![
            "mixed «The bill's failure was “heartbreaking for every family in the state,”» cue=said source=Smith speaker=Smith",
            "direct «we will try again» cue=said source=she speaker=-",
            "direct «the fight goes on» cue=added source=Smith speaker=Smith",
        ]
    );
}

#[test]
fn words_between_an_attribution_and_its_quotation_are_reported_too() {
    // Reported words before the opening mark belong to the statement; whom it was said to, a
    // lone "that" or a colon only lead into it.
    let text = "The senator spoke on Monday.\n\nSmith said that whatever choice voters make, “they should not make it out of fear.”\n\nSmith wrote to his many followers, “It is time to end this career.”\n\nSmith told reporters: “We are not done yet.”";
    assert_eq!(
        render(text),
        vec![
            "mixed «that whatever choice voters make, “they should not make it out of fear.”» cue=said source=Smith speaker=Smith",
            "direct «It is time to end this career.» cue=wrote source=Smith speaker=Smith",
            "direct «We are not done yet.» cue=told reporters source=Smith speaker=Smith",
        ]
    );
}

#[test]
fn a_quotation_that_ends_without_punctuation_keeps_the_attribution_before_it() {
    // No comma or stop closes the quoted words, so "every time he thinks" after them is the
    // sentence going on, not their attribution, and reported with them; with a comma, the
    // source after the quotation is its speaker as usual.
    let text = "The president spoke at the White House.\n\nObama said “it gets me mad” every time he thinks about the children.\n\nThe president called it “a day of shame,” aides said.";
    assert_eq!(
        render(text),
        vec![
            "mixed «“it gets me mad” every time he thinks about the children» cue=said source=Obama speaker=Obama",
            "direct «a day of shame» cue=said source=aides speaker=-",
        ]
    );
}

#[test]
fn shares_spelled_out_are_sources_and_a_clause_after_while_is_its_own() {
    let text =
        "The poll was taken in May.\n\nSixty-six percent said it made no difference to them.";
    assert_eq!(
        render(text),
        vec![
            "indirect «it made no difference to them» cue=said source=Sixty-six percent speaker=-"
        ]
    );
    let sentence = "She is describing the benefits of diversity on the bench, while Trump is arguing the opposite.";
    let report_start = "She is describing ".len();
    assert_eq!(
        &sentence[report_start..super::end_of_first_clause(sentence, report_start, sentence.len())],
        "the benefits of diversity on the bench"
    );
    let sentence = "Most said they liked the plan a great deal, while 9 percent found it odd.";
    let report_start = "Most said ".len();
    assert_eq!(
        &sentence[report_start..super::end_of_first_clause(sentence, report_start, sentence.len())],
        "they liked the plan a great deal"
    );
}

#[test]
fn a_second_clause_with_its_own_source_is_a_second_report() {
    let text = "The poll was taken in May.\n\nTwenty-four percent said they were more likely to vote for him because of it, while 9 percent found it to be a deterrent.\n\nMr. Jones argued it was both a terrorist attack and a hate crime, while the program's host sought to make a distinction between the two.";
    assert_eq!(
        render(text),
        vec![
            "indirect «they were more likely to vote for him because of it» cue=said source=Twenty-four percent speaker=-",
            "indirect «it to be a deterrent» cue=found source=9 percent speaker=-",
            "indirect «it was both a terrorist attack and a hate crime» cue=argued source=Mr. Jones speaker=Jones",
            "indirect «to make a distinction between the two» cue=sought source=the program's host speaker=-",
        ]
    );
}

#[test]
fn an_aside_between_dashes_stands_between_the_source_and_the_cue() {
    let text = "The board ruled on Monday.\n\nOn Tuesday, Joyce — who is listed as an attorney in Illinois — told The Huffington Post he is not planning an appeal of the decision.";
    assert_eq!(
        render(text),
        vec!["indirect «he is not planning an appeal of the decision» cue=told The Huffington Post source=Joyce speaker=Joyce"]
    );
}

#[test]
fn a_source_opening_the_next_sentence_does_not_attribute_a_quotation_closed_by_a_stop() {
    let text = "The debate ran late.\n\nJeb Bush called Trump “unhinged.” Rubio agreed with him on that point.\n\n“We will win.” Smith said on Tuesday.";
    assert_eq!(
        render(text),
        vec![
            // The name called in quotation marks is Bush's report, not Rubio's quotation.
            "mixed «Trump “unhinged.”» cue=called source=Jeb Bush speaker=Jeb Bush",
            "indirect «him on that point» cue=agreed with source=Rubio speaker=Rubio",
            "direct «We will win.» cue=said source=Smith speaker=Smith",
        ]
    );
}

#[test]
fn names_opened_by_a_nationality_or_a_place_word_are_no_people() {
    let text = "Dania Maxwell, 34, grew up in Los Angeles.\n\nEvery year her family marks Jewish Christmas with a film and a meal, and cousins fly in from Southern California.\n\n“It is our own holiday,” she said.\n\nAustralian Timothy Weeks, a teacher, said the custom was spreading.";
    assert_eq!(
        render(text),
        vec![
            "direct «It is our own holiday» cue=said source=she speaker=Dania Maxwell",
            "indirect «the custom was spreading» cue=said source=Australian Timothy Weeks, a teacher speaker=Timothy Weeks (a teacher)",
        ]
    );
}

#[test]
fn a_pronoun_passes_a_person_whose_given_name_is_of_another_gender() {
    let text = "Hillary Clinton spoke in Iowa on Monday.\n\nBernie Sanders held a rally nearby on the same day.\n\n“We will win this state,” she said.";
    assert_eq!(
        render(text),
        vec!["direct «We will win this state» cue=said source=she speaker=Hillary Clinton"]
    );
}

#[test]
fn an_attribution_window_opens_at_a_word() {
    let text = format!("aaaaaaaaaa PhD {}", "b".repeat(197));
    // 200 bytes before the end fall on the "h" of "PhD": the window opens after the word.
    assert_eq!(super::attribution_window_start(&text, text.len()), 14);
    // A window at the start of a word, or at the start of the text, stays where it is.
    assert_eq!(super::attribution_window_start(&text, text.len() - 1), 11);
    assert_eq!(super::attribution_window_start("Ann Lee said", 12), 0);
}

#[test]
fn a_courtesy_title_on_a_shared_surname_picks_the_person_of_its_gender() {
    // "Mrs. Clinton" stands for one of the two Clintons only: it is no evidence that Bill
    // Clinton, named first, is a woman, and the speaker it names is Hillary Clinton.
    let text = "Former President Bill Clinton hosted the dinner in New York on Monday.\n\nHillary Clinton arrived late. Mrs. Clinton greeted the donors. Mrs. Clinton thanked the staff.\n\nMrs. Clinton said the foundation would keep its donors apart from the campaign.";
    assert_eq!(
        render(text),
        vec!["indirect «the foundation would keep its donors apart from the campaign» cue=said source=Mrs. Clinton speaker=Hillary Clinton"]
    );
}

#[test]
fn names_of_things_whose_words_the_article_writes_in_lower_case_are_no_people() {
    let text = "Reviewers tried the Surface Laptop Studio this week. The studio model has a fast laptop screen and a bright surface.\n\nThe Skin Tint comes in twelve shades, and the tint lasts all day on dry skin.\n\nAmanda Price, a photographer who sets the price of her prints herself, tested both.\n\nJade Black wore black for the shoot.";
    assert_eq!(people_named(text), vec!["Amanda Price", "Jade Black"]);
}

#[test]
fn a_cue_word_that_is_the_subject_of_a_verb_reports_nothing() {
    let text = "Dean’s comments are part of a wider trend in the party this year.\n\nHis claims were sarcasm, aides insisted on Friday evening.\n\nOfficials said the new plan is ready for the spring.";
    assert_eq!(
        render(text),
        vec![
            "indirect «His claims were sarcasm» cue=insisted source=aides speaker=-",
            "indirect «the new plan is ready for the spring» cue=said source=Officials speaker=-",
        ]
    );
}

#[test]
fn a_report_in_a_relative_clause_ends_with_the_clause() {
    let text =
        "The new plan, which officials said will start in early May, costs less than the old one.";
    assert_eq!(
        render(text),
        vec!["indirect «will start in early May» cue=said source=officials speaker=-"]
    );
}

#[test]
fn a_name_after_a_place_noun_is_the_place() {
    let text = "Maya Cohen grew up in the kibbutz of Kfar Aza and later moved to the town of Santa Catarina.\n\nSecretary of State Hillary Clinton visited in 2012.";
    assert_eq!(people_named(text), vec!["Hillary Clinton", "Maya Cohen"]);
}

#[test]
fn places_institutions_and_opening_words_are_no_people() {
    let text = "Neither Cruz nor Rubio went to North Gaza or to the Federal Reserve. Sens. Ted Cruz and Marco Rubio were in Iowa.\n\nGiven Sanders’ success, the Iowa Republican ran a poll. Still, Sanders, who won, was quiet. Robert Lewis Dear was charged.\n\nThe Justice Department said it would look into the case. Bernie Sanders’ campaign says it raised $21 million.";
    assert_eq!(
        people_named(text),
        vec![
            "Ted Cruz",
            "Marco Rubio",
            "Robert Lewis Dear",
            "Bernie Sanders"
        ]
    );
    assert_eq!(
        render(text),
        vec![
            "indirect «it would look into the case» cue=said source=The Justice Department speaker=Justice Department",
            "indirect «it raised $21 million» cue=says source=Bernie Sanders’ campaign speaker=-",
        ]
    );
}

#[test]
fn a_title_before_a_no_break_space_is_a_role_not_part_of_the_name() {
    let text = "Sen.\u{a0}Lindsey Graham said the vote would fail.\n\nMr.\u{a0}Netanyahu met Benjamin Netanyahu's aides. Mr.\u{a0}Netanyahu said talks would go on.";
    assert_eq!(
        people_named(text),
        vec!["Lindsey Graham", "Benjamin Netanyahu"]
    );
    // Titles alone are an office; a title after a party word is taken off with it.
    let offices = "The Inspector General met Mr. President on Monday.\n\nRepublican Sen. John McCain spoke later.";
    assert_eq!(people_named(offices), vec!["John McCain"]);
    assert_eq!(
        render(text),
        vec![
            "indirect «the vote would fail» cue=said source=Sen.\u{a0}Lindsey Graham speaker=Lindsey Graham (Sen.)",
            "indirect «talks would go on» cue=said source=Mr.\u{a0}Netanyahu speaker=Benjamin Netanyahu",
        ]
    );
}

#[test]
fn a_source_after_of_takes_back_the_name_it_qualifies() {
    let text = "Senator Susan Collins of Maine said the bill would pass.\n\nMelissa Cronin of Gawker wrote that the case was closed.\n\nProponents of the new bill, however, said it would help.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the bill would pass» cue=said source=Senator Susan Collins of Maine speaker=Susan Collins (Senator)",
            "indirect «that the case was closed» cue=wrote source=Melissa Cronin of Gawker speaker=Melissa Cronin",
            // A group of no name is left as it was read.
            "indirect «it would help» cue=said source=the new bill, however speaker=-",
        ]
    );
}

#[test]
fn whom_a_telling_cue_addressed_is_not_part_of_the_report() {
    let text = "Trump told his supporters that they should vote early.\n\nClinton assured voters she would fight for them.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that they should vote early» cue=told source=Trump speaker=Trump",
            "indirect «she would fight for them» cue=assured source=Clinton speaker=Clinton",
        ]
    );
}

#[test]
fn an_opening_phrase_a_function_word_or_a_passive_is_no_source() {
    let text = "Judge Ana Martinez opened the case on Monday.\n\nAt Friday’s hearing, Martinez, the judge, asked the defendant if the facts were true.\n\nYou’re promised a smooth ride in the fastest car on sale.\n\nOf the cars tested, the new one did best.";
    assert_eq!(
        render(text),
        vec!["indirect «if the facts were true» cue=asked the defendant source=Martinez, the judge speaker=Ana Martinez (Judge)"]
    );
}

#[test]
fn a_participle_after_a_quotations_attribution_reports_more_of_its_speaker() {
    let text = "“I am a unifier, unlike our president right now,” Trump said, referring to Barack Obama.\n\n“It will take some time for the stock to recover,” Bill Ackman said at the time, adding that investors did not see the value.";
    assert_eq!(
        render(text),
        vec![
            "direct «I am a unifier, unlike our president right now» cue=said source=Trump speaker=Trump",
            "indirect «Barack Obama» cue=referring to source=Trump speaker=Trump",
            "direct «It will take some time for the stock to recover» cue=said source=Bill Ackman speaker=Bill Ackman",
            "indirect «that investors did not see the value» cue=adding source=Bill Ackman speaker=Bill Ackman",
        ]
    );
}

#[test]
fn a_question_put_by_someone_unnamed_may_say_when_or_by_whom_it_was_put() {
    let text = "Asked during a January debate why he trailed so badly among minority voters, Senator Bernie Sanders said he would gain ground.\n\nWhen asked whom she supported, Ms. Sherry smiled.";
    assert_eq!(
        render(text),
        vec![
            "indirect «why he trailed so badly among minority voters» cue=Asked source=- speaker=-",
            "indirect «he would gain ground» cue=said source=Senator Bernie Sanders speaker=Bernie Sanders (Senator)",
            "indirect «whom she supported» cue=asked source=- speaker=-",
        ]
    );
}

#[test]
fn a_pronoun_of_the_other_gender_is_left_unresolved_and_a_stance_ends_at_its_comma() {
    let text = "Senator Bernie Sanders said he would gain ground.\n\nShe said the race was close and the vote would be tight.\n\nWhen asked whom she supported, Ms. Sherry smiled.";
    assert_eq!(
        render(text),
        vec![
            "indirect «he would gain ground» cue=said source=Senator Bernie Sanders speaker=Bernie Sanders (Senator)",
            "indirect «the race was close and the vote would be tight» cue=said source=She speaker=-",
            "indirect «whom she supported» cue=asked source=- speaker=-",
        ]
    );
}

#[test]
fn a_recipient_read_into_the_cue_leaves_the_report_at_that() {
    let text = "Trump told the raucous crowd that it meant a lot to him.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that it meant a lot to him» cue=told the raucous source=Trump speaker=Trump"
        ]
    );
}

#[test]
fn a_closing_attribution_may_be_followed_by_its_occasion_or_a_participle() {
    let text = "His allegiance has shifted from Fiorina to Rubio, Wilkin said during his campaign speech.\n\nRyan and Trump will meet sometime next week, Spicer said, adding that the two need a good talk.";
    assert_eq!(
        render(text),
        vec![
            "indirect «His allegiance has shifted from Fiorina to Rubio» cue=said source=Wilkin speaker=Wilkin",
            "indirect «Ryan and Trump will meet sometime next week» cue=said source=Spicer speaker=Spicer",
            "indirect «that the two need a good talk» cue=adding source=Spicer speaker=Spicer",
        ]
    );
}

#[test]
fn a_transcript_quoted_paragraph_by_paragraph_keeps_its_turns() {
    let text = "Mike Pence spoke to Chris Wallace on Sunday.\n\n\"WALLACE: Will Gennifer Flowers be there on the night?\n\n\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.";
    assert_eq!(
        render(text),
        vec![
            "direct «Will Gennifer Flowers be there on the night?» cue=: source=WALLACE speaker=Chris Wallace",
            "direct «Gennifer Flowers will not be attending the debate tomorrow night.» cue=: source=PENCE speaker=Mike Pence",
        ]
    );
}

#[test]
fn a_dash_and_a_name_after_the_closing_mark_credit_the_quotation() {
    let text = "Here are some of the replies.\n\n“How did we get this low?” ― Jacklyn Ashley  “Trump must stop portraying Latinos as gangsters.”— Carla Sanchez.";
    assert_eq!(
        render(text),
        vec![
            "direct «How did we get this low?» cue=― source=Jacklyn Ashley speaker=Jacklyn Ashley",
            "direct «Trump must stop portraying Latinos as gangsters.» cue=— source=Carla Sanchez speaker=Carla Sanchez",
        ]
    );
}

#[test]
fn a_paragraph_introduced_by_a_source_and_a_colon_is_a_block_quotation() {
    let text = "The radio host Rush Limbaugh was on the air for three hours on Monday.\n\nLimbaugh added:\n\nFrom a supposed front-runner, this reeks of the greatest fear that I have ever seen.\n\nOf note:\n\n— Dallas holds the tiebreakers on Detroit this season.";
    assert_eq!(
        render(text),
        vec![
            "direct «From a supposed front-runner, this reeks of the greatest fear that I have ever seen.» cue=added source=Limbaugh speaker=Rush Limbaugh",
        ]
    );
}

#[test]
fn an_acronym_speaker_keeps_its_capitals_and_a_transcript_label_is_a_name() {
    let text = "UNICEF said the camps were running out of water.\n\nMike Pence met Chris Wallace on Sunday.\n\nWALLACE: Will you be at the debate tomorrow night?";
    assert_eq!(
        render(text),
        vec![
            "indirect «the camps were running out of water» cue=said source=UNICEF speaker=UNICEF",
            "direct «Will you be at the debate tomorrow night?» cue=: source=WALLACE speaker=Chris Wallace",
        ]
    );
}

#[test]
fn a_given_name_alone_is_the_one_person_who_has_it() {
    let text = "Ivanka Trump and Jared Kushner arrived on Monday. Apple Thunderbolt cables were sold out.\n\n“We are thrilled,” Ivanka said.\n\n“It is a fine cable,” Apple said.";
    assert_eq!(
        render(text),
        vec![
            "direct «We are thrilled» cue=said source=Ivanka speaker=Ivanka Trump",
            "direct «It is a fine cable» cue=said source=Apple speaker=Apple",
        ]
    );
}

#[test]
fn a_plural_the_article_writes_in_lower_case_is_a_group_not_a_name() {
    let text = "The paper asked its readers and the times they voted.\n\nReaders said the count was wrong in every district.\n\nThe Times said the count was right in every district.";
    assert_eq!(
        render(text)[1..],
        [
            "indirect «the count was wrong in every district» cue=said source=Readers speaker=-",
            "indirect «the count was right in every district» cue=said source=The Times speaker=Times",
        ]
    );
}

#[test]
fn whom_a_question_was_put_to_is_not_part_of_it() {
    let text = "They asked workers if they planned to attend the caucuses.\n\nThe host asked the 2016 Democratic contender whether he had prepared for a loss.";
    assert_eq!(
        render(text),
        vec![
            "indirect «if they planned to attend the caucuses» cue=asked source=They speaker=-",
            "indirect «whether he had prepared for a loss» cue=asked source=The host speaker=-",
        ]
    );
}

#[test]
fn a_name_of_words_the_article_writes_in_lower_case_is_no_person_without_evidence() {
    let text = "The Power Rankings put the Bills first this week, and the rankings moved again.\n\nBlake Snell pitched on Sunday. The power of his arm was plain.\n\n“We will win,” said Isaiah Likely, who was likely to play.";
    assert_eq!(people_named(text), vec!["Blake Snell", "Isaiah Likely"]);
}

#[test]
fn nouns_sums_and_opening_phrases_are_no_reports() {
    let text = "These small-group reports will then be used in drawing up a report for the synod.\n\nThe recommendations added nearly another year. The plan added 2,000 jobs to the payroll.\n\nAfter that, Ford wrote, and wrote, and wrote.\n\nThat is something the lawsuit claims could hurt the league. Meanwhile, Doctor says, they are trying to buy time.\n\nThey became the stars that they desperately wanted to see onscreen.";
    assert_eq!(
        render(text),
        vec![
            // Left out: the reports that are a noun, the sums, the opening phrase. A relative
            // clause with its object left out still reports, and a sentence adverb before the
            // attribution is not part of the report.
            "indirect «could hurt the league» cue=claims source=the lawsuit speaker=-",
            "indirect «they are trying to buy time» cue=says source=Doctor speaker=Doctor",
            "indirect «to see onscreen» cue=wanted source=they speaker=-",
        ]
    );
}

#[test]
fn a_source_is_the_subject_of_its_own_clause_and_names_are_no_reports() {
    let text = "The news came a month after Van Der Beek announced that the show was over.\n\nThe firm sold the metrics it told people had immense value.\n\nLet’s say you are putting a document into the platform.\n\nHe found a place in the Depths called Hateno Village Research Lab.\n\nHe starred in the massive fantasy show as Varys, a courtier.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the show was over» cue=announced source=Van Der Beek speaker=Van Der Beek",
            "indirect «people had immense value» cue=told source=it speaker=-",
        ]
    );
}

#[test]
fn a_nation_is_an_organisation_and_its_leader_a_person() {
    let text = "Tenney fought Oneida Indian Nation leader Ray Halbritter, who led the campaign, because he said the name was a slur.";
    assert_eq!(people_named(text), vec!["Ray Halbritter"]);
}

#[test]
fn a_participle_after_an_inverted_attribution_is_a_second_report_not_a_role() {
    let text = "“We think ours is the most beautiful house,” said Rosie Franco, noting how blessed her family is to have the resources each year.";
    assert_eq!(
        render(text),
        vec![
            "direct «We think ours is the most beautiful house» cue=said source=Rosie Franco speaker=Rosie Franco",
            "indirect «how blessed her family is to have the resources each year» cue=noting source=Rosie Franco speaker=Rosie Franco",
        ]
    );
}

#[test]
fn words_before_a_name_are_its_role_only_when_they_read_as_one() {
    assert_eq!(
        super::role_before_name(&["Trump", "campaign", "chairman"]).as_deref(),
        Some("Trump campaign chairman")
    );
    for clause in [
        &["would", "be", "drawn", "to"][..],
        &["same", "day", "that", "the"],
        &["since"],
        &["Donald", "Trump", "and"],
        &["has", "called"],
    ] {
        assert_eq!(super::role_before_name(clause), None, "{clause:?}");
    }
}

#[test]
fn capitalised_nouns_of_a_german_article_are_no_people() {
    let text = "Im Bereich Healthcare ist der Status Quo geprägt von Analoge Prozesse. Behandelnde Mediziner sprechen mit Angela Merkel über die Zukunft.";
    let mut german = document(text);
    german.metadata.language = Some("de".to_string());
    let people: Vec<String> = annotate_quotes(&german)
        .entities
        .into_iter()
        .filter(|entity| entity.kind == dateline_document::EntityKind::Person)
        .map(|entity| entity.name)
        .collect();
    assert_eq!(people, vec!["Angela Merkel"]);
    // The same words in an English article's register: the filter is German's only.
    assert!(people_named(text).len() > 1, "{:?}", people_named(text));
}

#[test]
fn when_and_where_a_closing_attribution_was_said_is_no_report() {
    let text = "\"How do you control these big powerful banks?\" Trump said to a crowd of about 500.\n\nHis allegiance has shifted from Fiorina to Rubio, Wilkin said during his campaign speech to be a national delegate.\n\nThe vote was close, but Pence said in politics it takes time to build trust.";
    let rendered = render(text);
    // The quotation takes the attribution the occasion was read with.
    assert_eq!(
        rendered[0],
        "direct «How do you control these big powerful banks?» cue=said source=Trump speaker=Trump"
    );
    assert!(
        !rendered
            .iter()
            .any(|quote| quote.contains("«to a crowd") || quote.contains("«during his campaign")),
        "{rendered:#?}"
    );
    // A clause after the occasion is what was said.
    assert!(
        rendered
            .iter()
            .any(|quote| quote.contains("«in politics it takes time to build trust»")),
        "{rendered:#?}"
    );
}

#[test]
fn a_pastor_is_named_without_the_title() {
    let text = "Pastor Joseph Brown said the congregation would caucus for Cruz on Monday.";
    assert_eq!(people_named(text), vec!["Joseph Brown"]);
}

#[test]
fn a_name_after_a_title_ends_at_a_line_break() {
    let text = "The doctors he first saw had no clue.\n\nTime for Dr. Sherlock\n\nAt first Taylor was treated for an infection.";
    assert_eq!(people_named(text), vec!["Sherlock"]);
}

#[test]
fn a_pronoun_passes_over_a_thing_named_in_capitals() {
    let text = "Donald Trump spoke in Ohio on Monday.\n\nMaybe the candidate is the Manchurian Candidate after all. \"We will win,\" he said.";
    let rendered = render(text);
    assert_eq!(
        rendered.last().map(String::as_str),
        Some("direct «We will win» cue=said source=he speaker=Donald Trump"),
        "{rendered:#?}"
    );
    assert_eq!(people_named(text), vec!["Donald Trump"]);
}

/// Each person's mentions as written, in the register's order.
fn mentions_of_people(text: &str) -> Vec<String> {
    annotate_quotes(&document(text))
        .entities
        .into_iter()
        .filter(|entity| entity.kind == dateline_document::EntityKind::Person)
        .map(|entity| {
            let mentions: Vec<&str> = entity
                .mentions
                .iter()
                .map(|mention| &text[mention.start()..mention.end()])
                .collect();
            format!("{}: {}", entity.name, mentions.join(", "))
        })
        .collect()
}

#[test]
fn a_given_name_alone_is_a_mention_of_the_one_person_who_has_it() {
    // Features call people by their first names; the pronoun after "Greg thought" is Greg's,
    // not that of the man named first in the article.
    let text = "Tom Brown and Greg Nelson married in 2015.\n\nTom grew up with Christmas. Greg thought they might light candles instead. “I never had a tree,” he says.";
    assert_eq!(
        render(text),
        vec![
            "indirect «they might light candles instead» cue=thought source=Greg speaker=Greg Nelson",
            "direct «I never had a tree» cue=says source=he speaker=Greg Nelson"
        ]
    );
    assert_eq!(
        mentions_of_people(text),
        vec![
            "Tom Brown: Tom Brown, Tom",
            "Greg Nelson: Greg Nelson, Greg"
        ]
    );
}

#[test]
fn a_given_name_inside_another_name_a_contraction_or_shared_is_no_mention() {
    // "Morning Joe" is a programme and "Don’t" a contraction; "Joe" and "Don" stand for no one
    // there. Two Bills make "Bill" nobody's in particular, and "Will" is also a word.
    let text = "Sen. Joe Lieberman spoke on MSNBC’s “Morning Joe” on Monday morning.\n\nAides to Don Stewart were doubtful. Don’t expect a deal, they said.\n\nBill Clinton and Bill Gates met Will Smith, who will host the dinner. Bill arrived first.";
    assert_eq!(
        mentions_of_people(text),
        vec![
            "Joe Lieberman: Joe Lieberman",
            "Don Stewart: Don Stewart",
            "Bill Clinton: Bill Clinton",
            "Bill Gates: Bill Gates",
            "Will Smith: Will Smith"
        ]
    );
}

#[test]
fn a_person_called_by_a_given_name_alone_is_a_person() {
    let text = "Many early retirees regret their mortgages.\n\nTommy retired nearly 10 years ago at age 51. He never earned a six-figure salary, he wrote in a blog post.";
    assert_eq!(people_named(text), vec!["Tommy"]);
    assert_eq!(
        render(text),
        vec!["indirect «He never earned a six-figure salary» cue=wrote source=he speaker=Tommy"]
    );
}

#[test]
fn given_names_that_are_days_places_titles_or_parts_of_names_are_no_people() {
    // Each is followed by a pronoun, as a person called by a given name would be.
    let text = "On June 15, she posted a photo.\n\nThe team flew from St. Louis to Charlotte, N.C., where he lives.\n\nShe read The Name of the Rose and Gilbert & Sullivan librettos; she also met Eva-Marie Persson, he said.";
    assert_eq!(people_named(text), vec!["Eva-Marie Persson"]);
}

#[test]
fn a_record_after_a_determiner_shows_what_it_found() {
    // "shows" after "a" or "his" is often the plural noun ("his Broadway shows"); after a poll, a
    // graph or a video it reports.
    let text = "A new poll shows that Mrs. Clinton remains broadly popular among union voters.\n\nHis Broadway shows drew large crowds all summer long. Her two shows sold out.";
    assert_eq!(
        render(text),
        vec!["indirect «that Mrs. Clinton remains broadly popular among union voters» cue=shows source=A new poll speaker=-"]
    );
}

#[test]
fn going_on_somewhere_is_no_report() {
    let text = "Minutes later the driver continued in the direction of Ayer and was not seen again.\n\nThe air and ground campaign continued in the north through the night.\n\n“We will rebuild,” she continued, “and we will stay.”";
    assert_eq!(
        render(text),
        vec![
            "direct «We will rebuild,” she continued, “and we will stay.» cue=continued source=she speaker=-"
        ]
    );
}

#[test]
fn a_time_is_no_source_but_the_record_it_dates_is() {
    let text = "A Quinnipiac University poll released in late August found that 74 percent of likely voters want the returns.\n\nThe U.S. Department of Health and Human Services in August proposed taking marijuana off the banned list.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that 74 percent of likely voters want the returns» cue=found source=A Quinnipiac University poll speaker=-",
            "indirect «taking marijuana off the banned list» cue=proposed source=The U.S. Department of Health and Human Services speaker=U.S. Department of Health and Human Services"
        ]
    );
}

#[test]
fn a_thing_that_is_called_something_reports_nothing() {
    let text = "The kit comes in a green box. It’s called Plan & Grow BIG, and it sells for $30.";
    assert_eq!(render(text), Vec::<String>::new());
}

#[test]
fn shared_attributes_the_quotation_before_it_but_a_thing_shared_is_no_report() {
    let text = "On Monday, the chain announced two new drinks for its menu.\n\n“I’m so excited to share with you two new options on our beverage menu” In-N-Out owner Lynsi Snyder shared on Instagram.\n\nShe shared a photo of the two of them at the beach last summer.\n\nIn “Doing the Least with Alyse,” she shares easy recipes that require the least effort.";
    assert_eq!(
        render(text),
        vec![
            "indirect «two new drinks for its menu» cue=announced source=the chain speaker=-",
            "direct «I’m so excited to share with you two new options on our beverage menu» cue=shared source=In-N-Out owner Lynsi Snyder speaker=Lynsi Snyder (In-N-Out owner)"
        ]
    );
}

#[test]
fn an_attribution_sentence_after_a_question_may_be_long() {
    let text = "“How could the Hermit Kingdom possibly be a serious player?” Adam Meyers, a senior vice president at cybersecurity firm CrowdStrike, said in an interview.";
    assert_eq!(
        render(text),
        vec!["direct «How could the Hermit Kingdom possibly be a serious player?» cue=said in an interview source=Adam Meyers, a senior vice president at cybersecurity firm CrowdStrike speaker=Adam Meyers (a senior vice president at cybersecurity firm CrowdStrike)"]
    );
    // A long sentence with words of its own after the cue is no attribution.
    let text = "“Who could have known this would happen to all of us?” The board of the company met on Monday and decided to close the plant.";
    assert_eq!(
        render(text),
        vec!["direct «Who could have known this would happen to all of us?» cue=- source=- speaker=-"]
    );
}

#[test]
fn whom_and_when_between_a_cue_and_that_are_no_part_of_the_report() {
    let text = "Senator Dana Whitfield told a reporter for the Herald on Tuesday that the bill was dead.\n\nThe agency noted in a 2022 report that wages had stalled.\n\nThe governor said at a town hall in Madison, Wisconsin, that turnout would be high.\n\nWhitfield said her campaign is the only one that can win.\n\nThe mayor rejected rumors that the plant would close.";
    assert_eq!(
        render(text),
        vec![
            "indirect «that the bill was dead» cue=told source=Senator Dana Whitfield speaker=Dana Whitfield (Senator)",
            "indirect «that wages had stalled» cue=noted source=The agency speaker=-",
            "indirect «that turnout would be high» cue=said source=The governor speaker=-",
            "indirect «her campaign is the only one that can win» cue=said source=Whitfield speaker=Dana Whitfield (Senator)",
            "indirect «rumors that the plant would close» cue=rejected source=The mayor speaker=-",
        ]
    );
}

#[test]
fn a_cue_that_is_also_a_plural_noun_after_a_number_is_the_noun() {
    let text = "In the five states, about half of voters say they prefer an outsider.\n\nNetflix cancelled several other shows along with the drama.";
    assert_eq!(
        render(text),
        vec!["indirect «they prefer an outsider» cue=say source=about half of voters speaker=-"]
    );
}

#[test]
fn a_second_speaker_after_and_reports_apart() {
    let text = "The mayor said taxes would rise, and the governor warned that schools would close.\n\nMartha added that the brothers had corresponded, and the letter Mike wrote was kind.";
    assert_eq!(
        render(text),
        vec![
            "indirect «taxes would rise» cue=said source=The mayor speaker=-",
            "indirect «that schools would close» cue=warned source=the governor speaker=-",
            "indirect «that the brothers had corresponded, and the letter Mike wrote was kind» cue=added source=Martha speaker=Martha",
        ]
    );
}

#[test]
fn a_lone_subject_before_a_quotation_is_part_of_the_statement() {
    let text = "Teachers “get why the union endorsed her,” Maria Weingarten said.\n\nStill, “we will try again,” she said.";
    assert_eq!(
        render(text),
        vec![
            "mixed «Teachers “get why the union endorsed her,”» cue=said source=Maria Weingarten speaker=Maria Weingarten",
            "direct «we will try again» cue=said source=she speaker=Maria Weingarten",
        ]
    );
}

#[test]
fn a_closing_attribution_may_end_with_a_day_alone_and_a_passive_reports_nothing() {
    let text = "The talks ran late.\n\nDonald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday.\n\nOther countries drafted a stronger text, which is expected Friday.\n\nThe boy died of head injuries, an inquest was told.";
    assert_eq!(
        render(text),
        vec![
            "indirect «Donald Trump is on solid ground attacking Bill Clinton» cue=said source=Carly Fiorina speaker=Carly Fiorina",
            "indirect «The boy died of head injuries» cue=told source=an inquest speaker=-",
        ]
    );
}

#[test]
fn a_record_heading_a_longer_phrase_shows_a_finding() {
    let text = "The council met on Monday.\n\nA review by the county auditor shows most of the overtime went unrecorded.\n\nHis early-morning tweets show little restraint.";
    assert_eq!(
        render(text),
        vec!["indirect «most of the overtime went unrecorded» cue=shows source=A review by the county auditor speaker=-"]
    );
}

#[test]
fn an_adverb_between_the_source_and_its_cue_is_neither() {
    // Also after an auxiliary: `has long argued`, `has since said`.
    let text = "The vote was close.\n\nCarter however said he would welcome the talks.\n\nCritics angrily said the count was rigged.\n\nThe family said the deal was on.\n\nFord itself said the plant would stay open.\n\nSanders has long argued that the system is rigged.\n\nMrs. Clinton has since said she would support a higher wage.";
    assert_eq!(
        render(text),
        vec![
            "indirect «he would welcome the talks» cue=said source=Carter speaker=Carter",
            "indirect «the count was rigged» cue=said source=Critics speaker=-",
            "indirect «the deal was on» cue=said source=The family speaker=-",
            "indirect «the plant would stay open» cue=said source=Ford speaker=Ford",
            "indirect «that the system is rigged» cue=argued source=Sanders speaker=Sanders",
            "indirect «she would support a higher wage» cue=said source=Mrs. Clinton speaker=Clinton",
        ]
    );
}

#[test]
fn sources_the_article_does_not_name_are_the_source_not_whom_they_are_close_to() {
    let text = "President Joe Biden met aides on Monday.\n\nSources close to the president said the deal was close.\n\nThe talks will go on, people familiar with the matter said.\n\nBy big margins, those surveyed say the economy comes first.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the deal was close» cue=said source=Sources close to the president speaker=-",
            "indirect «The talks will go on» cue=said source=people familiar with the matter speaker=-",
            "indirect «the economy comes first» cue=say source=those surveyed speaker=-",
        ]
    );
}

#[test]
fn shares_of_those_polled_spelled_in_words_are_sources() {
    let text = "The poll was taken in May.\n\nTwo in three said they are less likely to vote.\n\nNearly nine out of 10 say they will need new skills.";
    assert_eq!(
        render(text),
        vec![
            "indirect «they are less likely to vote» cue=said source=Two in three speaker=-",
            "indirect «they will need new skills» cue=say source=Nearly nine out of 10 speaker=-",
        ]
    );
}

#[test]
fn words_with_a_verb_after_said_are_the_report_and_a_participle_after_a_possessive_no_cue() {
    // `Chaffetz, R-Utah, said the questioning will start ...`: the comma closes an apposition of
    // the subject, and what follows "said" is the report, not its source. `his proposed
    // legislation`: "proposed" after a possessive is an adjective, no cue with "In his" for a
    // source.
    let text = "The hearing was set.\n\nCommittee Chairman Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey, but not end with him.\n\nIn his proposed legislation to ban the candidate, Salceda cited a memorandum from 2001.\n\nHis proposed ban on visitors from the region drew fire from both parties.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the questioning will start with Comey, but not end with him» cue=said source=Committee Chairman Rep. Jason Chaffetz, R-Utah speaker=Jason Chaffetz (Chairman)",
            "indirect «a memorandum from 2001» cue=cited source=Salceda speaker=Salceda",
        ]
    );
}

#[test]
fn an_attribution_opened_by_as_reports_the_clause_after_its_comma() {
    // `Of course, as X observed, ...`: "as" is no role before the name, and the sentence adverb
    // before it no part of the report; where and when the words were said stand before the
    // comma. Inside a clause (`The plan, as X said, was ...`) the report is the sentence.
    let text = "The race went on.\n\nOf course, as Joel Pollak of Breitbart California observed, the biggest victor was not on the stage.\n\nBut as the senator noted in his speech on Tuesday, the bill was dead.\n\nThe plan, as Josh Earnest said, was never final.";
    assert_eq!(
        render_pieces(text),
        vec![
            "the biggest victor was not on the stage | source=Joel Pollak of Breitbart California",
            "the bill was dead | source=the senator",
            "The plan | was never final | source=Josh Earnest",
        ]
    );
}

#[test]
fn a_cue_word_closing_an_opening_phrase_is_part_of_it() {
    // `Making the rounds on the Sunday morning shows,`: "shows" is a noun of the opening
    // participle's phrase, and the main clause reports; "went on" closing an opening clause of
    // time is no cue; auxiliaries and adverbs before a cue are no part of its source.
    let text = "The week was long.\n\nMaking the rounds on the Sunday morning shows, Carson said he was facing a unique level of scrutiny.\n\nAs the day went on, Trump offered increasingly strident defenses of his manager.\n\nFew politicians would ever admit that they were wrong.";
    assert_eq!(
        render_pieces(text),
        vec![
            "he was facing a unique level of scrutiny | source=Carson",
            "that they were wrong | source=Few politicians",
        ]
    );
}

#[test]
fn a_finding_or_a_suggestion_reports_a_clause_with_an_auxiliary_of_its_own() {
    // Without "that", "suggested" and the cues of findings report a clause whose own auxiliary,
    // modal or copula stands within a few words (`the United States should send`, `she’ll
    // turn`); an object with a clause inside it (`a plan that would ...`) is no report.
    let text = "The debate went on.\n\nClinton suggested the United States should send more special forces into Syria.\n\nIn her campaigning, Warren suggested she’ll turn to economists for advice.\n\nHe suggested a plan that would cut taxes.\n\nAn arbitration panel in 2001 found the United States was in breach of the agreement.\n\nSheldon Adelson, the casino magnate, indicated he may be willing to back Trump.\n\nThree names mentioned as potential nominees are Kelly, Srinivasan and Garland.";
    assert_eq!(
        render_pieces(text),
        vec![
            "the United States should send more special forces into Syria | source=Clinton",
            "she’ll turn to economists for advice | source=Warren",
            "the United States was in breach of the agreement | source=An arbitration panel in 2001",
            "he may be willing to back Trump | source=Sheldon Adelson, the casino magnate",
        ]
    );
}

#[test]
fn a_headline_label_may_name_a_camp_and_whom_it_spoke_to() {
    // `Clinton camp: ...` is the camp's; in `Clinton to Planned Parenthood: ...` the source ends
    // before "to", whom the words were said to.
    for (headline, source) in [
        (
            "Clinton camp: Trump’s rhetoric threatens national security",
            "Clinton camp",
        ),
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade",
            "Clinton",
        ),
    ] {
        let text = format!("{headline}\n\nThe candidate spoke on Thursday.");
        let document = document_with_headline(&text);
        let quotes = annotate_quotes(&document).quotes;
        let sources: Vec<&str> = quotes
            .iter()
            .filter_map(|quote| quote.source.map(|range| document.slice(range)))
            .collect();
        assert_eq!(sources, vec![source], "{headline}");
    }
}

#[test]
fn a_time_between_source_and_cue_or_before_that_is_no_part_of_either() {
    // `less than two weeks ago` between the source and its cue, `for the first time` between the
    // cue and "that"; an adverb in "-ly" before "charged" makes it an adjective.
    let text = "The inquiry went on.\n\nThe State Department less than two weeks ago said that intelligence had passed through the server.\n\nKirby said for the first time that some emails had been located.\n\nA racially charged argument between the two men is emerging as his first test.";
    assert_eq!(
        render_pieces(text),
        vec![
            "that intelligence had passed through the server | source=The State Department",
            "that some emails had been located | source=Kirby",
        ]
    );
}

#[test]
fn a_short_subject_with_a_relative_clause_is_the_source_when_nothing_shorter_reads() {
    // The source pattern reads nothing at the end of `... of rape`; the subject whole is the
    // source, not the relative clause's "who" with its own verb. A second relative clause
    // (`and who didn't want`) is no subject.
    let text = "The campaign went on.\n\nA woman who has accused the former president of rape said Sunday night that he was trying to strike up a date.\n\nHawkins and others who want to ban abortion said the decision will make the choice stark.";
    assert_eq!(
        render_pieces(text),
        vec![
            "that he was trying to strike up a date | source=A woman who has accused the former president of rape",
            "the decision will make the choice stark | source=Hawkins and others who want to ban abortion",
        ]
    );
}

#[test]
fn a_second_verb_after_an_auxiliary_and_a_participle_in_an_opening_phrase() {
    // `... but has said ...`: the auxiliary stands between the conjunction and the cue, and the
    // sentence's subject is the source; `In a Facebook message posted Friday,`: the participle
    // says where the words were written, and the main clause reports.
    let text = "The allies met.\n\nHillary Clinton has encouraged European nations to bolster defense spending but has said she will hold firm to the alliance.\n\nIn a Facebook message posted Friday, Cruz said he has had areas of significant disagreement with Trump.\n\nDemocrats controlled the Senate and had confirmed 68 judicial nominees by this point.";
    assert_eq!(
        render_pieces(text),
        vec![
            "she will hold firm to the alliance | source=Hillary Clinton",
            "he has had areas of significant disagreement with Trump | source=Cruz",
        ]
    );
}

#[test]
fn a_moment_or_an_opening_phrase_is_no_source() {
    // `Trump at the time said`: "the time" is when; `By the end of the day,` opens the sentence
    // before its subject; adverbs alone (`and most recently defended`) name no one.
    let text = "The week ended.\n\nTrump at the time said he had asked his people to look into paying the fees.\n\nBy the end of the day, Mr. Trump was forced into damage control and said that his words had been misconstrued.";
    assert_eq!(
        render_pieces(text),
        vec![
            "he had asked his people to look into paying the fees | source=Trump",
            "that his words had been misconstrued | source=Mr. Trump",
        ]
    );
}

#[test]
fn a_place_after_a_group_gives_the_source_back_to_the_group() {
    // `Officials in Beijing said`: the officials speak, not Beijing; a determiner of the group
    // comes with it. A place after a participle (`marching through the streets`) gives the
    // source back to the subject the participle describes.
    let text = "The talks stalled.\n\nOfficials in Beijing said the talks would resume next week.\n\nSome voters in Iowa say they want a change of course.\n\nDelegates from Texas said the vote was rigged.\n\nProtesters marching through the streets chanted that the curfew was unfair.";
    assert_eq!(
        render_pieces(text),
        vec![
            "the talks would resume next week | source=Officials in Beijing",
            "they want a change of course | source=Some voters in Iowa",
            "the vote was rigged | source=Delegates from Texas",
            "that the curfew was unfair | source=Protesters marching through the streets",
        ]
    );
}

#[test]
fn a_subordinate_clause_after_a_connective_reports_up_to_its_comma() {
    // `However, while the RNC says ..., they are ...`: as when the clause opens the sentence,
    // its report ends at its comma and the main clause is the writer's.
    let text = "The convention neared.\n\nHowever, while the party says it is well on its way to reaching its goal, it is not receiving help from many companies.\n\nBut when Trump said he would win the state, his aides said the polls were wrong.";
    assert_eq!(
        render_pieces(text),
        vec![
            "it is well on its way to reaching its goal | source=the party",
            "he would win the state | source=Trump",
            "the polls were wrong | source=his aides",
        ]
    );
}

#[test]
fn a_named_recipient_of_a_telling_cue_is_no_part_of_the_report() {
    let text = "The campaign went on.\n\nCarson was upbeat, telling Stephanopoulos that the campaign had seen continued support from voters.";
    assert_eq!(
        render_pieces(text),
        vec!["that the campaign had seen continued support from voters | source=Carson"]
    );
}

#[test]
fn a_clause_after_the_source_is_no_part_of_it_nor_of_the_role() {
    let text = "Cloud chief executive Thomas Kurian said the tools were ready.\n\nThe largest model is in preview with select customers, noted Kurian, while the smallest is going to run on phones.\n\nSpeaking in Berea, after winning the state primary, Gov. Mark Ellison said the race was open.\n\nThe measure stalled in committee, while Senator Ruth Baker, the panel's chair, said it would return.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the tools were ready» cue=said source=Cloud chief executive Thomas Kurian speaker=Thomas Kurian (Cloud chief executive)",
            // The clause after the inverted source goes on with the sentence: no role.
            "indirect «The largest model is in preview with select customers» cue=noted source=Kurian speaker=Thomas Kurian (Cloud chief executive)",
            // The clause of time stands before the source.
            "indirect «the race was open» cue=said source=Gov. Mark Ellison speaker=Mark Ellison (Gov.)",
            // The contrasted clause's subject is the one who spoke.
            "indirect «it would return» cue=said source=Senator Ruth Baker, the panel's chair speaker=Ruth Baker (Senator)",
        ]
    );
}

#[test]
fn a_pronoun_whose_sentence_names_someone_only_in_a_phrase_goes_on_back_along_the_pronouns() {
    let text = "Cardinal Jean-Claude Hollerich said the synod would listen.\n\nHollerich is the archbishop of Luxembourg. Before being appointed archbishop by Pope Benedict XVI in 2011, he was a missionary in Japan. As relator, he urges the members to embrace the process. He raises questions but never imposes answers.\n\nAt the opening session he noted that the tables were round.";
    assert_eq!(
        render(text),
        vec![
            "indirect «the synod would listen» cue=said source=Cardinal Jean-Claude Hollerich speaker=Jean-Claude Hollerich (Cardinal)",
            // Named last is the pope, after "by"; the sentence's subject is "he", the cardinal.
            "indirect «the members to embrace the process» cue=urges source=he speaker=Jean-Claude Hollerich (Cardinal)",
            // Sentences naming no one but carrying "he" on do not count as the sentences looked
            // back over.
            "indirect «that the tables were round» cue=noted source=he speaker=Jean-Claude Hollerich (Cardinal)",
        ]
    );
}

#[test]
fn a_role_is_what_the_speaker_is_not_what_they_were_doing_or_a_clause_about_them() {
    let text = "Dana Whitfield, a senior analyst at Jefferies, who covers the airlines, said fares would rise.\n\nOmar Haddad, speaking at a rally in Wilmington, said the vote was close.\n\nLena Ruiz, meanwhile, said nothing had changed.\n\nPaul Sato, managing director of the fund, said returns were flat.";
    assert_eq!(
        render(text),
        vec![
            // The relative clause after the role is no part of it.
            "indirect «fares would rise» cue=said source=Dana Whitfield, a senior analyst at Jefferies, who covers the airlines speaker=Dana Whitfield (a senior analyst at Jefferies)",
            "indirect «the vote was close» cue=said source=Omar Haddad, speaking at a rally in Wilmington speaker=Omar Haddad",
            "indirect «nothing had changed» cue=said source=Lena Ruiz, meanwhile speaker=Lena Ruiz",
            // A title may open with a word in -ing.
            "indirect «returns were flat» cue=said source=Paul Sato, managing director of the fund speaker=Paul Sato (managing director of the fund)",
        ]
    );
}

#[test]
fn a_newsroom_named_for_a_place_and_a_group_of_women_are_no_people() {
    let text = "Kathy Sanchez is a co-founding mother of Tewa Women United. She spoke to Searchlight New Mexico last week.\n\n“Nothing that is put in the ground stays immobile,” she said.";
    assert_eq!(people_named(text), vec!["Kathy Sanchez".to_string()]);
    assert_eq!(
        render(text),
        vec!["direct «Nothing that is put in the ground stays immobile» cue=said source=she speaker=Kathy Sanchez"]
    );
}

#[test]
fn a_role_and_a_name_before_an_apposition_name_the_speaker() {
    let text = "“My lab became interested in this,” said senior author Mark Andermann, professor of medicine at the medical center.";
    assert_eq!(
        render(text),
        vec!["direct «My lab became interested in this» cue=said source=senior author Mark Andermann, professor of medicine at the medical center speaker=Mark Andermann (senior author)"]
    );
}
