//! Checks on the shipped data: the builtin table in, coverage and
//! consistency verdicts out (G20 heads with no gaps 2000-01-01..2026-11-25,
//! no overlapping periods, current holders, sensible names and titles).

use readout_offices::{Date, OfficeHolder, OfficeTable};

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
        let mut d = Date::parse("2000-01-01").unwrap();
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
fn heads_of_government_cover_g20_since_2000() {
    // Every member also has a head of government every month (EU: the
    // Commission President), so "prime minister"-style lookups never gap.
    let last = Date::parse("2026-11-25").unwrap();
    for &country in G20 {
        let mut d = Date::parse("2000-01-01").unwrap();
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
