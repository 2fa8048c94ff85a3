//! What the circumstance tests share: a text in; each attribution's frame
//! handed to a probe, or each quote's circumstances from the whole analysis
//! as `channel | date | addressee | place`, out.

use super::Frame;
use crate::cue_model::CueModel;
use readout_segment::{segment, Document};

/// `probe` applied to the frame of every attribution of `text`.
pub(crate) fn frames(text: &str, probe: impl Fn(&Frame) -> String) -> Vec<String> {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let doc = Document::new(text, &seg);
    let segments = crate::quote_marks::quoted_segments(&doc);
    let inside = crate::cues::inside_quotes(&doc, &segments);
    let readout = crate::genre::is_readout(&doc);
    let cues = crate::cues::find_cues(&doc, &inside, CueModel::builtin(), readout);
    let attributions = crate::quotes::attribute(&doc, &cues, &segments, readout);
    (0..attributions.len())
        .filter_map(|i| Frame::of(&doc, &attributions, i, &inside))
        .map(|frame| probe(&frame))
        .collect()
}

/// The whole analysis of `text` (no publication date), each quote's
/// circumstances as `channel | date | addressee | place`, `-` for none.
pub(crate) fn check(text: &str, expect: &[&str]) {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let times: Vec<_> = readout_time::find_times(text, None).into_iter().map(|t| (t.range, t.value)).collect();
    let options = crate::Options {
        date: None,
        offices: readout_offices::OfficeTable::builtin(),
        model: CueModel::builtin(),
        pronouns: readout_entities::PronounModel::builtin(),
        spans: None,
        times: &times,
        stamp_times: &[],
    };
    let analysis = crate::analyze(text, &seg, &options);
    let name = |entity: Option<usize>| entity.map_or("-", |e| analysis.entities[e].name.as_str());
    let shown: Vec<String> = analysis
        .quotes
        .iter()
        .map(|q| {
            let c = &q.circumstances;
            let addressee = c.addressee.as_ref().map_or("-".to_string(), |a| match (a.entity, &a.mention) {
                (Some(entity), _) => name(Some(entity)).to_string(),
                (None, Some(mention)) => text[mention.clone()].to_string(),
                (None, None) => "?".to_string(),
            });
            format!(
                "{} | {} | {addressee} | {}",
                c.channel.as_ref().map_or("-", |ch| ch.kind.as_str()),
                c.date.as_deref().unwrap_or("-"),
                name(c.place)
            )
        })
        .collect();
    assert_eq!(shown, expect, "{text}");
}
