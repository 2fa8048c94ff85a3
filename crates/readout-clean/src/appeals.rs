//! Appeals and prompts: a text in, the byte ranges of its lines that are
//! donation or subscription appeals, consent prompts, share bars, "Read
//! more" links and similar furniture out.
//!
//! Each line is scored by the furniture phrases it holds (weighted) against
//! its length: a long appeal holds many, a short prompt at least one strong
//! one, while an article line that merely uses the words in passing (or
//! quotes someone saying them) holds too few for its length.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::ops::Range;
use std::sync::OnceLock;

/// Phrases with their weight: 2 for phrases that are almost never article
/// prose, 1 for phrases that are common in appeals but also in articles.
const PHRASES: &[(&str, u32)] = &[
    ("your support helps", 3),
    ("your support makes", 3),
    ("support now", 2),
    ("support us", 2),
    ("your donation", 2),
    ("make a donation", 3),
    ("donate now", 3),
    ("become a member", 2),
    ("sign up to our", 3),
    ("sign up for our", 3),
    ("sign up for the", 2),
    ("subscribe to our", 3),
    ("subscribe now", 3),
    ("subscribe today", 3),
    ("already a subscriber", 3),
    ("already subscribed", 3),
    ("subscribers only", 2),
    ("newsletter", 1),
    ("we use cookies", 3),
    ("use of cookies", 2),
    ("accept cookies", 3),
    ("accept all", 1),
    ("cookie policy", 3),
    ("cookie settings", 3),
    ("privacy policy", 2),
    ("terms of use", 2),
    ("terms of service", 2),
    ("all rights reserved", 3),
    ("copyright ©", 3),
    ("read more", 2),
    ("continue reading", 2),
    ("share this article", 3),
    ("share on facebook", 3),
    ("share on twitter", 3),
    ("follow us on", 3),
    ("click here", 2),
    ("advertisement", 2),
    ("log in to continue", 3),
    ("paywall", 1),
    ("quality journalism", 1),
    ("independent journalism", 1),
    ("support our journalism", 3),
    ("originally published", 2),
    ("download the app", 3),
    ("get the latest", 2),
    ("sign up", 1),
    ("skip advert", 3),
    ("related articles", 2),
    ("most read", 2),
    ("trusted by", 1),
];

/// Whole lines that are furniture whatever their context.
const WHOLE_LINES: &[&str] = &[
    "read more",
    "advertisement",
    "share",
    "close",
    "continue reading",
    "related",
    "more",
    "comments",
    "share this",
    "print",
    "email",
    "skip advert",
    "listen to article",
    "show caption",
];

fn matcher() -> &'static AhoCorasick {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    MATCHER.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(PHRASES.iter().map(|(p, _)| p))
            .expect("the phrase list is a valid automaton")
    })
}

/// The furniture score of one line: phrase weights, summed.
fn score(line: &str) -> u32 {
    matcher()
        .find_iter(line)
        .map(|m| {
            let (phrase, weight) = PHRASES[m.pattern().as_usize()];
            // Prompts are buttons and links, written with a capital: "Read
            // more", "Sign up". In lower case they are ordinary prose ("he
            // would read more of the report").
            let prompt = matches!(phrase, "read more" | "sign up" | "support now" | "click here" | "continue reading");
            let capitalised = line[m.start()..].starts_with(|c: char| c.is_uppercase());
            if prompt && !capitalised {
                0
            } else {
                weight
            }
        })
        .sum()
}

/// A line that quotes somebody is article text, whatever words it uses.
fn reports_speech(line: &str) -> bool {
    let quoted = line.contains(['“', '"']);
    quoted && [" said", " says", " told", " added", " wrote"].iter().any(|v| line.contains(v))
}

/// "Follow Pam Key on Twitter @pamkeyNEN.", "Follow AWR Hawkins on
/// Twitter: @AWRHawkins. Reach him directly at …": a writer's prompt to
/// follow them, a line that opens with "Follow", names a network and gives
/// a handle. Article prose that says "follow" ("Follow the money, he
/// said") gives no handle.
fn is_follow_prompt(line: &str) -> bool {
    const NETWORKS: &[&str] = &["Twitter", "X", "Facebook", "Instagram", "Threads", "Bluesky", "Mastodon", "TikTok"];
    let line = line.trim_start_matches(['"', '“', '\'', '‘', ' ']);
    let words: Vec<&str> = line.split_whitespace().collect();
    let names_a_network = words
        .windows(2)
        .any(|pair| pair[0] == "on" && NETWORKS.contains(&pair[1].trim_end_matches([':', ',', '.', '!'])));
    let gives_a_handle = words.iter().any(|word| {
        word.strip_prefix('@')
            .is_some_and(|handle| handle.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_'))
    });
    words.first() == Some(&"Follow") && words.len() <= 40 && names_a_network && gives_a_handle
}

fn is_boilerplate_line(line: &str) -> bool {
    let trimmed = line.trim().trim_end_matches(['.', ':', '»', '›']);
    if trimmed.is_empty() {
        return false;
    }
    if WHOLE_LINES.iter().any(|w| trimmed.eq_ignore_ascii_case(w)) || is_follow_prompt(trimmed) {
        return true;
    }
    if reports_speech(line) {
        return false;
    }
    let words = trimmed.split_whitespace().count() as u32;
    let score = score(trimmed);
    // Long appeals hold many phrases; a short prompt needs one strong one.
    score >= 6 || (score >= 2 && words <= 20) || (score >= 4 && words <= 60)
}

/// The byte ranges of the lines of `text` that are furniture.
pub fn boilerplate_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let range = at..at + line.trim_end_matches(['\n', '\r']).len();
        at += line.len();
        if is_boilerplate_line(&text[range.clone()]) {
            out.push(range);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expect: bool) {
        assert_eq!(is_boilerplate_line(line), expect, "{line}");
    }

    #[test]
    fn appeals_and_prompts_are_furniture() {
        check("Your support helps us to tell the story Read more Support Now From reproductive rights to climate change, we are on the ground. Your donation allows us to keep sending journalists. Your support makes all the difference. Close Read more", true);
        check("Sign up to our free newsletter for the latest news", true);
        check("We use cookies to improve your experience. Accept all", true);
        check("Read more", true);
        check("Advertisement", true);
    }

    #[test]
    fn a_writers_prompt_to_follow_them_is_furniture() {
        check("Follow Pam Key on Twitter @pamkeyNEN.", true);
        check("\"Follow Pam Key on Twitter @pamkeyNEN.\"", true);
        check("Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com.", true);
        check("Follow Breitbart News investigative reporter Lee Stranahan on Twitter at @Stranahan.", true);
        // Prose that says "follow", and a prompt without a handle.
        check("Follow the money, the senator told reporters on Twitter, and you will find the donors.", false);
        check("Follow him on Twitter to see what he says next.", false);
    }

    #[test]
    fn article_lines_are_not() {
        check("The senator said he would read more of the report before the vote.", false);
        check("“Sign up now, before it is too late,” the recruiter said of the army.", false);
        check("Mr Trump said that he disagreed with the decision, and added that it was wrong.", false);
    }
}
