//! Train the name model: a GUM folder in, a model file out.
//!
//! `cargo run --release -p readout-entities --example train_names -- ../shared/corpora/gum OUT_FILE`
//!
//! Trains on GUM's training documents (those not in `dev.txt`) of the genres
//! whose licence allows shipping the model (`LICENSED_GENRES`). Options:
//! `--c1 X --c2 X --iterations N --min-weight X --no-headlines`, and
//! `--genres a,b,c` for other genres (check their licences first: a model
//! trained on CC BY-SA or NC text may not ship under MIT/Apache).

use readout_entities::{gum_documents, train_from_gum, TrainOptions, LICENSED_GENRES};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_writer(std::io::stderr).init();
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut options = TrainOptions::default();
    let mut genres: Vec<String> = LICENSED_GENRES.iter().map(|g| g.to_string()).collect();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--c1" => options.c1 = value()?.parse()?,
            "--c2" => options.c2 = value()?.parse()?,
            "--iterations" => options.max_iterations = value()?.parse()?,
            "--min-weight" => options.min_weight = value()?.parse()?,
            "--no-headlines" => options.headlines = false,
            "--outside-penalty" => options.outside_penalty = value()?.parse()?,
            "--genres" => genres = value()?.split(',').map(String::from).collect(),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let [gum, out] = positional.as_slice() else {
        return Err("usage: train_names GUM_DIR OUT_FILE [--c1 X] [--c2 X] [--iterations N] [--min-weight X] [--no-headlines] [--genres a,b]".into());
    };
    let genres: Vec<&str> = genres.iter().map(String::as_str).collect();
    let docs = gum_documents(gum, &genres, false)?;
    let started = std::time::Instant::now();
    let bytes = train_from_gum(gum, &docs, &options)?;
    std::fs::write(out, &bytes)?;
    tracing::info!(
        documents = docs.len(),
        bytes = bytes.len(),
        seconds = started.elapsed().as_secs_f64(),
        out = %out.display(),
        "wrote the name model"
    );
    Ok(())
}
