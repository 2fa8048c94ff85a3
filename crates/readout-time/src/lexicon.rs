//! Lexicon: one word's bytes in, what that word means to time recognition out.
//!
//! Lookup is case-insensitive; capitalisation is judged separately by the
//! tokenizer, because "May" and "may" share a lexeme but not a meaning.
//! Everything a recognizer cares about is a [`Lexeme`]; every other word is
//! [`Lexeme::Other`] (or [`Lexeme::PastVerb`] when it looks like a past tense).

use chrono::Weekday;

/// A part of the day, written as the TIMEX3 suffix after a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
    /// "midday": TIMEX3's `MI`.
    Midday,
}

impl PartOfDay {
    /// The TIMEX3 suffix, e.g. `TAF` in `2024-12-18TAF`.
    pub(crate) fn timex_suffix(self) -> &'static str {
        match self {
            PartOfDay::Morning => "TMO",
            PartOfDay::Afternoon => "TAF",
            PartOfDay::Evening => "TEV",
            PartOfDay::Night => "TNI",
            PartOfDay::Midday => "TMI",
        }
    }
}

/// A calendar unit that "last", "next", counts and "ago" can apply to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalendarUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl CalendarUnit {
    /// The unit's letter in a TIMEX3 duration (`P3Y`, `PT5M`) and whether it
    /// belongs after the `T` that opens the time part.
    pub(crate) fn duration_code(self) -> (&'static str, bool) {
        match self {
            CalendarUnit::Second => ("S", true),
            CalendarUnit::Minute => ("M", true),
            CalendarUnit::Hour => ("H", true),
            CalendarUnit::Day => ("D", false),
            CalendarUnit::Week => ("W", false),
            CalendarUnit::Month => ("M", false),
            CalendarUnit::Quarter => ("Q", false),
            CalendarUnit::Year => ("Y", false),
            CalendarUnit::Decade => ("DE", false),
            CalendarUnit::Century => ("CE", false),
        }
    }

    /// Units shorter than a day: their values need a clock the text rarely gives.
    pub(crate) fn is_clock(self) -> bool {
        matches!(self, CalendarUnit::Second | CalendarUnit::Minute | CalendarUnit::Hour)
    }
}

/// The seasons, as TIMEX3 writes them after a year (`1998-FA`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(crate) fn timex_suffix(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// Holidays whose date follows from the year alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    NewYear,
    Thanksgiving,
    Halloween,
    Valentine,
    Easter,
    LaborDay,
    MemorialDay,
}

/// Which way a general reference word points: TIMEX3's `PRESENT_REF`,
/// `PAST_REF` and `FUTURE_REF`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeRef {
    Present,
    Past,
    Future,
}

/// What a word means to the recognizers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lexeme {
    Other,
    /// Month number 1..=12; abbreviated forms ("Dec") need a day or year.
    Month {
        month: u32,
        abbreviated: bool,
    },
    Weekday(Weekday),
    PartOfDay(PartOfDay),
    /// A unit; `plural` tells "days" from "day".
    Unit {
        unit: CalendarUnit,
        plural: bool,
    },
    /// "a", "an", "one" .. "twelve": counts before a unit and "ago".
    Count(u32),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Last,
    This,
    Next,
    Coming,
    Past,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Ago,
    Weekend,
    The,
    Of,
    /// "now", "currently", "recently", "soon": a reference on its own.
    RefWord(TimeRef),
    /// "future" and "present", references only after "the", "in" or "at".
    RefNoun(TimeRef),
    Season(Season),
    Holiday(Holiday),
    /// "Eve" and "Day" after a holiday's name.
    HolidaySuffix,
    /// "noon", "midnight": clock times by name.
    NamedHour {
        hour: u32,
    },
    /// "every", "each": a set of times follows.
    Every,
    /// "daily", "weekly", "annually": a set in one word.
    SetAdverb(CalendarUnit),
    /// "once", "twice": a frequency before "a week".
    Times,
    /// "few", "several", "many", "couple": counts left open (`PXY`).
    Fuzzy,
    /// "half", as in "a year and a half" or "half an hour".
    Half,
    /// "same", "following", "previous", "that": words that point at the
    /// narrative's last date rather than the publication date.
    Same,
    Following,
    Previous,
    That,
    /// "first", "third", "fourth": ordinals before "quarter" and "half"
    /// ("second" is the unit, and is tried as an ordinal there).
    Ordinal,
    /// "end", "beginning", "start", "middle": "the end of the year" is the
    /// year, its edge a TIMEX3 `mod` that the value does not carry.
    Edge,
    /// "near", "distant", "foreseeable", "very": before "future".
    Near,
    /// "ahead", as in "the years ahead".
    Ahead,
    /// "about", "nearly", "almost", "some": approximations TIMEX3 includes.
    Approximately,
    /// Prepositions after which a bare month or year is a time: "in", "since".
    TemporalPreposition,
    /// Nouns for events and reports that a year or month before them dates:
    /// "the 2016 election", "an August speech", "the 2016 elections" (a
    /// plural of one of these keeps "the 2016" a year, not a count).
    EventNoun,
    /// Words that make a following weekday a holiday name: "Super Tuesday".
    HolidayPrefix,
    /// Words that make a preceding weekday a title: "Sunday Times" ("the
    /// times ahead" is asked of this lexeme too).
    TitleSuffix,
    /// "USA" as in "USA Today", a newspaper rather than a day.
    Usa,
    /// "long", "short", "medium": before "term" in "the long term".
    TermLength,
    /// Words announcing the future: "will", "shall", "'ll", "scheduled".
    FutureCue,
    /// Words announcing the past: "said", "was" and regular "-ed" forms.
    PastVerb,
}

/// Words are looked up as their lowercase bytes packed into one integer, so
/// a lookup is one hash and one comparison with no copying; no entry is
/// longer than this.
pub(crate) const LONGEST_ENTRY: usize = 16;
/// Slots in the open-addressing table: a power of two, over three times the
/// entries, so probes stay short.
const TABLE_SLOTS: usize = 1024;
/// The bits of a slot number: the hash keeps this many top bits.
const SLOT_BITS: u32 = TABLE_SLOTS.trailing_zeros();

/// Looks up a word (ASCII letters only) regardless of its case.
#[cfg(test)]
pub(crate) fn lexeme_of(word: &[u8]) -> Lexeme {
    lexeme_of_key(packed_key(word), word)
}

/// Looks up a word whose [`packed_key`] the caller computed while reading it
/// (`None` when it is too long for any entry).
pub(crate) fn lexeme_of_key(key: Option<u128>, word: &[u8]) -> Lexeme {
    let Some(key) = key else {
        return past_tense_guess(word);
    };
    let table = TABLE.get_or_init(build_table);
    let mut slot = slot_of(key);
    loop {
        let slot_key = table.keys[slot];
        if slot_key == key {
            return table.lexemes[slot];
        }
        if slot_key == 0 {
            return past_tense_guess(word);
        }
        slot = (slot + 1) % TABLE_SLOTS;
    }
}

/// Keys and lexemes in separate arrays: most words are not in the table,
/// and their probes then touch only the keys, which stay small in cache.
struct Table {
    keys: Box<[u128]>,
    lexemes: Box<[Lexeme]>,
}

static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();

/// The lowercase bytes of a word as one integer, first byte lowest; 0 never
/// occurs for a non-empty word, so it marks empty slots.
pub(crate) fn packed_key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > LONGEST_ENTRY {
        return None;
    }
    Some(word.iter().rev().fold(0u128, |key, byte| (key << 8) | u128::from(byte.to_ascii_lowercase())))
}

fn slot_of(key: u128) -> usize {
    // Truncations are the point: fold the key to 64 bits, keep the top bits.
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize % TABLE_SLOTS
}

fn build_table() -> Table {
    let mut keys = vec![0u128; TABLE_SLOTS].into_boxed_slice();
    let mut lexemes = vec![Lexeme::Other; TABLE_SLOTS].into_boxed_slice();
    for &(word, lexeme) in ENTRIES {
        let Some(key) = packed_key(word.as_bytes()) else {
            continue;
        };
        let mut slot = slot_of(key);
        while keys[slot] != 0 {
            slot = (slot + 1) % TABLE_SLOTS;
        }
        keys[slot] = key;
        lexemes[slot] = lexeme;
    }
    Table { keys, lexemes }
}

/// Regular past tenses ("announced", "voted") tip an ambiguous date to the
/// past. Short words and "-eed" words ("need", "proceed") are not past forms.
fn past_tense_guess(word: &[u8]) -> Lexeme {
    let looks_past =
        word.len() >= 5 && word.ends_with(b"ed") && !word.ends_with(b"eed") && !word.eq_ignore_ascii_case(b"hundred");
    if looks_past {
        Lexeme::PastVerb
    } else {
        Lexeme::Other
    }
}

const fn month(month: u32) -> Lexeme {
    Lexeme::Month { month, abbreviated: false }
}

const fn abbreviation(month: u32) -> Lexeme {
    Lexeme::Month { month, abbreviated: true }
}

const fn unit(unit: CalendarUnit, plural: bool) -> Lexeme {
    Lexeme::Unit { unit, plural }
}

/// Every word the recognizers know, lowercase, with its meaning.
const ENTRIES: &[(&str, Lexeme)] = &[
    ("january", month(1)),
    ("february", month(2)),
    ("march", month(3)),
    ("april", month(4)),
    ("may", month(5)),
    ("june", month(6)),
    ("july", month(7)),
    ("august", month(8)),
    ("september", month(9)),
    ("october", month(10)),
    ("november", month(11)),
    ("december", month(12)),
    ("jan", abbreviation(1)),
    ("feb", abbreviation(2)),
    ("mar", abbreviation(3)),
    ("apr", abbreviation(4)),
    ("jun", abbreviation(6)),
    ("jul", abbreviation(7)),
    ("aug", abbreviation(8)),
    ("sep", abbreviation(9)),
    ("sept", abbreviation(9)),
    ("oct", abbreviation(10)),
    ("nov", abbreviation(11)),
    ("dec", abbreviation(12)),
    ("monday", Lexeme::Weekday(Weekday::Mon)),
    ("tuesday", Lexeme::Weekday(Weekday::Tue)),
    ("wednesday", Lexeme::Weekday(Weekday::Wed)),
    ("thursday", Lexeme::Weekday(Weekday::Thu)),
    ("friday", Lexeme::Weekday(Weekday::Fri)),
    ("saturday", Lexeme::Weekday(Weekday::Sat)),
    ("sunday", Lexeme::Weekday(Weekday::Sun)),
    ("morning", Lexeme::PartOfDay(PartOfDay::Morning)),
    ("afternoon", Lexeme::PartOfDay(PartOfDay::Afternoon)),
    ("evening", Lexeme::PartOfDay(PartOfDay::Evening)),
    ("night", Lexeme::PartOfDay(PartOfDay::Night)),
    ("midday", Lexeme::PartOfDay(PartOfDay::Midday)),
    ("noon", Lexeme::NamedHour { hour: 12 }),
    ("midnight", Lexeme::NamedHour { hour: 24 }),
    ("second", unit(CalendarUnit::Second, false)),
    ("seconds", unit(CalendarUnit::Second, true)),
    ("minute", unit(CalendarUnit::Minute, false)),
    ("minutes", unit(CalendarUnit::Minute, true)),
    ("hour", unit(CalendarUnit::Hour, false)),
    ("hours", unit(CalendarUnit::Hour, true)),
    ("quarter", unit(CalendarUnit::Quarter, false)),
    ("quarters", unit(CalendarUnit::Quarter, true)),
    ("decade", unit(CalendarUnit::Decade, false)),
    ("decades", unit(CalendarUnit::Decade, true)),
    ("century", unit(CalendarUnit::Century, false)),
    ("centuries", unit(CalendarUnit::Century, true)),
    ("spring", Lexeme::Season(Season::Spring)),
    ("summer", Lexeme::Season(Season::Summer)),
    ("fall", Lexeme::Season(Season::Fall)),
    ("autumn", Lexeme::Season(Season::Fall)),
    ("winter", Lexeme::Season(Season::Winter)),
    ("christmas", Lexeme::Holiday(Holiday::Christmas)),
    ("thanksgiving", Lexeme::Holiday(Holiday::Thanksgiving)),
    ("halloween", Lexeme::Holiday(Holiday::Halloween)),
    ("valentine", Lexeme::Holiday(Holiday::Valentine)),
    ("easter", Lexeme::Holiday(Holiday::Easter)),
    ("labor", Lexeme::Holiday(Holiday::LaborDay)),
    ("labour", Lexeme::Holiday(Holiday::LaborDay)),
    ("memorial", Lexeme::Holiday(Holiday::MemorialDay)),
    ("new", Lexeme::Holiday(Holiday::NewYear)),
    ("eve", Lexeme::HolidaySuffix),
    ("now", Lexeme::RefWord(TimeRef::Present)),
    ("currently", Lexeme::RefWord(TimeRef::Present)),
    ("current", Lexeme::RefWord(TimeRef::Present)),
    ("nowadays", Lexeme::RefWord(TimeRef::Present)),
    ("recently", Lexeme::RefWord(TimeRef::Past)),
    ("recent", Lexeme::RefWord(TimeRef::Past)),
    ("formerly", Lexeme::RefWord(TimeRef::Past)),
    ("soon", Lexeme::RefWord(TimeRef::Future)),
    ("future", Lexeme::RefNoun(TimeRef::Future)),
    ("present", Lexeme::RefNoun(TimeRef::Present)),
    ("every", Lexeme::Every),
    ("each", Lexeme::Every),
    ("daily", Lexeme::SetAdverb(CalendarUnit::Day)),
    ("nightly", Lexeme::SetAdverb(CalendarUnit::Day)),
    ("weekly", Lexeme::SetAdverb(CalendarUnit::Week)),
    ("monthly", Lexeme::SetAdverb(CalendarUnit::Month)),
    ("quarterly", Lexeme::SetAdverb(CalendarUnit::Quarter)),
    ("yearly", Lexeme::SetAdverb(CalendarUnit::Year)),
    ("annually", Lexeme::SetAdverb(CalendarUnit::Year)),
    ("hourly", Lexeme::SetAdverb(CalendarUnit::Hour)),
    ("once", Lexeme::Times),
    ("twice", Lexeme::Times),
    ("few", Lexeme::Fuzzy),
    ("several", Lexeme::Fuzzy),
    ("many", Lexeme::Fuzzy),
    ("couple", Lexeme::Fuzzy),
    ("half", Lexeme::Half),
    ("same", Lexeme::Same),
    ("following", Lexeme::Following),
    ("previous", Lexeme::Previous),
    ("preceding", Lexeme::Previous),
    ("that", Lexeme::That),
    ("ahead", Lexeme::Ahead),
    ("near", Lexeme::Near),
    ("distant", Lexeme::Near),
    ("foreseeable", Lexeme::Near),
    ("very", Lexeme::Near),
    ("end", Lexeme::Edge),
    ("beginning", Lexeme::Edge),
    ("start", Lexeme::Edge),
    ("middle", Lexeme::Edge),
    ("first", Lexeme::Ordinal),
    ("third", Lexeme::Ordinal),
    ("fourth", Lexeme::Ordinal),
    ("about", Lexeme::Approximately),
    ("nearly", Lexeme::Approximately),
    ("almost", Lexeme::Approximately),
    ("around", Lexeme::Approximately),
    ("roughly", Lexeme::Approximately),
    ("approximately", Lexeme::Approximately),
    ("some", Lexeme::Approximately),
    ("day", unit(CalendarUnit::Day, false)),
    ("days", unit(CalendarUnit::Day, true)),
    ("week", unit(CalendarUnit::Week, false)),
    ("weeks", unit(CalendarUnit::Week, true)),
    ("month", unit(CalendarUnit::Month, false)),
    ("months", unit(CalendarUnit::Month, true)),
    ("year", unit(CalendarUnit::Year, false)),
    ("years", unit(CalendarUnit::Year, true)),
    ("a", Lexeme::Count(1)),
    ("an", Lexeme::Count(1)),
    ("one", Lexeme::Count(1)),
    ("two", Lexeme::Count(2)),
    ("three", Lexeme::Count(3)),
    ("four", Lexeme::Count(4)),
    ("five", Lexeme::Count(5)),
    ("six", Lexeme::Count(6)),
    ("seven", Lexeme::Count(7)),
    ("eight", Lexeme::Count(8)),
    ("nine", Lexeme::Count(9)),
    ("ten", Lexeme::Count(10)),
    ("eleven", Lexeme::Count(11)),
    ("twelve", Lexeme::Count(12)),
    ("thirteen", Lexeme::Count(13)),
    ("fourteen", Lexeme::Count(14)),
    ("fifteen", Lexeme::Count(15)),
    ("sixteen", Lexeme::Count(16)),
    ("seventeen", Lexeme::Count(17)),
    ("eighteen", Lexeme::Count(18)),
    ("nineteen", Lexeme::Count(19)),
    ("twenty", Lexeme::Count(20)),
    ("thirty", Lexeme::Count(30)),
    ("forty", Lexeme::Count(40)),
    ("fifty", Lexeme::Count(50)),
    ("sixty", Lexeme::Count(60)),
    ("seventy", Lexeme::Count(70)),
    ("eighty", Lexeme::Count(80)),
    ("ninety", Lexeme::Count(90)),
    ("today", Lexeme::Today),
    ("yesterday", Lexeme::Yesterday),
    ("tomorrow", Lexeme::Tomorrow),
    ("tonight", Lexeme::Tonight),
    ("last", Lexeme::Last),
    ("this", Lexeme::This),
    ("next", Lexeme::Next),
    ("coming", Lexeme::Coming),
    ("upcoming", Lexeme::Coming),
    ("past", Lexeme::Past),
    ("earlier", Lexeme::Earlier),
    ("later", Lexeme::Later),
    ("early", Lexeme::Early),
    ("late", Lexeme::Late),
    ("mid", Lexeme::Mid),
    ("ago", Lexeme::Ago),
    ("weekend", Lexeme::Weekend),
    ("the", Lexeme::The),
    ("of", Lexeme::Of),
    ("in", Lexeme::TemporalPreposition),
    ("since", Lexeme::TemporalPreposition),
    ("until", Lexeme::TemporalPreposition),
    ("between", Lexeme::TemporalPreposition),
    ("till", Lexeme::TemporalPreposition),
    ("by", Lexeme::TemporalPreposition),
    ("before", Lexeme::TemporalPreposition),
    ("after", Lexeme::TemporalPreposition),
    ("from", Lexeme::TemporalPreposition),
    ("during", Lexeme::TemporalPreposition),
    ("through", Lexeme::TemporalPreposition),
    ("throughout", Lexeme::TemporalPreposition),
    ("election", Lexeme::EventNoun),
    ("elections", Lexeme::EventNoun),
    ("campaign", Lexeme::EventNoun),
    ("race", Lexeme::EventNoun),
    ("cycle", Lexeme::EventNoun),
    ("presidential", Lexeme::EventNoun),
    ("primary", Lexeme::EventNoun),
    ("primaries", Lexeme::EventNoun),
    ("midterm", Lexeme::EventNoun),
    ("midterms", Lexeme::EventNoun),
    ("general", Lexeme::EventNoun),
    ("meeting", Lexeme::EventNoun),
    ("summit", Lexeme::EventNoun),
    ("speech", Lexeme::EventNoun),
    ("address", Lexeme::EventNoun),
    ("visit", Lexeme::EventNoun),
    ("trip", Lexeme::EventNoun),
    ("conference", Lexeme::EventNoun),
    ("session", Lexeme::EventNoun),
    ("hearing", Lexeme::EventNoun),
    ("debate", Lexeme::EventNoun),
    ("interview", Lexeme::EventNoun),
    ("statement", Lexeme::EventNoun),
    ("announcement", Lexeme::EventNoun),
    ("report", Lexeme::EventNoun),
    ("decision", Lexeme::EventNoun),
    ("ruling", Lexeme::EventNoun),
    ("vote", Lexeme::EventNoun),
    ("referendum", Lexeme::EventNoun),
    ("poll", Lexeme::EventNoun),
    ("survey", Lexeme::EventNoun),
    ("budget", Lexeme::EventNoun),
    ("deal", Lexeme::EventNoun),
    ("agreement", Lexeme::EventNoun),
    ("deadline", Lexeme::EventNoun),
    ("attack", Lexeme::EventNoun),
    ("invasion", Lexeme::EventNoun),
    ("offensive", Lexeme::EventNoun),
    ("ceasefire", Lexeme::EventNoun),
    ("crisis", Lexeme::EventNoun),
    ("ceremony", Lexeme::EventNoun),
    ("launch", Lexeme::EventNoun),
    ("call", Lexeme::EventNoun),
    ("letter", Lexeme::EventNoun),
    ("long", Lexeme::TermLength),
    ("longer", Lexeme::TermLength),
    ("short", Lexeme::TermLength),
    ("shorter", Lexeme::TermLength),
    ("medium", Lexeme::TermLength),
    ("super", Lexeme::HolidayPrefix),
    ("good", Lexeme::HolidayPrefix),
    ("black", Lexeme::HolidayPrefix),
    ("ash", Lexeme::HolidayPrefix),
    ("holy", Lexeme::HolidayPrefix),
    ("cyber", Lexeme::HolidayPrefix),
    ("maundy", Lexeme::HolidayPrefix),
    ("palm", Lexeme::HolidayPrefix),
    ("bloody", Lexeme::HolidayPrefix),
    ("giving", Lexeme::HolidayPrefix),
    ("times", Lexeme::TitleSuffix),
    ("telegraph", Lexeme::TitleSuffix),
    ("express", Lexeme::TitleSuffix),
    ("mirror", Lexeme::TitleSuffix),
    ("post", Lexeme::TitleSuffix),
    ("herald", Lexeme::TitleSuffix),
    ("mail", Lexeme::TitleSuffix),
    ("star", Lexeme::TitleSuffix),
    ("independent", Lexeme::TitleSuffix),
    ("sport", Lexeme::TitleSuffix),
    ("show", Lexeme::TitleSuffix),
    ("edition", Lexeme::TitleSuffix),
    ("review", Lexeme::TitleSuffix),
    ("tribune", Lexeme::TitleSuffix),
    ("football", Lexeme::TitleSuffix),
    ("school", Lexeme::TitleSuffix),
    ("usa", Lexeme::Usa),
    ("will", Lexeme::FutureCue),
    ("shall", Lexeme::FutureCue),
    ("ll", Lexeme::FutureCue),
    ("scheduled", Lexeme::FutureCue),
    ("expected", Lexeme::FutureCue),
    ("planned", Lexeme::FutureCue),
    ("plans", Lexeme::FutureCue),
    ("plan", Lexeme::FutureCue),
    ("intends", Lexeme::FutureCue),
    ("going", Lexeme::FutureCue),
    ("can", Lexeme::FutureCue),
    ("must", Lexeme::FutureCue),
    ("should", Lexeme::FutureCue),
    ("might", Lexeme::FutureCue),
    ("could", Lexeme::FutureCue),
    ("would", Lexeme::FutureCue),
    ("said", Lexeme::PastVerb),
    ("says", Lexeme::PastVerb),
    ("told", Lexeme::PastVerb),
    ("was", Lexeme::PastVerb),
    ("were", Lexeme::PastVerb),
    ("had", Lexeme::PastVerb),
    ("did", Lexeme::PastVerb),
    ("met", Lexeme::PastVerb),
    ("won", Lexeme::PastVerb),
    ("lost", Lexeme::PastVerb),
    ("held", Lexeme::PastVerb),
    ("spoke", Lexeme::PastVerb),
    ("went", Lexeme::PastVerb),
    ("came", Lexeme::PastVerb),
    ("took", Lexeme::PastVerb),
    ("gave", Lexeme::PastVerb),
    ("made", Lexeme::PastVerb),
    ("wrote", Lexeme::PastVerb),
    ("sent", Lexeme::PastVerb),
    ("began", Lexeme::PastVerb),
    ("saw", Lexeme::PastVerb),
    ("got", Lexeme::PastVerb),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, expect: Lexeme) {
        assert_eq!(lexeme_of(word.as_bytes()), expect, "word {word:?}");
    }

    #[test]
    fn every_entry_found() {
        for &(word, lexeme) in ENTRIES {
            assert_eq!(lexeme_of(word.as_bytes()), lexeme, "word {word:?}");
        }
        assert!(ENTRIES.len() * 3 < TABLE_SLOTS);
    }

    #[test]
    fn lexicon_table() {
        check("December", month(12));
        check("SEPT", abbreviation(9));
        check("wednesday", Lexeme::Weekday(Weekday::Wed));
        check("afternoon", Lexeme::PartOfDay(PartOfDay::Afternoon));
        check("twelve", Lexeme::Count(12));
        check("announced", Lexeme::PastVerb);
        check("administered", Lexeme::PastVerb);
        check("need", Lexeme::Other);
        check("hundred", Lexeme::Other);
        check("red", Lexeme::Other);
        check("scheduled", Lexeme::FutureCue);
        check("Trump", Lexeme::Other);
        check("", Lexeme::Other);
    }
}
