//! Records come out in input order however the workers finish.
//!
//! `readout extract` and `readout ingest` analyse several batches at once
//! (`Pipeline::extract_in_order`); a folder of many inputs, some far longer
//! than the rest so that later ones finish first, must still give records in
//! the order the folder is walked (sorted paths), and a bad input in the
//! middle must keep its place without stopping the rest.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Inputs in the folder: several batches of both commands' sizes.
const INPUTS: usize = 700;

/// A temporary folder of numbered articles; every seventh is long.
fn write_inputs(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut paths = Vec::new();
    for number in 0..INPUTS {
        let path = dir.join(format!("article-{number:04}.txt"));
        let sentence = format!("\"Plan {number} is ready,\" said Mayor Anne Whitlock on Tuesday.\n\n");
        let repeats = if number % 7 == 0 { 60 } else { 1 };
        std::fs::write(&path, format!("Article {number}\n\n{}", sentence.repeat(repeats))).unwrap();
        paths.push(path);
    }
    // One bad input in the middle is reported and left out; the inputs
    // after it keep their places.
    std::fs::write(dir.join("article-0350.txt"), b"abc\0def").unwrap();
    paths
}

/// The sources of the good inputs, in walk order.
fn good_sources(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().filter(|path| !path.ends_with("article-0350.txt")).map(|path| path.display().to_string()).collect()
}

fn readout(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_readout")).args(args).env_remove("READOUT_LOG").output().unwrap()
}

#[test]
fn extract_writes_records_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let paths = write_inputs(&dir.path().join("in"));
    let output = readout(&["extract", "--threads", "4", dir.path().join("in").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "one input is bad");
    let sources: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["source"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(sources, good_sources(&paths));
}

#[test]
fn ingest_stores_documents_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let paths = write_inputs(&dir.path().join("in"));
    let database = dir.path().join("order.db");
    let output = readout(&[
        "ingest",
        "--threads",
        "4",
        "--db",
        database.to_str().unwrap(),
        dir.path().join("in").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1), "one input is bad");
    let store = readout_store::Store::open(&database).unwrap();
    let connection = store.connection();
    let mut statement = connection.prepare("SELECT source FROM documents ORDER BY rowid").unwrap();
    let sources: Vec<String> = statement.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(sources, good_sources(&paths));
    let quotes: i64 = connection.query_row("SELECT count(*) FROM quotes", [], |row| row.get(0)).unwrap();
    assert!(quotes >= (INPUTS - 1) as i64, "every good article has its quote: {quotes}");
}
