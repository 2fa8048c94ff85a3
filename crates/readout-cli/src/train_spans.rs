//! `readout train spans`: a PolNeAR-style corpus in (`text/*.txt`,
//! `attributions/*_<annotator>.ann`), the span model's file out.
//!
//! Each text runs through the rules with the given cue model (the
//! built-in one, or a fold's own in cross-validation), and the model learns
//! where its gold cues, sources and contents begin and end (see
//! `readout_attribute::span_model`). Texts are read in sorted order, the
//! first annotation of each as the scorer takes it, and training is
//! deterministic, so the same corpus gives the same bytes.

use anyhow::Context as _;
use clap::Args;
use readout_attribute::{train_spans, SpanExample, SpanTrainOptions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct SpanArgs {
    /// Corpus folder with text/ and attributions/ (e.g. ../shared/corpora/polnear/train)
    corpus: PathBuf,
    /// A cue model file to run the rules with instead of the built-in one
    /// (cross-validation trains on a fold's own; see scripts/crossval.py)
    #[arg(long, value_name = "FILE")]
    cue_model: Option<PathBuf>,
    /// Passes of the averaged perceptron over the training sentences
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    /// Averaged weights smaller than this on every label are left out of the
    /// file (10 keeps it near 600 kB at no cost in cross-validation; 40 costs
    /// 0.03 of c+s+c F1)
    #[arg(long, default_value_t = 10.0)]
    min_weight: f32,
    /// Where to write the model
    #[arg(long, default_value = "crates/readout-attribute/models/spans.bin")]
    out: PathBuf,
}

pub fn run(args: SpanArgs) -> anyhow::Result<ExitCode> {
    let cues = match &args.cue_model {
        Some(path) => crate::pipeline::load_cue_model(path)?,
        None => readout_attribute::CueModel::builtin().clone(),
    };
    let corpus = crate::train::load_corpus(&args.corpus)?;
    let examples: Vec<SpanExample> = corpus
        .iter()
        .map(|(text, gold)| {
            let segmented = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
            SpanExample::new(text, &segmented, gold, &cues)
        })
        .collect();
    let options = SpanTrainOptions { epochs: args.epochs, min_weight: args.min_weight };
    let bytes = train_spans(&examples, &options);
    std::fs::write(&args.out, &bytes).with_context(|| format!("{}: cannot write", args.out.display()))?;
    eprintln!(
        "readout: span model trained on {} texts ({} bytes) written to {}",
        examples.len(),
        bytes.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
