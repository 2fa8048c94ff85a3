//! Word facts: one token's text in, what is known of it before looking at
//! its neighbours out: the hash of its lower-case form (without a
//! possessive "'s"), of its shape ("Xx", "X.X.", "d,dd"), of its prefix and
//! suffixes, its character trigrams, and flags (capitalised, upper case,
//! title word, initial...). Hashes, not strings: nothing is allocated.

use crate::hashing::{feed_lower, hash_lower, mix, Fnv};
use crate::lexicon::{is_minor_word, is_name_connector, is_title_word};
use readout_segment::TokenKind;

pub(crate) const CAP: u16 = 1;
pub(crate) const UPPER: u16 = 2;
pub(crate) const DIGIT: u16 = 4;
pub(crate) const LETTER: u16 = 8;
pub(crate) const TITLE: u16 = 16;
pub(crate) const POSSESSIVE: u16 = 32;
pub(crate) const INITIAL: u16 = 64;
pub(crate) const MINOR: u16 = 128;
pub(crate) const CONNECTOR: u16 = 256;

/// Character trigrams kept per word.
const MAX_GRAMS: usize = 12;

/// What is known of one token before looking at its neighbours.
#[derive(Clone, Copy, Default)]
pub(crate) struct Facts {
    pub(crate) lower: u64,
    pub(crate) shape: u64,
    pub(crate) pre3: u64,
    pub(crate) suf2: u64,
    pub(crate) suf3: u64,
    pub(crate) suf4: u64,
    pub(crate) flags: u16,
}

/// The part of a word that identifies it: without a possessive "'s".
pub(crate) fn stem(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s"] {
        if let Some(rest) = word.strip_suffix(suffix) {
            if !rest.is_empty() {
                return (rest, true);
            }
        }
    }
    (word, false)
}

pub(crate) fn token_facts(raw: &str, kind: TokenKind) -> Facts {
    let (word, possessive) = if kind == TokenKind::Word { stem(raw) } else { (raw, false) };
    let mut flags = if possessive { POSSESSIVE } else { 0 };
    let mut shape = Fnv::new();
    let mut last_class = '\0';
    let mut run = 0;
    let (mut letters, mut lowers) = (0, 0);
    for (n, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else if c == '’' {
            '\''
        } else {
            c
        };
        if c.is_alphabetic() {
            letters += 1;
            flags |= LETTER;
            if c.is_lowercase() {
                lowers += 1;
            }
            if n == 0 && c.is_uppercase() {
                flags |= CAP;
            }
        }
        if c.is_ascii_digit() {
            flags |= DIGIT;
        }
        run = if class == last_class { run + 1 } else { 1 };
        last_class = class;
        if run <= 2 {
            shape.char(class);
        }
    }
    if letters >= 2 && lowers == 0 {
        flags |= UPPER;
    }
    if letters == 1 && flags & CAP != 0 && word.chars().count() == 1 {
        flags |= INITIAL;
    }
    let mut lowered = [0u8; 24];
    if word.len() <= lowered.len() && word.is_ascii() {
        for (slot, b) in lowered.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&lowered[..word.len()]).unwrap_or("");
        if is_title_word(lower) {
            flags |= TITLE;
        }
        if is_minor_word(lower) {
            flags |= MINOR;
        }
        if is_name_connector(lower) {
            flags |= CONNECTOR;
        }
    }
    let shape = if flags & INITIAL != 0 { mix(shape.finish(), 1) } else { shape.finish() };
    Facts {
        lower: hash_lower(word),
        shape,
        pre3: affix(word.chars().take(3)),
        suf2: suffix(word, 2),
        suf3: suffix(word, 3),
        suf4: suffix(word, 4),
        flags,
    }
}

fn affix(chars: impl Iterator<Item = char>) -> u64 {
    let mut h = Fnv::new();
    for c in chars {
        feed_lower(&mut h, c);
    }
    h.finish()
}

fn suffix(word: &str, n: usize) -> u64 {
    let start = word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    affix(word[start..].chars())
}

/// Append the hashes of the lower-case character trigrams of `word`,
/// with `^` and `$` marking its ends ("^ro", "rom", "ome", "me$"), at most
/// [`MAX_GRAMS`].
pub(crate) fn trigrams(word: &str, out: &mut Vec<u64>) {
    let mut chars: [char; 3] = ['^', '^', '^'];
    let mut filled = 1;
    let mut added = 0;
    for c in word.chars().flat_map(char::to_lowercase).chain(std::iter::once('$')) {
        chars = [chars[1], chars[2], c];
        filled += 1;
        if filled >= 3 && added < MAX_GRAMS {
            let mut h = Fnv::new();
            for ch in chars {
                h.char(ch);
            }
            out.push(h.finish());
            added += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flags of `input` as letters (C capitalised, U upper case, T title
    /// word, P possessive, I initial, M minor word) and its trigram count.
    fn check(input: &str, expect: &str) {
        let f = token_facts(input, TokenKind::Word);
        let names = [(CAP, 'C'), (UPPER, 'U'), (TITLE, 'T'), (POSSESSIVE, 'P'), (INITIAL, 'I'), (MINOR, 'M')];
        let mut shown: String = names.iter().filter(|(flag, _)| f.flags & flag != 0).map(|(_, c)| *c).collect();
        let mut grams = Vec::new();
        trigrams(stem(input).0, &mut grams);
        shown.push_str(&format!(" {}", grams.len()));
        assert_eq!(shown, expect, "{input:?}");
    }

    #[test]
    fn flags_and_trigrams() {
        check(r"Clinton’s", "CP 7");
        check(r"Mr", "CT 2");
        check(r"NATO", "CU 4");
        check(r"J", "CI 1");
        check(r"the", "M 3");
        check(r"Schwarzenegger-Smithsonian", "C 12");
    }

    #[test]
    fn possessives_are_stripped_and_shapes_shared() {
        let f = token_facts("Clinton’s", TokenKind::Word);
        assert_eq!(f.lower, hash_lower("Clinton"));
        assert_eq!(token_facts("Trump", TokenKind::Word).shape, token_facts("Smith", TokenKind::Word).shape);
        assert_ne!(token_facts("Trump", TokenKind::Word).shape, token_facts("TRUMP", TokenKind::Word).shape);
    }
}
