//! `readout train nominals`: GUM in (`dep/*.conllu`, its training documents
//! of the genres whose text licence allows a shipped model), the nominal
//! person model's file out (`crates/readout-entities/models/nominal_persons.tsv`,
//! or with `--plural` the model of groups of people,
//! `crates/readout-entities/models/nominal_groups.tsv`; model cards beside
//! them), with how well it finds GUM dev's singular (or plural)
//! descriptions printed.
//!
//! Training is deterministic: the same documents and options give the same
//! file, byte for byte.

use anyhow::Context as _;
use clap::Args;
use readout_entities::{evaluate_nominal_persons, gum_dev_documents, gum_documents, train_nominal_persons};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct NominalArgs {
    /// The GUM folder (e.g. ../shared/corpora/gum)
    gum: PathBuf,
    /// Where to write the model [default:
    /// crates/readout-entities/models/nominal_persons.tsv, or
    /// nominal_groups.tsv with --plural]
    #[arg(long)]
    out: Option<PathBuf>,
    /// Learn descriptions of groups of people ("pregnant women", "the
    /// researchers": GUM's plural heads) instead of single persons
    #[arg(long)]
    plural: bool,
    /// Genres to train on, comma-separated (default: the licensed ones;
    /// a model trained on CC BY-SA or NC text may not ship under MIT/Apache)
    #[arg(long, value_delimiter = ',')]
    genres: Option<Vec<String>>,
    /// Passes over the training data
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Score above which a word heads a description of a person (above 0:
    /// fewer, surer descriptions)
    #[arg(long, default_value_t = 0.0)]
    threshold: f32,
}

pub fn run(args: NominalArgs) -> anyhow::Result<ExitCode> {
    let genres: Vec<String> =
        args.genres.unwrap_or_else(|| readout_entities::LICENSED_GENRES.iter().map(|g| g.to_string()).collect());
    let genres: Vec<&str> = genres.iter().map(String::as_str).collect();
    let documents = gum_documents(&args.gum, &genres, false)?;
    let out = args.out.unwrap_or_else(|| {
        let file = if args.plural { "nominal_groups.tsv" } else { "nominal_persons.tsv" };
        PathBuf::from("crates/readout-entities/models").join(file)
    });
    let model = train_nominal_persons(&args.gum, &documents, args.epochs, args.threshold, args.plural)?;
    let text = model.to_text();
    std::fs::write(&out, &text).with_context(|| format!("{}: cannot write", out.display()))?;
    eprintln!(
        "readout: trained on {} GUM documents ({}); {} weights written to {}",
        documents.len(),
        genres.join(", "),
        model.len(),
        out.display()
    );
    let dev = gum_dev_documents(&args.gum)?;
    let score = evaluate_nominal_persons(&model, &args.gum, &dev)?;
    eprintln!(
        "readout: GUM dev, {} documents: heads of {} P {:.3} R {:.3} F1 {:.3} ({} right of {} found, {} gold)",
        dev.len(),
        if args.plural { "plural descriptions of people" } else { "singular descriptions of persons" },
        score.precision(),
        score.recall(),
        score.f1(),
        score.matched,
        score.predicted,
        score.gold
    );
    Ok(ExitCode::SUCCESS)
}
