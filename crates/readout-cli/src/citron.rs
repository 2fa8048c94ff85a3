//! The Citron layout: a record in, the JSON object
//! `../shared/eval/score_attributions.py` reads out (`{"text", "quotes":
//! [{"cue", "sources", "contents"}]}`, code-point offsets).

use readout_record::{Record, Span};
use serde_json::{json, Value};

fn offsets(span: &Span) -> Value {
    json!({"start": span.start, "end": span.end, "text": span.text})
}

pub fn citron(record: &Record) -> Value {
    let quotes: Vec<Value> = record
        .quotes
        .iter()
        .map(|q| {
            json!({
                "cue": q.cue.as_ref().map(offsets),
                "sources": q.speaker.mention.iter().map(offsets).collect::<Vec<_>>(),
                "contents": q.content.iter().map(offsets).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({"text": record.text, "quotes": quotes})
}

/// The file name for a record: the stem of its source, or its id.
pub fn file_stem(record: &Record) -> String {
    let path = std::path::Path::new(&record.source);
    let stem = path.file_name().and_then(|n| n.to_str()).map(|name| {
        let name = name.strip_suffix(".gz").unwrap_or(name);
        name.rsplit_once('.').map_or(name, |(stem, _)| stem).to_string()
    });
    let stem = stem.filter(|s| !s.is_empty() && !record.source.contains("://")).unwrap_or_else(|| record.id.clone());
    stem.chars().map(|c| if c.is_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect()
}
