//! The `readout` command: arguments in, records, tables and exit codes out.
//! Thin glue over the library crates: parsing arguments, choosing outputs,
//! mapping errors to exit codes (0 success, 1 some input failed, 2 usage or
//! a failure of the command itself).

mod citron;
mod extract;
mod ingest;
mod inputs;
mod pipeline;
mod progress;
mod serve;
mod store_commands;
mod table_output;
mod timeml;
mod train;
mod train_names;
mod train_nominals;
mod train_pronouns;
mod train_spans;

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
    /// Retrain a model readout ships (cues, pronouns, names) from annotated corpora
    Train(train::TrainArgs),
    /// Extract records from texts into a readout database
    Ingest(ingest::IngestArgs),
    /// Quotes in the database, filtered by speaker, words, dates, kind, source
    Quotes(store_commands::QuotesArgs),
    /// Everyone quoted in the database, most quoted first
    Speakers(store_commands::SpeakersArgs),
    /// What one person said and did, in date order
    Timeline(store_commands::TimelineArgs),
    /// Reported calls, meetings and visits
    Events(store_commands::EventsArgs),
    /// List, merge or split the database's entities
    Entities(store_commands::EntitiesArgs),
    /// Write quotes, entities and events as files
    Export(store_commands::ExportArgs),
    /// Serve the database as a JSON API and a web page
    Serve(serve::ServeArgs),
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
        Command::Ingest(args) => ingest::run(args),
        Command::Quotes(args) => store_commands::run_quotes(&args).map(|()| ExitCode::SUCCESS),
        Command::Speakers(args) => store_commands::run_speakers(&args).map(|()| ExitCode::SUCCESS),
        Command::Timeline(args) => store_commands::run_timeline(&args).map(|()| ExitCode::SUCCESS),
        Command::Events(args) => store_commands::run_events(&args).map(|()| ExitCode::SUCCESS),
        Command::Entities(args) => store_commands::run_entities(&args).map(|()| ExitCode::SUCCESS),
        Command::Export(args) => store_commands::run_export(&args).map(|()| ExitCode::SUCCESS),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(code) => code,
        // The reader stopped reading (`readout quotes | head`): that is how
        // pipelines end, not a failure, so stop quietly as other tools do.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("readout: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
