//! The chosen article nodes in, text blocks out: one block per paragraph-level
//! element, whitespace collapsed, each flagged when it came from an appeal
//! element (newsletter box, donation box, author bio) inside the article.
//!
//! Walks the subtrees with an explicit stack; skipped and conditionally
//! cleaned elements are left out with everything below them.

use crate::classes;
use crate::clean;
use crate::dom::{Dom, NONE};
use crate::features::{Features, Options};
use crate::score::Selection;
use crate::tags;

/// One paragraph of output.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Text with whitespace collapsed, trimmed.
    pub text: String,
    /// Came from inside an appeal element.
    pub appeal: bool,
    /// Is a heading.
    pub heading: bool,
    /// Share of the block's characters inside links.
    pub link_density: f32,
}

struct Writer {
    blocks: Vec<Block>,
    cur: String,
    space: bool,
    link_chars: usize,
    appeal_depth: usize,
    heading_depth: usize,
}

impl Writer {
    fn text(&mut self, s: &str, in_link: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.cur.is_empty() {
                self.cur.push(' ');
                if in_link {
                    self.link_chars += 1;
                }
            }
            self.space = false;
            self.cur.push(c);
            if in_link {
                self.link_chars += c.len_utf8();
            }
        }
    }

    fn flush(&mut self) {
        self.space = false;
        if self.cur.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.cur);
        let link_density = self.link_chars as f32 / text.len() as f32;
        self.link_chars = 0;
        self.blocks.push(Block { text, appeal: self.appeal_depth > 0, heading: self.heading_depth > 0, link_density });
    }
}

/// Renders the selected nodes as blocks.
pub fn render(dom: &Dom, f: &Features, sel: &Selection, opts: Options) -> Vec<Block> {
    let mut w = Writer {
        blocks: Vec::new(),
        cur: String::new(),
        space: false,
        link_chars: 0,
        appeal_depth: 0,
        heading_depth: 0,
    };
    // (node, leaving?) pairs.
    let mut stack: Vec<(u32, bool)> = Vec::new();
    for &root in sel.nodes.iter().rev() {
        stack.push((root as u32, false));
    }
    while let Some((i, leaving)) = stack.pop() {
        let i = i as usize;
        let node = &dom.nodes[i];
        let t = node.tag;
        if leaving {
            if classes::appeal(dom.names_of(i)) && opts.strip_unlikely {
                w.appeal_depth = w.appeal_depth.saturating_sub(1);
            }
            if tags::is_heading(t) {
                w.heading_depth = w.heading_depth.saturating_sub(1);
            }
            if !tags::is_inline(t) {
                w.flush();
            }
            continue;
        }
        if f.skip[i] {
            continue;
        }
        if t == tags::TEXT {
            w.text(dom.text_of(i), f.in_link[i]);
            continue;
        }
        if t == tags::BR || t == tags::HR {
            w.flush();
            continue;
        }
        if t == tags::H1 || clean::drop_element(dom, f, sel, i, opts) {
            continue;
        }
        if !tags::is_inline(t) {
            w.flush();
        }
        if classes::appeal(dom.names_of(i)) && opts.strip_unlikely {
            w.appeal_depth += 1;
        }
        if tags::is_heading(t) {
            w.heading_depth += 1;
        }
        stack.push((i as u32, true));
        let first = stack.len();
        let mut c = node.first;
        while c != NONE {
            stack.push((c, false));
            c = dom.nodes[c as usize].next;
        }
        stack[first..].reverse();
    }
    w.flush();
    w.blocks
}
