//! Role phrases: "the Prime Minister", a country and a date in; the office
//! holder meant out.
//!
//! The phrase is lowercased, hyphens become spaces, determiners ("the",
//! "new") are dropped and a country word ("British", "of France") picks the
//! country. `data/role_nouns.tsv` then maps the phrase, in the article's
//! country, to an office key, and the holder's title must fit the phrase
//! (so "prime minister" never resolves to the US President).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::country::{split_country_prefix, split_country_suffix};
use crate::date::Date;
use crate::holder::OfficeHolder;
use crate::table::{normalize_country, OfficeTable};

const ROLES_TSV: &str = include_str!("../data/role_nouns.tsv");

/// Words dropped from the front of a role phrase.
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "their",
    "his",
    "her",
    "its",
    "new",
    "current",
    "sitting",
    "incumbent",
    "serving",
    "outgoing",
    "then",
    "country's",
    "nation's",
];

/// Words that make a phrase refer to someone other than the holder on the date.
const NOT_CURRENT: &[&str] =
    &["former", "ex", "late", "previous", "past", "future", "next", "erstwhile", "would be", "deputy to"];

/// Which article country a role row applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Context {
    /// `*`: any country, known or not.
    Any,
    /// `-`: no country known.
    Unknown,
    Country(String),
}

#[derive(Debug, Clone)]
struct RoleRow {
    context: Context,
    /// `None`: ambiguous in this context.
    office: Option<String>,
    /// `None`: the article's country.
    country: Option<String>,
    /// Lowercase words, one of which the holder's title must contain.
    titles: Vec<String>,
}

impl RoleRow {
    /// Whether a holder's title fits the row ("President" for "the
    /// president", where the office has other titles too).
    fn fits_title(&self, title: &str) -> bool {
        let title = title.to_lowercase();
        self.titles.is_empty() || self.titles.iter().any(|t| title.contains(t.as_str()))
    }
}

fn role_nouns() -> &'static HashMap<String, Vec<RoleRow>> {
    static ROLES: OnceLock<HashMap<String, Vec<RoleRow>>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut map: HashMap<String, Vec<RoleRow>> = HashMap::new();
        for (i, line) in ROLES_TSV.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("phrase\t") {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [phrase, context, office, country, titles] = cols.as_slice() else {
                panic!("role_nouns.tsv line {}: expected 5 columns", i + 1);
            };
            let context = match *context {
                "*" => Context::Any,
                "-" => Context::Unknown,
                code => Context::Country(normalize_country(code)),
            };
            let nonempty = |s: &str| (!s.is_empty()).then(|| s.to_string());
            map.entry(normalize(phrase)).or_default().push(RoleRow {
                context,
                office: nonempty(office),
                country: nonempty(country).map(|c| normalize_country(&c)),
                titles: titles.split('|').filter(|t| !t.is_empty()).map(str::to_lowercase).collect(),
            });
        }
        map
    })
}

/// Lowercases, turns hyphens into spaces, drops surrounding punctuation and
/// a trailing possessive, and collapses whitespace.
fn normalize(phrase: &str) -> String {
    let lower = phrase.to_lowercase().replace(['-', '\u{2010}', '\u{2013}', '_'], " ").replace('\u{2019}', "'");
    let mut s = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let trim: &[char] = &['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '\u{201c}', '\u{201d}'];
    loop {
        let t = s.trim_matches(trim).trim();
        let t = t.strip_suffix("'s").unwrap_or(t);
        if t.len() == s.len() {
            return s;
        }
        s = t.to_string();
    }
}

/// Drops leading determiners; `None` if the phrase is about a past or
/// future holder ("former prime minister").
fn strip_determiners(mut s: &str) -> Option<&str> {
    loop {
        if NOT_CURRENT.iter().any(|w| s == *w || s.starts_with(&format!("{w} "))) {
            return None;
        }
        match DETERMINERS.iter().find_map(|d| s.strip_prefix(d).and_then(|r| r.strip_prefix(' '))) {
            Some(rest) => s = rest,
            None => return Some(s),
        }
    }
}

/// The role-table phrase and any country the phrase itself names.
fn parse_phrase(phrase: &str) -> Option<(String, Option<&'static str>)> {
    let normalized = normalize(phrase);
    let mut s = strip_determiners(&normalized)?;
    let roles = role_nouns();
    let mut named = None;
    for _ in 0..3 {
        if roles.contains_key(s) {
            return Some((s.to_string(), named));
        }
        let (country, rest) = split_country_prefix(s).or_else(|| split_country_suffix(s))?;
        named = Some(country);
        s = strip_determiners(rest)?;
    }
    None
}

/// Whether `phrase` ("the Prime Minister", "French president") names an
/// office readout knows, whatever the country or date.
pub fn is_role_phrase(phrase: &str) -> bool {
    parse_phrase(phrase).is_some()
}

/// The country a role phrase names itself ("the President of Russia" is
/// `RU`, "French president" `FR`), not the one a text is about.
pub fn role_country(role_phrase: &str) -> Option<&'static str> {
    parse_phrase(role_phrase)?.1
}

/// The office a role phrase names, read in `country` where the phrase
/// names none: its row of the role list and the country whose office it is.
fn office_of_role(role_phrase: &str, country: Option<&str>) -> Option<(&'static RoleRow, String)> {
    let (phrase, named) = parse_phrase(role_phrase)?;
    let context = named.map(str::to_string).or_else(|| country.map(normalize_country));
    let rows = role_nouns().get(&phrase)?;
    let pick = |want: &Context| rows.iter().find(|r| &r.context == want);
    let row = match &context {
        Some(c) => pick(&Context::Country(c.clone())).or_else(|| pick(&Context::Any)),
        None => pick(&Context::Unknown).or_else(|| pick(&Context::Any)),
    }?;
    let target = row.country.clone().or(context)?;
    Some((row, target))
}

impl OfficeTable {
    /// The holder of the office `role_phrase` names, in `country` (the
    /// article's country, if known) on `date` (`YYYY-MM-DD`). A country word
    /// in the phrase overrides `country`. `None` when the phrase is unknown,
    /// ambiguous without a country, or nobody fitting held the office.
    pub fn resolve_role(&self, role_phrase: &str, country: Option<&str>, date: &str) -> Option<&OfficeHolder> {
        let date = Date::parse(date.trim())?;
        let (row, target) = office_of_role(role_phrase, country)?;
        let holder = self.holder_on(&target, row.office.as_deref()?, date)?;
        row.fits_title(&holder.title).then_some(holder)
    }

    /// Whether the person called `name` ever held the office `role_phrase`
    /// names (in `country` where the phrase names none): without a date,
    /// "the President of Russia" can still be the Vladimir Putin a text
    /// names, and never its Barack Obama.
    pub fn ever_held(&self, role_phrase: &str, country: Option<&str>, name: &str) -> bool {
        let Some((row, target)) = office_of_role(role_phrase, country) else { return false };
        let Some(office) = row.office.as_deref() else { return false };
        self.holders_named(name).any(|h| h.country == target && h.office == office && row.fits_title(&h.title))
    }

    /// Whether the person called `name` had left the office `role_phrase`
    /// names by `date` (`YYYY-MM-DD`): "the former president" of a text of
    /// 2016 may be Bill Clinton, never Joe Biden.
    pub fn held_before(&self, role_phrase: &str, country: Option<&str>, name: &str, date: &str) -> bool {
        let Some(date) = Date::parse(date) else { return false };
        let Some((row, target)) = office_of_role(role_phrase, country) else { return false };
        let Some(office) = row.office.as_deref() else { return false };
        // The title itself, not one that holds its words: a former vice
        // president is no former president.
        let title: Vec<&str> =
            role_phrase.split(' ').filter(|w| !matches!(w.to_lowercase().as_str(), "the" | "former")).collect();
        let title = title.join(" ");
        self.holders_named(name).any(|h| {
            h.country == target
                && h.office == office
                && h.title.eq_ignore_ascii_case(&title)
                && h.end.is_some_and(|end| end <= date)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(phrase: &str, country: Option<&str>, date: &str, want: Option<&str>) {
        let got = OfficeTable::builtin().resolve_role(phrase, country, date).map(|h| h.name.as_str());
        assert_eq!(got, want, "{phrase:?} in {country:?} on {date}");
    }

    #[test]
    fn a_former_holder_left_office_before_the_date() {
        let table = OfficeTable::builtin();
        assert!(table.held_before("the president", Some("US"), "Bill Clinton", "2016-10-01"));
        assert!(!table.held_before("the president", Some("US"), "Joe Biden", "2019-06-05"));
        assert!(!table.held_before("the president", Some("US"), "Barack Obama", "2016-10-01"));
        // A former vice president is no former president.
        assert!(!table.held_before("the president", Some("US"), "Joe Biden", "2018-03-12"));
    }

    #[test]
    fn british_roles() {
        check("the Prime Minister", Some("GB"), "2024-12-18", Some("Keir Starmer"));
        check("Prime Minister", Some("GB"), "2023-01-01", Some("Rishi Sunak"));
        check("the PM", Some("UK"), "2020-05-01", Some("Boris Johnson"));
        check("the prime minister's", Some("GB"), "2017-03-01", Some("Theresa May"));
        check("the Chancellor", Some("GB"), "2024-12-18", Some("Rachel Reeves"));
        check("the Foreign Secretary", None, "2024-12-18", Some("David Lammy"));
        check("Home Secretary", Some("GB"), "2026-01-01", Some("Shabana Mahmood"));
        check("the Deputy Prime Minister", Some("GB"), "2024-12-18", Some("Angela Rayner"));
        check("Leader of the Opposition", Some("GB"), "2024-12-18", Some("Kemi Badenoch"));
        check("the King", Some("GB"), "2024-12-18", Some("Charles III"));
        check("the King", None, "2024-12-18", Some("Charles III"));
        check("the Queen", Some("GB"), "2010-01-01", Some("Elizabeth II"));
        check("the King", Some("GB"), "2010-01-01", None);
        check("the British prime minister", Some("US"), "2024-12-18", Some("Keir Starmer"));
        check("Britain's new prime minister", None, "2024-07-06", Some("Keir Starmer"));
        check("the former prime minister", Some("GB"), "2024-12-18", None);
        check("the ex-prime minister", Some("GB"), "2024-12-18", None);
        check("the secretary of state", Some("GB"), "2024-12-18", None);
    }

    #[test]
    fn american_roles() {
        check("the president", Some("US"), "2016-03-01", Some("Barack Obama"));
        check("President", Some("us"), "2025-02-01", Some("Donald Trump"));
        check("the incoming president", Some("US"), "2024-12-18", Some("Donald Trump"));
        check("President-elect", Some("US"), "2024-12-18", Some("Donald Trump"));
        check("the president-elect", None, "2020-12-01", Some("Joe Biden"));
        check("the president-elect", Some("US"), "2023-12-18", None);
        check("the US president", None, "2016-03-01", Some("Barack Obama"));
        check("the President of the United States", None, "2009-06-01", Some("Barack Obama"));
        check("the Secretary of State", Some("US"), "2014-01-01", Some("John Kerry"));
        check("the vice-president", Some("US"), "2022-01-01", Some("Kamala Harris"));
        check("the prime minister", Some("US"), "2016-03-01", None);
        check("the president", None, "2016-03-01", None);
    }

    #[test]
    fn a_role_names_its_own_country_and_who_ever_held_it() {
        assert_eq!(role_country("the President of Russia"), Some("RU"));
        assert_eq!(role_country("the president"), None);
        let table = OfficeTable::builtin();
        assert!(table.ever_held("the President of Russia", None, "Vladimir Putin"));
        assert!(!table.ever_held("the President of Russia", None, "Barack Obama"));
        assert!(table.ever_held("the Prime Minister", Some("GB"), "Boris Johnson"));
        assert!(!table.ever_held("the Prime Minister", Some("GB"), "Barack Obama"));
    }

    #[test]
    fn other_countries() {
        check("the Chancellor", Some("DE"), "2010-06-01", Some("Angela Merkel"));
        check("German Chancellor", None, "2025-06-01", Some("Friedrich Merz"));
        check("the Chancellor", None, "2010-06-01", None);
        check("the president", Some("DE"), "2020-01-01", Some("Frank-Walter Steinmeier"));
        check("the French president", Some("GB"), "2020-01-01", Some("Emmanuel Macron"));
        check("the prime minister", Some("FR"), "2025-10-01", Some("Sébastien Lecornu"));
        check("the Japanese prime minister", None, "2024-12-18", Some("Shigeru Ishiba"));
        check("Chinese premier", None, "2024-12-18", Some("Li Qiang"));
        check("the prime minister", Some("CN"), "2024-12-18", Some("Li Qiang"));
        check("the prime minister", Some("TR"), "2015-01-01", Some("Ahmet Davutoğlu"));
        check("the prime minister", Some("TR"), "2020-01-01", None);
        check("the president", Some("TR"), "2020-01-01", Some("Recep Tayyip Erdoğan"));
        check("the Emperor", Some("JP"), "2020-01-01", Some("Naruhito"));
        check("the president", Some("SA"), "2020-01-01", None);
        check("the Taoiseach", None, "2024-12-18", Some("Simon Harris"));
        check("the Commission president", None, "2024-12-18", Some("Ursula von der Leyen"));
        check("the president", Some("EU"), "2024-12-18", None);
        check("the Canadian prime minister", None, "2025-04-01", Some("Mark Carney"));
    }

    #[test]
    fn non_roles() {
        check("the spokesman", Some("GB"), "2024-12-18", None);
        check("", Some("GB"), "2024-12-18", None);
        check("the Prime Minister", Some("GB"), "18 December 2024", None);
        assert!(is_role_phrase("the Prime Minister"));
        assert!(is_role_phrase("the French president"));
        assert!(!is_role_phrase("the former president"));
        assert!(!is_role_phrase("a spokeswoman"));
    }
}
