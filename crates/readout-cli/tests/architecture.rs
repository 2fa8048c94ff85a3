//! ARCHITECTURE.md stays true to the tree: every repository path it names in
//! backticks (`crates/readout-segment/src/lib.rs`, `examples/`, `Cargo.toml`)
//! must exist.
//!
//! A backticked word counts as a path when it has no spaces and either holds
//! a `/` (and starts with a top-level entry of the repository, `./` or `../`,
//! ends with `/`, or ends in a file name with an extension) or ends in `.rs`,
//! `.md`, `.toml` or `.tsv`. A path with a `/` is looked up from the
//! repository root, or from a crate folder (`src/main.rs` inside a section
//! about one crate); a bare file name (`lib.rs`) must exist somewhere in the
//! tree. Placeholders (`DIR/<stem>.json`, `$OUT/x`) are skipped, and a glob
//! (`crates/*/src`) is checked up to its first wildcard. Fenced code blocks
//! are skipped: they hold commands and sample output, not references.
//!
//! The environment variable `READOUT_ARCHITECTURE_MD` points the test at
//! another copy of the document, for checking a draft.

use std::path::{Path, PathBuf};

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The contents of the inline code spans of a Markdown text, outside fenced blocks.
fn inline_code(markdown: &str) -> Vec<String> {
    let mut spans = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let mut parts = line.split('`');
        parts.next();
        while let (Some(inside), Some(_)) = (parts.next(), parts.next()) {
            spans.push(inside.to_string());
        }
    }
    spans
}

/// Whether a code span looks like a path in the repository.
fn looks_like_path(candidate: &str, root: &Path) -> bool {
    let candidate = candidate.trim();
    if candidate.is_empty() || candidate.chars().any(|c| c.is_whitespace() || "<>$@|=\"'".contains(c)) {
        return false;
    }
    if candidate.contains("://") || candidate.contains("::") || candidate.starts_with('-') {
        return false;
    }
    // "../shared/eval" lies beside the repository, not in it: a clone
    // without it must still pass.
    if candidate.starts_with("../") {
        return false;
    }
    let has_listed_extension = [".rs", ".md", ".toml", ".tsv"].iter().any(|ext| candidate.ends_with(ext));
    if !candidate.contains('/') {
        return has_listed_extension;
    }
    let first = candidate.split('/').next().unwrap_or("");
    let last = candidate.rsplit('/').next().unwrap_or("");
    let starts_in_repository = first == "." || first == ".." || (!first.is_empty() && root.join(first).exists());
    let names_a_file = last.contains('.') && !last.starts_with('.') && !last.ends_with('.');
    starts_in_repository || candidate.ends_with('/') || names_a_file || has_listed_extension
}

/// The part of a path up to its first component with a wildcard.
fn before_wildcards(path: &str) -> &str {
    match path.find(['*', '?', '{', '[']) {
        Some(at) => path[..at].rfind('/').map_or("", |slash| &path[..slash]),
        None => path,
    }
}

/// Every file name in the tree, leaving out build output and hidden folders.
fn all_file_names(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "target" || name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            all_file_names(&path, out);
        } else {
            out.push(name);
        }
    }
}

/// Whether a path named in the document exists.
fn exists(path: &str, root: &Path, crate_dirs: &[PathBuf], file_names: &[String]) -> bool {
    // A trailing `:line` or `:line:column` points into a file.
    let path = path.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':');
    let path = before_wildcards(path.trim_start_matches("./"));
    if path.is_empty() {
        return true;
    }
    if !path.contains('/') {
        return root.join(path).exists() || file_names.iter().any(|name| name == path);
    }
    root.join(path).exists() || crate_dirs.iter().any(|dir| dir.join(path).exists())
}

/// The paths of `markdown` that do not exist under `root`.
fn missing_paths(markdown: &str, root: &Path) -> Vec<String> {
    let mut crate_dirs: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    crate_dirs.sort();
    let mut file_names = Vec::new();
    all_file_names(root, &mut file_names);
    let mut missing: Vec<String> = Vec::new();
    for candidate in inline_code(markdown) {
        let candidate = candidate.trim().to_string();
        if looks_like_path(&candidate, root)
            && !exists(&candidate, root, &crate_dirs, &file_names)
            && !missing.contains(&candidate)
        {
            missing.push(candidate);
        }
    }
    missing
}

#[test]
fn paths_in_architecture_md_exist() {
    let path = std::env::var_os("READOUT_ARCHITECTURE_MD")
        .map_or_else(|| repository_root().join("ARCHITECTURE.md"), PathBuf::from);
    let markdown = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    let missing = missing_paths(&markdown, &repository_root());
    assert!(missing.is_empty(), "{} names paths that do not exist: {missing:#?}", path.display());
}

#[test]
fn path_detection_on_a_sample() {
    // The rules above, on a sample that mixes paths, code and placeholders.
    let root = repository_root();
    let sample = "The binary is `readout` in `crates/readout-cli/src/main.rs`; see `Cargo.toml`,\n\
        `examples/`, `crates/*/src`, `src/extract.rs`, `lib.rs`, `readout_record::Record`,\n\
        `readout extract --out DIR`, `DIR/<stem>.json`, `text/html`, `--max-bytes`, `x.rs:12`,\n\
        `crates/readout-nothing/src/lib.rs`, `docs/missing.md`, `nowhere.tsv`, `../shared/eval`.\n\
        ```\n`crates/in-a-fence/x.rs`\n```\n";
    let candidates: Vec<String> = inline_code(sample).into_iter().filter(|c| looks_like_path(c, &root)).collect();
    assert_eq!(
        candidates,
        [
            "crates/readout-cli/src/main.rs",
            "Cargo.toml",
            "examples/",
            "crates/*/src",
            "src/extract.rs",
            "lib.rs",
            "crates/readout-nothing/src/lib.rs",
            "docs/missing.md",
            "nowhere.tsv",
        ]
    );
    assert_eq!(missing_paths(sample, &root), ["crates/readout-nothing/src/lib.rs", "docs/missing.md", "nowhere.tsv"]);
}
