//! Plain-text files: a path in, a [`Document`] whose text is the file
//! exactly as read out, or an error for files that are not usable text
//! (binary, invalid UTF-8, empty, over the size limit).

use crate::InputError;
use readout_record::{stable_id, Document};
use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 32 * 1024 * 1024 }
    }
}

pub fn read_text_file(path: &Path, limits: Limits) -> Result<Document, InputError> {
    let read_error = |source| InputError::Read { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len();
    if size > limits.max_bytes {
        return Err(InputError::TooLarge { path: path.to_path_buf(), size, limit: limits.max_bytes });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read one byte past the limit so a file that grew is still caught.
    file.take(limits.max_bytes + 1).read_to_end(&mut bytes).map_err(read_error)?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: limits.max_bytes,
        });
    }
    document_from_bytes(path, bytes)
}

/// Check and wrap the bytes of a text input.
pub fn document_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Document, InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { path: path.to_path_buf() });
    }
    let probe = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = memchr::memchr(0, probe) {
        return Err(InputError::Binary { path: path.to_path_buf(), offset });
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| InputError::InvalidUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })?;
    let source = path.display().to_string();
    Ok(Document { id: stable_id(&source, &text), source, text, ..Default::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], expect: &str) {
        let got = match document_from_bytes(Path::new("in.txt"), bytes.to_vec()) {
            Ok(doc) => format!("ok {}", doc.text.len()),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expect);
    }

    #[test]
    fn bad_inputs_name_the_input_and_the_problem() {
        check(b"", "in.txt: empty input");
        check(b"  \n", "in.txt: empty input");
        check(b"abc\0def", "in.txt: binary file (NUL byte at offset 3), not text");
        check(b"caf\xe9 ok", "in.txt: invalid UTF-8 at byte 3");
        check("caf\u{e9}".as_bytes(), "ok 5");
    }

    #[test]
    fn too_large_file_is_refused_before_reading() {
        let path = std::env::temp_dir().join(format!("readout-large-{}.txt", std::process::id()));
        std::fs::write(&path, "x".repeat(100)).unwrap();
        let err = read_text_file(&path, Limits { max_bytes: 10 }).unwrap_err();
        assert!(err.to_string().contains("100 bytes is over the limit of 10 bytes"), "{err}");
        std::fs::remove_file(path).unwrap();
    }
}
