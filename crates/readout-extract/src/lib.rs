//! The extraction pipeline for one document: a [`Document`] in, its
//! [`Record`] out. Runs the stages in order — clean, segment, times,
//! attribute — and turns their byte ranges into the record's code-point
//! spans.
//!
//! Invariant: extract does no IO and never fails; whatever a stage could not
//! make sense of becomes a diagnostic on the record.

use readout_attribute::{analyze, CueModel, Options, PronounModel, SpanModel};
use readout_offices::OfficeTable;
use readout_record::{
    Channel, CharOffsets, Diagnostic, Document, Entity, Event, Quote, Record, Speaker, TimeExpression,
};
use std::ops::Range;

mod quote_text;
use quote_text::{content_pieces, quote_text};

/// Flags, in each document of a batch, the top and bottom lines that
/// three or more documents of the same site (the host of its address, or
/// its folder) hold: a site's furniture ("Editor's note: …" under every
/// story). They join the document's known boilerplate. The result depends
/// on the batch alone, so a run gives the same records whatever the number
/// of threads.
pub fn flag_recurring_lines(documents: &mut [Document]) {
    let batch: Vec<(&str, &str)> =
        documents.iter().map(|d| (readout_clean::site_of(&d.source), d.text.as_str())).collect();
    let found = readout_clean::recurring_lines(&batch);
    for (document, ranges) in documents.iter_mut().zip(found) {
        document.known_boilerplate.extend(ranges);
    }
}

/// What extraction needs besides the document: the cue model, the pronoun
/// ranker and the office-holder table. Build it once and share it across
/// threads.
pub struct Extractor {
    model: CueModel,
    pronouns: PronounModel,
    offices: OfficeTable,
    /// The learned span model; `None`: the rules alone.
    spans: Option<SpanModel>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(CueModel::builtin().clone(), OfficeTable::builtin().clone())
    }
}

impl Extractor {
    pub fn new(model: CueModel, offices: OfficeTable) -> Self {
        Extractor { model, pronouns: PronounModel::builtin().clone(), offices, spans: None }
    }

    /// The same extractor with another pronoun ranker.
    pub fn with_pronoun_model(self, pronouns: PronounModel) -> Self {
        Extractor { pronouns, ..self }
    }

    /// The same extractor with a span model (or without one).
    pub fn with_span_model(self, spans: Option<SpanModel>) -> Self {
        Extractor { spans, ..self }
    }

    pub fn extract(&self, document: &Document) -> Record {
        let text = document.text.as_str();
        let mut diagnostics = Vec::new();
        let cleaned = readout_clean::clean(text, &document.known_boilerplate);
        // Failing a date given or a header's, the page's own stamp
        // ("Published 11 October 2021") dates the text: without one, "the
        // Prime Minister" and "on Wednesday" stay unresolved.
        let date =
            document.date.clone().or_else(|| cleaned.header.date.clone()).or_else(|| stamp_date(text, &cleaned.stamps));
        let title = document.title.clone().or_else(|| cleaned.header.title.clone());
        let publication = date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if date.is_some() && publication.is_none() {
            diagnostics.push(Diagnostic::warning("extract", format!("publication date {:?} is not YYYY-MM-DD", date)));
        }
        let segmented = readout_segment::segment(text, &cleaned.article);
        let in_article =
            |range: &Range<usize>| cleaned.article.iter().any(|a| a.start <= range.start && range.end <= a.end);
        // The record's time expressions are the article's and a page's
        // stamps' ("Published 24 September 2015"), not an appeal's ("donate
        // today") nor the metadata header's; the analysis dates what it
        // finds by the article's alone.
        let in_header = |range: &Range<usize>| cleaned.header.range.as_ref().is_some_and(|h| range.start < h.end);
        let in_stamp =
            |range: &Range<usize>| cleaned.stamps.iter().any(|s| s.start <= range.start && range.end <= s.end);
        let found_times: Vec<readout_time::TimeExpression> = readout_time::find_times(text, publication)
            .into_iter()
            .filter(|t| !in_header(&t.range) && (in_article(&t.range) || in_stamp(&t.range)))
            .collect();
        // The attribution stage takes `(range, value)` pairs; the type goes
        // only to the record.
        let (times, stamp_times): (Vec<(Range<usize>, String)>, Vec<_>) =
            found_times.iter().map(|t| (t.range.clone(), t.value.clone())).partition(|(range, _)| in_article(range));
        let analysis = analyze(
            text,
            &segmented,
            &Options {
                date: date.as_deref(),
                offices: &self.offices,
                model: &self.model,
                pronouns: &self.pronouns,
                spans: self.spans.as_ref(),
                times: &times,
                stamp_times: &stamp_times,
            },
        );
        if segmented.tokens.is_empty() && !text.trim().is_empty() {
            diagnostics.push(Diagnostic::info("clean", "no article text outside boilerplate"));
        }

        let offsets = CharOffsets::new(text);
        let entity_id = |index: usize| format!("e{}", index + 1);
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(index, e)| Entity {
                id: entity_id(index),
                name: e.name.clone(),
                kind: e.kind,
                mentions: e.mentions.iter().map(|m| offsets.span(m.clone())).collect(),
            })
            .collect();
        let quotes = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(index, q)| {
                let content: Vec<_> = q.content.iter().map(|c| offsets.span(c.clone())).collect();
                let joined = quote_text(content_pieces(text, &segmented.sentences, &q.content));
                Quote {
                    id: format!("q{}", index + 1),
                    kind: q.kind,
                    speaker: Speaker {
                        entity: q.speaker.map(entity_id),
                        name: q.speaker.map(|s| analysis.entities[s].name.clone()),
                        mention: q.speaker_mention.clone().map(|m| offsets.span(m)),
                    },
                    cue: q.cue.clone().map(|c| offsets.span(c)),
                    content,
                    text: joined,
                    date: q.circumstances.date.clone(),
                    addressee: q.circumstances.addressee.as_ref().map(|a| Speaker {
                        entity: a.entity.map(entity_id),
                        name: a.entity.map(|e| analysis.entities[e].name.clone()),
                        mention: a.mention.clone().map(|m| offsets.span(m)),
                    }),
                    channel: q.circumstances.channel.as_ref().map(|c| Channel {
                        kind: c.kind,
                        name: c.name.clone(),
                        mention: c.mention.clone().map(|m| offsets.span(m)),
                    }),
                    place: q.circumstances.place.map(entity_id),
                }
            })
            .collect();
        let times = found_times
            .iter()
            .map(|t| {
                let span = offsets.span(t.range.clone());
                let kind = Some(t.kind);
                TimeExpression { start: span.start, end: span.end, text: span.text, value: t.value.clone(), kind }
            })
            .collect();
        let events = analysis
            .events
            .iter()
            .map(|e| Event {
                kind: e.kind,
                cue: offsets.span(e.cue.clone()),
                participants: e.participants.iter().map(|&p| entity_id(p)).collect(),
                date: e.date.clone(),
                place: e.place.map(entity_id),
            })
            .collect();
        Record {
            id: document.id.clone(),
            source: document.source.clone(),
            title,
            date,
            text: document.text.clone(),
            boilerplate: cleaned.boilerplate.iter().map(|b| offsets.span(b.clone())).collect(),
            entities,
            quotes,
            times,
            events,
            diagnostics,
        }
    }
}

/// The first full day (`YYYY-MM-DD`) a page's date stamp gives, read with
/// no publication date to lean on: a line that says it is the publication
/// ("Published 11 October 2021", "Publication date: March 23, 2024"), or
/// a bare date at the top of the page ("November 11, 2012"). Not an
/// update's ("Last updated 5 March 2031") nor a correction's, and not a
/// bare date further down, which dates a correction or a comment as often.
fn stamp_date(text: &str, stamps: &[Range<usize>]) -> Option<String> {
    /// How far into the page a bare date still heads it.
    const PAGE_TOP_BYTES: usize = 600;
    if stamps.is_empty() {
        return None;
    }
    let says_published = |line: &str| {
        let line = line.trim_start().to_lowercase();
        ["published", "first published", "publication date", "posted", "released", "issued", "date:", "dated"]
            .iter()
            .any(|word| line.starts_with(word))
    };
    let says_other = |line: &str| {
        let line = line.to_lowercase();
        ["updated", "modified", "correct", "revised"].iter().any(|word| line.contains(word))
    };
    let usable = |stamp: &Range<usize>| {
        let line = &text[stamp.clone()];
        !says_other(line) && (says_published(line) || stamp.start < PAGE_TOP_BYTES)
    };
    // Only the stamp lines are read: the whole text is read for times once,
    // after, against the date found here.
    let mut usable_stamps: Vec<&Range<usize>> = stamps.iter().filter(|stamp| usable(stamp)).collect();
    usable_stamps.sort_by_key(|stamp| stamp.start);
    usable_stamps.into_iter().find_map(|stamp| {
        readout_time::find_times(&text[stamp.clone()], None).into_iter().find_map(|time| {
            let day = time.value.len() == 10 && chrono::NaiveDate::parse_from_str(&time.value, "%Y-%m-%d").is_ok();
            day.then_some(time.value)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record_date(text: &str, given: Option<&str>) -> Option<String> {
        let document = Document {
            id: "d".into(),
            source: "test.txt".into(),
            title: None,
            date: given.map(str::to_string),
            text: text.to_string(),
            known_boilerplate: vec![],
        };
        Extractor::default().extract(&document).date
    }

    #[test]
    fn a_page_stamp_dates_a_text_that_gives_no_other_date() {
        let text = "PM call with President Macron\n\nThe Prime Minister spoke to President Macron this morning.\n\nPublished 11 October 2021\n";
        assert_eq!(record_date(text, None).as_deref(), Some("2021-10-11"));
        // A date given wins over the stamp.
        assert_eq!(record_date(text, Some("2021-10-12")).as_deref(), Some("2021-10-12"));
        // A date in the article is no stamp.
        let text = "The Prime Minister spoke to President Macron on 11 October 2021.\n";
        assert_eq!(record_date(text, None), None);
    }

    #[test]
    fn regression_an_update_or_a_correction_does_not_date_the_text() {
        let body =
            "The Prime Minister spoke to President Macron this morning. They discussed trade and the climate.\n\n";
        let text = format!("Last updated 5 March 2031\n\n{body}Published 11 October 2021\n");
        assert_eq!(record_date(&text, None).as_deref(), Some("2021-10-11"));
        // A bare date far down the page, under a correction, is not the
        // publication's.
        let text = format!(
            "{}An article on Nov. 26 misstated the history of the club.\n\nFriday, December 4, 2015.\n",
            body.repeat(8)
        );
        assert_eq!(record_date(&text, None), None);
        // A bare date heading the page is.
        let text = format!("Remarks by the President\n\nNovember 11, 2012\n\n{body}");
        assert_eq!(record_date(&text, None).as_deref(), Some("2012-11-11"));
    }
}
