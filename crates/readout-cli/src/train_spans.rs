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
use readout_attribute::{brat, train_spans, GoldSpans, SpanExample, SpanTrainOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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

/// Each annotated text of `corpus` and its gold attributions as byte
/// ranges, in stem order; the first annotation file of a text is its gold.
fn load_gold(corpus: &Path) -> anyhow::Result<Vec<(String, Vec<GoldSpans>)>> {
    let folder = corpus.join("attributions");
    let mut first: BTreeMap<String, PathBuf> = BTreeMap::new();
    for entry in std::fs::read_dir(&folder).with_context(|| format!("{}: cannot read", folder.display()))? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some((stem, _annotator)) = name.strip_suffix(".ann").and_then(|b| b.rsplit_once('_')) else { continue };
        let slot = first.entry(stem.to_string()).or_insert_with(|| path.clone());
        if path < *slot {
            *slot = path.clone();
        }
    }
    let mut out = Vec::new();
    for (stem, annotation) in first {
        let text_path = corpus.join("text").join(format!("{stem}.txt"));
        let text =
            std::fs::read_to_string(&text_path).with_context(|| format!("{}: cannot read", text_path.display()))?;
        let ann =
            std::fs::read_to_string(&annotation).with_context(|| format!("{}: cannot read", annotation.display()))?;
        let bytes = crate::train::byte_offsets(&text);
        let at = |offset: usize| bytes.get(offset).copied().unwrap_or(text.len());
        let ranges = |spans: &[(usize, usize)]| spans.iter().map(|&(a, b)| at(a)..at(b)).collect();
        let gold = brat::parse_ann(&ann)
            .iter()
            .map(|g| GoldSpans { cue: ranges(&g.cue), sources: ranges(&g.sources), contents: ranges(&g.contents) })
            .collect();
        out.push((text, gold));
    }
    Ok(out)
}

pub fn run(args: SpanArgs) -> anyhow::Result<ExitCode> {
    let cues = match &args.cue_model {
        Some(path) => crate::pipeline::load_cue_model(path)?,
        None => readout_attribute::CueModel::builtin().clone(),
    };
    let corpus = load_gold(&args.corpus)?;
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
