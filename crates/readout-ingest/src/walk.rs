//! Paths in, the files to read out: folders are walked recursively, in a
//! sorted order so output order is stable; hidden files are skipped.

use std::path::{Path, PathBuf};

/// Expand folders into their files. A path that does not exist is kept, so
/// reading it reports the error against the name the user gave.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out);
        } else {
            out.push(path.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if child.is_dir() {
            walk(&child, out);
        } else if is_readable_kind(&child) {
            out.push(child);
        }
    }
}

/// Inside a folder, only files that can hold articles are read: text, HTML,
/// WARC (any of them gzipped), and files without an extension. A script or
/// an image next to the articles is not an article. A file named on the
/// command line is always read.
fn is_readable_kind(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    match name.rsplit_once('.') {
        None => true,
        Some((_, extension)) => {
            matches!(extension, "txt" | "text" | "html" | "htm" | "xhtml" | "warc" | "arc")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_sorted_and_recursively() {
        let dir = std::env::temp_dir().join(format!("readout-walk-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden", "job.py", "page.html.gz"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let got = expand_paths(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<String> = got.iter().map(|p| p.strip_prefix(&dir).unwrap().display().to_string()).collect();
        assert_eq!(names, ["a.txt", "b.txt", "page.html.gz", "sub/c.txt", "missing.txt"]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
