//! Tokens: a byte range of text in, words, numbers, punctuation and
//! quotation marks out.
//!
//! Apostrophes inside words stay in the word ("It’s", "don't"); a mark at a
//! word's edge is a quotation mark, classified as opening or closing by what
//! stands on either side of it, which is what quote pairing needs.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// `“`, `‘`, `«` or a straight mark that opens.
    OpenQuote,
    /// `”`, `’`, `»` or a straight mark that closes.
    CloseQuote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenKind,
    /// The first character is an uppercase letter.
    pub capitalized: bool,
    /// Whitespace stands right before the token (or it starts the text).
    pub space_before: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range.clone()]
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::OpenQuote | TokenKind::CloseQuote)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‘' | '’' | '\'' | '«' | '»')
}

/// Append the tokens of `text[range]` to `out`.
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let slice = &text[range.clone()];
    let base = range.start;
    let mut chars = slice.char_indices().peekable();
    let mut previous: Option<char> = text[..base].chars().next_back();
    while let Some((offset, c)) = chars.next() {
        let start = base + offset;
        if c.is_whitespace() {
            previous = Some(c);
            continue;
        }
        let space_before = previous.is_none_or(char::is_whitespace);
        if is_word_char(c) {
            let mut end = start + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(next_offset, next)) = chars.peek() {
                let next_start = base + next_offset;
                if is_word_char(next) {
                    all_digits &= next.is_ascii_digit() || next == ',' || next == '.';
                    end = next_start + next.len_utf8();
                    chars.next();
                    continue;
                }
                // Keep joiners that sit between two word characters: it's,
                // U.S., 1,000, 3.5, President-elect.
                let after = slice[next_offset + next.len_utf8()..].chars().next();
                let joins = matches!(next, '\'' | '’' | '.' | ',' | '-' | '‑' | '&')
                    && after.is_some_and(is_word_char)
                    && (next != ',' || all_digits)
                    && (next != '.' || all_digits || end - start == 1 || is_initialism(&text[start..end]));
                if joins {
                    end = next_start + next.len_utf8();
                    chars.next();
                    continue;
                }
                // A trailing period of an initialism ("U.S.") belongs to it.
                if next == '.' && is_initialism(&text[start..end]) && text[start..end].contains('.') {
                    end = next_start + 1;
                    chars.next();
                }
                break;
            }
            let word = &text[start..end];
            let kind = if all_digits { TokenKind::Number } else { TokenKind::Word };
            out.push(Token {
                range: start..end,
                kind,
                capitalized: word.chars().next().is_some_and(char::is_uppercase),
                space_before,
            });
            previous = text[..end].chars().next_back();
            continue;
        }
        let mut end = start + c.len_utf8();
        // Two apostrophes or backticks stand for a double mark in some
        // newswire text: ''Like this.''
        if matches!(c, '\'' | '`') && slice[offset + 1..].starts_with(c) {
            chars.next();
            end += 1;
            let next = slice[offset + 2..].chars().next();
            let kind = if c == '`' { TokenKind::OpenQuote } else { quote_kind('"', previous, next) };
            out.push(Token { range: start..end, kind, capitalized: false, space_before });
            previous = Some(c);
            continue;
        }
        let kind = if is_quote_mark(c) {
            let next = slice[offset + c.len_utf8()..].chars().next();
            quote_kind(c, previous, next)
        } else {
            TokenKind::Punct
        };
        // A lone apostrophe after a plural ("allies’ support") is a
        // possessive only when nothing opened a single quote; the quote pairer
        // decides, so it is still reported as a closing mark here.
        let _ = is_apostrophe(c);
        out.push(Token { range: start..end, kind, capitalized: false, space_before });
        previous = Some(c);
    }
}

/// "U.S", "D.C", "A": letters separated by periods, each one letter long.
fn is_initialism(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

fn quote_kind(mark: char, previous: Option<char>, next: Option<char>) -> TokenKind {
    match mark {
        '“' | '‘' | '„' | '«' => TokenKind::OpenQuote,
        '”' | '»' => TokenKind::CloseQuote,
        _ => {
            // Straight marks and ’: open when preceded by space, an opening
            // bracket or dash, or the start, and followed by something.
            let opens_after = previous.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let followed = next.is_some_and(|n| !n.is_whitespace());
            if opens_after && followed && mark != '’' {
                TokenKind::OpenQuote
            } else {
                TokenKind::CloseQuote
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let mut tokens = Vec::new();
        tokenize(input, 0..input.len(), &mut tokens);
        let shown: Vec<String> = tokens
            .iter()
            .map(|t| {
                let mark = match t.kind {
                    TokenKind::Word => "",
                    TokenKind::Number => "#",
                    TokenKind::Punct => "",
                    TokenKind::OpenQuote => "<",
                    TokenKind::CloseQuote => ">",
                };
                format!("{mark}{}", t.text(input))
            })
            .collect();
        assert_eq!(shown.join(" "), expect);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_joiners() {
        check("It’s the U.S. President-elect's call.", "It’s the U.S. President-elect's call .");
        check("1,000 people, 3.5 percent", "#1,000 people , #3.5 percent");
    }

    #[test]
    fn quotation_marks_open_and_close() {
        check(r#"said: "Both agreed." Then"#, r#"said : <" Both agreed . >" Then"#);
        check("“day one” of", "<“ day one >” of");
        check("a ‘big’ one", "a <‘ big >’ one");
        check("said ''No way,'' he", "said <'' No way , >'' he");
    }

    #[test]
    fn regression_comma_after_word_is_not_joined() {
        check("Trump,Clinton", "Trump , Clinton");
    }
}
