//! Paragraphs and sentences: a byte range in, the ranges of its parts out.
//!
//! Paragraphs end at blank lines and at line breaks that close a sentence
//! or stand before a quotation mark (scraped text often puts one paragraph
//! on each line); a hard-wrapped line inside a sentence is not a break.
//! Sentences end after `.`, `!` or `?` (and any closing marks) when the next
//! word starts a new sentence, except after abbreviations such as "Mr." or
//! "Jan.".

use std::ops::Range;

/// The paragraphs of `text[range]`, trimmed of surrounding white space.
pub fn paragraphs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let bytes = text.as_bytes();
    let mut line_start = range.start;
    let mut at = range.start;
    while at < range.end {
        if bytes[at] == b'\n' {
            let line = &text[line_start..at];
            let rest = &text[at + 1..range.end];
            let next_line = rest.split('\n').next().unwrap_or("");
            let blank_next = next_line.trim().is_empty();
            let ends_sentence = line.trim_end().ends_with(['.', '!', '?', '”', '"', ':', '’']);
            let short = line.trim().chars().count() < 40;
            let next_opens_quote = next_line.trim_start().starts_with(['“', '"', '‘']);
            if line.trim().is_empty() || blank_next || ends_sentence || short || next_opens_quote {
                push_trimmed(text, start..at, &mut out);
                start = at + 1;
            }
            line_start = at + 1;
        }
        at += 1;
    }
    push_trimmed(text, start..range.end, &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if leading + trailing < slice.len() {
        out.push(range.start + leading..range.end - trailing);
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "prof", "rev", "hon", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "v", "jan", "feb", "mar", "apr", "aug", "sep",
    "sept", "oct", "nov", "dec", "fig", "est", "approx", "dept", "univ", "ft", "mt", "pres", "supt", "atty", "messrs",
    "gov't", "e.g", "i.e", "etc", "al",
];

fn is_abbreviation(word: &str, next: Option<char>) -> bool {
    let lower = word.to_ascii_lowercase();
    // "No. 10" and "Nos. 3": an abbreviation only before a number.
    if matches!(lower.as_str(), "no" | "nos") {
        return next.is_some_and(|n| n.is_ascii_digit());
    }
    ABBREVIATIONS.contains(&lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1))
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// The sentences of one paragraph.
pub fn sentences_in(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[paragraph.clone()];
    let base = paragraph.start;
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        let mut boundary = None;
        if c == '\n' {
            boundary = Some((offset, i + 1));
        } else if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && (is_closing(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?')) {
                j += 1;
            }
            let end = chars.get(j).map_or(slice.len(), |&(o, _)| o);
            let followed_by_space = j >= chars.len() || chars[j].1.is_whitespace();
            if followed_by_space {
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next = chars.get(k).map(|&(_, n)| n);
                let starts_sentence = next.is_none_or(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '—' | '–')
                });
                let word_before = slice[start..offset]
                    .rsplit(|ch: char| ch.is_whitespace() || ch == '(' || ch == '“' || ch == '"')
                    .next()
                    .unwrap_or("");
                // "Del. Stacey Plaskett" is a delegate's title; "Dover, Del."
                // is Delaware, which may end a sentence.
                let delegate = word_before == "Del"
                    && !slice[start..offset - word_before.len()].trim_end().ends_with(',')
                    && next.is_some_and(char::is_uppercase);
                let abbreviation = c == '.' && (is_abbreviation(word_before, next) || delegate);
                if starts_sentence && !abbreviation {
                    boundary = Some((end, k));
                }
            }
        }
        if let Some((end, next_index)) = boundary {
            push_trimmed(text, base + start..base + end, &mut out);
            start = chars.get(next_index).map_or(slice.len(), |&(o, _)| o);
            i = next_index;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, base + start..paragraph.end, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_sentences(input: &str, expect: &[&str]) {
        let got: Vec<&str> = sentences_in(input, 0..input.len()).into_iter().map(|r| &input[r]).collect();
        assert_eq!(got, expect);
    }

    fn check_paragraphs(input: &str, expect: &[&str]) {
        let got: Vec<&str> = paragraphs(input, 0..input.len()).into_iter().map(|r| &input[r]).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_delegates_title_is_no_sentence_end_but_the_state_may_be() {
        check_sentences(
            "The panel met. Del. Stacey Plaskett said it was late.",
            &["The panel met.", "Del. Stacey Plaskett said it was late."],
        );
        check_sentences("He lives in Dover, Del. The mayor agreed.", &["He lives in Dover, Del.", "The mayor agreed."]);
    }

    #[test]
    fn sentences_split_after_final_punctuation() {
        check_sentences("He left. She stayed! Why? Yes.", &["He left.", "She stayed!", "Why?", "Yes."]);
        check_sentences(r#""We won," he said. "Again.""#, &[r#""We won," he said."#, r#""Again.""#]);
        check_sentences("“It is over.” He left.", &["“It is over.”", "He left."]);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check_sentences(
            "Mr. Trump met Dr. Smith in the U.S. on Jan. 5. Then he left.",
            &["Mr. Trump met Dr. Smith in the U.S. on Jan. 5.", "Then he left."],
        );
        check_sentences("Donald J. Trump spoke.", &["Donald J. Trump spoke."]);
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_quote_lines() {
        check_paragraphs("Title\n\nOne. Two.\n\n\n“Three.", &["Title", "One. Two.", "“Three."]);
        check_paragraphs(
            "A long line of article text that wraps in the middle of a\nsentence and goes on.",
            &["A long line of article text that wraps in the middle of a\nsentence and goes on."],
        );
    }
}
