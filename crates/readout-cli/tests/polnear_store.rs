//! The store bar on a real corpus: PolNeAR train and dev texts (924
//! articles) ingested in one command, then the speaker table read back.
//!
//! In: `../shared/corpora/polnear/{train,dev}/text` beside the repository
//! and the built `readout` binary. The test is ignored by default, so that a
//! clone without the shared corpora passes and `cargo test` lists it as
//! ignored; `cargo test -- --include-ignored` (as `.ci/run` does) runs it,
//! and then a missing corpus is a failure, not a silent pass.
//! Out: assertions that the Clintons come out as the right people: one
//! Hillary Clinton whatever she is called ("Clinton", "Hillary Clinton",
//! "Hillary Rodham Clinton", "Mrs. Clinton"), and Bill and Chelsea Clinton
//! as people of their own; and that a speaker query returns every quote
//! the speaker table counts for her, across articles.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn readout(arguments: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_readout")).args(arguments).output().expect("run readout");
    assert!(output.status.success(), "readout {arguments:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("json")
}

#[test]
#[ignore = "needs ../shared/corpora/polnear beside the repository"]
fn polnear_speakers_are_the_right_people() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/polnear");
    let (train, dev) = (corpora.join("train/text"), corpora.join("dev/text"));
    assert!(train.is_dir() && dev.is_dir(), "PolNeAR texts not found under {}", corpora.display());
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("polnear.db");
    let database = database.to_str().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["ingest", "--db", database, train.to_str().unwrap(), dev.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("924 documents"), "{stderr}");

    let speakers = readout(&["speakers", "--db", database, "--format", "json"]);
    let speakers = speakers.as_array().unwrap();
    let people: Vec<&Value> = speakers.iter().filter(|row| row["kind"] == "person").collect();
    let named = |name: &str| -> Vec<&Value> { people.iter().copied().filter(|row| row["name"] == name).collect() };

    // No speaker is a bare or honorific form of a Clinton: those are aliases.
    for alias in ["Clinton", "Mrs. Clinton", "Mrs Clinton", "Hillary", "Hillary Rodham Clinton", "Secretary Clinton"] {
        assert!(named(alias).is_empty(), "{alias:?} is a speaker of its own: {:?}", named(alias));
    }
    let hillary = named("Hillary Clinton");
    assert_eq!(hillary.len(), 1, "Hillary Clinton: {hillary:?}");
    let hillary = hillary[0];
    assert!(hillary["documents"].as_i64().unwrap() > 50, "{hillary}");

    // Bill and Chelsea are people of their own, not merged into Hillary.
    let clintons: Vec<&str> = people
        .iter()
        .filter_map(|row| row["name"].as_str())
        .filter(|name| name.split_whitespace().last() == Some("Clinton"))
        .collect();
    for other in ["Bill Clinton", "Chelsea Clinton"] {
        let rows = named(other);
        assert_eq!(rows.len(), 1, "{other}: one speaker expected, Clinton speakers are {clintons:?}");
        assert_ne!(rows[0]["entity_id"], hillary["entity_id"]);
    }

    // Her aliases: the forms the articles use, and none of the others' names.
    let entities = readout(&["entities", "--db", database, "list", "Hillary Clinton", "--format", "json"]);
    let entity = entities
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["id"] == hillary["entity_id"])
        .unwrap_or_else(|| panic!("entity {} not listed: {entities}", hillary["entity_id"]));
    let aliases: Vec<&str> = entity["aliases"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    for alias in ["Clinton", "Hillary Rodham Clinton"] {
        assert!(aliases.contains(&alias), "{alias:?} not among {aliases:?}");
    }
    for other in ["Bill Clinton", "Chelsea Clinton", "Bill", "Chelsea"] {
        assert!(!aliases.contains(&other), "{other:?} among Hillary's aliases {aliases:?}");
    }

    // Every quote the speaker table counts comes back from a speaker query,
    // whichever of her names it is asked by.
    let expected = hillary["quotes"].as_i64().unwrap();
    for name in ["Hillary Clinton", "Hillary Rodham Clinton"] {
        let quotes = readout(&["quotes", "--db", database, "--speaker", name, "--limit", "100000", "--format", "json"]);
        let quotes = quotes.as_array().unwrap();
        assert_eq!(quotes.len() as i64, expected, "quotes by {name:?}");
        let documents: std::collections::HashSet<&str> =
            quotes.iter().filter_map(|quote| quote["document_id"].as_str()).collect();
        assert_eq!(documents.len() as i64, hillary["documents"].as_i64().unwrap());
        assert!(quotes.iter().all(|quote| quote["speaker_entity_id"] == hillary["entity_id"]));
    }
}
