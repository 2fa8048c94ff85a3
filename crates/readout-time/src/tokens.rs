//! Tokens: a chunk of text in, words, numbers and punctuation with their byte
//! ranges, case and lexeme out, plus the small look-ups recognizers need.
//!
//! The tokenizer is a single pass over bytes; only non-ASCII characters are
//! decoded, so ranges always fall on character boundaries. A word holding a
//! non-ASCII letter ("Décembre") is kept whole so its ASCII pieces never look
//! like English time words.

use crate::lexicon::{lexeme_of_key, Lexeme, LONGEST_ENTRY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    /// A run of ASCII digits.
    Number,
    /// One punctuation character: curly apostrophes become `'`, dashes `-`,
    /// line breaks `\n` (one per run of whitespace), anything else unknown `0`.
    Punct(u8),
}

/// How a word is capitalised; month and day names must be capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    Lower,
    /// First letter upper, the rest lower: "December".
    Title,
    Upper,
    Mixed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub case: Case,
    pub lexeme: Lexeme,
    /// The value of a number (saturating), 0 for other tokens.
    pub number: u32,
}

impl Token {
    fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        Token { start, end, kind, case: Case::Mixed, lexeme: Lexeme::Other, number: 0 }
    }

    pub(crate) fn is_capitalised(&self) -> bool {
        matches!(self.case, Case::Title | Case::Upper)
    }
}

/// Splits `text` into tokens, appending them to `tokens` (cleared first) so
/// one buffer serves every chunk of a long text.
pub(crate) fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let mut position = 0;
    while let Some(&byte) = bytes.get(position) {
        if byte.is_ascii_alphabetic() {
            position = push_word(text, position, tokens);
        } else if byte.is_ascii_digit() {
            let start = position;
            let mut value: u32 = 0;
            while let Some(digit) = bytes.get(position).filter(|b| b.is_ascii_digit()) {
                value = value.saturating_mul(10).saturating_add(u32::from(digit - b'0'));
                position += 1;
            }
            let mut token = Token::new(start, position, TokenKind::Number);
            token.number = value;
            tokens.push(token);
        } else if byte.is_ascii_whitespace() {
            if byte == b'\n' && tokens.last().map(|t| t.kind) != Some(TokenKind::Punct(b'\n')) {
                tokens.push(Token::new(position, position + 1, TokenKind::Punct(b'\n')));
            }
            position += 1;
        } else if byte.is_ascii() {
            tokens.push(Token::new(position, position + 1, TokenKind::Punct(byte)));
            position += 1;
        } else {
            position = push_non_ascii(text, position, tokens);
        }
    }
}

/// A word starting at an ASCII letter; returns the position after it. The
/// single pass also packs the lexicon key and counts capitals, because this
/// loop is most of the scan's time.
fn push_word(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut position = start;
    let mut all_ascii = true;
    let mut key: u128 = 0;
    let mut capitals = 0;
    loop {
        match bytes.get(position) {
            Some(&byte) if byte.is_ascii_alphabetic() => {
                let length = position - start;
                if length < LONGEST_ENTRY {
                    key |= u128::from(byte.to_ascii_lowercase()) << (8 * length);
                }
                capitals += usize::from(byte.is_ascii_uppercase());
                position += 1;
            }
            Some(byte) if !byte.is_ascii() => match non_ascii_letter_length(text, position) {
                Some(length) => {
                    all_ascii = false;
                    position += length;
                }
                None => break,
            },
            _ => break,
        }
    }
    let mut token = Token::new(start, position, TokenKind::Word);
    if all_ascii {
        let word = &bytes[start..position];
        let first_is_capital = word.first().is_some_and(u8::is_ascii_uppercase);
        token.case = match capitals {
            0 => Case::Lower,
            1 if first_is_capital => Case::Title,
            _ if capitals == word.len() => Case::Upper,
            _ => Case::Mixed,
        };
        let key = (word.len() <= LONGEST_ENTRY).then_some(key);
        token.lexeme = lexeme_of_key(key, word);
    }
    tokens.push(token);
    position
}

/// Length of the character at `position` if it is a letter.
fn non_ascii_letter_length(text: &str, position: usize) -> Option<usize> {
    let character = text.get(position..)?.chars().next()?;
    // Curly quotes and dashes (U+2000..U+206F) are common and never letters;
    // skipping them spares the slow Unicode table.
    let punctuation = ('\u{2000}'..='\u{206F}').contains(&character);
    (!punctuation && character.is_alphabetic()).then(|| character.len_utf8())
}

/// A non-ASCII character outside a word; returns the position after it.
fn push_non_ascii(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let Some(character) = text.get(start..).and_then(|rest| rest.chars().next()) else {
        // Unreachable for valid positions; stepping one byte still ends the loop.
        return start + 1;
    };
    let end = start + character.len_utf8();
    if character.is_alphabetic() {
        return push_word(text, start, tokens);
    }
    if character.is_whitespace() {
        return end;
    }
    let stands_for = match character {
        '\u{2019}' | '\u{2018}' => b'\'',
        '\u{2010}'..='\u{2015}' => b'-',
        _ => 0,
    };
    tokens.push(Token::new(start, end, TokenKind::Punct(stands_for)));
    end
}

/// A view of one chunk's tokens with the look-ups recognizers share. Every
/// look-up takes any index and answers "no" past either end, so patterns can
/// probe ahead and behind without bounds checks of their own.
#[derive(Clone, Copy)]
pub(crate) struct TokenView<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
}

impl<'a> TokenView<'a> {
    pub(crate) fn get(&self, index: usize) -> Option<&'a Token> {
        self.tokens.get(index)
    }

    /// The token before `index`, if any.
    pub(crate) fn before(&self, index: usize) -> Option<&'a Token> {
        index.checked_sub(1).and_then(|previous| self.tokens.get(previous))
    }

    pub(crate) fn lexeme(&self, index: usize) -> Lexeme {
        self.get(index).map_or(Lexeme::Other, |token| token.lexeme)
    }

    pub(crate) fn is_punct(&self, index: usize, mark: u8) -> bool {
        self.get(index).is_some_and(|token| token.kind == TokenKind::Punct(mark))
    }

    /// The token at `index` ends exactly where the next one starts.
    pub(crate) fn touches_next(&self, index: usize) -> bool {
        match (self.get(index), self.get(index.wrapping_add(1))) {
            (Some(left), Some(right)) => left.end == right.start,
            _ => false,
        }
    }

    /// The bytes of a token's text.
    pub(crate) fn bytes(&self, index: usize) -> &'a [u8] {
        self.get(index).and_then(|token| self.text.as_bytes().get(token.start..token.end)).unwrap_or(&[])
    }

    /// The token is this word, in any case.
    pub(crate) fn is_word(&self, index: usize, word: &str) -> bool {
        self.bytes(index).eq_ignore_ascii_case(word.as_bytes())
    }

    /// A number that is not part of a bigger one ("2,016", "3.5", "12:30",
    /// "A320", "$2016"); returns its value and digit count. Letters touching
    /// its end are left for the caller, which knows which suffixes it allows.
    pub(crate) fn standalone_number(&self, index: usize) -> Option<(u32, usize)> {
        let token = self.get(index)?;
        if token.kind != TokenKind::Number {
            return None;
        }
        let joins_number = |mark: Option<&Token>, other: Option<&Token>| {
            matches!(mark.map(|t| t.kind), Some(TokenKind::Punct(b',' | b'.' | b':')))
                && other.is_some_and(|t| t.kind == TokenKind::Number)
        };
        if index > 0 && self.touches_next(index - 1) {
            let previous = self.before(index);
            if matches!(previous.map(|t| t.kind), Some(TokenKind::Word | TokenKind::Punct(b'$' | 0))) {
                return None;
            }
            if index > 1 && self.touches_next(index - 2) && joins_number(previous, self.before(index - 1)) {
                return None;
            }
        }
        if self.touches_next(index)
            && self.touches_next(index + 1)
            && joins_number(self.get(index + 1), self.get(index + 2))
        {
            return None;
        }
        Some((token.number, token.end - token.start))
    }

    /// A word touches the end of the token at `index` ("18th", "1990s").
    pub(crate) fn word_touches_end(&self, index: usize) -> bool {
        self.touches_next(index) && self.get(index + 1).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// "'s" touches the end of the token at `index` ("2016's", "December’s").
    pub(crate) fn possessive_follows(&self, index: usize) -> bool {
        self.touches_next(index)
            && self.is_punct(index + 1, b'\'')
            && self.touches_next(index + 1)
            && self.is_word(index + 2, "s")
    }

    /// The token ends a sentence or a line, which bounds context searches.
    pub(crate) fn is_sentence_end(&self, index: usize) -> bool {
        matches!(self.get(index).map(|t| t.kind), Some(TokenKind::Punct(b'.' | b'!' | b'?' | b'\n')))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[(&str, TokenKind)]) {
        let mut tokens = Vec::new();
        tokenize_into(text, &mut tokens);
        let got: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (&text[t.start..t.end], t.kind)).collect();
        assert_eq!(got, expect, "text {text:?}");
    }

    #[test]
    fn tokenizer_table() {
        use TokenKind::{Number, Punct, Word};
        check(
            "Jan. 20, 2025",
            &[("Jan", Word), (".", Punct(b'.')), ("20", Number), (",", Punct(b',')), ("2025", Number)],
        );
        check(
            "2016’s\n\nDécembre",
            &[("2016", Number), ("’", Punct(b'\'')), ("s", Word), ("\n", Punct(b'\n')), ("Décembre", Word)],
        );
        check("é—x", &[("é", Word), ("—", Punct(b'-')), ("x", Word)]);
        check("\u{a0}18th", &[("18", Number), ("th", Word)]);
        let mut tokens = Vec::new();
        tokenize_into("may May MAY mAy M", &mut tokens);
        let cases: Vec<Case> = tokens.iter().map(|t| t.case).collect();
        assert_eq!(cases, [Case::Lower, Case::Title, Case::Upper, Case::Mixed, Case::Title]);
        check("", &[]);
    }

    #[test]
    fn standalone_numbers() {
        let text = "2,016 3.5 A320 $2016 2016 12:30";
        let mut tokens = Vec::new();
        tokenize_into(text, &mut tokens);
        let view = TokenView { text, tokens: &tokens };
        let standalone: Vec<&str> = (0..tokens.len())
            .filter(|&index| view.standalone_number(index).is_some())
            .map(|index| &text[tokens[index].start..tokens[index].end])
            .collect();
        assert_eq!(standalone, ["2016"]);
    }
}
