//! `readout train`: annotated corpora in, the models readout ships out.
//! `readout train cues` reads a PolNeAR-style corpus folder (`text/*.txt`,
//! `attributions/*_<annotator>.ann`) and writes the cue model with its
//! tentative filter;
//! `readout train pronouns` is in `train_pronouns.rs`, `readout train names`
//! in `train_names.rs`, `readout train nominals` in `train_nominals.rs`,
//! `readout train spans` in `train_spans.rs` (which reads its corpus with
//! [`load_corpus`] too).
//!
//! Where a text has several annotations, the one whose file name sorts first
//! is used, as the scorer does. Training is deterministic: the same corpus
//! gives the same model.

use anyhow::Context as _;
use clap::{Args, Subcommand};
use readout_attribute::{brat, learn_tentative_filter, train, CueExample, GoldSpans};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct TrainArgs {
    #[command(subcommand)]
    model: TrainCommand,
}

#[derive(Subcommand)]
enum TrainCommand {
    /// The cue model, from PolNeAR-style attribution annotations
    Cues(CueArgs),
    /// The pronoun ranker, from canonical speakers of attributions
    Pronouns(crate::train_pronouns::PronounArgs),
    /// The name tagger, from GUM's entity annotation
    Names(crate::train_names::NameArgs),
    /// The model of descriptions of single persons ("the suspect"), from
    /// GUM's entity annotation
    Nominals(crate::train_nominals::NominalArgs),
    /// The span model (where cues, sources and contents begin and end), from
    /// PolNeAR-style attribution annotations
    Spans(crate::train_spans::SpanArgs),
}

#[derive(Args)]
pub struct CueArgs {
    /// Corpus folder with text/ and attributions/ (e.g. ../shared/corpora/polnear/train)
    corpus: PathBuf,
    /// Where to write the model
    #[arg(long, default_value = "crates/readout-attribute/models/cues.tsv")]
    out: PathBuf,
    /// Passes over the training data (10 was best on PolNeAR dev)
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Probability above which a candidate that is not a speech verb is a
    /// cue (0.9 was best on PolNeAR dev; see BENCHMARKS.md)
    #[arg(long, default_value_t = 0.9)]
    threshold: f32,
    /// Probability under which a speech verb is not a cue after all (a noun:
    /// "swing states"); 0.1 was best on PolNeAR dev
    #[arg(long, default_value_t = 0.1)]
    speech_floor: f32,
    /// Probability from which a candidate under the threshold is a
    /// tentative cue, whose attribution stands only where its speaker is
    /// someone the text names; equal to the threshold, none is. 0.4 was
    /// best on PolNeAR dev (see BENCHMARKS.md, "Tentative cues")
    #[arg(long, default_value_t = 0.4)]
    named_speaker_floor: f32,
    /// Probability from which the tentative filter keeps an attribution of
    /// a tentative cue whose speaker the text does not name (one whose
    /// speaker it names always stands; see BENCHMARKS.md, "The tentative
    /// filter")
    #[arg(long, default_value_t = 0.5)]
    tentative_threshold: f32,
    /// No tentative filter: an attribution of a tentative cue stands where
    /// its speaker is someone the text names
    #[arg(long)]
    no_tentative_filter: bool,
}

/// Code-point offset to byte offset.
pub fn byte_offsets(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    out.push(text.len());
    out
}

/// Each annotated text of `corpus` and its gold attributions as byte
/// ranges, in stem order; the first annotation file of a text is its gold
/// (as the scorer takes it). The cue model, its tentative filter and the
/// span model learn from these.
pub fn load_corpus(corpus: &Path) -> anyhow::Result<Vec<(String, Vec<GoldSpans>)>> {
    let ann_dir = corpus.join("attributions");
    let mut first_annotation: BTreeMap<String, PathBuf> = BTreeMap::new();
    for entry in std::fs::read_dir(&ann_dir).with_context(|| format!("{}: cannot read", ann_dir.display()))? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some(base) = name.strip_suffix(".ann") else { continue };
        let Some((stem, _annotator)) = base.rsplit_once('_') else { continue };
        let slot = first_annotation.entry(stem.to_string()).or_insert_with(|| path.clone());
        if path < *slot {
            *slot = path.clone();
        }
    }
    let mut out = Vec::new();
    for (stem, ann_path) in first_annotation {
        let text_path = corpus.join("text").join(format!("{stem}.txt"));
        let text =
            std::fs::read_to_string(&text_path).with_context(|| format!("{}: cannot read", text_path.display()))?;
        let ann = std::fs::read_to_string(&ann_path).with_context(|| format!("{}: cannot read", ann_path.display()))?;
        let bytes = byte_offsets(&text);
        let at = |offset: usize| bytes.get(offset).copied().unwrap_or(text.len());
        let ranges = |spans: Vec<(usize, usize)>| spans.into_iter().map(|(start, end)| at(start)..at(end)).collect();
        let gold = brat::parse_ann(&ann)
            .into_iter()
            .map(|gold| GoldSpans {
                cue: ranges(gold.cue),
                sources: ranges(gold.sources),
                contents: ranges(gold.contents),
            })
            .collect();
        out.push((text, gold));
    }
    Ok(out)
}

pub fn run(args: TrainArgs) -> anyhow::Result<ExitCode> {
    match args.model {
        TrainCommand::Cues(args) => run_cues(args),
        TrainCommand::Pronouns(args) => crate::train_pronouns::run(args),
        TrainCommand::Names(args) => crate::train_names::run(args),
        TrainCommand::Nominals(args) => crate::train_nominals::run(args),
        TrainCommand::Spans(args) => crate::train_spans::run(args),
    }
}

fn run_cues(args: CueArgs) -> anyhow::Result<ExitCode> {
    let corpus = load_corpus(&args.corpus)?;
    let segmented: Vec<_> =
        corpus.iter().map(|(text, _)| readout_segment::segment(text, std::slice::from_ref(&(0..text.len())))).collect();
    let examples: Vec<CueExample> = corpus
        .iter()
        .zip(&segmented)
        .map(|((text, gold), seg)| CueExample::new(text, seg, gold.iter().flat_map(|g| g.cue.clone()).collect()))
        .collect();
    let mut model = train(&examples, args.epochs);
    model.threshold = args.threshold;
    model.speech_floor = args.speech_floor;
    model.named_speaker_floor = args.named_speaker_floor.min(args.threshold);
    if !args.no_tentative_filter {
        let texts: Vec<_> =
            corpus.iter().zip(&segmented).map(|((text, gold), seg)| (text.as_str(), seg, gold.as_slice())).collect();
        let (filter, examples, right) = learn_tentative_filter(&model, &texts, args.tentative_threshold);
        eprintln!("readout: tentative filter: {examples} attributions of tentative cues, {right} right");
        model.tentative = filter;
    }
    std::fs::write(&args.out, model.to_text()).with_context(|| format!("{}: cannot write", args.out.display()))?;
    eprintln!("readout: trained on {} texts; model written to {}", examples.len(), args.out.display());
    Ok(ExitCode::SUCCESS)
}
