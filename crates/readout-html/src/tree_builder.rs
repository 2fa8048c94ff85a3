//! Tokens in (from [`crate::tokenizer`]), a [`Dom`] out.
//!
//! Implied end tags (`<p>`, `<li>`, `<td>`...) follow the HTML rules closely
//! enough for content extraction; searches of the open-element stack are
//! bounded so malformed pages stay linear; stray `<html>`/`<body>` tags and
//! content after `</body>` are folded in; the node count is capped.

use crate::dom::{Dom, Node, HIDDEN, NONE};
use crate::entities;
use crate::tags::{self, Tag};
use crate::tokenizer::{self, Attr, Sink};
use std::collections::HashMap;

/// Most nodes kept; later markup is ignored.
const MAX_NODES: usize = 2_000_000;
/// How far down the open-element stack an end tag looks for its start.
const END_TAG_SEARCH: usize = 256;
/// How far down the stack implied `</p>`, `</li>` look.
const IMPLIED_SEARCH: usize = 32;

/// Parses decoded HTML into a [`Dom`].
pub fn build(html: &str) -> Dom {
    let mut b = Builder { dom: Dom::default(), stack: vec![0], interned: HashMap::new(), body: false, ld_json: false };
    b.dom.nodes.push(Node {
        tag: tags::HTML,
        flags: 0,
        parent: NONE,
        first: NONE,
        last: NONE,
        next: NONE,
        start: 0,
        end: 0,
    });
    tokenizer::tokenize(html, &mut b);
    b.dom
}

struct Builder {
    dom: Dom,
    stack: Vec<u32>,
    interned: HashMap<String, Tag>,
    body: bool,
    ld_json: bool,
}

impl Builder {
    fn top(&self) -> usize {
        self.stack.last().map_or(0, |&i| i as usize)
    }

    fn top_tag(&self) -> Tag {
        self.dom.nodes[self.top()].tag
    }

    fn tag_id(&mut self, name: &str, create: bool) -> Option<Tag> {
        if let Some(t) = tags::known(name) {
            return Some(t);
        }
        if let Some(&t) = self.interned.get(name) {
            return Some(t);
        }
        if !create {
            return None;
        }
        let id = tags::FIRST_DYNAMIC as usize + 1 + self.interned.len();
        let t = Tag::try_from(id).unwrap_or(tags::FIRST_DYNAMIC);
        if t != tags::FIRST_DYNAMIC {
            self.interned.insert(name.to_owned(), t);
        }
        Some(t)
    }

    fn append(&mut self, mut node: Node) -> Option<u32> {
        if self.dom.nodes.len() >= MAX_NODES {
            self.dom.truncated = true;
            return None;
        }
        let parent = self.top();
        let id = self.dom.nodes.len() as u32;
        node.parent = parent as u32;
        let last = self.dom.nodes[parent].last;
        if last == NONE {
            self.dom.nodes[parent].first = id;
        } else {
            self.dom.nodes[last as usize].next = id;
        }
        self.dom.nodes[parent].last = id;
        self.dom.nodes.push(node);
        Some(id)
    }

    /// Pops to (and including) the nearest open element accepted by `target`,
    /// looking past only elements accepted by `pass`.
    fn close_implied(&mut self, target: impl Fn(Tag) -> bool, pass: impl Fn(Tag) -> bool) {
        let len = self.stack.len();
        for k in (1..len).rev().take(IMPLIED_SEARCH) {
            let t = self.dom.nodes[self.stack[k] as usize].tag;
            if target(t) {
                self.stack.truncate(k);
                return;
            }
            if !pass(t) {
                return;
            }
        }
    }

    fn implied_end_tags(&mut self, t: Tag) {
        use tags::*;
        if closes_p(t) {
            self.close_implied(|x| x == P, is_inline);
        }
        match t {
            LI => self.close_implied(|x| x == LI, |x| is_inline(x) || matches!(x, DIV | P | ADDRESS)),
            DD | DT => self.close_implied(|x| matches!(x, DD | DT), |x| is_inline(x) || matches!(x, DIV | P)),
            TD | TH => self.close_implied(|x| matches!(x, TD | TH), |x| x != TR && x != TABLE),
            TR => self.close_implied(|x| x == TR, |x| !matches!(x, TABLE | TBODY | THEAD | TFOOT)),
            THEAD | TBODY | TFOOT => self.close_implied(|x| matches!(x, THEAD | TBODY | TFOOT), |x| x != TABLE),
            OPTION => self.close_implied(|x| x == OPTION, |_| false),
            _ => {}
        }
        if is_heading(t) && is_heading(self.top_tag()) {
            self.stack.pop();
        }
    }

    fn record_meta(&mut self, t: Tag, attrs: &[Attr<'_>]) {
        let get = |key: &str| {
            attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| entities::decode(v).into_owned())
        };
        match t {
            tags::META => {
                let key = get("property").or_else(|| get("name")).or_else(|| get("itemprop"));
                if let (Some(key), Some(content)) = (key, get("content")) {
                    if self.dom.metas.len() < 1000 {
                        self.dom.metas.push((key.to_ascii_lowercase(), content));
                    }
                }
            }
            tags::TIME => {
                if let Some(dt) = get("datetime") {
                    if self.dom.times.len() < 1000 {
                        self.dom.times.push(dt);
                    }
                }
            }
            tags::SCRIPT => {
                self.ld_json = get("type").is_some_and(|v| v.to_ascii_lowercase().contains("ld+json"));
            }
            _ => {
                // Elements marked with itemprop=datePublished carry the date too.
                if let Some(p) = get("itemprop") {
                    if p.eq_ignore_ascii_case("datepublished") {
                        if let Some(v) = get("content").or_else(|| get("datetime")) {
                            self.dom.metas.push(("datepublished".into(), v));
                        }
                    }
                }
            }
        }
    }

    fn element(&mut self, t: Tag, attrs: &[Attr<'_>]) -> Node {
        let start = self.dom.names.len() as u32;
        let mut flags = 0;
        for (k, v) in attrs {
            let k = k.as_bytes();
            if [&b"class"[..], b"id", b"itemprop", b"role"].iter().any(|n| k.eq_ignore_ascii_case(n)) {
                if self.dom.names.len() as u32 > start {
                    self.dom.names.push(' ');
                }
                let at = self.dom.names.len();
                self.dom.names.push_str(v);
                self.dom.names[at..].make_ascii_lowercase();
            } else if k.eq_ignore_ascii_case(b"hidden")
                || (k.eq_ignore_ascii_case(b"aria-hidden") && v.eq_ignore_ascii_case("true"))
            {
                flags |= HIDDEN;
            } else if k.eq_ignore_ascii_case(b"style") {
                let s: String = v.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
                if s.contains("display:none") || s.contains("visibility:hidden") {
                    flags |= HIDDEN;
                }
            }
        }
        Node {
            tag: t,
            flags,
            parent: NONE,
            first: NONE,
            last: NONE,
            next: NONE,
            start,
            end: self.dom.names.len() as u32,
        }
    }
}

impl Sink for Builder {
    fn start_tag(&mut self, name: &str, attrs: &[Attr<'_>], self_closing: bool) {
        if self.dom.truncated {
            return;
        }
        let Some(t) = self.tag_id(name, true) else {
            return;
        };
        match t {
            tags::HTML => return,
            tags::BODY if self.body => return,
            tags::BODY => self.body = true,
            _ => {}
        }
        let head_content = matches!(
            t,
            tags::META
                | tags::LINK
                | tags::TITLE
                | tags::SCRIPT
                | tags::STYLE
                | tags::BASE
                | tags::NOSCRIPT
                | tags::TEMPLATE
        );
        if !head_content && self.stack.iter().rev().take(4).any(|&i| self.dom.nodes[i as usize].tag == tags::HEAD) {
            while self.stack.len() > 1 && self.top_tag() != tags::HEAD {
                self.stack.pop();
            }
            self.stack.pop();
        }
        self.implied_end_tags(t);
        self.record_meta(t, attrs);
        let node = self.element(t, attrs);
        let Some(id) = self.append(node) else { return };
        // Self-closing syntax counts only for foreign and custom elements.
        let self_closed = self_closing && t >= tags::FIRST_DYNAMIC;
        if !tags::is_void(t) && !self_closed {
            self.stack.push(id);
        }
    }

    fn end_tag(&mut self, name: &str) {
        let Some(t) = self.tag_id(name, false) else {
            return;
        };
        match t {
            tags::BODY | tags::HTML => return,
            tags::BR => return self.start_tag("br", &[], false),
            _ => {}
        }
        let inline = tags::is_inline(t);
        let len = self.stack.len();
        for k in (1..len).rev().take(END_TAG_SEARCH) {
            let open = self.dom.nodes[self.stack[k] as usize].tag;
            if open == t {
                self.stack.truncate(k);
                return;
            }
            if inline && !tags::is_inline(open) {
                return;
            }
        }
    }

    fn text(&mut self, text: &str, _raw: bool) {
        if self.dom.truncated {
            return;
        }
        let top = self.top_tag();
        if tags::is_raw_text(top) {
            match top {
                tags::SCRIPT if self.ld_json && self.dom.ld_json.len() < 100 => self.dom.ld_json.push(text.to_owned()),
                tags::TITLE if self.dom.title.is_empty() => self.dom.title = entities::decode(text).into_owned(),
                _ => {}
            }
            return;
        }
        let decoded = entities::decode(text);
        let parent = self.top();
        let last = self.dom.nodes[parent].last;
        if last != NONE {
            let l = &mut self.dom.nodes[last as usize];
            if l.tag == tags::TEXT && l.end as usize == self.dom.text.len() {
                self.dom.text.push_str(&decoded);
                l.end = self.dom.text.len() as u32;
                return;
            }
        }
        let start = self.dom.text.len() as u32;
        self.dom.text.push_str(&decoded);
        let end = self.dom.text.len() as u32;
        let node = Node { tag: tags::TEXT, flags: 0, parent: NONE, first: NONE, last: NONE, next: NONE, start, end };
        self.append(node);
    }
}
