//! Checks on the shipped data: the builtin table in, coverage and
//! consistency verdicts out (G20 heads with no gaps 1990-01-01..2026-11-25,
//! foreign ministers without month-long gaps since 2010, no overlapping
//! periods, current holders, sensible names and titles, role phrases and
//! country cues for the offices and countries the table covers).

use readout_offices::{country_of_cue, guess_country, Date, OfficeHolder, OfficeTable};

const G20: &[&str] = &[
    "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "MX", "RU", "SA", "ZA", "KR", "TR", "GB", "US",
    "EU",
];

fn table() -> &'static OfficeTable {
    OfficeTable::builtin()
}

fn check(country: &str, office: &str, date: &str, want: &str) {
    let got = table().holder(country, office, date).map(|h| h.name.as_str());
    assert_eq!(got, Some(want), "{country} {office} on {date}");
}

#[test]
fn every_g20_member_has_a_head_every_month() {
    let last = Date::parse("2026-11-25").unwrap();
    let mut gaps = Vec::new();
    for &country in G20 {
        let mut d = Date::parse("1990-01-01").unwrap();
        while d <= last {
            let found = ["head_of_government", "head_of_state"]
                .iter()
                .any(|office| table().holder_on(country, office, d).is_some());
            if !found {
                gaps.push(format!("{country} {d}"));
            }
            d = d.next_month();
        }
        assert!(
            table().holder(country, "head_of_state", "2026-11-25").is_some()
                || table().holder(country, "head_of_government", "2026-11-25").is_some()
        );
    }
    assert!(gaps.is_empty(), "no head of state or government on: {gaps:?}");
}

#[test]
fn heads_of_government_cover_g20_since_1990() {
    // Every member also has a head of government every month (EU: the
    // Commission President), so "prime minister"-style lookups never gap.
    let last = Date::parse("2026-11-25").unwrap();
    for &country in G20 {
        let mut d = Date::parse("1990-01-01").unwrap();
        while d <= last {
            assert!(table().holder_on(country, "head_of_government", d).is_some(), "{country} {d}");
            d = d.next_month();
        }
    }
}

#[test]
fn periods_of_one_office_never_overlap() {
    let rows: Vec<&OfficeHolder> = table().iter().collect();
    for pair in rows.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.same_office(b) {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            assert!(a.end.is_some(), "{a:?} has no end but is followed by {b:?}");
        }
    }
}

#[test]
fn rows_are_well_formed() {
    for r in table().iter() {
        assert_eq!(r.name.trim(), r.name, "{r:?}");
        assert!(!r.name.contains("  "), "{r:?}");
        for honorific in ["Sir ", "Dame ", "Mr ", "Mrs ", "Dr ", "Lord "] {
            assert!(!r.name.starts_with(honorific), "honorific in {r:?}");
        }
        assert!(r.start < Date::parse("2026-11-26").unwrap(), "{r:?}");
    }
    assert!(table().len() > 350, "{} rows", table().len());
}

#[test]
fn known_transitions() {
    let cases = [
        ("GB", "head_of_government", "2000-01-01", "Tony Blair"),
        ("GB", "head_of_government", "2007-06-27", "Gordon Brown"),
        ("GB", "head_of_government", "2010-05-11", "David Cameron"),
        ("GB", "head_of_government", "2016-07-13", "Theresa May"),
        ("GB", "head_of_government", "2019-07-24", "Boris Johnson"),
        ("GB", "head_of_government", "2022-09-06", "Liz Truss"),
        ("GB", "head_of_government", "2022-10-25", "Rishi Sunak"),
        ("GB", "head_of_government", "2024-07-05", "Keir Starmer"),
        ("US", "head_of_state", "2001-01-20", "George W. Bush"),
        ("US", "head_of_government", "2016-03-01", "Barack Obama"),
        ("US", "head_of_state_elect", "2016-12-01", "Donald Trump"),
        ("US", "head_of_state", "2025-01-20", "Donald Trump"),
        ("DE", "head_of_government", "2005-11-22", "Angela Merkel"),
        ("DE", "head_of_government", "2025-05-06", "Friedrich Merz"),
        ("JP", "head_of_government", "2024-10-01", "Shigeru Ishiba"),
        ("JP", "head_of_government", "2025-10-21", "Sanae Takaichi"),
        ("CA", "head_of_government", "2025-03-14", "Mark Carney"),
        ("FR", "head_of_state", "2017-05-14", "Emmanuel Macron"),
        ("IT", "head_of_government", "2022-10-22", "Giorgia Meloni"),
        ("RU", "head_of_state", "2010-01-01", "Dmitry Medvedev"),
        ("RU", "head_of_government", "2010-01-01", "Vladimir Putin"),
        ("IN", "head_of_government", "2014-05-26", "Narendra Modi"),
        ("BR", "head_of_state", "2023-01-01", "Luiz Inácio Lula da Silva"),
        ("EU", "head_of_government", "2019-12-01", "Ursula von der Leyen"),
        ("EU", "head_of_state", "2024-12-01", "António Costa"),
        ("SA", "head_of_government", "2023-01-01", "Mohammed bin Salman"),
        ("KR", "head_of_state", "2025-07-01", "Lee Jae-myung"),
    ];
    for (country, office, date, name) in cases {
        check(country, office, date, name);
    }
}

/// Countries (and the EU) whose foreign minister is listed under `foreign_minister`;
/// GB's is `foreign_secretary` and the US's `secretary_of_state`.
const FOREIGN_MINISTERS: &[&str] = &["FR", "DE", "IT", "CA", "JP", "CN", "RU", "IN", "AU", "UA", "IL", "IE", "EU"];

#[test]
fn foreign_ministers_have_no_month_long_gaps_since_2010() {
    // Short vacancies (a resignation, then an appointment days later) fall
    // between the first days of two months; a missing holder would not.
    let last = Date::parse("2026-11-25").unwrap();
    let mut gaps = Vec::new();
    for &country in FOREIGN_MINISTERS {
        let mut d = Date::parse("2010-01-01").unwrap();
        while d <= last {
            if table().holder_on(country, "foreign_minister", d).is_none() {
                gaps.push(format!("{country} {d}"));
            }
            d = d.next_month();
        }
        let first = table().iter().find(|r| r.country == country && r.office == "foreign_minister").unwrap();
        assert!(first.start <= Date::parse("2000-01-01").unwrap(), "{country} foreign ministers start {}", first.start);
    }
    assert!(gaps.is_empty(), "no foreign minister on: {gaps:?}");
}

#[test]
fn israel_jordan_and_foreign_ministers() {
    let cases = [
        ("IL", "head_of_government", "2023-12-05", "Benjamin Netanyahu"),
        ("IL", "head_of_government", "1997-01-01", "Benjamin Netanyahu"),
        ("IL", "head_of_government", "2021-06-13", "Naftali Bennett"),
        ("IL", "head_of_government", "2022-06-30", "Naftali Bennett"),
        ("IL", "head_of_government", "2022-07-01", "Yair Lapid"),
        ("IL", "head_of_government", "2022-12-29", "Benjamin Netanyahu"),
        ("IL", "head_of_government", "1994-01-01", "Yitzhak Rabin"),
        ("IL", "head_of_government", "2007-01-01", "Ehud Olmert"),
        ("IL", "head_of_state", "2023-12-05", "Isaac Herzog"),
        ("IL", "head_of_state", "2010-01-01", "Shimon Peres"),
        ("JO", "head_of_state", "2024-01-01", "Abdullah II"),
        ("JO", "head_of_state", "1995-01-01", "Hussein"),
        ("IL", "foreign_minister", "2023-06-01", "Eli Cohen"),
        ("DE", "foreign_minister", "2023-01-01", "Annalena Baerbock"),
        ("DE", "foreign_minister", "2025-06-01", "Johann Wadephul"),
        ("FR", "foreign_minister", "2025-01-01", "Jean-Noël Barrot"),
        ("RU", "foreign_minister", "2024-01-01", "Sergey Lavrov"),
        ("CN", "foreign_minister", "2023-05-01", "Qin Gang"),
        ("IN", "foreign_minister", "2024-01-01", "S. Jaishankar"),
        ("JP", "foreign_minister", "2025-11-01", "Toshimitsu Motegi"),
        ("CA", "foreign_minister", "2025-06-01", "Anita Anand"),
        ("AU", "foreign_minister", "2024-01-01", "Penny Wong"),
        ("UA", "foreign_minister", "2023-01-01", "Dmytro Kuleba"),
        ("IE", "foreign_minister", "2024-01-01", "Micheál Martin"),
        ("IT", "foreign_minister", "2024-01-01", "Antonio Tajani"),
        ("EU", "foreign_minister", "2025-01-01", "Kaja Kallas"),
        ("GB", "head_of_government", "2024-12-18", "Keir Starmer"),
        ("GB", "head_of_government", "1995-01-01", "John Major"),
        ("GB", "head_of_government", "1990-01-01", "Margaret Thatcher"),
        ("US", "head_of_state", "1990-01-01", "George H. W. Bush"),
        ("DE", "head_of_government", "1995-01-01", "Helmut Kohl"),
        ("RU", "head_of_government", "1995-01-01", "Viktor Chernomyrdin"),
        ("ZA", "head_of_state", "1995-01-01", "Nelson Mandela"),
    ];
    for (country, office, date, name) in cases {
        check(country, office, date, name);
    }
}

fn resolve(phrase: &str, country: Option<&str>, date: &str) -> Option<String> {
    table().resolve_role(phrase, country, date).map(|h| h.name.clone())
}

#[test]
fn new_offices_are_reachable_from_role_phrases() {
    let cases: &[(&str, Option<&str>, &str, Option<&str>)] = &[
        ("the Prime Minister", Some("IL"), "2023-12-05", Some("Benjamin Netanyahu")),
        ("Israel's Prime Minister", Some("GB"), "2023-12-05", Some("Benjamin Netanyahu")),
        ("the Israeli president", None, "2023-12-05", Some("Isaac Herzog")),
        ("the King", Some("JO"), "2024-01-01", Some("Abdullah II")),
        ("the Jordanian king", Some("GB"), "2024-01-01", Some("Abdullah II")),
        ("the foreign minister", Some("IL"), "2023-06-01", Some("Eli Cohen")),
        ("German Foreign Minister", None, "2023-01-01", Some("Annalena Baerbock")),
        ("the Minister of Foreign Affairs", Some("RU"), "2024-01-01", Some("Sergey Lavrov")),
        ("India's external affairs minister", None, "2024-01-01", Some("S. Jaishankar")),
        ("the foreign minister", Some("GB"), "2024-12-18", Some("David Lammy")),
        ("the EU foreign policy chief", None, "2025-06-01", Some("Kaja Kallas")),
        ("the High Representative", Some("FR"), "2020-01-01", Some("Josep Borrell")),
        ("the foreign minister", None, "2024-01-01", None),
        ("the Indian foreign secretary", None, "2024-01-01", None),
        ("the foreign secretary", None, "2024-12-18", Some("David Lammy")),
    ];
    for &(phrase, country, date, want) in cases {
        assert_eq!(resolve(phrase, country, date).as_deref(), want, "{phrase:?} in {country:?} on {date}");
    }
}

#[test]
fn israel_and_jordan_country_cues() {
    assert_eq!(
        guess_country("The Knesset voted late on Monday; Israeli ministers said Israel would not back down."),
        Some("IL")
    );
    assert_eq!(
        guess_country("Jordanian officials in Amman said the Hashemite kingdom would host the talks."),
        Some("JO")
    );
    // "Jordan" alone is a first name and surname (Jordan Bardella, Jim Jordan): no cue.
    assert_eq!(country_of_cue("Jordan"), None);
    assert_eq!(country_of_cue("Jordanian"), Some("JO"));
    assert_eq!(country_of_cue("Israeli"), Some("IL"));
    assert_eq!(guess_country("Jordan Bardella said France would vote; Jordan spoke in Paris."), Some("FR"));
    // Jerusalem is claimed by Israelis and Palestinians alike: no cue.
    assert_eq!(country_of_cue("Jerusalem"), None);
}
