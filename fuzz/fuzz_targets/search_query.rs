//! The search language takes whatever a user types (or a URL carries): parsing never panics,
//! never recurses without bound, and always returns a query or nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn depth(node: &dateline_store::QueryNode) -> usize {
    use dateline_store::QueryNode::*;
    match node {
        Word(_) | Phrase(_) | Prefix(_) => 1,
        Not(inner) => 1 + depth(inner),
        And(parts) | Or(parts) => 1 + parts.iter().map(depth).max().unwrap_or(0),
    }
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Some(node) = dateline_store::parse_query(&text) {
        // Parentheses nest at most 32 deep; NOT chains are bounded by the query's length.
        assert!(depth(&node) <= dateline_store::MAX_QUERY_CHARS + 1);
    }
});
