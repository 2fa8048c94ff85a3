//! Paths in, the files to read out: folders are walked recursively (with
//! `walkdir`), in a sorted order so output order is stable, and what a walk
//! passes over is reported, not read.
//!
//! Inside a folder only regular files of an article kind are read; hidden
//! entries are passed over silently, and named pipes, sockets and devices
//! with a note, since reading a pipe nobody writes to would wait forever.
//! Symbolic links are followed, each real file is read once however many
//! paths lead to it, and a link back to a folder above it is reported once
//! and not followed. A path named on the command line is always read,
//! whatever it is: a pipe given explicitly (`readout extract <(zcat a.gz)`)
//! is what the user asked for.

use crate::InputError;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// What expanding the command line's paths gives: the inputs to read, in
/// order, and the entries passed over on the way.
#[derive(Debug, Default)]
pub struct Expansion {
    /// Each input in order: a path to read, or an entry the walk could not
    /// read (a folder without permission, a broken link).
    pub inputs: Vec<Result<PathBuf, InputError>>,
    /// Entries inside folders that were not read, each named once.
    pub skipped: Vec<SkippedEntry>,
}

/// An entry of a folder that the walk passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedEntry {
    pub path: PathBuf,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A named pipe, socket or device: `kind` says which.
    NotARegularFile { kind: &'static str },
    /// A symbolic link to a folder above it, which would be walked forever.
    LinkLoop { ancestor: PathBuf },
    /// Another path (through a symbolic link) to a file already listed.
    SameFileAs { first: PathBuf },
}

impl fmt::Display for SkippedEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.reason {
            SkipReason::NotARegularFile { kind } => write!(f, "{path}: skipped: {kind}, not a regular file"),
            SkipReason::LinkLoop { ancestor } => {
                write!(f, "{path}: skipped: symbolic link loop back to {}", ancestor.display())
            }
            SkipReason::SameFileAs { first } => write!(f, "{path}: skipped: the same file as {}", first.display()),
        }
    }
}

/// Expands folders into their files; every other path is kept as given, so
/// that reading it reports any error against the name the user gave.
pub fn expand_paths(paths: &[PathBuf]) -> Expansion {
    let mut expansion = Expansion::default();
    let mut seen = SeenFiles::default();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut seen, &mut expansion);
        } else {
            expansion.inputs.push(Ok(path.clone()));
        }
    }
    expansion
}

fn walk(root: &Path, seen: &mut SeenFiles, expansion: &mut Expansion) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().unwrap_or(root).to_path_buf();
                if let Some(ancestor) = error.loop_ancestor() {
                    let reason = SkipReason::LinkLoop { ancestor: ancestor.to_path_buf() };
                    expansion.skipped.push(SkippedEntry { path, reason });
                } else {
                    let source = error.into_io_error().unwrap_or_else(|| std::io::Error::other("cannot walk"));
                    expansion.inputs.push(Err(InputError::Read { path, source }));
                }
                continue;
            }
        };
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        let path = entry.into_path();
        if !file_type.is_file() {
            let reason = SkipReason::NotARegularFile { kind: special_file_kind(&file_type) };
            expansion.skipped.push(SkippedEntry { path, reason });
        } else if is_readable_kind(&path) {
            match seen.first_path_to(&path) {
                Some(first) => expansion.skipped.push(SkippedEntry { path, reason: SkipReason::SameFileAs { first } }),
                None => expansion.inputs.push(Ok(path)),
            }
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

/// What a file that is neither a folder nor a regular file is, in words.
fn special_file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}

/// The real files listed so far, by device and inode, so that a file
/// reached through several links is read once.
#[derive(Default)]
struct SeenFiles {
    first_paths: HashMap<(u64, u64), PathBuf>,
}

impl SeenFiles {
    /// The path a file was first listed under, or `None` (and the file is
    /// remembered) when this is the first.
    fn first_path_to(&mut self, path: &Path) -> Option<PathBuf> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let metadata = std::fs::metadata(path).ok()?;
            let key = (metadata.dev(), metadata.ino());
            if let Some(first) = self.first_paths.get(&key) {
                return Some(first.clone());
            }
            self.first_paths.insert(key, path.to_path_buf());
        }
        let _ = (path, &self.first_paths);
        None
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

    /// The walk's inputs and skipped entries, as paths relative to `root`.
    fn relative(expansion: &Expansion, root: &Path) -> (Vec<String>, Vec<String>) {
        let name = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
        let inputs = expansion
            .inputs
            .iter()
            .map(|input| match input {
                Ok(path) => name(path),
                Err(error) => format!("error: {}", name(Path::new(&error.input()))),
            })
            .collect();
        let skipped = expansion.skipped.iter().map(|entry| name(&entry.path)).collect();
        (inputs, skipped)
    }

    #[test]
    fn folders_expand_sorted_and_recursively() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden", "job.py", "page.html.gz"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let expansion = expand_paths(&[dir.to_path_buf(), dir.join("missing.txt")]);
        let (inputs, skipped) = relative(&expansion, dir);
        assert_eq!(inputs, ["a.txt", "b.txt", "page.html.gz", "sub/c.txt", "missing.txt"]);
        assert!(skipped.is_empty(), "{skipped:?}");
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_reported_once_and_each_file_read_once() {
        // Regression: `loop -> .` was followed 40 levels deep, every file
        // processed 40 times.
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        std::fs::create_dir(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        std::fs::write(dir.join("sub/b.txt"), "x").unwrap();
        std::os::unix::fs::symlink(".", dir.join("loop")).unwrap();
        std::os::unix::fs::symlink("../sub", dir.join("sub/again")).unwrap();
        std::os::unix::fs::symlink("a.txt", dir.join("alias.txt")).unwrap();
        let expansion = expand_paths(&[dir.to_path_buf()]);
        let (inputs, skipped) = relative(&expansion, dir);
        assert_eq!(inputs, ["a.txt", "sub/b.txt"]);
        assert_eq!(skipped, ["alias.txt", "loop", "sub/again"]);
        assert!(matches!(expansion.skipped[1].reason, SkipReason::LinkLoop { .. }));
        assert_eq!(
            expansion.skipped[0].to_string(),
            format!("{}: skipped: the same file as {}", dir.join("alias.txt").display(), dir.join("a.txt").display())
        );
    }

    #[cfg(unix)]
    #[test]
    fn named_pipes_in_a_folder_are_skipped_not_opened() {
        // Regression: a FIFO in a folder hung `readout extract DIR` forever.
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        let fifo = std::ffi::CString::new(dir.join("pipe").into_os_string().into_encoded_bytes()).unwrap();
        // SAFETY: mkfifo reads a NUL-terminated path and a mode.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
        let listener = std::os::unix::net::UnixListener::bind(dir.join("socket")).unwrap();
        let expansion = expand_paths(&[dir.to_path_buf()]);
        drop(listener);
        let (inputs, skipped) = relative(&expansion, dir);
        assert_eq!(inputs, ["a.txt"]);
        assert_eq!(skipped, ["pipe", "socket"]);
        assert!(expansion.skipped[0].to_string().ends_with("pipe: skipped: a named pipe, not a regular file"));
        assert!(expansion.skipped[1].to_string().ends_with("socket: skipped: a socket, not a regular file"));
    }

    #[cfg(unix)]
    #[test]
    fn a_broken_link_is_an_input_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        std::os::unix::fs::symlink("nowhere.txt", dir.join("broken.txt")).unwrap();
        let expansion = expand_paths(&[dir.to_path_buf()]);
        let (inputs, _) = relative(&expansion, dir);
        assert_eq!(inputs, ["error: broken.txt"]);
    }
}
