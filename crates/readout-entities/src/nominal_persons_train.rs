//! Training and scoring the nominal person model: GUM documents in
//! (`dep/*.conllu`), a [`NominalPersonModel`] or its figures out.
//!
//! Each document's text is segmented as readout segments any text, and
//! every candidate word ([`is_candidate`]) is an example: positive where it
//! is the head of a gold person mention that is a singular common noun
//! (UD `NOUN`, Penn `NN`: "the man", "a campaign aide", "my father"), the
//! token whose governor lies outside the mention. Names, pronouns and
//! plurals are negative. For the model of groups (`plural`) it is the
//! other way round: plural heads (Penn `NNS`: "pregnant women", "the
//! researchers") are the positives, singulars negative. The averaged perceptron passes over the examples
//! in document order; no randomness, so the same documents give the same
//! file, byte for byte.

use crate::evaluate::Score;
use crate::gum::{read_gum_document, GumDocument};
use crate::hashing::HashedKeys;
use crate::nominal_persons::{find_nominal_persons, head_features, is_candidate, NominalPersonModel};
use crate::Result;
use readout_segment::{segment, Document, Segmented};
use std::collections::HashMap;
use std::path::Path;

/// Weights of smaller magnitude are left out of the file.
const MIN_WEIGHT: f32 = 0.001;

/// One document ready to learn from: its text, segmentation and, per
/// token, whether it heads a gold description of a person.
struct Example {
    text: String,
    seg: Segmented,
    heads: Vec<bool>,
}

fn example(doc: &GumDocument, plural: bool) -> Example {
    let seg = segment(&doc.text, std::slice::from_ref(&(0..doc.text.len())));
    let mut heads = vec![false; seg.tokens.len()];
    for mention in doc.mentions.iter().filter(|m| m.etype == "person") {
        let inside = |t: usize| t >= mention.first && t <= mention.last;
        let Some(head) =
            (mention.first..=mention.last).find(|&t| doc.tokens[t].head.is_none_or(|governor| !inside(governor)))
        else {
            continue;
        };
        let token = &doc.tokens[head];
        if token.upos != "NOUN" || token.xpos != if plural { "NNS" } else { "NN" } {
            continue;
        }
        let at = seg.tokens.partition_point(|t| t.range.end <= token.bytes.start);
        if at < heads.len() && seg.tokens[at].range.start < token.bytes.end {
            heads[at] = true;
        }
    }
    Example { text: doc.text.clone(), seg, heads }
}

/// Train on the GUM documents `docs` of `gum_dir` for `epochs` passes; the
/// model finds a description where a word scores above `threshold`, of a
/// single person or (`plural`) of a group of people.
pub fn train_nominal_persons(
    gum_dir: &Path,
    docs: &[String],
    epochs: usize,
    threshold: f32,
    plural: bool,
) -> Result<NominalPersonModel> {
    let examples: Vec<Example> =
        docs.iter().map(|name| read_gum_document(gum_dir, name).map(|d| example(&d, plural))).collect::<Result<_>>()?;
    // Averaged perceptron: `weights` as trained, `totals` the sum of each
    // weight over every step, kept lazily through `changed_at`.
    let mut weights: HashMap<u64, f32, HashedKeys> = HashMap::default();
    let mut totals: HashMap<u64, f64, HashedKeys> = HashMap::default();
    let mut changed_at: HashMap<u64, u64, HashedKeys> = HashMap::default();
    let mut step: u64 = 0;
    let mut features = Vec::new();
    for _ in 0..epochs.max(1) {
        for ex in &examples {
            let doc = Document::new(&ex.text, &ex.seg);
            for token in (0..doc.len()).filter(|&t| is_candidate(&doc, t)) {
                step += 1;
                head_features(&doc, token, &mut features);
                let score: f32 = features.iter().map(|k| weights.get(k).copied().unwrap_or(0.0)).sum();
                let gold = if ex.heads[token] { 1.0 } else { -1.0 };
                if gold * score <= 0.0 {
                    for &key in &features {
                        let weight = weights.entry(key).or_insert(0.0);
                        let since = changed_at.insert(key, step).unwrap_or(0);
                        *totals.entry(key).or_insert(0.0) += f64::from(*weight) * (step - since) as f64;
                        *weight += gold;
                    }
                }
            }
        }
    }
    let mut model = NominalPersonModel { threshold, plural, ..NominalPersonModel::default() };
    for (&key, &weight) in &weights {
        let since = changed_at.get(&key).copied().unwrap_or(0);
        let total = totals.get(&key).copied().unwrap_or(0.0) + f64::from(weight) * (step - since) as f64;
        let average = (total / step.max(1) as f64) as f32;
        if average.abs() >= MIN_WEIGHT {
            model.weights.insert(key, average);
        }
    }
    tracing::info!(documents = docs.len(), steps = step, weights = model.len(), "nominal person model trained");
    Ok(model)
}

/// How well `model` finds the heads of GUM's singular descriptions of
/// persons (or, for a model of groups, its plural ones) in `docs`: gold
/// heads, descriptions found, and found ones whose head is a gold head.
pub fn evaluate_nominal_persons(model: &NominalPersonModel, gum_dir: &Path, docs: &[String]) -> Result<Score> {
    let mut score = Score::default();
    for name in docs {
        let ex = example(&read_gum_document(gum_dir, name)?, model.plural);
        let doc = Document::new(&ex.text, &ex.seg);
        let taken = vec![false; doc.len()];
        let found = find_nominal_persons(&doc, model, &taken);
        score.gold += ex.heads.iter().filter(|&&h| h).count();
        score.predicted += found.len();
        score.matched += found.iter().filter(|&&(_, end)| ex.heads[end - 1]).count();
    }
    Ok(score)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gum::bracketed_sentence;

    fn check(input: &str, expect: &[&str]) {
        check_number(input, false, expect);
    }

    fn check_number(input: &str, plural: bool, expect: &[&str]) {
        let ex = example(&bracketed_sentence(input), plural);
        let heads: Vec<&str> =
            (0..ex.seg.tokens.len()).filter(|&t| ex.heads[t]).map(|t| ex.seg.tokens[t].text(&ex.text)).collect();
        assert_eq!(heads, expect);
    }

    #[test]
    fn singular_common_nouns_heading_a_person_mention_are_the_positives() {
        check(r"[person|The/DET/DT/3 old/ADJ/JJ/3 man/NOUN/NN/4] left/VERB/VBD", &["man"]);
        check(r"[person|Critics/NOUN/NNS/2] left/VERB/VBD", &[]);
        check(r"[person|Tom/PROPN/NNP/2] left/VERB/VBD", &[]);
        check(r"[place|the/DET/DT/2 city/NOUN/NN/3] grew/VERB/VBD", &[]);
    }

    #[test]
    fn for_groups_plural_common_nouns_are_the_positives() {
        check_number(r"[person|Critics/NOUN/NNS/2] left/VERB/VBD", true, &["Critics"]);
        check_number(r"[person|pregnant/ADJ/JJ/2 women/NOUN/NNS/3] left/VERB/VBD", true, &["women"]);
        check_number(r"[person|The/DET/DT/3 old/ADJ/JJ/3 man/NOUN/NN/4] left/VERB/VBD", true, &[]);
        check_number(r"[place|the/DET/DT/2 cities/NOUN/NNS/3] grew/VERB/VBD", true, &[]);
    }
}
