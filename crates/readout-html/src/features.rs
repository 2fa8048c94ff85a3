//! A parsed [`Dom`] plus extraction options in, per-node features out: which
//! nodes are left out, each node's block "owner", and subtree aggregates
//! (text length, link text, commas, counts of paragraphs, images, list items,
//! inputs, embeds, heading text).
//!
//! Two loops over the node vector: forward (parents before children) for
//! inherited facts, backward (children before parents) for sums. No recursion.

use crate::classes;
use crate::dom::{Dom, HIDDEN, NONE};
use crate::tags::{self, Tag};

/// Which heuristics are on (readability's retry flags).
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Drop elements whose class/id names mark furniture.
    pub strip_unlikely: bool,
    /// Use class/id names in scores.
    pub weight_classes: bool,
    /// Remove link-heavy or image-heavy blocks inside the article.
    pub clean_conditionally: bool,
}

/// Subtree sums for one node.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sums {
    /// Non-whitespace characters of text.
    pub len: u32,
    /// Of which inside links.
    pub link: u32,
    /// Of which inside headings.
    pub heading: u32,
    /// Of which inside list items.
    pub list: u32,
    /// Commas.
    pub commas: u32,
    /// `<p>` elements.
    pub p: u32,
    /// `<img>` elements.
    pub img: u32,
    /// `<li>` elements.
    pub li: u32,
    /// `<input>` elements.
    pub input: u32,
    /// `<embed>`, `<object>`, `<iframe>` elements.
    pub embed: u32,
}

/// Per-node features of a page.
pub struct Features {
    /// Node left out with its subtree.
    pub skip: Vec<bool>,
    /// Nearest non-inline ancestor (the block a text node's words belong to).
    pub owner: Vec<u32>,
    /// Inside an `<a>`.
    pub in_link: Vec<bool>,
    /// Inside a `<figure>`.
    pub in_figure: Vec<bool>,
    /// Subtree sums (of nodes not skipped).
    pub sums: Vec<Sums>,
}

impl Features {
    /// Share of a node's text inside links.
    pub fn link_density(&self, i: usize) -> f32 {
        let s = &self.sums[i];
        if s.len == 0 {
            0.0
        } else {
            s.link as f32 / s.len as f32
        }
    }
}

/// Counts non-whitespace characters and commas of `s`.
pub fn measure(s: &str) -> (u32, u32) {
    let mut len = 0u32;
    let mut commas = 0u32;
    for &b in s.as_bytes() {
        // Count UTF-8 lead bytes, not continuation bytes, skipping ASCII space.
        if b & 0xC0 != 0x80 && !b.is_ascii_whitespace() {
            len += 1;
        }
        if b == b',' {
            commas += 1;
        }
    }
    (len, commas)
}

/// Largest share of the page's text an element removed by name may hold.
const MAX_FURNITURE_SHARE: f32 = 0.6;

fn always_skipped(t: Tag) -> bool {
    tags::is_skipped(t) || matches!(t, tags::NAV | tags::ASIDE | tags::FOOTER | tags::HEADER)
}

/// Computes the features of `dom` under `opts`.
pub fn compute(dom: &Dom, opts: Options) -> Features {
    let n = dom.nodes.len();
    let raw = raw_lengths(dom);
    // Furniture by name is kept when it holds most of the page's text.
    let guard = raw[0] as f32 * MAX_FURNITURE_SHARE;
    let mut skip = vec![false; n];
    let mut owner = vec![0u32; n];
    let mut in_link = vec![false; n];
    let mut in_figure = vec![false; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        let p = node.parent as usize;
        if node.parent == NONE || p >= i {
            continue;
        }
        let t = node.tag;
        owner[i] = if tags::is_inline(dom.nodes[p].tag) && p != 0 { owner[p] } else { p as u32 };
        in_link[i] = in_link[p] || dom.nodes[p].tag == tags::A;
        in_figure[i] = in_figure[p] || dom.nodes[p].tag == tags::FIGURE;
        skip[i] = skip[p]
            || (t != tags::TEXT
                && (always_skipped(t)
                    || node.flags & HIDDEN != 0
                    || (opts.strip_unlikely && (raw[i] as f32) < guard && droppable(dom, i, t))));
    }
    let mut sums = vec![Sums::default(); n];
    for i in (1..n).rev() {
        if skip[i] {
            continue;
        }
        let node = &dom.nodes[i];
        let t = node.tag;
        let mut s = sums[i];
        if t == tags::TEXT {
            let (len, commas) = measure(dom.text_of(i));
            s.len = len;
            s.commas = commas;
            if in_link[i] {
                s.link = len;
            }
        } else {
            match t {
                tags::P => s.p += 1,
                tags::IMG => s.img += 1,
                tags::LI => {
                    s.li += 1;
                    s.list = s.len;
                }
                tags::INPUT => s.input += 1,
                tags::EMBED | tags::OBJECT | tags::IFRAME => s.embed += 1,
                _ if tags::is_heading(t) => s.heading = s.len,
                _ => {}
            }
        }
        sums[i] = s;
        let p = node.parent as usize;
        if node.parent != NONE && p < i {
            let ps = &mut sums[p];
            ps.len += s.len;
            ps.link += s.link;
            ps.heading += s.heading;
            ps.list += s.list;
            ps.commas += s.commas;
            ps.p += s.p;
            ps.img += s.img;
            ps.li += s.li;
            ps.input += s.input;
            ps.embed += s.embed;
        }
    }
    Features { skip, owner, in_link, in_figure, sums }
}

/// Text length per subtree, leaving out only never-readable elements.
fn raw_lengths(dom: &Dom) -> Vec<u32> {
    let n = dom.nodes.len();
    let mut raw = vec![0u32; n];
    for i in (1..n).rev() {
        let node = &dom.nodes[i];
        if node.tag == tags::TEXT {
            raw[i] = measure(dom.text_of(i)).0;
        } else if always_skipped(node.tag) {
            raw[i] = 0;
        }
        let p = node.parent as usize;
        if node.parent != NONE && p < i {
            raw[p] += raw[i];
        }
    }
    raw
}

/// Furniture by class/id names; the page's main landmarks are kept.
fn droppable(dom: &Dom, i: usize, t: Tag) -> bool {
    if matches!(t, tags::BODY | tags::MAIN | tags::A) {
        return false;
    }
    let names = dom.names_of(i);
    if t == tags::ARTICLE && !names.contains("comment") {
        return false;
    }
    classes::unlikely(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom;

    const ALL: Options = Options { strip_unlikely: true, weight_classes: true, clean_conditionally: true };

    fn check(html: &str, tag: Tag, expect: (u32, u32, u32)) {
        let d = dom::parse(html);
        let f = compute(&d, ALL);
        let i = d.nodes.iter().position(|n| n.tag == tag).unwrap_or(0);
        let s = f.sums[i];
        assert_eq!((s.len, s.link, s.p), expect, "{html}");
    }

    #[test]
    fn sums() {
        check("<div><p>ab c</p><p>d <a>ef</a></p></div>", tags::DIV, (6, 2, 2));
        check("<div>x<nav>menu</nav><p class=share>s</p><p hidden>h</p></div>", tags::DIV, (1, 0, 0));
        check("<div>é, ü</div>", tags::DIV, (3, 0, 0));
    }
}
