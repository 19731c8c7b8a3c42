//! What each technique is, read from `explanations.md`: the same text is this crate's
//! documentation and the output of `dateline techniques --list`.

use dateline_document::Technique;

pub(crate) const EXPLANATIONS: &str = include_str!("explanations.md");

/// One technique's entry: its display name and its text (what, example, limits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation {
    pub technique: Technique,
    pub name: &'static str,
    pub text: &'static str,
}

/// The introduction of `explanations.md`, before the first technique.
pub fn introduction() -> &'static str {
    EXPLANATIONS.split("\n## ").next().unwrap_or("").trim()
}

/// The entry of `technique`; `None` only if `explanations.md` lost one (a test checks it did not).
pub fn explanation(technique: Technique) -> Option<Explanation> {
    EXPLANATIONS.split("\n## ").skip(1).find_map(|section| {
        let (heading, text) = section.split_once('\n')?;
        let (id, name) = heading.split_once(':')?;
        (id.trim() == technique.id()).then(|| Explanation {
            technique,
            name: name.trim(),
            text: text.trim(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_technique_is_explained_with_what_an_example_and_limits() {
        for technique in Technique::ALL {
            let entry = explanation(technique)
                .unwrap_or_else(|| panic!("{} has no entry in explanations.md", technique.id()));
            for part in ["What:", "Example:", "Limits:"] {
                assert!(entry.text.contains(part), "{} lacks {part}", technique.id());
            }
        }
        assert!(introduction().contains("SemEval-2020 Task 11"));
    }
}
