//! A run's words: the token range of a capitalised run whose edges are
//! trimmed in, a [`Run`] out: the words as a name holds them and the
//! bytes its mention spans. A middle initial keeps its full stop, a quoted
//! nickname and a transliteration's mark drop out, and apostrophes are
//! made straight.

use crate::mentions::without_possessive;
use readout_segment::Document;

/// A capitalised run once its edges are trimmed: where it lies, its
/// words, and what the checks of its shape ask of it.
pub(super) struct Run {
    /// The run's first token.
    pub(super) start: usize,
    /// The token after the run's last.
    pub(super) end: usize,
    /// The first token of the run's sentence.
    pub(super) sentence_first: usize,
    /// Whether the run was a show named after its host ("The Rachel
    /// Maddow Show"), whose "Show" came off.
    pub(super) host_named: bool,
    /// The bytes the mention spans, without a possessive ending.
    pub(super) bytes: std::ops::Range<usize>,
    /// The run's words as a name holds them.
    pub(super) words: Vec<String>,
    /// The words joined by spaces.
    pub(super) full: String,
    /// The words joined by spaces, in lower case.
    pub(super) lower_full: String,
}

impl Run {
    /// The reading that the whole run is a name of `kind`.
    pub(super) fn named_as(&self, kind: readout_record::EntityKind) -> super::Reading {
        std::ops::ControlFlow::Break(crate::name_shapes::named(
            (self.start, self.end),
            self.bytes.clone(),
            kind,
            self.words.clone(),
            self.full.clone(),
        ))
    }

    /// The run `[start, end)` of `doc`, in the sentence that begins at
    /// `sentence_first`; `host_named` says a show's "Show" came off it.
    pub(super) fn gather(doc: &Document, start: usize, end: usize, sentence_first: usize, host_named: bool) -> Run {
        let last_raw = without_possessive(doc.raw(end - 1));
        let bytes = doc.token(start).range.start..doc.token(end - 1).range.start + last_raw.len();
        // A middle initial's full stop is its own token; the word keeps it.
        let mut words: Vec<String> = Vec::with_capacity(end - start);
        let mut nickname_end = start;
        for t in start..end {
            // `John "Tig" Tiegen` is John Tiegen.
            if crate::name_runs::quoted_nickname_at(doc, t) {
                nickname_end = t + 3;
            }
            if t < nickname_end {
                continue;
            }
            match words.last_mut() {
                Some(initial) if doc.is_punct(t, ".") => initial.push('.'),
                // "Shia' al-Sudani": a transliteration's mark is no word.
                Some(_) if doc.token(t).is_quote() => {}
                // "O’Neill" and "O'Neill" are one name: apostrophes are made
                // straight, so that both spellings group together.
                _ => words.push(without_possessive(doc.raw(t)).replace('’', "'")),
            }
        }
        let full = words.join(" ");
        let lower_full = full.to_lowercase();
        Run { start, end, sentence_first, host_named, bytes, words, full, lower_full }
    }

    /// Whether the run is one word of capital letters and full stops, two
    /// characters or more: an acronym ("NASA", "U.N.").
    pub(super) fn is_acronym(&self) -> bool {
        self.words.len() == 1 && self.full.len() >= 2 && self.full.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{canonical_words, check};

    #[test]
    fn a_transliterations_mark_stays_inside_the_name() {
        check(
            "Joe Biden spoke with Prime Minister Mohammed Shia' al-Sudani of Iraq.",
            &["person:Joe Biden", "person:Prime Minister Mohammed Shia' al-Sudani of Iraq"],
        );
    }

    #[test]
    fn middle_initials_stay_in_the_name_mention() {
        // Regression: "Julie A. Diaz Martinez" was cut to "Julie A".
        check("Julie A. Diaz Martinez said so.", &["person:Julie A. Diaz Martinez"]);
        check("He met James B. Comey.", &["person:He", "person:James B. Comey"]);
        // A capital letter that ends a sentence is not an initial: "B" and
        // "Trump" stay apart.
        check("They chose plan B. Trump agreed.", &["person:B", "person:Trump"]);
    }

    #[test]
    fn regression_a_quoted_nickname_split_a_name() {
        assert_eq!(canonical_words("The operative John “Tig” Tiegen said so."), [vec!["John", "Tiegen"]]);
    }
}
