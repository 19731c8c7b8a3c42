//! The search language: words, "phrases", prefix*, AND, OR, NOT (or -word), parentheses.
//! Words next to each other must all match (AND), as a researcher narrowing a search expects.
//!
//! Parsing is ours and never fails on odd input: an unclosed quote or parenthesis closes at the
//! end, a stray operator is read as a word. The parsed query becomes a Tantivy query in
//! `search.rs`.

/// A parsed query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryNode {
    /// One word, as typed (the index's tokenizer lowercases it later).
    Word(String),
    /// Words that must stand next to each other in this order.
    Phrase(String),
    /// A word's beginning (`migra*`).
    Prefix(String),
    And(Vec<QueryNode>),
    Or(Vec<QueryNode>),
    Not(Box<QueryNode>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(String),
    Phrase(String),
    Prefix(String),
    And,
    Or,
    Not,
    Open,
    Close,
}

/// The longest query we parse, in characters: longer input is cut (a query is typed, not pasted
/// articles).
pub const MAX_QUERY_CHARS: usize = 1000;
/// How deep parentheses may nest before the rest is read flat.
const MAX_DEPTH: usize = 32;

fn tokenise(query: &str) -> Vec<Token> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut tokens = Vec::new();
    let mut characters = query.chars().peekable();
    while let Some(&character) = characters.peek() {
        if character.is_whitespace() {
            characters.next();
        } else if character == '"' || character == '“' || character == '”' {
            characters.next();
            let mut phrase = String::new();
            for next in characters.by_ref() {
                if next == '"' || next == '”' || next == '“' {
                    break;
                }
                phrase.push(next);
            }
            if !phrase.trim().is_empty() {
                tokens.push(Token::Phrase(phrase.trim().to_string()));
            }
        } else if character == '(' {
            characters.next();
            tokens.push(Token::Open);
        } else if character == ')' {
            characters.next();
            tokens.push(Token::Close);
        } else if character == '-' && tokens.last() != Some(&Token::Not) {
            characters.next();
            if characters.peek().is_some_and(|next| !next.is_whitespace()) {
                tokens.push(Token::Not);
            }
        } else {
            let mut word = String::new();
            while let Some(&next) = characters.peek() {
                if next.is_whitespace() || matches!(next, '"' | '(' | ')' | '“' | '”') {
                    break;
                }
                word.push(next);
                characters.next();
            }
            tokens.push(match word.as_str() {
                "AND" => Token::And,
                "OR" => Token::Or,
                "NOT" => Token::Not,
                _ => match word.strip_suffix('*') {
                    Some(stem) if !stem.is_empty() && !stem.contains('*') => {
                        Token::Prefix(stem.to_string())
                    }
                    _ => Token::Word(word.trim_matches('*').to_string()),
                },
            });
        }
    }
    tokens.retain(|token| !matches!(token, Token::Word(word) if word.is_empty()));
    tokens
}

struct Parser {
    tokens: Vec<Token>,
    position: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.position)
    }

    fn or(&mut self) -> Option<QueryNode> {
        let mut alternatives = Vec::new();
        if let Some(first) = self.and() {
            alternatives.push(first);
        }
        while self.peek() == Some(&Token::Or) {
            self.position += 1;
            if let Some(next) = self.and() {
                alternatives.push(next);
            }
        }
        match alternatives.len() {
            0 => None,
            1 => alternatives.pop(),
            _ => Some(QueryNode::Or(alternatives)),
        }
    }

    fn and(&mut self) -> Option<QueryNode> {
        let mut parts = Vec::new();
        loop {
            match self.peek() {
                None | Some(Token::Or) | Some(Token::Close) => break,
                Some(Token::And) => self.position += 1,
                Some(_) => {
                    if let Some(part) = self.unary() {
                        parts.push(part);
                    }
                }
            }
        }
        match parts.len() {
            0 => None,
            1 => parts.pop(),
            _ => Some(QueryNode::And(parts)),
        }
    }

    fn unary(&mut self) -> Option<QueryNode> {
        let token = self.peek()?.clone();
        self.position += 1;
        match token {
            Token::Not => self.unary().map(|node| QueryNode::Not(Box::new(node))),
            Token::Word(word) => Some(QueryNode::Word(word)),
            Token::Phrase(phrase) => Some(QueryNode::Phrase(phrase)),
            Token::Prefix(prefix) => Some(QueryNode::Prefix(prefix)),
            Token::Open => {
                self.depth += 1;
                let inner = if self.depth > MAX_DEPTH {
                    None
                } else {
                    self.or()
                };
                self.depth -= 1;
                if self.peek() == Some(&Token::Close) {
                    self.position += 1;
                }
                inner
            }
            // A stray operator or closing parenthesis is skipped.
            Token::And | Token::Or | Token::Close => None,
        }
    }
}

/// Parses a query; `None` when it holds nothing to search for.
pub fn parse_query(query: &str) -> Option<QueryNode> {
    let mut parser = Parser {
        tokens: tokenise(query),
        position: 0,
        depth: 0,
    };
    let mut parts = Vec::new();
    while parser.position < parser.tokens.len() {
        match parser.or() {
            Some(node) => parts.push(node),
            // A closing parenthesis with nothing open: skip it and go on.
            None => parser.position += 1,
        }
    }
    match parts.len() {
        0 => None,
        1 => parts.pop(),
        _ => Some(QueryNode::And(parts)),
    }
}

#[cfg(test)]
mod tests {
    use super::QueryNode::*;
    use super::*;

    fn word(text: &str) -> QueryNode {
        Word(text.to_string())
    }

    #[test]
    fn words_are_all_required_and_or_binds_looser_than_and() {
        assert_eq!(
            parse_query("grain corridor OR ukraine"),
            Some(Or(vec![
                And(vec![word("grain"), word("corridor")]),
                word("ukraine")
            ]))
        );
    }

    #[test]
    fn phrases_prefixes_and_negation() {
        assert_eq!(
            parse_query("\"grain deal\" export* -russia NOT wheat"),
            Some(And(vec![
                Phrase("grain deal".into()),
                Prefix("export".into()),
                Not(Box::new(word("russia"))),
                Not(Box::new(word("wheat"))),
            ]))
        );
    }

    #[test]
    fn parentheses_group_and_broken_input_still_parses() {
        assert_eq!(
            parse_query("(a OR b) c"),
            Some(And(vec![Or(vec![word("a"), word("b")]), word("c")]))
        );
        assert_eq!(
            parse_query("\"unclosed phrase"),
            Some(Phrase("unclosed phrase".into()))
        );
        assert_eq!(parse_query("((a"), Some(word("a")));
        assert_eq!(parse_query(") AND OR a"), Some(word("a")));
        assert_eq!(parse_query("   "), None);
        assert_eq!(parse_query("*"), None);
        let deep = "(".repeat(900) + "a";
        // Nesting past the limit is read flat instead of recursing once per parenthesis.
        assert_eq!(parse_query(&deep), Some(word("a")));
    }
}
