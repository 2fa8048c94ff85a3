//! Training: GUM documents in, the bytes of a name model file out.
//!
//! Each document's text is rebuilt as the scorer rebuilds it, segmented by
//! readout's own segmenter, and its gold name spans (see [`crate::gold`])
//! are projected onto readout's tokens as BIO labels by byte overlap. The
//! sentences of a document make one training sequence whose items carry the
//! hashed feature keys (hex strings) as CRF attributes. A linear-chain CRF is fitted
//! by crfs (L-BFGS with L1 and L2 penalties, fixed iteration cap, one
//! thread: deterministic), its weights are read back from crfs's model
//! dump, weights under `min_weight` in magnitude are dropped, and the rest
//! are written in this crate's own format (see [`crate::model`]), which the
//! tagger reads without crfs.

use crate::augment::with_headlines;
use crate::error::{Error, Result};
use crate::features::{DocFeatures, BIAS_KEY};
use crate::gold::gold_names;
use crate::gum::read_gum_document;
use crate::labels::{encode, LABEL_NAMES, NUM_LABELS, OUTSIDE};
use crate::model::{to_bytes, Row};
use readout_record::EntityKind;
use readout_segment::{segment, Segmented};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

/// The GUM genres whose text licence allows shipping a model trained on
/// them in an MIT/Apache project: academic and court (CC BY 4.0), news and
/// interviews (Wikinews, CC BY 2.5).
pub const LICENSED_GENRES: [&str; 4] = ["academic", "court", "interview", "news"];

#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// L1 penalty (sparsity).
    pub c1: f64,
    /// L2 penalty.
    pub c2: f64,
    pub max_iterations: usize,
    /// Weights of smaller magnitude are left out of the model file.
    pub min_weight: f32,
    /// Also learn from title-case and upper-case copies of some sentences.
    pub headlines: bool,
    /// Subtracted from the score of the outside label `O` of every token
    /// after training: above 0, more and longer names (recall for
    /// precision).
    pub outside_penalty: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            c1: 0.01,
            c2: 0.01,
            max_iterations: 150,
            min_weight: 0.01,
            headlines: true,
            outside_penalty: 0.5,
        }
    }
}

/// Train a name model on the GUM documents `docs` (names as in `dev.txt`)
/// of `gum_dir`; the bytes of the model file.
pub fn train_from_gum(gum_dir: &Path, docs: &[String], options: &TrainOptions) -> Result<Vec<u8>> {
    let started = std::time::Instant::now();
    let mut trainer = crfs::Trainer::lbfgs();
    let params = trainer.params_mut();
    let bad = |e: std::io::Error| Error::Training(e.to_string());
    params.set_c1(options.c1).map_err(bad)?;
    params.set_c2(options.c2).map_err(bad)?;
    params.set_max_iterations(options.max_iterations.max(1)).map_err(bad)?;
    let mut stats = Stats::default();
    for name in docs {
        let doc = read_gum_document(gum_dir, name)?;
        let names: Vec<(Range<usize>, EntityKind)> = gold_names(&doc).into_iter().map(|g| (g.bytes, g.kind)).collect();
        add_text(&mut trainer, &doc.text, &names, 0, &mut stats.text)?;
        if options.headlines {
            if let Some(a) = with_headlines(&doc, &names) {
                add_text(&mut trainer, &a.text, &a.names, a.appended, &mut stats.headlines)?;
            }
        }
    }
    if stats.text.sequences + stats.headlines.sequences == 0 {
        return Err(Error::Training("no sentences to learn from".into()));
    }
    tracing::info!(
        documents = docs.len(),
        sentences = stats.text.sentences,
        tokens = stats.text.tokens,
        names = stats.text.names,
        headline_copies = stats.headlines.sentences,
        headline_tokens = stats.headlines.tokens,
        headline_names = stats.headlines.names,
        "training the name CRF"
    );
    let file = tempfile::NamedTempFile::new().map_err(|e| Error::Training(format!("temporary file: {e}")))?;
    trainer.train(file.path()).map_err(|e| Error::Training(format!("crfs: {e}")))?;
    let crf = std::fs::read(file.path()).map_err(|source| Error::Read { path: file.path().to_path_buf(), source })?;
    let (mut entries, transitions) = export(&crf, options.min_weight)?;
    if options.outside_penalty != 0.0 {
        match entries.iter_mut().find(|(key, _)| *key == BIAS_KEY) {
            Some((_, row)) => row[usize::from(OUTSIDE)] -= options.outside_penalty,
            None => {
                let mut row = [0.0; NUM_LABELS];
                row[usize::from(OUTSIDE)] = -options.outside_penalty;
                entries.push((BIAS_KEY, row));
            }
        }
    }
    tracing::info!(features = entries.len(), seconds = started.elapsed().as_secs_f64(), "name CRF trained");
    Ok(to_bytes(&entries, &transitions))
}

#[derive(Default)]
struct Stats {
    text: Counts,
    headlines: Counts,
}

#[derive(Default)]
struct Counts {
    sequences: usize,
    sentences: usize,
    tokens: usize,
    names: usize,
}

/// Add the sentences of `text` that start at byte `from` or later, as one
/// sequence: crfs's L-BFGS does work proportional to the number of
/// features for every sequence, so few long sequences train much faster
/// than one per sentence. Features never look across a sentence boundary;
/// only the label transition there is learned in addition (the tagger
/// decodes each sentence on its own).
fn add_text(
    trainer: &mut crfs::Trainer<crfs::train::Lbfgs>,
    text: &str,
    names: &[(Range<usize>, EntityKind)],
    from: usize,
    stats: &mut Counts,
) -> Result<()> {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let labels = project(&seg, names);
    let doc = DocFeatures::for_training(text, &seg);
    let (mut keys, mut offsets) = (Vec::new(), Vec::new());
    let mut xseq: Vec<Vec<crfs::Attribute>> = Vec::new();
    let mut yseq: Vec<&str> = Vec::new();
    for sentence in seg.sentences.iter().filter(|s| s.range.start >= from && s.first_token < s.end_token) {
        doc.sentence(sentence, &mut keys, &mut offsets);
        xseq.extend(offsets.windows(2).map(|w| {
            keys[w[0] as usize..w[1] as usize].iter().map(|k| crfs::Attribute::new(format!("{k:016x}"), 1.0)).collect()
        }));
        yseq.extend(labels[sentence.first_token..sentence.end_token].iter().map(|&l| LABEL_NAMES[usize::from(l)]));
        stats.sentences += 1;
    }
    if yseq.is_empty() {
        return Ok(());
    }
    trainer.append(&xseq, &yseq).map_err(|e| Error::Training(format!("crfs: {e}")))?;
    stats.sequences += 1;
    stats.tokens += yseq.len();
    stats.names += yseq.iter().filter(|l| l.starts_with("B-")).count();
    Ok(())
}

/// BIO labels of `seg`'s tokens for name byte spans: a name covers the
/// tokens its bytes overlap; a name that would share a token with an
/// earlier one is dropped.
pub(crate) fn project(seg: &Segmented, names: &[(Range<usize>, EntityKind)]) -> Vec<u8> {
    let mut spans: Vec<(Range<usize>, EntityKind)> = Vec::new();
    let mut taken = vec![false; seg.tokens.len()];
    for (bytes, kind) in names {
        let first = seg.tokens.partition_point(|t| t.range.end <= bytes.start);
        let end = seg.tokens.partition_point(|t| t.range.start < bytes.end);
        if first >= end || taken[first..end].iter().any(|&t| t) {
            continue;
        }
        taken[first..end].iter_mut().for_each(|t| *t = true);
        spans.push((first..end, *kind));
    }
    encode(seg.tokens.len(), &spans)
}

/// Feature entries (key, weight per label) and the transition matrix.
type Exported = (Vec<(u64, Row)>, [Row; NUM_LABELS]);

/// Read the weights of a crfs model file through its text dump: feature
/// entries (key, weight per label) and the transition matrix.
fn export(crf: &[u8], min_weight: f32) -> Result<Exported> {
    let model = crfs::Model::new(crf).map_err(|e| Error::Training(format!("crfs model: {e}")))?;
    let mut dump = Vec::new();
    model.dump(&mut dump).map_err(|e| Error::Training(format!("crfs dump: {e}")))?;
    let dump = String::from_utf8(dump).map_err(|_| Error::Training("crfs dump is not UTF-8".into()))?;
    let label = |name: &str| {
        LABEL_NAMES.iter().position(|l| *l == name).ok_or_else(|| Error::Training(format!("unknown label {name:?}")))
    };
    let mut transitions = [[0.0f32; NUM_LABELS]; NUM_LABELS];
    let mut rows: HashMap<u64, Row> = HashMap::new();
    let mut section = "";
    for line in dump.lines() {
        if let Some(name) = line.strip_suffix(" = {") {
            section = name;
            continue;
        }
        // "  (0) 1f2e3d4c5b6a7988 --> B-PER: 0.123456"
        let Some((_, rest)) = line.trim_start().split_once(") ") else { continue };
        let Some((source, rest)) = rest.split_once(" --> ") else { continue };
        let Some((target, weight)) = rest.rsplit_once(": ") else { continue };
        let weight: f32 = weight.trim().parse().map_err(|_| Error::Training(format!("crfs dump line {line:?}")))?;
        let weight = if weight.abs() < min_weight { 0.0 } else { weight };
        match section {
            "TRANSITIONS" => transitions[label(source)?][label(target)?] = weight,
            "STATE_FEATURES" => {
                let key =
                    u64::from_str_radix(source, 16).map_err(|_| Error::Training(format!("attribute {source:?}")))?;
                rows.entry(key).or_insert([0.0; NUM_LABELS])[label(target)?] = weight;
            }
            _ => {}
        }
    }
    let mut entries: Vec<(u64, Row)> = rows.into_iter().filter(|(_, row)| row.iter().any(|&w| w != 0.0)).collect();
    entries.sort_by_key(|(key, _)| *key);
    Ok((entries, transitions))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Project `names` (substrings and kinds) onto the tokens of `input`;
    /// show the labels.
    fn check(input: &str, names: &[(&str, EntityKind)], expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let spans: Vec<(Range<usize>, EntityKind)> = names
            .iter()
            .map(|(n, k)| {
                let at = input.find(n).unwrap();
                (at..at + n.len(), *k)
            })
            .collect();
        let labels = project(&seg, &spans);
        let shown: Vec<&str> = labels.iter().map(|&l| LABEL_NAMES[usize::from(l)]).collect();
        assert_eq!(shown.join(" "), expect);
    }

    /// A GUM-like folder with `docs` (name, sentences of `form/UPOS`
    /// words with `[type` ... `]` mentions) in `dep/` and an empty dev list.
    fn synthetic_gum(docs: &[(&str, &[&str])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("dep")).unwrap();
        std::fs::write(dir.path().join("dev.txt"), "").unwrap();
        for (name, sentences) in docs {
            let mut conllu = String::new();
            let mut entity = 0;
            for sentence in *sentences {
                conllu.push_str("# newpar\n");
                for (i, word) in sentence.split_whitespace().enumerate() {
                    let (mut misc, mut rest) = (String::new(), word);
                    if let Some((etype, r)) = rest.strip_prefix('[').and_then(|r| r.split_once('|')) {
                        entity += 1;
                        misc = format!("({entity}-{etype}-new-_-_-1-_-_");
                        rest = r;
                    }
                    if let Some(r) = rest.strip_suffix(']') {
                        misc.push_str(&format!("{entity})"));
                        rest = r;
                    }
                    let (form, upos) = rest.split_once('/').unwrap();
                    let misc = if misc.is_empty() { "_".to_string() } else { format!("Entity={misc}") };
                    conllu.push_str(&format!("{}\t{form}\t_\t{upos}\t_\t_\t0\troot\t_\t{misc}\n", i + 1));
                }
                conllu.push('\n');
            }
            std::fs::write(dir.path().join("dep").join(format!("{name}.conllu")), conllu).unwrap();
        }
        dir
    }

    #[test]
    fn training_is_deterministic_and_learns() {
        let gum = synthetic_gum(&[
            (
                "GUM_news_a",
                &[
                    r"[person|Anna/PROPN Berg/PROPN] visited/VERB [place|Oslo/PROPN] ./PUNCT",
                    r"Later/ADV [person|Berg/PROPN] left/VERB [place|Oslo/PROPN] for/ADP [place|Rome/PROPN] ./PUNCT",
                    r"The/DET [organization|Acme/PROPN Bank/PROPN] hired/VERB [person|Carl/PROPN Dahl/PROPN] ./PUNCT",
                ],
            ),
            (
                "GUM_news_b",
                &[
                    r"[person|Carl/PROPN Dahl/PROPN] flew/VERB to/ADP [place|Rome/PROPN] ./PUNCT",
                    r"He/PRON met/VERB [person|Anna/PROPN Berg/PROPN] at/ADP [organization|Acme/PROPN Bank/PROPN] ./PUNCT",
                ],
            ),
        ]);
        let docs = vec!["GUM_news_a".to_string(), "GUM_news_b".to_string()];
        let options = TrainOptions { max_iterations: 30, ..TrainOptions::default() };
        let first = train_from_gum(gum.path(), &docs, &options).unwrap();
        let second = train_from_gum(gum.path(), &docs, &options).unwrap();
        assert!(first == second, "two trainings on the same data differ");
        let tagger = crate::NameTagger::from_bytes(&first).unwrap();
        let text = "Carl Dahl flew to Oslo.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let found: Vec<String> =
            tagger.tag(text, &seg).iter().map(|s| format!("{}:{}", s.kind.as_str(), &text[s.bytes.clone()])).collect();
        assert_eq!(found.join(" "), "person:Carl Dahl place:Oslo");
    }

    #[test]
    fn missing_documents_are_reported() {
        let gum = synthetic_gum(&[]);
        let err = train_from_gum(gum.path(), &["GUM_news_gone".to_string()], &TrainOptions::default()).unwrap_err();
        assert!(err.to_string().starts_with("cannot read "), "{err}");
        let err = train_from_gum(gum.path(), &[], &TrainOptions::default()).unwrap_err();
        assert_eq!(err.to_string(), "training failed: no sentences to learn from");
    }

    #[test]
    fn names_project_onto_readout_tokens() {
        check(
            r"Clinton’s aide met Donald J. Trump.",
            &[("Clinton", EntityKind::Person), ("Donald J. Trump", EntityKind::Person)],
            "B-PER O O B-PER I-PER I-PER I-PER O",
        );
        check(r"in New York", &[("New York", EntityKind::Place), ("York", EntityKind::Place)], "O B-LOC I-LOC");
    }
}
