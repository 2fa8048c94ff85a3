//! `readout train names`: GUM in (`dep/*.conllu`, its training documents of
//! the genres whose text licence allows a shipped model), the name tagger's
//! model file out (`crates/readout-entities/models/names.bin`, model card
//! beside it), with its figures on GUM's dev documents printed.
//!
//! Training is deterministic: the same documents and options give the same
//! file, byte for byte.

use anyhow::Context as _;
use clap::Args;
use readout_entities::{evaluate_gum, gum_dev_documents, gum_documents, train_from_gum, NameTagger, TrainOptions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct NameArgs {
    /// The GUM folder (e.g. ../shared/corpora/gum)
    gum: PathBuf,
    /// Where to write the model
    #[arg(long, default_value = "crates/readout-entities/models/names.bin")]
    out: PathBuf,
    /// Genres to train on, comma-separated (default: the licensed ones;
    /// a model trained on CC BY-SA or NC text may not ship under MIT/Apache)
    #[arg(long, value_delimiter = ',')]
    genres: Option<Vec<String>>,
    /// L1 penalty of the CRF (sparsity)
    #[arg(long, default_value_t = TrainOptions::default().c1)]
    c1: f64,
    /// L2 penalty of the CRF
    #[arg(long, default_value_t = TrainOptions::default().c2)]
    c2: f64,
    /// L-BFGS iterations
    #[arg(long, default_value_t = TrainOptions::default().max_iterations)]
    iterations: usize,
    /// Weights of smaller magnitude are left out of the model file
    #[arg(long, default_value_t = TrainOptions::default().min_weight)]
    min_weight: f32,
    /// Subtracted from every token's outside score after training (above 0: more and longer names)
    #[arg(long, default_value_t = TrainOptions::default().outside_penalty)]
    outside_penalty: f32,
    /// Do not also learn from title-case and upper-case copies of sentences
    #[arg(long)]
    no_headlines: bool,
}

pub fn run(args: NameArgs) -> anyhow::Result<ExitCode> {
    let genres: Vec<String> =
        args.genres.unwrap_or_else(|| readout_entities::LICENSED_GENRES.iter().map(|g| g.to_string()).collect());
    let genres: Vec<&str> = genres.iter().map(String::as_str).collect();
    let documents = gum_documents(&args.gum, &genres, false)?;
    let options = TrainOptions {
        c1: args.c1,
        c2: args.c2,
        max_iterations: args.iterations,
        min_weight: args.min_weight,
        headlines: !args.no_headlines,
        outside_penalty: args.outside_penalty,
    };
    let bytes = train_from_gum(&args.gum, &documents, &options)?;
    std::fs::write(&args.out, &bytes).with_context(|| format!("{}: cannot write", args.out.display()))?;
    eprintln!(
        "readout: trained on {} GUM documents ({}); {} bytes written to {}",
        documents.len(),
        genres.join(", "),
        bytes.len(),
        args.out.display()
    );
    let tagger = NameTagger::from_bytes(&bytes)?;
    let evaluation = evaluate_gum(&tagger, &args.gum, &gum_dev_documents(&args.gum)?)?;
    let (overlap, exact) = (&evaluation.overlap_typed, &evaluation.exact_typed);
    eprintln!(
        "readout: GUM dev, {} documents: typed name mentions F1 {:.3} (overlapping spans), {:.3} (exact spans)",
        evaluation.documents,
        overlap.f1(),
        exact.f1()
    );
    Ok(ExitCode::SUCCESS)
}
