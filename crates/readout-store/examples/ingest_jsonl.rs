//! The store's writer alone, for profiling: reads records from a JSON Lines
//! file (what `readout extract` writes), prepares them all, and then times
//! `Store::ingest` of them into a fresh database.
//!
//! In: `RECORDS.jsonl DATABASE`. Out: the database (replaced if it exists)
//! and a line on stderr with the summary and the time taken. Preparing the
//! records first keeps the count to the writer's own work, so that
//!
//! ```sh
//! target/release/readout extract --out /tmp/records.jsonl ../shared/corpora/polnear/train/text ../shared/corpora/polnear/dev/text
//! cargo build --profile bench -p readout-store --example ingest_jsonl
//! valgrind --tool=callgrind --collect-atstart=no \
//!     --toggle-collect='readout_store::ingest::<impl readout_store::Store>::ingest*' \
//!     target/release/examples/ingest_jsonl /tmp/records.jsonl /tmp/writer.db
//! ```
//!
//! counts the instructions of `Store::ingest` only.

use std::error::Error;
use std::io::BufRead;
use std::time::Instant;

use readout_record::Record;
use readout_store::{PreparedRecord, Store};

fn main() -> Result<(), Box<dyn Error>> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [records_path, database] = arguments.as_slice() else {
        return Err("usage: ingest_jsonl RECORDS.jsonl DATABASE".into());
    };
    let file = std::fs::File::open(records_path).map_err(|error| format!("{records_path}: {error}"))?;
    let mut prepared = Vec::new();
    for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|error| format!("{records_path}: {error}"))?;
        let record: Record =
            serde_json::from_str(&line).map_err(|error| format!("{records_path}:{}: {error}", number + 1))?;
        prepared.push(PreparedRecord::new(record));
    }
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{database}{suffix}");
        if std::path::Path::new(&path).exists() {
            std::fs::remove_file(&path).map_err(|error| format!("{path}: {error}"))?;
        }
    }
    let mut store = Store::open(database)?;
    let started = Instant::now();
    let summary = store.ingest(prepared)?;
    eprintln!("{summary:?} in {:.3} s", started.elapsed().as_secs_f64());
    Ok(())
}
