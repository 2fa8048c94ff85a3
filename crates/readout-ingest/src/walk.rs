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
        } else {
            out.push(child);
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
        for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let got = expand_paths(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<String> = got.iter().map(|p| p.strip_prefix(&dir).unwrap().display().to_string()).collect();
        assert_eq!(names, ["a.txt", "b.txt", "sub/c.txt", "missing.txt"]);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
