//! What the tests of every shape share: a text (and, where a test needs
//! them, words a cue model should take as cues) in, the text's
//! attributions out, each as `kind | source | cue | content`, compared with
//! what the test expects.

use super::{attribute, TokenRange};
use crate::cue_model::CueModel;
use readout_segment::segment;
use readout_segment::Document;

/// Each attribution as `kind | source | cue | content`, with content
/// pieces joined by ` + `.
pub(super) fn check(text: &str, expect: &[&str]) {
    check_with_model(text, &CueModel::default(), expect);
}

/// As [`check`], with a model that makes the given words cues.
pub(super) fn check_with_cue_words(text: &str, words: &[&str], expect: &[&str]) {
    let mut model_text = String::from("threshold\t\t0.5\nbias\t\t-5\n");
    for word in words {
        model_text.push_str(&format!("vocab\t{word}\t9\nw\tw|{word}\t10\n"));
    }
    let model = CueModel::parse(&model_text).expect("model parses");
    check_with_model(text, &model, expect);
}

pub(super) fn check_with_model(text: &str, model: &CueModel, expect: &[&str]) {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let doc = Document::new(text, &seg);
    let segments = crate::quote_marks::quoted_segments(&doc);
    let inside = crate::cues::inside_quotes(&doc, &segments);
    let cues = crate::cues::find_cues(&doc, &inside, model, false);
    let shown: Vec<String> = attribute(&doc, &cues, &segments, crate::genre::is_readout(&doc))
        .iter()
        .map(|a| {
            let span = |r: Option<TokenRange>| r.map_or("-", |(s, e)| &text[doc.byte_range(s, e)]);
            let content: Vec<&str> = a.content.iter().map(|&(s, e)| &text[doc.byte_range(s, e)]).collect();
            format!("{} | {} | {} | {}", a.kind.as_str(), span(a.source), span(a.cue), content.join(" + "))
        })
        .collect();
    assert_eq!(shown, expect);
}
