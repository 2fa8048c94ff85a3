//! Evaluation: a tagger and GUM documents in, precision, recall and F1 of
//! its name mentions against the gold name mentions out.
//!
//! Gold name mentions are those of `../shared/eval/score_entities.py`
//! (person, organisation or place mentions with a proper noun of their
//! own). Two ways of matching:
//! - overlap, as the scorer's measure 1: predicted and gold spans are paired
//!   one to one, best first (same head token, then larger overlap over
//!   union, in code points); "typed" pairs need the same kind. As in the
//!   scorer, a prediction that covers no proper noun of its own on the gold
//!   tokens is not counted; `overlap_typed_all` counts every prediction.
//! - exact: the predicted bytes equal the name span inside the gold mention
//!   ([`crate::gold`]: "Petro Poroshenko" in "Ukrainian President Petro
//!   Poroshenko"), every prediction counted.

use crate::error::Result;
use crate::gold::{mention_name, own_proper_nouns};
use crate::gum::{read_gum_document, GumDocument};
use crate::tagger::{NameSpan, NameTagger};
use readout_record::EntityKind;
use readout_segment::segment;
use std::ops::Range;
use std::path::Path;

/// Counts for one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.matched as f64 / self.predicted as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
    }
}

pub const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];

#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    pub documents: usize,
    pub overlap_typed: Score,
    pub overlap_detection: Score,
    pub overlap_typed_all: Score,
    pub exact_typed: Score,
    pub exact_detection: Score,
    /// Per kind, in the order of `KINDS`: overlap typed (scorer) and exact typed.
    pub per_kind_overlap: [Score; 3],
    pub per_kind_exact: [Score; 3],
}

/// Tag `docs` of `gum_dir` with `tagger` and score them.
pub fn evaluate_gum(tagger: &NameTagger, gum_dir: &Path, docs: &[String]) -> Result<Evaluation> {
    let mut ev = Evaluation::default();
    for name in docs {
        let doc = read_gum_document(gum_dir, name)?;
        let seg = segment(&doc.text, std::slice::from_ref(&(0..doc.text.len())));
        let spans = tagger.tag(&doc.text, &seg);
        evaluate_document(&doc, &spans, &mut ev);
    }
    Ok(ev)
}

struct Span {
    chars: Range<usize>,
    bytes: Range<usize>,
    head: Option<usize>,
    kind: EntityKind,
}

fn kind_index(kind: EntityKind) -> usize {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Add one document's counts to `ev`.
pub(crate) fn evaluate_document(doc: &GumDocument, spans: &[NameSpan], ev: &mut Evaluation) {
    ev.documents += 1;
    // Code-point offsets, as the scorer measures overlap.
    let mut char_of = vec![0usize; doc.text.len() + 1];
    for (c, (b, _)) in doc.text.char_indices().enumerate() {
        char_of[b] = c;
    }
    char_of[doc.text.len()] = doc.text.chars().count();
    let mut token_at: Vec<Option<usize>> = vec![None; doc.text.len()];
    for (i, t) in doc.tokens.iter().enumerate() {
        for slot in &mut token_at[t.bytes.clone()] {
            slot.get_or_insert(i);
        }
    }
    let chars = |r: &Range<usize>| char_of[r.start]..char_of[r.end];
    let mut golds = Vec::new();
    let mut cores = Vec::new();
    for m in &doc.mentions {
        let Some((kind, first, last)) = mention_name(doc, m) else { continue };
        let bytes = doc.tokens[m.first].bytes.start..doc.tokens[m.last].bytes.end;
        let head = head_of(doc, &(m.first..=m.last).collect::<Vec<_>>());
        golds.push(Span { chars: chars(&bytes), bytes, head, kind });
        cores.push((doc.tokens[first].bytes.start..doc.tokens[last].bytes.end, kind));
    }
    let mut all_preds = Vec::new();
    let mut scorer_preds = Vec::new();
    for s in spans {
        let mut tokens: Vec<usize> = token_at[s.bytes.clone()].iter().flatten().copied().collect();
        tokens.dedup();
        let span = Span { chars: chars(&s.bytes), bytes: s.bytes.clone(), head: head_of(doc, &tokens), kind: s.kind };
        let is_name = match (tokens.first(), tokens.last()) {
            (Some(&a), Some(&b)) => !is_pronoun(&doc.text[s.bytes.clone()]) && !own_proper_nouns(doc, a, b).is_empty(),
            _ => false,
        };
        if is_name {
            scorer_preds.push(all_preds.len());
        }
        all_preds.push(span);
    }
    let preds: Vec<&Span> = scorer_preds.iter().map(|&j| &all_preds[j]).collect();
    let everything: Vec<&Span> = all_preds.iter().collect();
    let golds: Vec<&Span> = golds.iter().collect();
    let typed = pair_by_overlap(&golds, &preds, true);
    ev.overlap_typed.add(Score { gold: golds.len(), predicted: preds.len(), matched: typed.len() });
    let found = pair_by_overlap(&golds, &preds, false);
    ev.overlap_detection.add(Score { gold: golds.len(), predicted: preds.len(), matched: found.len() });
    let typed_all = pair_by_overlap(&golds, &everything, true);
    ev.overlap_typed_all.add(Score { gold: golds.len(), predicted: everything.len(), matched: typed_all.len() });
    for (k, kind) in KINDS.iter().enumerate() {
        let score = &mut ev.per_kind_overlap[k];
        score.gold += golds.iter().filter(|g| g.kind == *kind).count();
        score.predicted += preds.iter().filter(|p| p.kind == *kind).count();
        score.matched += typed.iter().filter(|&&(i, _)| golds[i].kind == *kind).count();
    }
    // Exact spans: multiset intersection.
    let mut unmatched_typed: Vec<(Range<usize>, EntityKind)> = cores.clone();
    let mut unmatched_any: Vec<Range<usize>> = cores.iter().map(|(r, _)| r.clone()).collect();
    for p in &all_preds {
        if let Some(at) = unmatched_typed.iter().position(|(r, k)| *r == p.bytes && *k == p.kind) {
            unmatched_typed.swap_remove(at);
            ev.per_kind_exact[kind_index(p.kind)].matched += 1;
            ev.exact_typed.matched += 1;
        }
        if let Some(at) = unmatched_any.iter().position(|r| *r == p.bytes) {
            unmatched_any.swap_remove(at);
            ev.exact_detection.matched += 1;
        }
        ev.per_kind_exact[kind_index(p.kind)].predicted += 1;
    }
    for (_, kind) in &cores {
        ev.per_kind_exact[kind_index(*kind)].gold += 1;
    }
    for score in [&mut ev.exact_typed, &mut ev.exact_detection] {
        score.gold += cores.len();
        score.predicted += all_preds.len();
    }
}

fn is_pronoun(text: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "himself",
        "herself",
        "they",
        "them",
        "their",
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "it",
        "its",
        "itself",
        "theirs",
        "themselves",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
        "someone",
        "somebody",
        "anyone",
        "everyone",
    ];
    PRONOUNS.contains(&text.trim().to_lowercase().as_str())
}

/// Governor steps from token `i` to the root (guarded against cycles).
fn depth(doc: &GumDocument, i: usize) -> usize {
    let mut steps = 0;
    let mut j = Some(i);
    while let Some(t) = j {
        if steps > doc.tokens.len() {
            break;
        }
        j = doc.tokens[t].head;
        steps += 1;
    }
    steps
}

/// The head of a set of tokens: the one whose governor lies outside it,
/// nearest the root, then leftmost.
fn head_of(doc: &GumDocument, tokens: &[usize]) -> Option<usize> {
    let outside: Vec<usize> =
        tokens.iter().copied().filter(|&i| doc.tokens[i].head.is_none_or(|h| !tokens.contains(&h))).collect();
    let pool = if outside.is_empty() { tokens } else { &outside[..] };
    pool.iter().copied().min_by_key(|&i| (depth(doc, i), i))
}

/// One-to-one (gold, predicted) pairs of overlapping spans, best first.
fn pair_by_overlap(golds: &[&Span], preds: &[&Span], same_kind: bool) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            let overlap = g.chars.end.min(p.chars.end).saturating_sub(g.chars.start.max(p.chars.start));
            if overlap > 0 && (!same_kind || g.kind == p.kind) {
                let union = g.chars.end.max(p.chars.end) - g.chars.start.min(p.chars.start);
                let same_head = g.head.is_some() && g.head == p.head;
                candidates.push((same_head, overlap as f64 / union as f64, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let (mut used_g, mut used_p) = (vec![false; golds.len()], vec![false; preds.len()]);
    let mut pairs = Vec::new();
    for (_, _, i, j) in candidates {
        if !used_g[i] && !used_p[j] {
            used_g[i] = true;
            used_p[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gum::parse_conllu;

    const DOC: &str = "1\tPresident\t_\tPROPN\t_\t_\t3\tcompound\t_\tEntity=(1-person-new-_-_-1-_-_
2\tJoe\t_\tPROPN\t_\t_\t3\tflat\t_\t_
3\tBiden\t_\tPROPN\t_\t_\t4\tnsubj\t_\tEntity=1)
4\tvisited\t_\tVERB\t_\t_\t0\troot\t_\t_
5\tRome\t_\tPROPN\t_\t_\t4\tobj\t_\tEntity=(2-place-new-_-_-1-_-_)|SpaceAfter=No
6\t.\t_\tPUNCT\t_\t_\t4\tpunct\t_\t_
";

    /// Score predictions (`kind:text` pieces of the document text) against
    /// DOC; show overlap-typed and exact-typed matched/predicted/gold.
    fn check(predictions: &[(&str, EntityKind)], expect: &str) {
        let doc = parse_conllu("GUM_news_t", DOC).unwrap();
        let spans: Vec<NameSpan> = predictions
            .iter()
            .map(|(text, kind)| {
                let at = doc.text.find(text).unwrap();
                NameSpan { tokens: 0..0, bytes: at..at + text.len(), kind: *kind }
            })
            .collect();
        let mut ev = Evaluation::default();
        evaluate_document(&doc, &spans, &mut ev);
        let show = |s: Score| format!("{}/{}/{}", s.matched, s.predicted, s.gold);
        assert_eq!(format!("overlap {} exact {}", show(ev.overlap_typed), show(ev.exact_typed)), expect);
    }

    #[test]
    fn exact_needs_the_name_span_overlap_does_not() {
        check(&[("Joe Biden", EntityKind::Person), ("Rome", EntityKind::Place)], "overlap 2/2/2 exact 2/2/2");
        check(&[("President Joe Biden", EntityKind::Person)], "overlap 1/1/2 exact 0/1/2");
        check(&[("Biden", EntityKind::Organization), ("Rome", EntityKind::Person)], "overlap 0/2/2 exact 0/2/2");
        // "visited" holds no proper noun: the scorer does not count it.
        check(&[("visited", EntityKind::Person)], "overlap 0/0/2 exact 0/1/2");
    }
}
