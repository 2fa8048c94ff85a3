//! The shapes events are told in, each as a short text in and the events
//! found out, written `kind: participant + participant @ date in place`.

use crate::{analyze, CueModel, Options, PronounModel};
use readout_offices::OfficeTable;
use readout_segment::segment;

/// The events of `text`, published on `date`, whose time expressions are
/// given as (words, TIMEX3 value).
fn events_of(date: Option<&str>, text: &str, times: &[(&str, &str)]) -> Vec<String> {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let times: Vec<(std::ops::Range<usize>, String)> = times
        .iter()
        .map(|(words, value)| {
            let start = text.find(words).unwrap_or_else(|| panic!("{words:?} is not in the text"));
            (start..start + words.len(), value.to_string())
        })
        .collect();
    let options = Options {
        date,
        offices: OfficeTable::builtin(),
        model: CueModel::builtin(),
        pronouns: PronounModel::builtin(),
        spans: None,
        times: &times,
        stamp_times: &[],
    };
    let analysis = analyze(text, &seg, &options);
    let name = |g: usize| analysis.entities[g].name.clone();
    analysis
        .events
        .iter()
        .map(|e| {
            let people: Vec<String> = e.participants.iter().map(|&g| name(g)).collect();
            let mut shown = format!("{}: {}", e.kind.as_str(), people.join(" + "));
            if let Some(date) = &e.date {
                shown.push_str(&format!(" @ {date}"));
            }
            if let Some(place) = e.place {
                shown.push_str(&format!(" in {}", name(place)));
            }
            shown
        })
        .collect()
}

fn check(text: &str, expect: &[&str]) {
    assert_eq!(events_of(None, text, &[]), expect, "{text}");
}

fn check_dated(date: &str, text: &str, times: &[(&str, &str)], expect: &[&str]) {
    assert_eq!(events_of(Some(date), text, times), expect, "{text}");
}

#[test]
fn a_verb_joins_its_subject_and_its_object() {
    check("Keir Starmer spoke to Emmanuel Macron about Ukraine.", &["communication: Keir Starmer + Emmanuel Macron"]);
    check("Keir Starmer spoke by phone with Emmanuel Macron.", &["communication: Keir Starmer + Emmanuel Macron"]);
    check(
        "Keir Starmer called Emmanuel Macron to congratulate him.",
        &["communication: Keir Starmer + Emmanuel Macron"],
    );
    check("Keir Starmer met with Emmanuel Macron.", &["meeting: Keir Starmer + Emmanuel Macron"]);
    check("Keir Starmer hosted Emmanuel Macron at Chequers.", &["meeting: Keir Starmer + Emmanuel Macron in Chequers"]);
    check(
        "Keir Starmer and Emmanuel Macron met at Chequers.",
        &["meeting: Keir Starmer + Emmanuel Macron in Chequers"],
    );
    check(
        "Keir Starmer spoke with Emmanuel Macron, Olaf Scholz and Giorgia Meloni.",
        &["communication: Keir Starmer + Emmanuel Macron + Olaf Scholz + Giorgia Meloni"],
    );
}

#[test]
fn a_noun_takes_its_owner_the_verb_that_holds_it_or_between() {
    check("Keir Starmer held talks with Emmanuel Macron.", &["meeting: Keir Starmer + Emmanuel Macron"]);
    check(
        "Keir Starmer hosted Emmanuel Macron at Downing Street yesterday.",
        &["meeting: Keir Starmer + Emmanuel Macron in Downing Street"],
    );
    check("Keir Starmer had a phone call with Emmanuel Macron.", &["communication: Keir Starmer + Emmanuel Macron"]);
    check("Keir Starmer received a call from Emmanuel Macron.", &["communication: Keir Starmer + Emmanuel Macron"]);
    check("A meeting between Keir Starmer and Emmanuel Macron ran late.", &["meeting: Keir Starmer + Emmanuel Macron"]);
    check(
        "During the telephone conversation, Keir Starmer thanked Emmanuel Macron.",
        &["communication: Keir Starmer + Emmanuel Macron"],
    );
    check(
        "During a call on Tuesday, Keir Starmer told Emmanuel Macron that Britain would help.",
        &["communication: Keir Starmer + Emmanuel Macron"],
    );
    check(
        "In a meeting on the sidelines of the G20 summit in Rome, Keir Starmer told Emmanuel Macron of his plans.",
        &["meeting: Keir Starmer + Emmanuel Macron in Rome"],
    );
}

#[test]
fn a_visit_has_its_place_apart_from_its_people() {
    check("Keir Starmer visited Norway.", &["visit: Keir Starmer in Norway"]);
    check("Speaking during a visit to Norway, Keir Starmer warned allies.", &["visit: Keir Starmer in Norway"]);
    check(
        "Speaking during a visit to Portugal on Monday, the foreign minister, Lena Haugland, warned allies.",
        &["visit: Lena Haugland in Portugal"],
    );
    check("Keir Starmer spoke of his visit to Kyiv.", &["visit: Keir Starmer in Kyiv"]);
}

#[test]
fn a_subject_past_an_appositive_or_a_first_verb() {
    check("Maria Lopez, the health secretary, visited Riverside Hospital.", &["visit: Maria Lopez"]);
    check_dated(
        "2024-11-29",
        "Anne Whitlock spoke to Tom Baker earlier in November and visited the worst-hit streets on Monday.",
        &[("earlier in November", "2024-11"), ("Monday", "2024-11-25")],
        &["communication: Anne Whitlock + Tom Baker @ 2024-11", "visit: Anne Whitlock @ 2024-11-25"],
    );
}

#[test]
fn a_meeting_is_where_the_text_puts_it_with_in_or_at() {
    check(
        "Keir Starmer met Emmanuel Macron on the sidelines of the G20 summit in Brazil.",
        &["meeting: Keir Starmer + Emmanuel Macron in Brazil"],
    );
    // A topic is no place, and a call has none.
    check(
        "Keir Starmer met Emmanuel Macron to discuss the war in Ukraine.",
        &["meeting: Keir Starmer + Emmanuel Macron"],
    );
    check("Keir Starmer spoke to Emmanuel Macron in Paris.", &["communication: Keir Starmer + Emmanuel Macron"]);
}

#[test]
fn the_two_leaders_are_the_people_of_the_event_before() {
    // Told twice, with its time the second time: one call.
    check_dated(
        "2024-12-19",
        "Keir Starmer spoke to Donald Trump. The two men spoke on Wednesday afternoon.",
        &[("Wednesday afternoon", "2024-12-18TAF")],
        &["communication: Keir Starmer + Donald Trump @ 2024-12-18TAF"],
    );
    // "They" retelling the meeting is no event of its own.
    check(
        "Keir Starmer met Emmanuel Macron. They also spoke about trade.",
        &["meeting: Keir Starmer + Emmanuel Macron"],
    );
    // With nothing before it, "they" is anything plural.
    check("Both arguments matter and they speak to different voters.", &[] as &[&str]);
}

#[test]
fn a_heading_that_names_one_side_is_the_pages_persons() {
    check(
        "Bilateral Meeting With President Joe Biden\n\nPrime Minister Anthony Albanese\n\nANTHONY ALBANESE: Thank you very much, it is good to be here with you and to talk about the future of our two nations and our region.",
        &["meeting: Joe Biden + Anthony Albanese"],
    );
}

#[test]
fn a_remarks_heading_tells_of_the_meeting_of_the_people_it_names() {
    check(
        "Remarks by President Barack Obama and Prime Minister Shinzo Abe before bilateral meeting\n\nPRESIDENT OBAMA: Well, it is a great pleasure to welcome my friend back to the White House once again, and we have a lot to talk about today.",
        &["meeting: Barack Obama + Shinzo Abe"],
    );
}

#[test]
fn the_date_is_the_time_of_what_happened() {
    check_dated(
        "2024-10-25",
        "Keir Starmer met Anthony Albanese this week.",
        &[("this week", "2024-W43")],
        &["meeting: Keir Starmer + Anthony Albanese @ 2024-10"],
    );
    // A time to come is not the call's.
    check_dated(
        "2015-09-24",
        "David Cameron spoke to Barack Obama ahead of next week's assembly.",
        &[("next week", "2015-W40")],
        &["communication: David Cameron + Barack Obama"],
    );
    // The time of the report the call is told in is not the call's.
    check_dated(
        "2024-12-19",
        "A statement released on Wednesday evening said Keir Starmer began the call by thanking Donald Trump.",
        &[("Wednesday evening", "2024-12-18TEV")],
        &["communication: Keir Starmer + Donald Trump"],
    );
    // A heading tells of the day it was published, unless the text gives
    // the event its own time.
    check_dated(
        "2022-08-10",
        "Boris Johnson Meets Emmanuel Macron\n\nThe leaders discussed energy at length and agreed to keep working together on support for Ukraine over the coming months and years.",
        &[],
        &["meeting: Boris Johnson + Emmanuel Macron @ 2022-08-10"],
    );
    check_dated(
        "2022-08-10",
        "PM call with Emmanuel Macron\n\nBoris Johnson spoke to Emmanuel Macron yesterday afternoon.",
        &[("yesterday afternoon", "2022-08-09TAF")],
        &["communication: Boris Johnson + Emmanuel Macron @ 2022-08-09TAF"],
    );
}

#[test]
fn the_same_words_that_tell_of_no_event() {
    for text in [
        "Keir Starmer and Emmanuel Macron met expectations.",
        "Keir Starmer called for calm after the attack.",
        "Keir Starmer called it a disgrace.",
        "Donald Trump called Joe Biden a loser.",
        "Keir Starmer called on Emmanuel Macron to act.",
        "Keir Starmer will meet Emmanuel Macron next week.",
        "Keir Starmer agreed to visit Kyiv.",
        "Keir Starmer looked forward to meeting Emmanuel Macron.",
        "Keir Starmer did not speak to Emmanuel Macron.",
        "Visit our website for details.",
        "On that first trip through bankruptcy, Patriot Coal cut costs.",
        "Joe Biden arrived in Congress in 1973.",
        "Keir Starmer met with criticism from Emmanuel Macron.",
        "Keir Starmer hosted a dinner for the press.",
        "Keir Starmer made a call for calm.",
        "Keir Starmer spoke to reporters before a meeting.",
        "Emmanuel Macron thanked a visiting professor.",
        "He will visit London in January, Olaf Scholz said.",
    ] {
        check(text, &[]);
    }
}

#[test]
fn regression_a_visit_whose_text_ends_on_to_does_not_panic() {
    // Found by fuzzing: the place of a visit looked past the last token
    // when the text ended on "to".
    check("Prime Minister to visit Washington next month to", &[]);
}
