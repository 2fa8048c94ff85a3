//! The crate's one error type: what can go wrong reading a model file (the
//! name tagger's or the pronoun ranker's) or training one from a corpus.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}, line {line}: {problem}")]
    Corpus { path: PathBuf, line: usize, problem: String },
    #[error("not a name model: {0}")]
    Model(String),
    #[error("training failed: {0}")]
    Training(String),
    /// A line of a pronoun ranker's file that is not `feature<TAB>weight`.
    #[error("model line {line}: {problem}")]
    MalformedPronounModel { line: usize, problem: String },
    /// A pronoun ranker's file with no weight in it.
    #[error("no weights: not a pronoun ranker from `readout train pronouns`")]
    EmptyPronounModel,
    /// A line of a nominal person model's file that is not `key<TAB>weight`.
    #[error("nominal person model line {line}: {problem}")]
    MalformedNominalModel { line: usize, problem: String },
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: Error, expect: &str) {
        assert_eq!(input.to_string(), expect);
    }

    #[test]
    fn messages_name_the_problem() {
        check(Error::Model("bad magic".into()), "not a name model: bad magic");
        check(
            Error::Corpus { path: "dep/GUM_x.conllu".into(), line: 3, problem: "10 columns expected".into() },
            "dep/GUM_x.conllu, line 3: 10 columns expected",
        );
    }
}
