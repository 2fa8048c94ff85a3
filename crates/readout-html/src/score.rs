//! A page's [`Dom`] and [`Features`] in, the article's top candidate and the
//! sibling nodes that belong with it out (readability's algorithm).
//!
//! Every block of text of 25+ characters scores `1 + commas + length/100`
//! (at most 3 for length); the score flows to five ancestors with falling
//! weights; each candidate starts from a tag and class/id bias and is scaled
//! by `1 - link density`. The best candidate is then widened to a shared
//! ancestor of the other strong candidates, and siblings that score well or
//! read like paragraphs are merged in.

use crate::classes;
use crate::dom::{Dom, NONE};
use crate::features::{Features, Options};
use crate::tags::{self, Tag};

/// Content scores per node (0 where not a candidate) and the chosen nodes.
pub struct Selection {
    /// Per-node score; `NaN`-free, 0 when never scored.
    pub score: Vec<f32>,
    /// The top candidate.
    pub top: usize,
    /// Nodes to render, in document order (`top` and merged siblings).
    pub nodes: Vec<usize>,
}

fn is_paragraph_like(t: Tag) -> bool {
    matches!(t, tags::P | tags::PRE | tags::TD | tags::LI | tags::DD | tags::DT | tags::BLOCKQUOTE)
        || tags::is_heading(t)
}

fn tag_bias(t: Tag) -> f32 {
    match t {
        tags::DIV | tags::ARTICLE | tags::MAIN | tags::SECTION => 5.0,
        tags::PRE | tags::TD | tags::BLOCKQUOTE => 3.0,
        tags::ADDRESS | tags::OL | tags::UL | tags::DL | tags::DD | tags::DT | tags::LI | tags::FORM => -3.0,
        t if tags::is_heading(t) || t == tags::TH => -5.0,
        _ => 0.0,
    }
}

/// Class weight of node `i`, or 0 when class weighting is off.
pub fn class_weight(dom: &Dom, i: usize, opts: Options) -> f32 {
    if opts.weight_classes {
        classes::weight(dom.names_of(i))
    } else {
        0.0
    }
}

/// Scores the page and picks the article's nodes.
pub fn select(dom: &Dom, f: &Features, opts: Options) -> Selection {
    let n = dom.nodes.len();
    // Direct (inline-level) text per block owner.
    let mut own_len = vec![0u32; n];
    let mut own_commas = vec![0u32; n];
    for i in 1..n {
        if dom.nodes[i].tag == tags::TEXT && !f.skip[i] {
            let o = f.owner[i] as usize;
            own_len[o] += f.sums[i].len;
            own_commas[o] += f.sums[i].commas;
        }
    }
    let mut score = vec![0f32; n];
    let mut touched = vec![false; n];
    // Undecayed sum of paragraph scores per subtree.
    let mut deep = vec![0f32; n];
    for b in 1..n {
        if own_len[b] < 25 || f.skip[b] || dom.nodes[b].tag == tags::LI {
            continue;
        }
        let content = 1.0 + own_commas[b] as f32 + (own_len[b] as f32 / 100.0).min(3.0);
        deep[b] = content;
        let t = dom.nodes[b].tag;
        let mut at = if is_paragraph_like(t) { dom.nodes[b].parent } else { b as u32 };
        for level in 0..5 {
            if at == NONE || at == 0 {
                break;
            }
            let a = at as usize;
            if !touched[a] {
                touched[a] = true;
                score[a] = tag_bias(dom.nodes[a].tag) + class_weight(dom, a, opts);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[a] += content / divider;
            at = dom.nodes[a].parent;
        }
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NONE && (p as usize) < i {
            deep[p as usize] += deep[i];
        }
    }
    let mut cands: Vec<usize> = (1..n).filter(|&i| touched[i]).collect();
    for &c in &cands {
        score[c] *= 1.0 - f.link_density(c);
    }
    cands.sort_by(|&a, &b| score[b].total_cmp(&score[a]));
    let body = (1..n).find(|&i| dom.nodes[i].tag == tags::BODY).unwrap_or(0);
    let Some(&first) = cands.first() else {
        return Selection { score, top: body, nodes: vec![body] };
    };
    let top = widen(dom, &score, &cands, first);
    let nodes = merge_siblings(dom, f, &score, &deep, top, opts);
    Selection { score, top, nodes }
}

fn ancestors(dom: &Dom, i: usize) -> impl Iterator<Item = usize> + '_ {
    let mut at = dom.nodes[i].parent;
    std::iter::from_fn(move || {
        if at == NONE {
            return None;
        }
        let a = at as usize;
        at = dom.nodes[a].parent;
        Some(a)
    })
}

/// Moves the top candidate up to a shared ancestor of strong alternatives,
/// and up through parents that score as well.
fn widen(dom: &Dom, score: &[f32], cands: &[usize], first: usize) -> usize {
    let mut top = first;
    let best = score[first];
    let alts: Vec<usize> = cands[1..].iter().take(5).copied().filter(|&c| score[c] >= best * 0.75).collect();
    if alts.len() >= 3 {
        let alt_ancestors: Vec<Vec<usize>> = alts.iter().map(|&a| ancestors(dom, a).take(64).collect()).collect();
        for a in ancestors(dom, top).take(64) {
            if dom.nodes[a].tag == tags::BODY || a == 0 {
                break;
            }
            if alt_ancestors.iter().filter(|list| list.contains(&a)).count() >= 3 {
                top = a;
                break;
            }
        }
    }
    // Walk up while the parent scores at least as well (readability's lastScore loop).
    let mut last = score[top];
    let threshold = last / 3.0;
    for p in ancestors(dom, top).take(64) {
        if matches!(dom.nodes[p].tag, tags::BODY | tags::HTML) {
            break;
        }
        let s = score[p];
        if s == 0.0 {
            continue;
        }
        if s < threshold {
            break;
        }
        if s > last {
            top = p;
        }
        last = s;
    }
    // A lone child gives way to its parent.
    loop {
        let p = dom.nodes[top].parent;
        if p == NONE || matches!(dom.nodes[p as usize].tag, tags::BODY | tags::HTML) {
            break;
        }
        let elements = dom.children(p as usize).filter(|&c| dom.nodes[c].tag != tags::TEXT).count();
        if elements != 1 {
            break;
        }
        top = p as usize;
    }
    top
}

/// Share of the top candidate's paragraph score a sibling section needs.
const SECTION_SHARE: f32 = 0.15;

/// The top candidate plus siblings that belong to the article.
fn merge_siblings(dom: &Dom, f: &Features, score: &[f32], deep: &[f32], top: usize, opts: Options) -> Vec<usize> {
    let parent = dom.nodes[top].parent;
    if parent == NONE || matches!(dom.nodes[top].tag, tags::BODY) {
        return vec![top];
    }
    let threshold = (score[top] * 0.2).max(10.0);
    let top_names = dom.names_of(top);
    let mut out = Vec::new();
    for s in dom.children(parent as usize) {
        if s == top {
            out.push(s);
            continue;
        }
        if f.skip[s] || dom.nodes[s].tag == tags::TEXT {
            continue;
        }
        let mut bonus = 0.0;
        if opts.weight_classes && !top_names.is_empty() && dom.names_of(s) == top_names {
            bonus = score[top] * 0.2;
        }
        if score[s] > 0.0 && score[s] + bonus >= threshold {
            out.push(s);
            continue;
        }
        // A sibling holding a good share of paragraphs (an article split in sections).
        let ld = f.link_density(s);
        if ld < 0.2 && deep[s] * (1.0 - ld) >= (deep[top] * SECTION_SHARE).max(10.0) {
            out.push(s);
            continue;
        }
        if dom.nodes[s].tag == tags::P || dom.nodes[s].tag == tags::DIV && f.sums[s].p == 0 {
            let len = f.sums[s].len;
            let ld = f.link_density(s);
            if (len > 65 && ld < 0.25) || (len > 0 && len <= 65 && ld == 0.0 && ends_sentence(dom, s)) {
                out.push(s);
            }
        }
    }
    out
}

/// Whether a node's last text ends like a sentence.
fn ends_sentence(dom: &Dom, i: usize) -> bool {
    let mut last = "";
    let end = subtree_end(dom, i);
    for k in i..end {
        let t = dom.text_of(k).trim();
        if !t.is_empty() {
            last = t;
        }
    }
    last.ends_with('.')
        || last.ends_with('!')
        || last.ends_with('?')
        || last.ends_with('"')
        || last.ends_with('\u{201d}')
}

/// One past the last node of `i`'s subtree (nodes are in document order).
pub fn subtree_end(dom: &Dom, i: usize) -> usize {
    let mut at = i;
    loop {
        let n = &dom.nodes[at];
        if n.next != NONE {
            return n.next as usize;
        }
        if n.parent == NONE {
            return dom.nodes.len();
        }
        at = n.parent as usize;
    }
}
