//! Bad inputs on the command line: `readout extract` is run on a folder that
//! holds one good article next to one bad file (binary, invalid UTF-8,
//! empty, too large, unreadable), and on JSON Lines with a malformed line.
//!
//! Each test checks the error contract of `src/extract.rs`: every bad input
//! gets exactly one `readout: ...` line on standard error that names it and
//! the problem, every good input still produces a record, standard output
//! holds only valid JSON lines, the exit status is 1 for a failed file (for
//! standard input 0, or 1 with `--strict`), and nothing panics.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const GOOD_ARTICLE: &str = "Council approves new budget\n\n\
    The mayor, Anne Whitlock, said on Tuesday that the budget was \"fair to everyone\".\n\n\
    \"We have listened to residents,\" she said.\n";

/// A fresh temporary folder for one test, holding the good article.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("readout-bad-input-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("good.txt"), GOOD_ARTICLE).unwrap();
        Scratch { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What one run of the binary gave back.
struct Run {
    status: i32,
    records: Vec<serde_json::Value>,
    stderr_lines: Vec<String>,
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command.args(args).env_remove("READOUT_LOG").stdout(Stdio::piped()).stderr(Stdio::piped());
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = command.spawn().expect("the readout binary starts");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(stdout).expect("standard output is UTF-8");
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    assert!(!stderr.contains("panicked"), "the binary panicked:\n{stderr}");
    let records = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}")))
        .collect();
    let stderr_lines = stderr.lines().map(str::to_string).collect();
    Run { status: status.code().expect("the binary exited normally"), records, stderr_lines }
}

fn run_on_folder(scratch: &Scratch) -> Run {
    run(&["extract", "--format", "json", scratch.dir.to_str().unwrap()], None)
}

/// Records that are documents (not `{"id", "error"}` lines) and come from `good.txt`.
fn good_records(run: &Run) -> usize {
    run.records
        .iter()
        .filter(|r| r.get("error").is_none() && r["source"].as_str().is_some_and(|s| s.ends_with("good.txt")))
        .count()
}

/// Check the common outcome for one bad file next to the good article:
/// exactly one error line, naming the file and holding `problem`.
fn assert_one_bad_file(run: &Run, bad: &Path, problem: &str) {
    assert_eq!(run.stderr_lines.len(), 1, "one error line expected: {:?}", run.stderr_lines);
    let line = &run.stderr_lines[0];
    let expected_start = format!("readout: {}: ", bad.display());
    assert!(line.starts_with(&expected_start), "error line does not name {}: {line}", bad.display());
    assert!(line.contains(problem), "error line does not say {problem:?}: {line}");
    assert_eq!(run.records.len(), 1, "only the good article gives a record");
    assert_eq!(good_records(run), 1, "the good article still gives a record");
    assert_eq!(run.status, 1, "a failed file input means exit status 1");
}

#[test]
fn binary_file() {
    let scratch = Scratch::new("binary");
    let bad = scratch.path("image.txt");
    std::fs::write(&bad, b"GIF89a\x01\x00\x00\x00\xff\xfe some text after").unwrap();
    let run = run_on_folder(&scratch);
    assert_one_bad_file(&run, &bad, "binary file (NUL byte at offset 7), not text");
}

#[test]
fn invalid_utf8_file() {
    let scratch = Scratch::new("utf8");
    let bad = scratch.path("latin1.txt");
    std::fs::write(&bad, b"The caf\xe9 owner said \"no comment\".\n").unwrap();
    let run = run_on_folder(&scratch);
    assert_one_bad_file(&run, &bad, "invalid UTF-8 at byte 7");
}

#[test]
fn empty_file() {
    let scratch = Scratch::new("empty");
    let bad = scratch.path("empty.txt");
    std::fs::write(&bad, b"").unwrap();
    let run = run_on_folder(&scratch);
    assert_one_bad_file(&run, &bad, "empty input");
}

#[test]
fn whitespace_only_file() {
    let scratch = Scratch::new("blank");
    let bad = scratch.path("blank.txt");
    std::fs::write(&bad, b"  \n\t\n\n").unwrap();
    let run = run_on_folder(&scratch);
    assert_one_bad_file(&run, &bad, "empty input");
}

/// Write a file of 100 MiB on one line, a mebibyte at a time.
fn write_huge_line(path: &Path) {
    let chunk = vec![b'x'; 1024 * 1024];
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for _ in 0..100 {
        file.write_all(&chunk).unwrap();
    }
    file.write_all(b"\n").unwrap();
    file.flush().unwrap();
}

#[test]
fn too_large_file() {
    let scratch = Scratch::new("large");
    let bad = scratch.path("huge.txt");
    write_huge_line(&bad);
    let started = std::time::Instant::now();
    let run = run_on_folder(&scratch);
    // The size check comes before reading, so refusing the file is quick.
    assert!(started.elapsed().as_secs() < 20, "refusing a large file took {:?}", started.elapsed());
    assert_one_bad_file(&run, &bad, "104857601 bytes is over the limit of 33554432 bytes (raise it with --max-bytes)");
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    // A dangling symbolic link cannot be opened even by root, unlike a file
    // with mode 000 (the tests run as root in CI).
    let scratch = Scratch::new("unreadable");
    let bad = scratch.path("gone.txt");
    std::os::unix::fs::symlink(scratch.path("does-not-exist.txt"), &bad).unwrap();
    let run = run_on_folder(&scratch);
    assert_one_bad_file(&run, &bad, "cannot read: ");
}

#[test]
fn missing_path_argument() {
    // A path named on the command line that does not exist is reported like
    // any other bad file, and the folder next to it is still read.
    let scratch = Scratch::new("missing");
    let bad = scratch.path("no-such-file.txt");
    let run = run(&["extract", scratch.dir.to_str().unwrap(), bad.to_str().unwrap()], None);
    assert_one_bad_file(&run, &bad, "cannot read: ");
}

#[cfg(unix)]
#[test]
fn all_bad_files_together() {
    // All the bad kinds in one folder: one error line each, in any order,
    // and still one record for the good article.
    let scratch = Scratch::new("together");
    std::fs::write(scratch.path("a-binary.txt"), b"abc\0def").unwrap();
    std::fs::write(scratch.path("b-latin1.txt"), b"caf\xe9").unwrap();
    std::fs::write(scratch.path("c-empty.txt"), b"").unwrap();
    write_huge_line(&scratch.path("d-huge.txt"));
    std::os::unix::fs::symlink(scratch.path("nowhere.txt"), scratch.path("e-gone.txt")).unwrap();
    let run = run_on_folder(&scratch);
    assert_eq!(run.stderr_lines.len(), 5, "one error line per bad file: {:?}", run.stderr_lines);
    for name in ["a-binary.txt", "b-latin1.txt", "c-empty.txt", "d-huge.txt", "e-gone.txt"] {
        let prefix = format!("readout: {}: ", scratch.path(name).display());
        let count = run.stderr_lines.iter().filter(|l| l.starts_with(&prefix)).count();
        assert_eq!(count, 1, "{name} should be named by exactly one error line: {:?}", run.stderr_lines);
    }
    assert_eq!(run.records.len(), 1);
    assert_eq!(good_records(&run), 1);
    assert_eq!(run.status, 1);
}

/// Three JSON Lines for standard input: good, malformed, good.
fn stdin_with_malformed_line() -> String {
    let first =
        serde_json::json!({"id": "first", "text": GOOD_ARTICLE, "date": "2024-05-02", "title": null, "url": null});
    let third = serde_json::json!({"id": "third", "text": "\"It works,\" said Tom Baker.", "date": null, "title": "t", "url": null});
    format!("{first}\n{{\"id\": \"second\", \"text\": \"unterminated\n{third}\n")
}

/// The outcome on standard input that does not depend on `--strict`: both
/// good lines give a record, the bad one an error record and one stderr line.
fn assert_stdin_outcome(run: &Run) {
    assert_eq!(run.stderr_lines.len(), 1, "one error line expected: {:?}", run.stderr_lines);
    let line = &run.stderr_lines[0];
    assert!(line.starts_with("readout: <stdin> line 2: malformed JSON"), "error line names line 2: {line}");
    assert_eq!(run.records.len(), 3, "two records and one error record");
    let documents: Vec<&serde_json::Value> = run.records.iter().filter(|r| r.get("error").is_none()).collect();
    assert_eq!(documents.len(), 2, "both good lines give a record");
    assert!(documents.iter().all(|r| r["text"].is_string() && r["quotes"].is_array()));
    let errors: Vec<&serde_json::Value> = run.records.iter().filter(|r| r.get("error").is_some()).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["id"], "<stdin>:2");
    assert!(errors[0]["error"].as_str().unwrap().contains("malformed JSON"), "{}", errors[0]);
    // Output keeps input order: the error record sits between the two records.
    assert!(run.records[1].get("error").is_some(), "error record is second");
}

#[test]
fn malformed_json_line_on_stdin() {
    let run = run(&["extract", "-"], Some(stdin_with_malformed_line().as_bytes()));
    assert_stdin_outcome(&run);
    assert_eq!(run.status, 0, "without --strict a failed line still exits 0");
}

#[test]
fn malformed_json_line_on_stdin_strict() {
    let run = run(&["extract", "--strict", "-"], Some(stdin_with_malformed_line().as_bytes()));
    assert_stdin_outcome(&run);
    assert_eq!(run.status, 1, "with --strict a failed line exits 1");
}

#[test]
fn invalid_utf8_line_on_stdin() {
    // A line of invalid UTF-8 is a bad line too, not a reason to stop.
    let good = serde_json::json!({"id": "ok", "text": "\"Fine,\" she said."});
    let mut input = format!("{good}\n").into_bytes();
    input.extend_from_slice(b"{\"id\": \"x\", \"text\": \"caf\xe9\"}\n");
    let run = run(&["extract", "-"], Some(&input));
    assert_eq!(run.stderr_lines.len(), 1, "{:?}", run.stderr_lines);
    assert!(run.stderr_lines[0].starts_with("readout: <stdin> line 2: invalid UTF-8"), "{:?}", run.stderr_lines);
    assert_eq!(run.records.len(), 2);
    assert_eq!(run.records[1]["id"], "<stdin>:2");
    assert_eq!(run.status, 0);
}

/// Runs `readout extract` on a folder in a child process that must finish
/// within `limit`; a run that hangs is killed and fails the test.
fn run_with_deadline(folder: &Path, limit: std::time::Duration) -> Run {
    let binary = env!("CARGO_BIN_EXE_readout");
    let mut child = Command::new(binary)
        .args(["extract", "--format", "json", folder.to_str().unwrap()])
        .env_remove("READOUT_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("readout extract {} still running after {limit:?}", folder.display());
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    assert!(!stderr.contains("panicked"), "the binary panicked:\n{stderr}");
    let records = String::from_utf8(stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    Run { status: status.code().unwrap(), records, stderr_lines: stderr.lines().map(str::to_string).collect() }
}

#[cfg(unix)]
#[test]
fn folder_with_a_fifo_a_socket_and_a_symlink_loop() {
    // Regressions: a named pipe in a folder hung the run forever, and
    // `loop -> .` made every file come out 40 times. Now the pipe and the
    // socket are skipped, the loop is not followed, a second link to a file
    // reads it once, and each skipped entry is named once; none of them is
    // a failure.
    let scratch = Scratch::new("special");
    std::fs::create_dir(scratch.path("sub")).unwrap();
    std::fs::write(scratch.path("sub/other.txt"), GOOD_ARTICLE.replace("Anne Whitlock", "Ravi Patel")).unwrap();
    let fifo = std::ffi::CString::new(scratch.path("pipe").into_os_string().into_encoded_bytes()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let _socket = std::os::unix::net::UnixListener::bind(scratch.path("socket")).unwrap();
    std::os::unix::fs::symlink(".", scratch.path("loop")).unwrap();
    std::os::unix::fs::symlink("good.txt", scratch.path("same.txt")).unwrap();

    let run = run_with_deadline(&scratch.dir, std::time::Duration::from_secs(60));
    assert_eq!(run.status, 0, "{:?}", run.stderr_lines);
    let mut sources: Vec<&str> = run.records.iter().map(|record| record["source"].as_str().unwrap()).collect();
    sources.sort();
    let expected = [scratch.path("good.txt"), scratch.path("sub/other.txt")];
    assert_eq!(sources, expected.iter().map(|path| path.to_str().unwrap()).collect::<Vec<_>>());
    for (name, problem) in [
        ("pipe", "a named pipe, not a regular file"),
        ("socket", "a socket, not a regular file"),
        ("loop", "symbolic link loop back to"),
        ("same.txt", "the same file as"),
    ] {
        let prefix = format!("readout: {}: skipped: ", scratch.path(name).display());
        let lines: Vec<&String> = run.stderr_lines.iter().filter(|line| line.starts_with(&prefix)).collect();
        assert_eq!(lines.len(), 1, "{name} should be named once: {:?}", run.stderr_lines);
        assert!(lines[0].contains(problem), "{}", lines[0]);
    }
    assert_eq!(run.stderr_lines.len(), 4, "{:?}", run.stderr_lines);
}

#[test]
fn unusable_model_files_stop_extract_before_any_input() {
    // A model given with --cue-model or --pronoun-model that cannot be used
    // stops the command with one line naming the file and the problem,
    // rather than running a model that finds nothing.
    let scratch = Scratch::new("models");
    std::fs::write(scratch.path("empty.tsv"), b"").unwrap();
    std::fs::write(scratch.path("pronouns.tsv"), b"g:agree\t1.5\n").unwrap();
    std::fs::write(scratch.path("cues.tsv"), b"bias\t\t-1\nw\tw|said\t2\n").unwrap();
    let path = |name: &str| scratch.path(name).display().to_string();
    let cases = [
        ("--cue-model", path("missing.tsv"), "cannot read cue model: "),
        ("--cue-model", path("empty.tsv"), "unusable cue model: no weights: not a cue model"),
        ("--model", path("pronouns.tsv"), "unusable cue model: model line 1: unknown line kind"),
        ("--pronoun-model", path("empty.tsv"), "unusable pronoun model: no weights: not a pronoun ranker"),
        ("--pronoun-model", path("cues.tsv"), "unusable pronoun model: model line 1: weight is not a number"),
    ];
    for (option, file, problem) in cases {
        let run = run(&["extract", option, &file, scratch.dir.to_str().unwrap()], None);
        assert_eq!(run.status, 2, "{option} {file}");
        assert!(run.records.is_empty());
        assert_eq!(run.stderr_lines.len(), 1, "{:?}", run.stderr_lines);
        let expected = format!("readout: {file}: {problem}");
        assert!(run.stderr_lines[0].starts_with(&expected), "{:?} should start {expected:?}", run.stderr_lines);
    }
}
