//! Site furniture by its shape: a text in, the byte ranges of its lines
//! that are a page's furniture rather than its article out.
//!
//! A reader knows such a line at a glance, without knowing the site:
//!
//! - a stamp: a date or a time and little else ("Friday, March 14, 2014",
//!   "03/14/2014 07:23 AM EDT", "Published 24 September 2015");
//! - the words of a page's controls and labels and little else ("Share this
//!   article", "Printable version", "Published in section: News", "Filed
//!   Under", "Play Video");
//! - a link or an address with a label ("Original article link: https://…",
//!   "This email was sent to …@… using …");
//! - a credit ("(Source: US Embassy in Baghdad)", "Photo: Andrew Parsons");
//! - a notice about the page rather than the news ("You are subscribed to
//!   …", "This was published under the 2019 to 2022 Johnson Conservative
//!   government").
//!
//! In the margins (above the headline, below the last paragraph) a reader
//! also passes over a short line with a control word in it ("Office of the
//! Press Secretary", "Barack Obama photo"), glued menu entries
//! ("BaileNuachtPreaseisiúntaí"), a citation ending with its address, and
//! a last line the scraper cut off mid-phrase. And a page's list of other
//! stories ("Latest News from", "Related Posts") runs from its heading to
//! the end of the text. A line that quotes someone
//! or reads as a sentence of the article is never furniture by its words
//! alone: "He did not reply." stays, and so does "PENCE:" in a transcript.

use crate::furniture_words::{heads_other_stories, is_control_word, is_function_word, is_month_or_day, NOTICES};
use std::ops::Range;

/// A token with its edges' punctuation gone, in lower case.
fn bare(token: &str) -> String {
    token.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

/// Whether a token is a number, a date or a time: "2014", "03/14/2014",
/// "07:23", "14,", "@", "|".
fn is_stamp_token(token: &str) -> bool {
    let word = bare(token);
    word.is_empty()
        || word.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '.' | '-'))
        || is_month_or_day(&word)
}

/// What kind of furniture a line is by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A date or a time and little else: the page says when, and its time
    /// expression still counts.
    Stamp,
    /// Any other furniture.
    Other,
}

/// Is this one line (no line break) page furniture by its shape?
#[cfg(test)]
fn is_furniture_line(line: &str) -> bool {
    furniture_shape(line).is_some()
}

fn furniture_shape(line: &str) -> Option<Shape> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.contains(['“', '”', '"']) {
        return None;
    }
    let tokens: Vec<&str> = trimmed.split_whitespace().collect();
    let lower = trimmed.to_lowercase();
    // A sentence of the article ends with a stop and has words in lower
    // case; labels and stamps have neither, or few words.
    let sentence = trimmed.ends_with(['.', '!', '?']) && tokens.len() >= 6;
    if NOTICES.iter().any(|notice| lower.contains(notice)) && tokens.len() <= 60 {
        return Some(Shape::Other);
    }
    // A post quoted in an article ends with its short link ("… https://t.co/…"):
    // that is the post's, not the page's.
    let has_link = tokens.iter().any(|t| {
        (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")) && !t.contains("://t.co/")
    });
    let has_address = tokens.iter().any(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.split_once('@').is_some_and(|(name, host)| !name.is_empty() && host.contains('.'))
    });
    // Not an author's line that gives an address among other words ("Reach
    // him directly at …@…"): that line says who wrote the piece.
    if (has_link || has_address) && tokens.len() <= 12 {
        return Some(Shape::Other);
    }
    let credit = ["(source:", "source:", "photo:", "image:", "picture:", "credit:", "photograph:", "©"]
        .iter()
        .any(|start| lower.starts_with(start));
    if credit && tokens.len() <= 20 {
        return Some(Shape::Other);
    }
    if sentence || tokens.len() > 14 {
        return None;
    }
    let words: Vec<String> = tokens.iter().map(|t| bare(t)).filter(|w| !w.is_empty()).collect();
    let stamps = tokens.iter().filter(|t| is_stamp_token(t)).count();
    let controls = words.iter().filter(|w| is_control_word(w)).count();
    let function = words.iter().filter(|w| is_function_word(w)).count();
    // A stamp: a date or time with at most a label word or two.
    // A stamp has a date's or a time's shape somewhere, not just numbers
    // ("Rockledge 14 11 6 15 — 44" is a score).
    let dated = tokens.iter().any(|t| {
        let word = bare(t);
        is_month_or_day(&word)
            || (word.chars().any(|c| c.is_ascii_digit()) && word.contains(['/', ':', '-']))
            || (word.len() == 4 && word.starts_with(['1', '2']) && word.chars().all(|c| c.is_ascii_digit()))
    });
    let stamp = dated && stamps + controls + function >= tokens.len().saturating_sub(1) && stamps >= 2;
    // A label: control words, with function words between them.
    let label =
        controls >= 1 && (controls + function + stamps) * 4 >= tokens.len() * 3 && controls * 2 >= words.len().min(3);
    if stamp || (lower.starts_with("published") && tokens.len() <= 6) {
        Some(Shape::Stamp)
    } else {
        label.then_some(Shape::Other)
    }
}

/// A short line in the margins of the article (above its headline or below
/// its last paragraph) that holds a control word: "Office of the Press
/// Secretary", "White House Shareables", "Barack Obama photo".
fn is_margin_label(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.len() <= 8
        && !line.trim_end().ends_with(['.', '!', '?'])
        && !line.contains(['“', '”', '"'])
        && tokens.iter().any(|t| is_control_word(&bare(t)) || is_glued_navigation(t))
}

/// Menu entries a scraper glued into one word: "BaileNuachtPreaseisiúntaí"
/// (two capitals inside a long word, not "McDonald", "YouTube" or
/// "PolitiFact"). Only asked of lines in an article's margins.
fn is_glued_navigation(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    let inner_capitals = chars.windows(2).filter(|pair| pair[0].is_lowercase() && pair[1].is_uppercase()).count();
    inner_capitals >= 2 && chars.len() >= 12
}

/// The last line of a text, below the article, where the scraper cut it
/// off mid-phrase ("Barack Obama, Readout of the President's Phone Cal",
/// "Publi"): no stop at its end, and a fragment of a word or words in lower
/// case, so no signature ("Student, University Faculty Senate, Eberly
/// College of Science") either.
fn is_cut_short(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let fragment = tokens.len() == 1 && line.chars().count() <= 6 && line.chars().all(char::is_alphabetic);
    tokens.len() <= 12
        && !line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', ')', ':'])
        && (fragment || tokens.iter().filter(|t| t.starts_with(|c: char| c.is_lowercase())).count() >= 2)
}

/// A citation of the page below the article, ending with its address:
/// "Barack Obama, Readout of … Online by Gerhard Peters and John T.
/// Woolley, The American Presidency Project https://…". (A post quoted
/// inside an article also ends with its link, and stays.)
fn is_citation(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.len() <= 40 && tokens.last().is_some_and(|t| t.starts_with("http://") || t.starts_with("https://"))
}

/// A paragraph of the article: a run of words, several of them in lower
/// case, that ends as a sentence does.
fn is_prose(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.len() >= 8
        && tokens.iter().filter(|t| t.starts_with(|c: char| c.is_lowercase())).count() >= 3
        && line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', ')', ':'])
}

/// What [`furniture`] found in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Furniture {
    /// The furniture lines (each trimmed), and everything after a heading
    /// of other stories that follows the article.
    pub lines: Vec<Range<usize>>,
    /// Those lines that are the page's own date or time stamps
    /// ("Published 24 September 2015"), not another story's.
    pub stamps: Vec<Range<usize>>,
}

/// The byte ranges of the furniture lines of `text`.
pub fn furniture_lines(text: &str) -> Vec<Range<usize>> {
    furniture(text).lines
}

/// The furniture of `text` and the page's stamps among it.
pub fn furniture(text: &str) -> Furniture {
    let lines = crate::trimmed_lines(text);
    let prose: Vec<bool> = lines.iter().map(|r| is_prose(&text[r.clone()])).collect();
    let first_prose = prose.iter().position(|&p| p);
    let last_prose = prose.iter().rposition(|&p| p);
    // The line right above the first paragraph is the headline, whatever
    // words it uses.
    let headline = first_prose.and_then(|first| first.checked_sub(1));
    let mut out = Furniture::default();
    for (index, range) in lines.iter().enumerate() {
        let piece = &text[range.clone()];
        let after_article = first_prose.is_some_and(|first| index > first);
        if after_article && heads_other_stories(piece) {
            out.lines.push(range.start..text.trim_end().len());
            break;
        }
        let shape = furniture_shape(piece);
        if shape == Some(Shape::Stamp) {
            out.stamps.push(range.clone());
        }
        let margin = first_prose.is_none_or(|first| index < first) || last_prose.is_some_and(|last| index > last);
        let below = last_prose.is_some_and(|last| index > last);
        let last = index + 1 == lines.len();
        if shape.is_some()
            || (margin && Some(index) != headline && is_margin_label(piece))
            || (below && is_citation(piece))
            || (below && last && is_cut_short(piece))
        {
            out.lines.push(range.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expect: bool) {
        assert_eq!(is_furniture_line(line), expect, "{line}");
    }

    #[test]
    fn stamps_labels_links_credits_and_notices_are_furniture() {
        for line in [
            "Friday, March 14, 2014",
            "03/14/2014 07:23 AM EDT",
            "Published 24 September 2015",
            "Tuesday 24 Jan 2023 @ 10:10",
            "Publication date: March 23, 2024, 19:30",
            "Share this article",
            "Printable version",
            "|Printable version",
            "Published in section: News",
            "Updates to this page",
            "Filed Under",
            "Play Video  Video",
            "Press release",
            "Original article link: https://www.gov.uk/government/news/pm-call",
            "This email was sent to someone@example.com using GovDelivery, on behalf of: U.S. Department of State",
            "(Source: US Embassy in Baghdad)",
            "You are subscribed to Press Releases for U.S. Department of State. This information has recently been updated.",
            "This was published under the 2019 to 2022 Johnson Conservative government",
        ] {
            check(line, true);
        }
    }

    #[test]
    fn article_lines_headlines_and_labels_of_speech_are_not() {
        for line in [
            "He did not reply.",
            "PENCE: Well, look, the news is that the campaign will go on.",
            "PM call with Taoiseach Leo Varadkar",
            "Poll: Clinton and Trump in dead heat",
            "LONDON (Reuters) - The Prime Minister spoke to the press on Monday.",
            "The Prime Minister spoke to President Obama on 24 September 2015.",
            "“Share this article,” he said, “and tell your friends.”",
            "Sir Keir Starmer has spoken to US president-elect Donald Trump",
        ] {
            check(line, false);
        }
    }

    #[test]
    fn a_label_in_the_margins_is_furniture_but_the_headline_is_not() {
        let text = "The White House\n\nOffice of the Press Secretary\n\nPress Conference on Trade\n\n\
                    The President spoke to reporters about trade on Monday and took questions.\n\nWhite House Shareables\n";
        let flagged: Vec<&str> = furniture_lines(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(flagged, ["Office of the Press Secretary", "White House Shareables"]);
    }

    #[test]
    fn glued_navigation_in_the_margins_is_furniture() {
        assert!(is_glued_navigation("BaileNuachtPreaseisiúntaí"));
        assert!(
            !is_glued_navigation("YouTube") && !is_glued_navigation("McDonald") && !is_glued_navigation("PolitiFact")
        );
        let text = "BaileNuachtPreaseisiúntaí an Taoisigh\n\nTaoiseach speaks to Macron\n\n\
                    The Taoiseach spoke by phone today with the French President about Europe.";
        let flagged: Vec<&str> = furniture_lines(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(flagged, ["BaileNuachtPreaseisiúntaí an Taoisigh"]);
    }

    #[test]
    fn a_list_of_other_stories_runs_to_the_end() {
        let text =
            "PM call with the Taoiseach\n\nThe Prime Minister spoke to the Taoiseach this morning about trade.\n\n\
                    Latest News from\n10 Downing Street\n\nThe Prime Minister has announced a new appointment today.\n";
        let ranges = furniture_lines(text);
        let flagged: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            flagged,
            ["Latest News from\n10 Downing Street\n\nThe Prime Minister has announced a new appointment today."]
        );
        // The page's stamp is kept as a stamp; another story's is not.
        let text = "Published 5 March 2031\n\nThe council met on Monday and agreed the budget for next year.\n\n\
                    Related Posts\n\n03/03/2031 11:20:00\n";
        let stamps: Vec<&str> = furniture(text).stamps.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(stamps, ["Published 5 March 2031"]);
        // Before any article, a heading of other stories is only itself.
        let text = "Related Posts\n\nThe council met on Monday and agreed the budget for next year.";
        let flagged: Vec<&str> = furniture_lines(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(flagged, ["Related Posts"]);
    }
}
