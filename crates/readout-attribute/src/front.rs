//! The front half of analysis, shared by extraction ([`crate::analyze`]) and
//! the pronoun ranker's training (`pronoun_training.rs`): a document and a
//! cue model in, its attributions, mentions and country cues out.
//!
//! Training must see the mentions extraction sees, or the ranker learns
//! from features it will never be given; one function keeps the two alike.
//! [`rules`], its first step, is what the span model's training
//! (`span_model/training.rs`) sees of a text for the same reason.

use crate::cue_model::CueModel;
use crate::quotes::Attribution;
use crate::span_model::{add_model_attributions, SpanModel};
use crate::{cues, genre, quote_marks, quotes};
use readout_entities::Mention;
use readout_segment::Document;

pub(crate) struct Front {
    /// Per token: inside a quotation.
    pub inside: Vec<bool>,
    pub attributions: Vec<Attribution>,
    /// Token ranges of the attributions' sources.
    pub sources: Vec<(usize, usize)>,
    /// Names, roles, pronouns and nominal sources, in text order.
    pub mentions: Vec<Mention>,
    /// The country the text's cues name most, if one leads.
    pub country: Option<&'static str>,
    /// Every country the text's cues name, most named first.
    pub cued_countries: Vec<&'static str>,
    /// The text opens by reporting a call or a meeting.
    pub readout: bool,
}

/// What the rules find in a text: which tokens lie inside quotations, the
/// cues, the attributions, and whether the text is a readout.
pub(crate) struct Rules {
    pub inside: Vec<bool>,
    pub cues: Vec<quotes::Cue>,
    pub attributions: Vec<Attribution>,
    pub readout: bool,
}

/// The rules' reading of `doc` with the cue model `model`.
pub(crate) fn rules(doc: &Document, model: &CueModel) -> Rules {
    let segments = quote_marks::quoted_segments(doc);
    let inside = cues::inside_quotes(doc, &segments);
    // Decided once: cues and introduced statements both ask.
    let readout = genre::is_readout(doc);
    let cues = cues::find_cues(doc, &inside, model, readout);
    let attributions = quotes::attribute(doc, &cues, &segments, readout);
    Rules { inside, cues, attributions, readout }
}

/// `spans`: a span model whose attributions join the rules'.
pub(crate) fn front(doc: &Document, model: &CueModel, spans: Option<&SpanModel>) -> Front {
    let Rules { inside, cues: cue_list, mut attributions, readout } = rules(doc, model);
    if let Some(spans) = spans {
        add_model_attributions(doc, &inside, &cue_list, &mut attributions, model, spans);
    }
    let mut sources: Vec<(usize, usize)> = attributions.iter().filter_map(|a| a.source).collect();
    let mentions = readout_entities::find_all_mentions(doc, &sources);
    if crate::source_names::widen_sources_over_names(doc, &mentions, &mut attributions) {
        sources = attributions.iter().filter_map(|a| a.source).collect();
    }
    let ranked = readout_offices::countries_by_cues(doc.text);
    let country = readout_offices::most_cued_country(&ranked);
    let cued_countries = ranked.into_iter().map(|(country, _)| country).collect();
    Front { inside, attributions, sources, mentions, country, cued_countries, readout }
}
