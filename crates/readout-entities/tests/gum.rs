//! The built-in name model on GUM: the corpus in (`../shared/corpora/gum`
//! beside the repository), its dev scores and the training split out.
//! Ignored in a checkout without `../shared`.

use readout_entities::{evaluate_gum, gum_dev_documents, gum_documents, NameTagger, LICENSED_GENRES};
use std::path::PathBuf;

fn gum() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/gum")
}

/// `what` has at least `floor`.
fn check(what: &str, value: f64, floor: f64) {
    assert!(value >= floor, "{what}: {value:.3}, below {floor}");
}

#[test]
#[ignore = "needs ../shared/corpora/gum"]
fn builtin_model_scores_on_gum_dev() {
    let dev = gum_dev_documents(&gum()).unwrap();
    assert_eq!(dev.len(), 30);
    let ev = evaluate_gum(NameTagger::builtin(), &gum(), &dev).unwrap();
    assert_eq!(ev.overlap_typed.gold, 806);
    // Figures when the model was trained (models/README.md): 0.610, 0.782, 0.546.
    check("overlap typed F1", ev.overlap_typed.f1(), 0.58);
    check("overlap detection F1", ev.overlap_detection.f1(), 0.75);
    check("exact typed F1", ev.exact_typed.f1(), 0.52);
}

#[test]
#[ignore = "needs ../shared/corpora/gum"]
fn training_split_is_the_licensed_non_dev_documents() {
    let train = gum_documents(&gum(), &LICENSED_GENRES, false).unwrap();
    let dev = gum_documents(&gum(), &LICENSED_GENRES, true).unwrap();
    assert_eq!((train.len(), dev.len()), (54, 8));
    assert!(train.iter().all(|d| !dev.contains(d)));
    assert!(train
        .iter()
        .all(|d| ["academic", "court", "interview", "news"].iter().any(|g| d.contains(&format!("_{g}_")))));
}
