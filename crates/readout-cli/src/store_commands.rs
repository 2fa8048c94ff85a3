//! The store's subcommands: `readout quotes`, `speakers`, `timeline`,
//! `events`, `entities merge|split|list` and `export`.
//!
//! In: parsed command-line arguments (clap derive structs below, each with
//! `--db PATH`, default `readout.db`). Out: rows on stdout — an aligned
//! table when stdout is a terminal, JSON otherwise, or what `--format`
//! asks for (`table_output.rs`) — and files for `export`. All storage work
//! is `readout_store`'s; this file only parses, opens and picks columns.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use readout_record::{ChannelKind, EventKind, QuoteKind};
use readout_store::{EventQuery, ExportFormat, QuoteQuery, Store};

use crate::table_output::{chosen_format, optional, print_rows, OutputFormat};

/// Where the database lives; shared by every store subcommand.
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// The readout database file.
    #[arg(long = "db", value_name = "PATH", default_value = "readout.db")]
    pub database: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuoteKindArg {
    Direct,
    Mixed,
    Indirect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventKindArg {
    Communication,
    Meeting,
    Visit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    Jsonl,
    Csv,
    Parquet,
}

/// `readout quotes`: who said what, filtered.
#[derive(Debug, Clone, Args)]
pub struct QuotesArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Speaker name as you would write it ("Starmer", "Hillary Clinton").
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Words the quote must contain (all of them; `word*` for a prefix).
    #[arg(long, value_name = "TEXT")]
    pub about: Option<String>,
    /// Earliest date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Latest date, YYYY-MM-DD (YYYY or YYYY-MM include the whole period).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<QuoteKindArg>,
    /// To whom it was said: an addressee's name, matched as `--speaker` is.
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,
    /// Through what it was said: statement, interview, social_media, speech,
    /// press_conference, letter, broadcast, debate, document, call, meeting or other.
    #[arg(long, value_name = "KIND", value_parser = parse_channel)]
    pub channel: Option<ChannelKind>,
    /// Source URL substring, or a pattern with `*`.
    #[arg(long = "source", value_name = "URL-PATTERN")]
    pub source_pattern: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Default: table on a terminal, json otherwise.
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
}

/// `readout speakers`: everyone quoted, most quoted first.
#[derive(Debug, Clone, Args)]
pub struct SpeakersArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Only the N most quoted (default: everyone)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
}

/// `readout timeline NAME`: what one person said and did, in date order.
#[derive(Debug, Clone, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    pub name: String,
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
}

/// `readout events`: reported calls, meetings and visits.
#[derive(Debug, Clone, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Only events this person or organization took part in.
    #[arg(long, value_name = "NAME")]
    pub with: Option<String>,
    #[arg(long, value_enum)]
    pub kind: Option<EventKindArg>,
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
}

/// `readout entities ...`: inspect and correct cross-document identity.
#[derive(Debug, Clone, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(subcommand)]
    pub action: EntitiesAction,
}

#[derive(Debug, Clone, Subcommand)]
pub enum EntitiesAction {
    /// List entities (matching NAME, if given) with ids and aliases.
    List {
        name: Option<String>,
        #[arg(long, value_enum)]
        format: Option<OutputFormat>,
    },
    /// Make entity B part of entity A (ids from `entities list`); the rule
    /// holds for every later ingest.
    Merge { kept: i64, absorbed: i64 },
    /// Give ALIAS its own entity, taken away from ENTITY.
    Split { entity: i64, alias: String },
}

/// `readout export`: quotes, entities and events as files.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Directory to write quotes.*, entities.* and events.* into.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
}

/// A channel kind as the record writes it (`press_conference`; a hyphen
/// for the underscore is taken too), or an error that lists every kind.
fn parse_channel(word: &str) -> std::result::Result<ChannelKind, String> {
    ChannelKind::parse(&word.trim().to_ascii_lowercase().replace('-', "_")).ok_or_else(|| {
        let kinds: Vec<&str> = ChannelKind::ALL.iter().map(|kind| kind.as_str()).collect();
        format!("unknown channel kind {word:?}; expected one of {}", kinds.join(", "))
    })
}

fn open_for_reading(database: &DatabaseArgs) -> Result<Store> {
    Ok(Store::open_read_only(&database.database)?)
}

/// A channel for a table cell: its kind as `--channel` takes it, and the
/// outlet or platform when the text names one ("interview (Time)").
fn via(kind: Option<&str>, name: Option<&str>) -> String {
    match (kind, name) {
        (Some(kind), Some(name)) => format!("{kind} ({name})"),
        (Some(kind), None) => kind.to_string(),
        (None, Some(name)) => name.to_string(),
        (None, None) => String::new(),
    }
}

pub fn run_quotes(arguments: &QuotesArgs) -> Result<()> {
    let store = open_for_reading(&arguments.database)?;
    let query = QuoteQuery {
        speaker: arguments.speaker.clone(),
        about: arguments.about.clone(),
        since: arguments.since.clone(),
        until: arguments.until.clone(),
        kind: arguments.kind.map(|kind| match kind {
            QuoteKindArg::Direct => QuoteKind::Direct,
            QuoteKindArg::Mixed => QuoteKind::Mixed,
            QuoteKindArg::Indirect => QuoteKind::Indirect,
        }),
        source_pattern: arguments.source_pattern.clone(),
        to: arguments.to.clone(),
        channel: arguments.channel,
        limit: Some(arguments.limit),
        offset: Some(arguments.offset),
    };
    let rows = store.quotes(&query)?;
    let format = chosen_format(arguments.format);
    if format == OutputFormat::Csv {
        // The store's CSV writer keeps every column and quotes properly.
        readout_store::write_quotes_csv(&rows, std::io::stdout().lock()).context("writing csv")?;
        return Ok(());
    }
    print_rows(
        &rows,
        format,
        &[
            ("date", |row| optional(&row.date)),
            ("speaker", |row| optional(&row.speaker)),
            ("to", |row| optional(&row.addressee)),
            ("when", |row| optional(&row.said_date)),
            ("via", |row| via(row.channel.as_deref(), row.channel_name.as_deref())),
            ("kind", |row| row.kind.clone()),
            ("quote", |row| row.text.clone()),
            ("source", |row| row.source.clone()),
        ],
    )
}

pub fn run_speakers(arguments: &SpeakersArgs) -> Result<()> {
    let store = open_for_reading(&arguments.database)?;
    let rows = store.speakers(arguments.limit)?;
    print_rows(
        &rows,
        chosen_format(arguments.format),
        &[
            ("id", |row| row.entity_id.to_string()),
            ("name", |row| row.name.clone()),
            ("kind", |row| row.kind.clone()),
            ("quotes", |row| row.quotes.to_string()),
            ("documents", |row| row.documents.to_string()),
            ("first_seen", |row| optional(&row.first_seen)),
            ("last_seen", |row| optional(&row.last_seen)),
        ],
    )
}

pub fn run_timeline(arguments: &TimelineArgs) -> Result<()> {
    let store = open_for_reading(&arguments.database)?;
    let rows = store.timeline(&arguments.name)?;
    if rows.is_empty() {
        tracing::warn!(name = %arguments.name, "no one by that name in the store");
    }
    print_rows(
        &rows,
        chosen_format(arguments.format),
        &[
            ("date", |row| optional(&row.date)),
            ("what", |row| row.entry.clone()),
            ("who", |row| row.name.clone()),
            ("text", |row| row.text.clone()),
            ("source", |row| row.source.clone()),
        ],
    )
}

pub fn run_events(arguments: &EventsArgs) -> Result<()> {
    let store = open_for_reading(&arguments.database)?;
    let rows = store.events(&EventQuery {
        with: arguments.with.clone(),
        kind: arguments.kind.map(|kind| match kind {
            EventKindArg::Communication => EventKind::Communication,
            EventKindArg::Meeting => EventKind::Meeting,
            EventKindArg::Visit => EventKind::Visit,
        }),
        limit: Some(arguments.limit),
    })?;
    print_rows(
        &rows,
        chosen_format(arguments.format),
        &[
            ("date", |row| optional(&row.date)),
            ("kind", |row| row.kind.clone()),
            ("cue", |row| row.cue.clone()),
            ("participants", |row| row.participants.join("; ")),
            ("place", |row| optional(&row.place)),
            ("source", |row| row.source.clone()),
        ],
    )
}

pub fn run_entities(arguments: &EntitiesArgs) -> Result<()> {
    match &arguments.action {
        EntitiesAction::List { name, format } => {
            let store = open_for_reading(&arguments.database)?;
            let rows = store.entities(name.as_deref())?;
            print_rows(
                &rows,
                chosen_format(*format),
                &[
                    ("id", |row| row.id.to_string()),
                    ("name", |row| row.name.clone()),
                    ("kind", |row| row.kind.clone()),
                    ("quotes", |row| row.quotes.to_string()),
                    ("documents", |row| row.documents.to_string()),
                    ("aliases", |row| row.aliases.join("; ")),
                ],
            )
        }
        EntitiesAction::Merge { kept, absorbed } => {
            let mut store = Store::open(&arguments.database.database)?;
            store.merge_entities(*kept, *absorbed)?;
            println!("merged entity {absorbed} into {kept}");
            Ok(())
        }
        EntitiesAction::Split { entity, alias } => {
            let mut store = Store::open(&arguments.database.database)?;
            let new_id = store.split_alias(*entity, alias)?;
            println!("alias {alias:?} of entity {entity} is now entity {new_id}");
            Ok(())
        }
    }
}

pub fn run_export(arguments: &ExportArgs) -> Result<()> {
    let store = open_for_reading(&arguments.database)?;
    let format = match arguments.format {
        ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Parquet => ExportFormat::Parquet,
    };
    let summary = store.export(format, &arguments.out)?;
    for file in &summary.files {
        eprintln!("wrote {}", file.display());
    }
    eprintln!("{} quotes, {} entities, {} events", summary.quotes, summary.entities, summary.events);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_kinds_parse_as_written_or_with_hyphens() {
        for kind in ChannelKind::ALL {
            assert_eq!(parse_channel(kind.as_str()), Ok(kind));
        }
        assert_eq!(parse_channel("press-conference"), Ok(ChannelKind::PressConference));
        assert_eq!(parse_channel(" Social_Media "), Ok(ChannelKind::SocialMedia));
        let error = parse_channel("tweet").unwrap_err();
        assert!(error.starts_with("unknown channel kind \"tweet\"; expected one of statement, interview,"), "{error}");
        assert!(error.ends_with("meeting, other"), "{error}");
    }

    #[test]
    fn channels_show_their_kind_and_name() {
        for (kind, name, cell) in [
            (Some("interview"), Some("Time"), "interview (Time)"),
            (Some("call"), None, "call"),
            (None, Some("Time"), "Time"),
            (None, None, ""),
        ] {
            assert_eq!(via(kind, name), cell);
        }
    }
}
