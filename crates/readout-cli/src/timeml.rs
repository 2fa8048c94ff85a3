//! The TimeML layout: a record in, a TimeML document out — the text with
//! each time expression inline as a `TIMEX3` element (`tid`, `type`,
//! `value`) and the publication date as the document creation time in
//! `DCT`, the form TempEval scorers and TimeML tools read.
//!
//! Record offsets count code points, so the text is walked by characters;
//! `&`, `<` and `>` are escaped, and expressions that overlap an earlier one
//! (none should) are left out rather than nested.

use readout_record::Record;
use std::fmt::Write as _;

fn escape(text: &str, out: &mut String) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
}

/// The record as a TimeML document.
pub fn timeml(record: &Record) -> String {
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
    escape(&record.id, &mut out);
    out.push_str("</DOCID>\n");
    if let Some(date) = &record.date {
        out.push_str("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"");
        escape(date, &mut out);
        out.push_str("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        escape(date, &mut out);
        out.push_str("</TIMEX3></DCT>\n");
    }
    out.push_str("<TEXT>");
    let characters: Vec<char> = record.text.chars().collect();
    let mut position = 0;
    let mut tid = 0;
    for time in &record.times {
        if time.start < position || time.end > characters.len() || time.start >= time.end {
            continue;
        }
        escape(&characters[position..time.start].iter().collect::<String>(), &mut out);
        tid += 1;
        let kind = time.kind.map_or("DATE".to_string(), |kind| kind.as_str().to_uppercase());
        let _ = write!(out, "<TIMEX3 tid=\"t{tid}\" type=\"{kind}\" value=\"");
        escape(&time.value, &mut out);
        out.push_str("\">");
        escape(&characters[time.start..time.end].iter().collect::<String>(), &mut out);
        out.push_str("</TIMEX3>");
        position = time.end;
    }
    escape(&characters[position.min(characters.len())..].iter().collect::<String>(), &mut out);
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_record::{TimeExpression, TimeType};

    #[test]
    fn inline_timex3_and_dct() {
        let record = Record {
            id: "a&b".into(),
            source: "a.txt".into(),
            title: None,
            date: Some("1998-08-07".into()),
            text: "Née <b> left Friday for three years.".into(),
            boilerplate: vec![],
            entities: vec![],
            quotes: vec![],
            times: vec![
                TimeExpression {
                    start: 13,
                    end: 19,
                    text: "Friday".into(),
                    value: "1998-08-07".into(),
                    kind: Some(TimeType::Date),
                },
                TimeExpression {
                    start: 24,
                    end: 35,
                    text: "three years".into(),
                    value: "P3Y".into(),
                    kind: Some(TimeType::Duration),
                },
            ],
            events: vec![],
            diagnostics: vec![],
        };
        assert_eq!(
            timeml(&record),
            "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>a&amp;b</DOCID>\n\
             <DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n\
             <TEXT>Née &lt;b&gt; left <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> for \
             <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.</TEXT>\n</TimeML>\n"
        );
    }
}
