//! The `readout` command: arguments in, records, tables and exit codes out.
//! Thin glue over the library crates: parsing arguments, choosing outputs,
//! mapping errors to exit codes (0 success, 1 some input failed, 2 usage or
//! a failure of the command itself).

mod citron;
mod extract;
mod train;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "readout", version, about = "Who said what, to whom, and when: attribution extraction from news text")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records (quotes, entities, times, events) from texts
    Extract(extract::ExtractArgs),
    /// Retrain the cue model from a PolNeAR-style corpus
    Train(train::TrainArgs),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("READOUT_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Train(args) => train::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("readout: {error:#}");
            ExitCode::from(2)
        }
    }
}
