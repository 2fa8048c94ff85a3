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
    /// Per attribution: its cue is tentative, so it stands only where its
    /// speaker is someone the text names (see `cues::FoundCue`).
    pub tentative: Vec<bool>,
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
    /// The sure cues.
    pub cues: Vec<quotes::Cue>,
    /// The attributions of the sure cues, then those of tentative cues.
    pub attributions: Vec<Attribution>,
    /// Per attribution: its cue is tentative.
    pub tentative: Vec<bool>,
    pub readout: bool,
}

/// The rules' reading of `doc` with the cue model `model`.
pub(crate) fn rules(doc: &Document, model: &CueModel) -> Rules {
    let segments = quote_marks::quoted_segments(doc);
    let inside = cues::inside_quotes(doc, &segments);
    // Decided once: cues and introduced statements both ask.
    let readout = genre::is_readout(doc);
    let found = cues::find_all_cues(doc, &inside, model, readout);
    let cues: Vec<quotes::Cue> = found.iter().filter(|c| !c.tentative).map(|c| c.cue).collect();
    let mut attributions = quotes::attribute(doc, &cues, &segments, readout);
    let tentative = add_tentative_attributions(doc, &found, &segments, readout, &mut attributions);
    Rules { inside, cues, attributions, tentative, readout }
}

/// Adds the attributions of the tentative cues in `found` to those of the
/// sure cues (`attributions`), and says per attribution whether its cue is
/// tentative. Tentative cues only add: a tentative cue inside a sure
/// attribution's words is part of what was said; the others are read in
/// their sentences with the sure cues there (so that a later cue still ends
/// a content; reading the whole text again cost 5% of extraction), and an
/// attribution of theirs is kept where it holds no word a kept one holds.
/// A sure attribution is never cut, merged or taken over by a tentative
/// one, and two tentative cues make one attribution ("voted against the
/// bill").
fn add_tentative_attributions(
    doc: &Document,
    found: &[cues::FoundCue],
    segments: &[quote_marks::QuotedSegment],
    readout: bool,
    attributions: &mut Vec<Attribution>,
) -> Vec<bool> {
    let mut tentative = vec![false; attributions.len()];
    let mut taken = vec![false; doc.len()];
    let take = |taken: &mut Vec<bool>, attribution: &Attribution| {
        for &(first, end) in &attribution.content {
            taken[first.min(doc.len())..end.min(doc.len())].fill(true);
        }
    };
    for attribution in attributions.iter() {
        take(&mut taken, attribution);
    }
    let pending: Vec<quotes::Cue> = found.iter().filter(|c| c.tentative && !taken[c.cue.0]).map(|c| c.cue).collect();
    if pending.is_empty() {
        return tentative;
    }
    let in_pending_sentence =
        |cue: &quotes::Cue| pending.iter().any(|p| doc.token_sentence[p.0] == doc.token_sentence[cue.0]);
    let cues_there: Vec<quotes::Cue> = found
        .iter()
        .filter(|c| !c.tentative || pending.contains(&c.cue))
        .map(|c| c.cue)
        .filter(in_pending_sentence)
        .collect();
    for attribution in quotes::attribute(doc, &cues_there, segments, readout) {
        let new_words = attribution
            .content
            .iter()
            .all(|&(first, end)| !taken[first.min(doc.len())..end.min(doc.len())].contains(&true));
        if attribution.cue.is_some_and(|cue| pending.contains(&cue)) && new_words {
            take(&mut taken, &attribution);
            attributions.push(attribution);
            tentative.push(true);
        }
    }
    // In text order again, as `quotes::attribute` gives them.
    let mut paired: Vec<(Attribution, bool)> = std::mem::take(attributions).into_iter().zip(tentative).collect();
    paired.sort_by_key(|(attribution, _)| attribution.content_start());
    let (sorted, tentative): (Vec<Attribution>, Vec<bool>) = paired.into_iter().unzip();
    *attributions = sorted;
    tentative
}

/// `spans`: a span model whose attributions join the rules'.
pub(crate) fn front(doc: &Document, model: &CueModel, spans: Option<&SpanModel>) -> Front {
    let Rules { inside, cues: cue_list, mut attributions, mut tentative, readout } = rules(doc, model);
    if let Some(spans) = spans {
        // The span model adds and reorders; a tentative cue is no sure
        // cue's, so the cue tells its attribution again.
        let tentative_cues: Vec<_> =
            attributions.iter().zip(&tentative).filter(|(_, &t)| t).filter_map(|(a, _)| a.cue).collect();
        add_model_attributions(doc, &inside, &cue_list, &mut attributions, model, spans);
        tentative = attributions.iter().map(|a| a.cue.is_some_and(|cue| tentative_cues.contains(&cue))).collect();
    }
    let mut sources: Vec<(usize, usize)> = attributions.iter().filter_map(|a| a.source).collect();
    let mentions = readout_entities::find_all_mentions(doc, &sources);
    if crate::source_names::widen_sources_over_names(doc, &mentions, &mut attributions) {
        sources = attributions.iter().filter_map(|a| a.source).collect();
    }
    let ranked = readout_offices::countries_by_cues(doc.text);
    let country = readout_offices::most_cued_country(&ranked);
    let cued_countries = ranked.into_iter().map(|(country, _)| country).collect();
    Front { inside, attributions, tentative, sources, mentions, country, cued_countries, readout }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, CueModel, Options};
    use readout_entities::PronounModel;
    use readout_offices::OfficeTable;
    use readout_segment::segment;

    /// Each attribution of `text` as `speaker: cue: content`, with a cue
    /// model under which "slammed", "voted" and "against" are tentative
    /// cues (a probability of 0.5) and "said" a sure one.
    fn check(text: &str, expect: &[&str]) {
        check_with("", text, expect);
    }

    /// [`check`] with more lines of the cue model (a tentative filter).
    fn check_with(more_lines: &str, text: &str, expect: &[&str]) {
        let model = CueModel::parse(&format!(
            "threshold\t\t0.9\nspeech_floor\t\t0.1\nnamed_speaker_floor\t\t0.4\nbias\t\t0\n\
             vocab\tslammed\t9\nw\tw|slammed\t0\nvocab\tvoted\t9\nw\tw|voted\t0\n\
             vocab\tagainst\t9\nw\tw|against\t0\n{more_lines}"
        ))
        .expect("model parses");
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let options = Options {
            date: None,
            offices: OfficeTable::builtin(),
            model: &model,
            pronouns: PronounModel::builtin(),
            spans: None,
            times: &[],
            stamp_times: &[],
        };
        let analysis = analyze(text, &seg, &options);
        let got: Vec<String> = analysis
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map_or("", |s| analysis.entities[s].name.as_str());
                let cue = q.cue.clone().map_or("", |c| &text[c]);
                let content: Vec<&str> = q.content.iter().map(|c| &text[c.clone()]).collect();
                format!("{speaker}: {cue}: {}", content.join(" + "))
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_tentative_cue_stands_with_a_named_speaker() {
        check("Jane Porter slammed the plan on Monday.", &["Jane Porter: slammed: the plan on Monday"]);
    }

    #[test]
    fn a_tentative_cue_falls_without_one() {
        check("Critics slammed the plan on Monday.", &[]);
    }

    #[test]
    fn a_tentative_cue_without_a_named_speaker_stands_where_the_filter_says() {
        let filter = "tentative_threshold\t\t0.5\nt\tbias\t-3\nt\tcue:slammed\t5\n";
        check_with(filter, "Critics slammed the plan on Monday.", &[": slammed: the plan on Monday"]);
        check_with(filter, "Critics voted against the plan on Monday.", &[]);
        // Nor does the filter take away one whose speaker the text names.
        check_with(filter, "Senator Jane Porter voted against the bill.", &["Jane Porter: voted: against the bill"]);
    }

    #[test]
    fn regression_two_tentative_cues_make_one_attribution() {
        check(
            "Senator Jane Porter voted against the bill on Monday.",
            &["Jane Porter: voted: against the bill on Monday"],
        );
    }

    #[test]
    fn a_named_writers_own_claim_stands() {
        check(
            "I slammed the plan in my first column.\n\nJane Porter is a reporter in Boston.",
            &["Jane Porter: slammed: the plan in my first column"],
        );
    }

    #[test]
    fn a_tentative_cue_takes_no_words_from_a_sure_one() {
        // "slammed" inside what Bob Stone said is part of his words, not an
        // attribution that cuts them short.
        check(
            "Bob Stone said Jane Porter slammed the plan on Monday.",
            &["Bob Stone: said: Jane Porter slammed the plan on Monday"],
        );
    }
}
