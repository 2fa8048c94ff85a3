//! The genre of a text, as far as attribution cares: a document in, whether
//! it is a readout out.
//!
//! A readout (a government's account of a call or a meeting: "The Prime
//! Minister spoke to President Macron this morning. The Prime Minister
//! welcomed …") reports what each side said in indirect speech, with verbs
//! news uses for other things as often as for speech: "welcomed",
//! "underlined", "expressed", "outlined". Such a text announces itself in
//! its opening: it reports a call or a meeting there. In it the cue model
//! needs less evidence to take a word as a cue.

use readout_segment::Document;

/// How many sentences (the headline among them) may pass before the call
/// or meeting is reported.
const OPENING_SENTENCES: usize = 4;

/// Does the text open by reporting a call or a meeting between parties?
pub(crate) fn is_readout(doc: &Document) -> bool {
    let opening_end = doc.seg.sentences.get(OPENING_SENTENCES).map_or(doc.len(), |s| s.first_token);
    (0..opening_end).any(|index| reports_contact(doc, index, opening_end))
}

/// Is the word at `index` a report of contact with someone: "spoke to",
/// "met with", "hosted Prime Minister Luxon", "called President Macron",
/// "call with"? News uses the same words loosely ("did not meet the
/// threshold", "called him a genius", "a late-afternoon meeting"); those
/// forms do not count.
fn reports_contact(doc: &Document, index: usize, end: usize) -> bool {
    if !doc.is_word(index) || index + 1 >= end {
        return false;
    }
    let next = doc.word(index + 1);
    let next_is_name = doc.token(index + 1).capitalized;
    let negated = index > 0 && matches!(doc.word(index - 1), "not" | "n't" | "never" | "to");
    match doc.word(index) {
        "spoke" | "speaks" | "talked" | "talks" => matches!(next, "to" | "with"),
        "met" | "meets" | "hosted" | "hosts" => !negated && (next == "with" || next_is_name),
        // "called President Macron to congratulate him", not "called
        // Clinton a champion".
        "called" | "phoned" | "telephoned" | "rang" => {
            let naming = (index + 2..(index + 6).min(end)).any(|t| matches!(doc.word(t), "a" | "an"));
            !negated && next_is_name && !naming
        }
        // "During the telephone conversation, Vladimir Putin conveyed …".
        "call" | "calls" | "conversation" | "conversations" => {
            next == "with" || (index > 0 && matches!(doc.word(index - 1), "telephone" | "phone"))
        }
        "meeting" | "meetings" => next == "with",
        _ => false,
    }
}

/// Is the word at `index` "called" or "phoned" someone, a telephone call
/// ("President Trump called the Prime Minister earlier today to offer his
/// condolences"), not a naming ("called Wells Fargo's behavior
/// “outrageous”", "called Clinton a champion")? The person called is a
/// name or a capitalised role, and a time or a purpose follows.
pub(crate) fn phoned_someone(doc: &Document, index: usize) -> bool {
    if !matches!(doc.word(index), "called" | "phoned" | "telephoned" | "rang") {
        return false;
    }
    let (_, end) = doc.sentence_bounds(index);
    let mut at = index + 1;
    if at < end && doc.word(at) == "the" {
        at += 1;
    }
    let name_start = at;
    // "Mr. Obama": a title's point is inside the name.
    let title_point =
        |t: usize| doc.is_punct(t, ".") && t > name_start && crate::lexicon::is_honorific(doc.word(t - 1));
    while at < end && at < name_start + 6 && (doc.token(at).capitalized && doc.is_word(at) || title_point(at)) {
        at += 1;
    }
    // "called Mr. Obama's remarks …" names the remarks.
    let possessive = at > name_start && (doc.raw(at - 1).ends_with("'s") || doc.raw(at - 1).ends_with("’s"));
    at > name_start
        && !possessive
        && matches!(
            doc.word(at),
            "earlier" | "today" | "yesterday" | "tonight" | "this" | "last" | "on" | "to" | "from" | "at" | "." | "and"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, expect: bool) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        assert_eq!(is_readout(&doc), expect, "{text}");
    }

    #[test]
    fn a_call_or_meeting_in_the_opening_makes_a_readout() {
        check("PM call with President Macron\n\nThe Prime Minister spoke to President Macron today.", true);
        check("The Prime Minister hosted Prime Minister Luxon at Downing Street yesterday.", true);
        check(
            "Readout of the President's Phone Calls with World Leaders\n\nToday, the President returned calls.",
            true,
        );
        check("During the telephone conversation, Vladimir Putin conveyed his greetings.", true);
    }

    #[test]
    fn news_without_a_call_or_meeting_in_its_opening_is_no_readout() {
        check("Trump wins Ohio. The race was close. Voters came out. Polls closed late. He met them later.", false);
        check("The senator said the bill would fail.", false);
    }

    #[test]
    fn a_telephone_call_is_no_naming() {
        let phoned = |text: &str| {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            (0..doc.len()).any(|t| phoned_someone(&doc, t))
        };
        assert!(phoned("President Trump called the Prime Minister earlier today to offer his condolences."));
        assert!(phoned("Macron called Scholz on Monday."));
        assert!(!phoned("She called Wells Fargo's behavior outrageous."));
        assert!(!phoned("He called Clinton a champion."));
        assert!(!phoned("He called the plan a fraud."));
        assert!(!phoned("She called Mr. Obama's remarks on Saturday a wake-up call."));
    }

    #[test]
    fn contact_words_used_loosely_make_no_readout() {
        check("She did not meet the Commission's threshold.", false);
        check("His surrogates called him a genius.", false);
        check("The group called Clinton a champion.", false);
        check("After a late-afternoon meeting, the Council issued a statement.", false);
    }
}
