//! Temporary: prints every expression found in the PolNeAR train texts.
use chrono::NaiveDate;
fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/polnear/train/text");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let date = name
            .split('_')
            .nth(1)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        for t in readout_time::find_times(&text, date) {
            let lo = text.floor_char_boundary(t.range.start.saturating_sub(30));
            let hi = text.ceil_char_boundary((t.range.end + 20).min(text.len()));
            println!(
                "{}\t{}\t{}\t[{}]\t{}",
                name,
                date.map(|d| d.to_string()).unwrap_or_default(),
                t.value,
                &text[t.range.clone()],
                text[lo..hi].replace('\n', " ")
            );
        }
    }
}
