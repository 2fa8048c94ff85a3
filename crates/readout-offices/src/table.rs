//! The office table: TSV text (builtin or user-supplied) in; lookups of who
//! held an office in a country on a date, and which offices a person held, out.
//!
//! Columns: `country office title name start end`, tab-separated. Blank lines
//! and lines starting with `#` are ignored, as is a header line whose first
//! column is `country`. Periods are half-open `[start, end)`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::date::Date;
use crate::error::OfficeError;
use crate::holder::OfficeHolder;

const BUILTIN_TSV: &str = include_str!("../data/office_holders.tsv");

/// A dated table of office holders, indexed by (country, office).
#[derive(Debug, Clone, Default)]
pub struct OfficeTable {
    rows: Vec<OfficeHolder>,
    /// (country, office) → indices into `rows`, sorted by start date.
    index: HashMap<(String, String), Vec<usize>>,
    /// Folded name → indices into `rows`, in table order: who held what is
    /// asked for every person a text names.
    by_name: HashMap<String, Vec<usize>>,
    /// Lower-case word a holder may be called by with a title (see
    /// [`OfficeTable::holders_maybe_called`]) → indices into `rows`.
    by_surname: HashMap<String, Vec<usize>>,
}

impl OfficeTable {
    /// The table shipped with readout, parsed once.
    pub fn builtin() -> &'static OfficeTable {
        static TABLE: OnceLock<OfficeTable> = OnceLock::new();
        TABLE.get_or_init(|| OfficeTable::from_tsv(BUILTIN_TSV).unwrap_or_else(|e| panic!("builtin office table: {e}")))
    }

    /// An empty table.
    pub fn new() -> OfficeTable {
        OfficeTable::default()
    }

    /// Parses a table; periods of one (country, office) must not overlap.
    pub fn from_tsv(text: &str) -> Result<OfficeTable, OfficeError> {
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = raw.split('\t').map(str::trim).collect();
            if cols[0].eq_ignore_ascii_case("country") && rows.is_empty() {
                continue;
            }
            rows.push(parse_row(line, &cols)?);
            lines.push(line);
        }
        check_overlaps(&rows, &lines)?;
        Ok(OfficeTable::indexed(rows))
    }

    fn indexed(mut rows: Vec<OfficeHolder>) -> OfficeTable {
        rows.sort_by(|a, b| (&a.country, &a.office, a.start).cmp(&(&b.country, &b.office, b.start)));
        let mut index: HashMap<(String, String), Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            index.entry((r.country.clone(), r.office.clone())).or_default().push(i);
            by_name.entry(fold_name(&r.name)).or_default().push(i);
            for surname in surname_keys(&r.name) {
                let ids = by_surname.entry(surname).or_default();
                if ids.last() != Some(&i) {
                    ids.push(i);
                }
            }
        }
        OfficeTable { rows, index, by_name, by_surname }
    }

    /// The rows of holders who may be called `surname` with a title ("King
    /// Abdullah", "Prime Minister Abadi"): their last word, or the word
    /// before a regnal number, with or without an Arabic article, any case.
    /// A superset: the caller checks the name as it needs.
    pub fn holders_maybe_called<'a>(&'a self, surname: &str) -> impl Iterator<Item = &'a OfficeHolder> + 'a {
        self.by_surname.get(&surname.to_lowercase()).into_iter().flatten().map(|&i| &self.rows[i])
    }

    /// Adds `other`'s rows; where a row overlaps an existing one of the same
    /// (country, office), the existing row is cut back so `other` wins.
    pub fn extend(&mut self, other: OfficeTable) {
        let mut rows = std::mem::take(&mut self.rows);
        for new in &other.rows {
            rows = rows
                .into_iter()
                .flat_map(|old| if old.same_office(new) { old.without(new) } else { vec![old] })
                .collect();
        }
        rows.extend(other.rows);
        *self = OfficeTable::indexed(rows);
    }

    /// Who held `office` in `country` on `date` (`YYYY-MM-DD`). Country and
    /// office are case-insensitive; `UK` is accepted for `GB`.
    pub fn holder(&self, country: &str, office: &str, date: &str) -> Option<&OfficeHolder> {
        self.holder_on(country, office, Date::parse(date.trim())?)
    }

    /// [`OfficeTable::holder`] with a parsed date.
    pub fn holder_on(&self, country: &str, office: &str, date: Date) -> Option<&OfficeHolder> {
        let key = (normalize_country(country), office.trim().to_ascii_lowercase());
        let ids = self.index.get(&key)?;
        let after = ids.partition_point(|&i| self.rows[i].start <= date);
        let row = &self.rows[ids[after.checked_sub(1)?]];
        row.covers(date).then_some(row)
    }

    /// Every period of office of the person called `name` (case-insensitive,
    /// whitespace-normalised), in table order.
    pub fn holders_named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a OfficeHolder> + 'a {
        self.by_name.get(&fold_name(name)).into_iter().flatten().map(|&i| &self.rows[i])
    }

    /// All rows, sorted by country, office and start.
    pub fn iter(&self) -> impl Iterator<Item = &OfficeHolder> {
        self.rows.iter()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Uppercases an ISO code and maps the common `UK` to `GB`.
pub(crate) fn normalize_country(country: &str) -> String {
    let c = country.trim().to_ascii_uppercase();
    if c == "UK" {
        "GB".to_string()
    } else {
        c
    }
}

/// The lower-case words a holder named `name` may be called by with a
/// title: the last word, or the one before a regnal number ("Abdullah II"),
/// each also without an "al-"/"el-" article.
fn surname_keys(name: &str) -> Vec<String> {
    let mut words = name.rsplit(' ');
    let last = words.next().unwrap_or(name);
    let regnal = !last.is_empty() && last.len() <= 4 && last.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let mut keys = vec![last.to_lowercase()];
    if regnal {
        if let Some(before) = words.next() {
            keys.push(before.to_lowercase());
        }
    }
    let without_articles: Vec<String> = keys
        .iter()
        .filter_map(|key| ["al-", "el-"].iter().find_map(|article| key.strip_prefix(article)).map(str::to_string))
        .collect();
    keys.extend(without_articles);
    keys
}

fn fold_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn parse_row(line: usize, cols: &[&str]) -> Result<OfficeHolder, OfficeError> {
    // A missing trailing `end` column (current holder) is tolerated.
    if cols.len() != 6 && cols.len() != 5 {
        return Err(OfficeError::Columns { line, found: cols.len() });
    }
    let names = ["country", "office", "title", "name", "start"];
    for (col, value) in names.iter().zip(cols) {
        if value.is_empty() {
            return Err(OfficeError::Empty { line, column: col });
        }
    }
    let country = normalize_country(cols[0]);
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(OfficeError::Country { line, value: cols[0].to_string() });
    }
    let office = cols[1];
    if !office.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
        return Err(OfficeError::Office { line, value: office.to_string() });
    }
    let date = |column: &'static str, value: &str| {
        Date::parse(value).ok_or_else(|| OfficeError::Date { line, column, value: value.to_string() })
    };
    let start = date("start", cols[4])?;
    let end = match cols.get(5) {
        Some(v) if !v.is_empty() => Some(date("end", v)?),
        _ => None,
    };
    if let Some(e) = end {
        if e <= start {
            return Err(OfficeError::Order { line, start: start.to_string(), end: e.to_string() });
        }
    }
    Ok(OfficeHolder {
        country,
        office: office.to_string(),
        title: cols[2].to_string(),
        name: cols[3].to_string(),
        start,
        end,
    })
}

fn check_overlaps(rows: &[OfficeHolder], lines: &[usize]) -> Result<(), OfficeError> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&rows[a], &rows[b]);
        (&ra.country, &ra.office, ra.start, lines[a]).cmp(&(&rb.country, &rb.office, rb.start, lines[b]))
    });
    for pair in order.windows(2) {
        let (a, b) = (&rows[pair[0]], &rows[pair[1]]);
        if a.same_office(b) && a.overlaps(b) {
            let (line, other) = (lines[pair[0]].max(lines[pair[1]]), lines[pair[0]].min(lines[pair[1]]));
            let later = if lines[pair[0]] == line { a } else { b };
            return Err(OfficeError::Overlap {
                line,
                other,
                country: later.country.clone(),
                office: later.office.clone(),
                start: later.start.to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(table: &OfficeTable, country: &str, office: &str, date: &str, want: Option<&str>) {
        let got = table.holder(country, office, date).map(|h| h.name.as_str());
        assert_eq!(got, want, "{country} {office} on {date}");
    }

    fn check_error(tsv: &str, want: &str) {
        match OfficeTable::from_tsv(tsv) {
            Ok(t) => panic!("expected error {want:?}, parsed {} rows", t.len()),
            Err(e) => assert_eq!(e.to_string(), want),
        }
    }

    #[test]
    fn builtin_lookups() {
        let t = OfficeTable::builtin();
        check(t, "GB", "head_of_government", "2024-12-18", Some("Keir Starmer"));
        check(t, "GB", "head_of_government", "2024-07-05", Some("Keir Starmer"));
        check(t, "GB", "head_of_government", "2024-07-04", Some("Rishi Sunak"));
        check(t, "gb", "head_of_government", "2023-01-01", Some("Rishi Sunak"));
        check(t, "UK", "head_of_government", "2020-06-01", Some("Boris Johnson"));
        check(t, "GB", "head_of_government", "2017-06-01", Some("Theresa May"));
        check(t, "GB", "head_of_government", "2022-10-01", Some("Liz Truss"));
        check(t, "GB", "chancellor_of_the_exchequer", "2024-12-18", Some("Rachel Reeves"));
        check(t, "GB", "head_of_state", "2022-09-07", Some("Elizabeth II"));
        check(t, "GB", "head_of_state", "2022-09-08", Some("Charles III"));
        check(t, "US", "head_of_state", "2016-03-01", Some("Barack Obama"));
        check(t, "US", "head_of_state_elect", "2024-12-18", Some("Donald Trump"));
        check(t, "US", "head_of_state_elect", "2023-12-18", None);
        check(t, "DE", "head_of_government", "2010-01-01", Some("Angela Merkel"));
        check(t, "DE", "head_of_government", "2025-05-06", Some("Friedrich Merz"));
        check(t, "JP", "head_of_government", "2024-12-18", Some("Shigeru Ishiba"));
        check(t, "JP", "head_of_government", "2025-11-01", Some("Sanae Takaichi"));
        check(t, "CA", "head_of_government", "2025-04-01", Some("Mark Carney"));
        check(t, "GB", "head_of_government", "1970-01-01", None);
        check(t, "GB", "head_of_government", "not a date", None);
        check(t, "XX", "head_of_government", "2020-01-01", None);
    }

    const USER: &str = "country\toffice\ttitle\tname\tstart\tend\n\
        # a fictional caretaker\n\
        GB\thead_of_government\tPrime Minister\tJane Doe\t2023-01-01\t2023-02-01\n\
        ZZ\thead_of_state\tPresident\tJohn Roe\t2020-01-01\t\n";

    #[test]
    fn user_rows_take_precedence() {
        let mut t = OfficeTable::builtin().clone();
        t.extend(OfficeTable::from_tsv(USER).unwrap());
        check(&t, "GB", "head_of_government", "2022-12-31", Some("Rishi Sunak"));
        check(&t, "GB", "head_of_government", "2023-01-01", Some("Jane Doe"));
        check(&t, "GB", "head_of_government", "2023-01-31", Some("Jane Doe"));
        check(&t, "GB", "head_of_government", "2023-02-01", Some("Rishi Sunak"));
        check(&t, "GB", "head_of_government", "2024-12-18", Some("Keir Starmer"));
        check(&t, "ZZ", "head_of_state", "2026-01-01", Some("John Roe"));
        assert_eq!(t.holders_named("rishi  SUNAK").filter(|h| h.office == "head_of_government").count(), 2);
        assert_eq!(t.len(), OfficeTable::builtin().len() + 3);
    }

    #[test]
    fn holders_named_lists_offices() {
        let t = OfficeTable::builtin();
        let offices: Vec<&str> = t.holders_named("Keir Starmer").map(|h| h.office.as_str()).collect();
        assert!(offices.contains(&"head_of_government"), "{offices:?}");
        assert!(offices.contains(&"leader_of_the_opposition"), "{offices:?}");
        assert_eq!(t.holders_named("Nobody In Particular").count(), 0);
    }

    #[test]
    fn holders_are_found_by_the_word_a_title_calls_them() {
        let t = OfficeTable::from_tsv(
            "JO\thead_of_state\tKing\tAbdullah II\t1999-02-07\t\n             IQ\thead_of_government\tPrime Minister\tHaider al-Abadi\t2014-09-08\t2018-10-25\n             GB\thead_of_government\tPrime Minister\tKeir Starmer\t2024-07-05\t\n",
        )
        .unwrap();
        let called =
            |surname: &str| -> Vec<String> { t.holders_maybe_called(surname).map(|h| h.name.clone()).collect() };
        assert_eq!(called("Abdullah"), ["Abdullah II"]);
        assert_eq!(called("abadi"), ["Haider al-Abadi"]);
        assert_eq!(called("Starmer"), ["Keir Starmer"]);
        assert!(called("Keir").is_empty());
    }

    #[test]
    fn malformed_tables() {
        check_error(
            "GB\thead_of_government\tPrime Minister\tX\t2010-13-01\t\n",
            "line 1: start date 2010-13-01 is not a date",
        );
        check_error(
            "country\toffice\ttitle\tname\tstart\tend\n\nGB\tx\tT\tN\t2010-01-01\t2010-13-01\n",
            "line 3: end date 2010-13-01 is not a date",
        );
        check_error(
            "GB\tx\tT\tN\n",
            "line 1: expected 6 tab-separated columns (country, office, title, name, start, end), found 4",
        );
        check_error("GB\tx\tT\t\t2010-01-01\t\n", "line 1: name is empty");
        check_error("GBR\tx\tT\tN\t2010-01-01\t\n", "line 1: country \"GBR\" is not a two-letter code");
        check_error(
            "GB\tPrime Minister\tT\tN\t2010-01-01\t\n",
            "line 1: office \"Prime Minister\" is not a key of lowercase letters, digits and underscores",
        );
        check_error(
            "GB\tx\tT\tN\t2010-01-01\t2010-01-01\n",
            "line 1: end date 2010-01-01 is not after start date 2010-01-01",
        );
        check_error(
            "GB\tx\tT\tA\t2010-01-01\t2012-01-01\nGB\tx\tT\tB\t2011-01-01\t\n",
            "line 2: GB x period from 2011-01-01 overlaps the period on line 1",
        );
        // Same dates, different office: fine.
        assert!(OfficeTable::from_tsv("GB\tx\tT\tA\t2010-01-01\t\nGB\ty\tT\tB\t2010-01-01\t\n").is_ok());
    }
}
