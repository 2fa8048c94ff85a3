//! A site's furniture shows across its pages: `readout extract` over a
//! folder flags a line that three pages of the folder print at their foot,
//! and leaves alone a page of another folder that prints it once.

use std::path::Path;
use std::process::Command;

fn page(dir: &Path, name: &str, story: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let text = format!(
        "Council news {story}\n\n\"We agreed the plan on {story},\" said the council leader, Tom Hale.\n\n\
         Editor's note: comments on this story are moderated by our team.\n"
    );
    std::fs::write(dir.join(name), text).unwrap();
}

/// The boilerplate of each record, in input order.
fn flagged(paths: &[&Path]) -> Vec<Vec<String>> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command.args(["extract", "--format", "json"]).args(paths).env_remove("READOUT_LOG");
    let output = command.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let record: readout_record::Record = serde_json::from_str(line).unwrap();
            record.boilerplate.into_iter().map(|span| span.text).collect()
        })
        .collect()
}

#[test]
fn a_line_on_three_pages_of_a_site_is_flagged_on_each() {
    let root = tempfile::tempdir().unwrap();
    let site = root.path().join("site");
    for (name, story) in [("a.txt", "Monday"), ("b.txt", "Tuesday"), ("c.txt", "Friday")] {
        page(&site, name, story);
    }
    let note = "Editor's note: comments on this story are moderated by our team.";
    assert_eq!(flagged(&[&site]), vec![vec![note.to_string()]; 3]);
    // The same line on one page of another site is that page's text.
    let other = root.path().join("other");
    page(&other, "d.txt", "Sunday");
    assert_eq!(flagged(&[&other]), vec![Vec::<String>::new()]);
}
