//! Titles before a name: a name mention and the words before it in, the
//! titles they give the person out ("President-elect", "prime minister",
//! "vice president"), with whether they are another country's ("Israel's
//! Prime Minister") and which countries they name.

use crate::gender::Gender;
use crate::mentions::Mention;
use readout_segment::Document;

/// Titles a mention's honorifics and the words before it give a person:
/// "President-elect", "US president-elect", "Prime Minister".
/// The titles a name mention gives its person, and whether they are of
/// another country's office.
pub(super) struct Titles {
    pub(super) words: Vec<String>,
    pub(super) foreign: bool,
    /// The countries a foreign title names.
    pub(super) countries: Vec<&'static str>,
}

pub(super) fn titles_before(doc: &Document, mention: &Mention, honorifics: &[String]) -> Titles {
    let mut titles: Vec<String> = honorifics.to_vec();
    let mut at = mention.tokens.0;
    while at > 0 && at + 3 > mention.tokens.0 {
        let word = doc.word(at - 1);
        if crate::kind_words::is_honorific(word) || word == "president-elect" {
            titles.push(word.to_string());
            at -= 1;
        } else {
            break;
        }
    }
    // A shadow, former or deputy holder does not hold the office itself. A
    // former one is titled so ("Former President Bill Clinton" is "the
    // former president").
    let former =
        titles.iter().any(|t| matches!(t.as_str(), "former" | "ex")) || (at > 0 && doc.word(at - 1) == "former");
    let lesser_title = titles.iter().any(|t| matches!(t.as_str(), "shadow" | "deputy"));
    if former || lesser_title || (at > 0 && matches!(doc.word(at - 1), "shadow" | "deputy")) {
        // The whole title after "former" is one: "Former Vice President
        // Joe Biden" is no "former president".
        let office: Vec<&str> =
            titles.iter().filter(|t| !matches!(t.as_str(), "former" | "ex")).map(String::as_str).collect();
        let words = if former && !office.is_empty() && !lesser_title {
            vec![format!("former {}", office.join(" "))]
        } else {
            Vec::new()
        };
        return Titles { words, foreign: false, countries: vec![] };
    }
    // "Israel’s Prime Minister Benjamin Netanyahu", "Prime Minister of
    // Australia Anthony Albanese": a title of another country's office is not
    // the bare "the Prime Minister" of the text; the office table decides
    // that one. Only what the honorifics say of gender is kept.
    let country_word = |raw: &str| {
        let raw = raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s")).unwrap_or(raw);
        readout_offices::country_of_cue(raw).is_some()
    };
    // "President Emmanuel Macron of France": the country after the name.
    let end = mention.tokens.1;
    let country_after = (end + 1 < doc.len() && doc.word(end) == "of" && !titles.is_empty())
        .then(|| {
            (1..=3).rev().find_map(|length| {
                let words: Vec<&str> = (end + 1..(end + 1 + length).min(doc.len())).map(|t| doc.raw(t)).collect();
                (words.len() == length && words.iter().all(|w| w.starts_with(char::is_uppercase)))
                    .then(|| country_word_code(&words.join(" ")))
                    .flatten()
            })
        })
        .flatten();
    let demonym = |raw: &str| crate::name_words::looks_like_demonym(raw) && !is_descriptor_title(raw);
    // A title that is also a country's cue ("Taoiseach") is that country's
    // own office, not a qualifier of another title.
    let qualified = titles.iter().any(|t| t == "of" || country_word(t) && !crate::kind_words::is_honorific(t))
        || (at > 0 && (country_word(doc.raw(at - 1)) || demonym(doc.raw(at - 1))))
        || (mention.tokens.0..mention.tokens.1).any(|t| {
            demonym(doc.raw(t)) && t + 1 < mention.tokens.1 && crate::kind_words::is_honorific(doc.word(t + 1))
        })
        || country_after.is_some();
    if qualified {
        // "French President", "Prime Minister of New Zealand".
        let after_of = titles.iter().position(|t| t == "of").map(|of| titles[of + 1..].join(" "));
        let countries = titles
            .iter()
            .map(|t| country_word_code(t))
            .chain(after_of.as_deref().map(country_word_code))
            .chain((at > 0).then(|| country_word_code(doc.raw(at - 1))))
            .flatten()
            .chain(country_after)
            .collect();
        return Titles {
            words: titles.into_iter().filter(|t| Gender::of_honorific(t).is_some()).collect(),
            foreign: true,
            countries,
        };
    }
    let joined = titles.join(" ");
    let mut out = titles;
    // A vice president is not the president.
    if out.iter().any(|t| t == "vice") {
        out.retain(|t| t != "president");
        out.push("vice president".into());
    }
    if joined.contains("president-elect") || joined.contains("president elect") {
        out.push("incoming president".into());
    }
    if joined.contains("prime minister") || (joined.contains("prime") && joined.contains("minister")) {
        out.push("prime minister".into());
    }
    Titles { words: out, foreign: false, countries: vec![] }
}

/// Party labels and offices that have a demonym's shape ("Republican",
/// "Democratic") are no country.
pub(super) fn is_descriptor_title(raw: &str) -> bool {
    matches!(
        raw.to_lowercase().as_str(),
        "republican" | "democratic" | "christian" | "chairman" | "chairwoman" | "chief"
    )
}

/// The country a title's word names: "french", "Israel’s", "new zealand".
pub(super) fn country_word_code(raw: &str) -> Option<&'static str> {
    let raw = raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s")).unwrap_or(raw);
    readout_offices::country_of_cue(raw).or_else(|| {
        let capitalised: String = raw
            .split(' ')
            .map(|w| {
                let mut chars = w.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        crate::gazetteer::country_code(&capitalised)
    })
}
