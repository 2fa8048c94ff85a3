//! Development tool: a folder of `.txt` files in, one Citron JSON per file
//! out, using only the extraction library (so attribution can be scored
//! while the command-line crate is being changed). The command line's
//! `readout extract --format citron` is the supported way.
//!
//! Usage: `cargo run --release -p readout-extract --example citron_dir -- IN_DIR OUT_DIR [MODEL]`

use readout_extract::Extractor;
use readout_record::{stable_id, Document};
use serde_json::json;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (input, output) = (&args[1], &args[2]);
    let extractor = match args.get(3) {
        Some(path) => {
            let model = readout_attribute::CueModel::parse(&std::fs::read_to_string(path).expect("model readable"))
                .expect("model parses");
            Extractor::new(model, readout_offices::OfficeTable::builtin().clone())
        }
        None => Extractor::default(),
    };
    std::fs::create_dir_all(output).expect("output folder");
    for entry in std::fs::read_dir(input).expect("input folder") {
        let path = entry.expect("entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        let text = std::fs::read_to_string(&path).expect("UTF-8 text");
        let source = path.display().to_string();
        let record = extractor.extract(&Document { id: stable_id(&source, &text), source, text, ..Default::default() });
        let quotes: Vec<_> = record
            .quotes
            .iter()
            .map(|q| json!({"cue": q.cue, "sources": q.speaker.mention.iter().collect::<Vec<_>>(), "contents": q.content}))
            .collect();
        let body = json!({"text": record.text, "quotes": quotes});
        std::fs::write(format!("{output}/{stem}.json"), body.to_string()).expect("write");
    }
}
