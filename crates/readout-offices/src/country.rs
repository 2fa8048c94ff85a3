//! Country cues: news text in, the ISO code of the country it is mostly
//! about out (or the country a role phrase names, as in "the French president").
//!
//! Cues come from `data/country_cues.tsv` (`cue country case`). Matching is
//! whole-word, leftmost-longest, with one Aho-Corasick automaton for cues
//! matched ignoring ASCII case and one for cues matched exactly ("US").

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

const CUES_TSV: &str = include_str!("../data/country_cues.tsv");

struct Cues {
    /// (cue, country) for every cue; `any` cues first, then `exact` ones.
    any: Vec<(&'static str, &'static str)>,
    exact: Vec<(&'static str, &'static str)>,
    any_ac: AhoCorasick,
    exact_ac: AhoCorasick,
    /// Whole-cue look-ups: `any` cues by their ASCII-lowercase form, and
    /// `exact` cues as written.
    any_by_lowercase: HashMap<String, &'static str>,
    exact_by_cue: HashMap<&'static str, &'static str>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let (mut any, mut exact) = (Vec::new(), Vec::new());
        for (i, line) in CUES_TSV.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("cue\t") {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            match cols.as_slice() {
                [cue, country, "any"] => any.push((*cue, *country)),
                [cue, country, "exact"] => exact.push((*cue, *country)),
                _ => panic!("country_cues.tsv line {}: expected `cue country any|exact`", i + 1),
            }
        }
        let build = |pats: &[(&str, &str)], fold: bool| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(fold)
                .build(pats.iter().map(|(p, _)| p))
                .expect("country cue automaton")
        };
        let any_by_lowercase = any.iter().map(|&(cue, country)| (cue.to_ascii_lowercase(), country)).collect();
        let exact_by_cue = exact.iter().copied().collect();
        Cues { any_ac: build(&any, true), exact_ac: build(&exact, false), any, exact, any_by_lowercase, exact_by_cue }
    })
}

/// Whether `text[start..end]` is a whole word (or words).
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Counts country cues in `text` and returns the country with the most;
/// `None` when there are no cues or the top count is tied.
pub fn guess_country(text: &str) -> Option<&'static str> {
    most_cued_country(&countries_by_cues(text))
}

/// [`guess_country`] from a ranking [`countries_by_cues`] already made.
pub fn most_cued_country(ranked: &[(&'static str, usize)]) -> Option<&'static str> {
    match ranked {
        [(first, best), rest @ ..] if rest.first().is_none_or(|(_, next)| next < best) => Some(*first),
        _ => None,
    }
}

/// Every country the cues of `text` point to, with its count, most cued
/// first (ties in code order, so the result does not depend on hashing).
pub fn countries_by_cues(text: &str) -> Vec<(&'static str, usize)> {
    let c = cues();
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    for (ac, pats) in [(&c.any_ac, &c.any), (&c.exact_ac, &c.exact)] {
        for m in ac.find_iter(text) {
            if whole_word(text, m.start(), m.end()) {
                *counts.entry(pats[m.pattern().as_usize()].1).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&'static str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked
}

/// The country one word or phrase points to, as the cue table has it
/// ("British" is GB, "U.S." is US), or `None`.
pub fn country_of_cue(word: &str) -> Option<&'static str> {
    let c = cues();
    c.any_by_lowercase.get(&word.to_ascii_lowercase()).or_else(|| c.exact_by_cue.get(word)).copied()
}

/// If a lowercase role phrase starts with a country word followed by a space
/// ("french president", "britain's prime minister"), the country and the
/// rest of the phrase.
pub(crate) fn split_country_prefix(phrase: &str) -> Option<(&'static str, &str)> {
    let c = cues();
    c.any
        .iter()
        .chain(&c.exact)
        .filter_map(|&(cue, country)| {
            let rest = strip_prefix_ignore_case(phrase, cue)?;
            let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("\u{2019}s")).unwrap_or(rest);
            let rest = rest.strip_prefix(' ')?;
            Some((cue.len(), country, rest))
        })
        .max_by_key(|&(len, _, _)| len)
        .map(|(_, country, rest)| (country, rest))
}

/// If a lowercase role phrase ends with `of <country>` ("president of
/// france", "prime minister of the united kingdom"), the country and the role.
pub(crate) fn split_country_suffix(phrase: &str) -> Option<(&'static str, &str)> {
    let (role, place) = phrase.rsplit_once(" of ")?;
    let place = place.strip_prefix("the ").unwrap_or(place);
    let c = cues();
    c.any
        .iter()
        .chain(&c.exact)
        .find(|(cue, _)| cue.eq_ignore_ascii_case(place) || cue.to_lowercase() == place)
        .map(|&(_, country)| (country, role))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let lower = prefix.to_lowercase();
    text.strip_prefix(lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, want: Option<&str>) {
        assert_eq!(guess_country(text), want, "{text:?}");
    }

    #[test]
    fn guesses_the_dominant_country() {
        check("A Downing Street spokesperson said the Prime Minister spoke to the British ambassador.", Some("GB"));
        check("The White House said on Tuesday that Congress would vote. Washington is braced.", Some("US"));
        check("The Élysée said the French president would travel.", Some("FR"));
        check("The Kremlin said Russia would respond; Britain said nothing.", Some("RU"));
        check("The Bundestag voted. German MPs cheered.", Some("DE"));
        check("Number 10 said the UK would not budge; Washington disagreed.", Some("GB"));
        check("Let us know what you think.", None);
        check("The Americans and the British met.", None);
        check("Nothing to see here.", None);
        check("Frenchman and Britannia are not cues; Prussia neither.", None);
        check("South Africa's president spoke.", Some("ZA"));
    }

    #[test]
    fn countries_ranked_by_their_cues() {
        let text = "Germany agreed. British officials met German ones in Berlin and London.";
        let ranked = countries_by_cues(text);
        assert_eq!(ranked, [("DE", 3), ("GB", 1)]);
        assert_eq!(guess_country(text), Some("DE"));
        assert_eq!(guess_country("German and British officials met."), None);
    }

    #[test]
    fn country_cue_words() {
        assert_eq!(country_of_cue("British"), Some("GB"));
        assert_eq!(country_of_cue("U.S."), Some("US"));
        assert_eq!(country_of_cue("us"), None);
        assert_eq!(country_of_cue("Theresa"), None);
    }

    #[test]
    fn splits_country_words_off_role_phrases() {
        assert_eq!(split_country_prefix("french president"), Some(("FR", "president")));
        assert_eq!(split_country_prefix("britain's prime minister"), Some(("GB", "prime minister")));
        assert_eq!(split_country_prefix("u.s. president"), Some(("US", "president")));
        assert_eq!(split_country_prefix("south african president"), Some(("ZA", "president")));
        assert_eq!(split_country_prefix("president"), None);
        assert_eq!(split_country_suffix("president of france"), Some(("FR", "president")));
        assert_eq!(split_country_suffix("president of the united states"), Some(("US", "president")));
        assert_eq!(split_country_suffix("leader of the opposition"), None);
    }
}
