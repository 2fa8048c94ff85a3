//! Decoded HTML text in, a flat arena tree (plus the page's metadata tags:
//! `<meta>`, `<time datetime>`, JSON-LD scripts, `<title>`) out.
//!
//! Nodes live in one vector in document order, linked by indices, so every
//! later pass is a loop, never recursion: a 100k-deep page costs memory for
//! the open-element stack only. Building the tree is [`crate::tree_builder`]'s
//! job; this file holds the types and the parse entry point.

use crate::tags::{self, Tag};

/// "No node" in links.
pub const NONE: u32 = u32::MAX;
/// The node is hidden (`hidden`, `aria-hidden`, `display:none`).
pub const HIDDEN: u16 = 1;

/// One element or text node.
#[derive(Clone, Debug)]
pub struct Node {
    /// Tag id; [`tags::TEXT`] for text nodes.
    pub tag: Tag,
    /// [`HIDDEN`] and friends.
    pub flags: u16,
    /// Parent index ([`NONE`] for the root).
    pub parent: u32,
    /// First child.
    pub first: u32,
    /// Last child.
    pub last: u32,
    /// Next sibling.
    pub next: u32,
    /// Text nodes: byte range in [`Dom::text`]; elements: range of the
    /// lowercase "class id itemprop role" names in [`Dom::names`].
    pub start: u32,
    /// End of that range.
    pub end: u32,
}

/// The parsed page.
#[derive(Debug, Default)]
pub struct Dom {
    /// Nodes in document order; node 0 is the document root.
    pub nodes: Vec<Node>,
    /// All text of text nodes, entity-decoded.
    pub text: String,
    /// Class/id names of elements.
    pub names: String,
    /// `(name|property|itemprop lowercase, content)` of `<meta>` tags.
    pub metas: Vec<(String, String)>,
    /// `datetime` values of `<time>` elements, in order.
    pub times: Vec<String>,
    /// Contents of `<script type="application/ld+json">`.
    pub ld_json: Vec<String>,
    /// The first `<title>`.
    pub title: String,
    /// True when the node cap cut the page short.
    pub truncated: bool,
}

impl Dom {
    /// Text of a text node ("" for elements).
    pub fn text_of(&self, i: usize) -> &str {
        let n = &self.nodes[i];
        if n.tag == tags::TEXT {
            self.text.get(n.start as usize..n.end as usize).unwrap_or_default()
        } else {
            ""
        }
    }

    /// The lowercase class/id/itemprop/role names of an element.
    pub fn names_of(&self, i: usize) -> &str {
        let n = &self.nodes[i];
        if n.tag == tags::TEXT {
            ""
        } else {
            self.names.get(n.start as usize..n.end as usize).unwrap_or_default()
        }
    }

    /// Children of `i`, in order.
    pub fn children(&self, i: usize) -> Children<'_> {
        Children { dom: self, at: self.nodes[i].first }
    }
}

/// Iterator over a node's children.
pub struct Children<'d> {
    dom: &'d Dom,
    at: u32,
}

impl Iterator for Children<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.at == NONE {
            return None;
        }
        let i = self.at as usize;
        self.at = self.dom.nodes[i].next;
        Some(i)
    }
}

/// Parses decoded HTML into a [`Dom`].
pub fn parse(html: &str) -> Dom {
    crate::tree_builder::build(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serialises the tree as nested `tag(children)` with text in quotes.
    fn dump(dom: &Dom) -> String {
        let mut out = String::new();
        let mut stack = vec![(0usize, false)];
        while let Some((i, closing)) = stack.pop() {
            if closing {
                out.push(')');
                continue;
            }
            let n = &dom.nodes[i];
            if n.tag == tags::TEXT {
                out.push_str(&format!("{:?}", dom.text_of(i)));
                continue;
            }
            out.push_str(&format!("{}(", tags::name(n.tag)));
            stack.push((i, true));
            let kids: Vec<usize> = dom.children(i).collect();
            for k in kids.into_iter().rev() {
                stack.push((k, false));
            }
        }
        out
    }

    fn check(input: &str, expect: &str) {
        let dom = parse(input);
        assert_eq!(dump(&dom), format!("html({expect})"), "{input}");
    }

    #[test]
    fn implied_ends() {
        check("<p>a<p>b", r#"p("a")p("b")"#);
        check("<ul><li>a<li>b</ul>", r#"ul(li("a")li("b"))"#);
        check("<p>a<div>b</div>", r#"p("a")div("b")"#);
        check("<div><b>x</div>y", r#"div(b("x"))"y""#);
        check("<div>a</span>b</div>", r#"div("ab")"#);
        check("a&amp;b<br>c</br>", r#""a&b"br()"c"br()"#);
    }

    #[test]
    fn head_and_meta() {
        let dom = parse(r#"<head><title>T &amp; U</title><meta property="og:title" content="X"><div>late"#);
        assert_eq!(dom.title, "T & U");
        assert_eq!(dom.metas, vec![("og:title".to_string(), "X".to_string())]);
        let div = dom.nodes.iter().position(|n| n.tag == tags::DIV).unwrap_or(0);
        assert_eq!(dom.nodes[dom.nodes[div].parent as usize].tag, tags::HTML);
    }

    #[test]
    fn deep_nesting_is_flat() {
        let html = "<div>".repeat(100_000) + "x";
        let dom = parse(&html);
        assert_eq!(dom.nodes.len(), 100_002);
    }
}
