//! Tag names in, small integer tag ids and their HTML categories out.
//!
//! Known HTML tags get fixed ids (constants below) so the tree builder and the
//! scorer compare integers; unknown tags (custom elements, SVG parts) are
//! interned by the tree builder above [`FIRST_DYNAMIC`].

/// A tag id: a known tag below [`FIRST_DYNAMIC`], an interned one above.
pub type Tag = u16;

macro_rules! known_tags {
    ($($name:ident = $s:literal),* $(,)?) => {
        known_tags!(@consts 1u16; $($name),*);
        /// The id of a known, lowercase tag name.
        pub fn known(name: &str) -> Option<Tag> {
            match name { $($s => Some($name),)* _ => None }
        }
        /// The name of a known tag ("?" for others, "#text" for text).
        pub fn name(t: Tag) -> &'static str {
            match t { TEXT => "#text", $($name => $s,)* _ => "?" }
        }
    };
    (@consts $n:expr; $first:ident $(, $rest:ident)*) => {
        #[allow(missing_docs)]
        pub const $first: Tag = $n;
        known_tags!(@consts $n + 1; $($rest),*);
    };
    (@consts $n:expr;) => {
        /// First id handed to interned (unknown) tag names.
        pub const FIRST_DYNAMIC: Tag = 256;
        const _: () = assert!($n < 256);
    };
}

/// Id of text nodes (never an element).
pub const TEXT: Tag = 0;

known_tags! {
    HTML = "html", HEAD = "head", BODY = "body", TITLE = "title", META = "meta",
    LINK = "link", BASE = "base", SCRIPT = "script", STYLE = "style",
    NOSCRIPT = "noscript", TEMPLATE = "template", TEXTAREA = "textarea", XMP = "xmp",
    IFRAME = "iframe", NOEMBED = "noembed", NOFRAMES = "noframes", PLAINTEXT = "plaintext",
    P = "p", DIV = "div", SPAN = "span", A = "a", B = "b", I = "i", EM = "em",
    STRONG = "strong", U = "u", S = "s", SMALL = "small", BIG = "big", SUB = "sub",
    SUP = "sup", CODE = "code", KBD = "kbd", SAMP = "samp", VAR = "var", MARK = "mark",
    Q = "q", CITE = "cite", ABBR = "abbr", ACRONYM = "acronym", DFN = "dfn", TIME = "time",
    FONT = "font", LABEL = "label", BDI = "bdi", BDO = "bdo", INS = "ins", DEL = "del",
    STRIKE = "strike", TT = "tt", NOBR = "nobr", DATA = "data",
    BR = "br", WBR = "wbr", HR = "hr", IMG = "img", INPUT = "input", AREA = "area",
    COL = "col", EMBED = "embed", PARAM = "param", SOURCE = "source", TRACK = "track",
    KEYGEN = "keygen", PICTURE = "picture",
    H1 = "h1", H2 = "h2", H3 = "h3", H4 = "h4", H5 = "h5", H6 = "h6",
    UL = "ul", OL = "ol", LI = "li", DL = "dl", DT = "dt", DD = "dd", MENU = "menu",
    TABLE = "table", THEAD = "thead", TBODY = "tbody", TFOOT = "tfoot", TR = "tr",
    TD = "td", TH = "th", CAPTION = "caption", COLGROUP = "colgroup",
    ARTICLE = "article", SECTION = "section", MAIN = "main", NAV = "nav", ASIDE = "aside",
    HEADER = "header", FOOTER = "footer", ADDRESS = "address", BLOCKQUOTE = "blockquote",
    PRE = "pre", FIGURE = "figure", FIGCAPTION = "figcaption", CENTER = "center",
    FORM = "form", FIELDSET = "fieldset", LEGEND = "legend", BUTTON = "button",
    SELECT = "select", OPTION = "option", OPTGROUP = "optgroup", DATALIST = "datalist",
    DETAILS = "details", SUMMARY = "summary", DIALOG = "dialog", HGROUP = "hgroup",
    SVG = "svg", MATH = "math", CANVAS = "canvas", OBJECT = "object", VIDEO = "video",
    AUDIO = "audio", MAP = "map", OUTPUT = "output", PROGRESS = "progress",
    METER = "meter", FRAMESET = "frameset", FRAME = "frame",
}

/// Elements that never have children.
pub fn is_void(t: Tag) -> bool {
    matches!(
        t,
        BR | WBR | HR | IMG | INPUT | AREA | COL | EMBED | PARAM | SOURCE | TRACK | KEYGEN | META | LINK | BASE | FRAME
    )
}

/// Elements whose content the tokenizer reads as raw text up to the end tag.
pub fn is_raw_text(t: Tag) -> bool {
    matches!(t, SCRIPT | STYLE | NOSCRIPT | TEXTAREA | XMP | IFRAME | NOEMBED | NOFRAMES | TITLE | PLAINTEXT)
}

/// Phrasing (inline) elements: their text belongs to the enclosing block.
/// Unknown tags count as inline.
pub fn is_inline(t: Tag) -> bool {
    t == TEXT
        || t >= FIRST_DYNAMIC
        || matches!(
            t,
            SPAN | A
                | B
                | I
                | EM
                | STRONG
                | U
                | S
                | SMALL
                | BIG
                | SUB
                | SUP
                | CODE
                | KBD
                | SAMP
                | VAR
                | MARK
                | Q
                | CITE
                | ABBR
                | ACRONYM
                | DFN
                | TIME
                | FONT
                | LABEL
                | BDI
                | BDO
                | INS
                | DEL
                | STRIKE
                | TT
                | NOBR
                | DATA
                | IMG
                | WBR
                | PICTURE
                | BR
        )
}

/// Subtrees that hold no readable article text at all.
pub fn is_skipped(t: Tag) -> bool {
    matches!(
        t,
        HEAD | SCRIPT
            | STYLE
            | NOSCRIPT
            | TEMPLATE
            | TEXTAREA
            | XMP
            | IFRAME
            | NOEMBED
            | NOFRAMES
            | SVG
            | MATH
            | CANVAS
            | OBJECT
            | EMBED
            | SELECT
            | BUTTON
            | INPUT
            | OPTION
            | DATALIST
            | DIALOG
            | VIDEO
            | AUDIO
            | MAP
            | OUTPUT
            | PROGRESS
            | METER
            | TITLE
            | FRAMESET
            | PLAINTEXT
            | FIGCAPTION
    )
}

/// Start tags that close an open `<p>` (HTML's "closes a p element" list).
pub fn closes_p(t: Tag) -> bool {
    matches!(
        t,
        ADDRESS
            | ARTICLE
            | ASIDE
            | BLOCKQUOTE
            | CENTER
            | DETAILS
            | DIALOG
            | DIV
            | DL
            | FIELDSET
            | FIGCAPTION
            | FIGURE
            | FOOTER
            | FORM
            | H1
            | H2
            | H3
            | H4
            | H5
            | H6
            | HEADER
            | HGROUP
            | HR
            | MAIN
            | MENU
            | NAV
            | OL
            | P
            | PRE
            | SECTION
            | SUMMARY
            | TABLE
            | UL
            | LI
            | DD
            | DT
            | PLAINTEXT
    )
}

/// Headings `h1`..`h6`.
pub fn is_heading(t: Tag) -> bool {
    matches!(t, H1 | H2 | H3 | H4 | H5 | H6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, expect: Option<Tag>) {
        assert_eq!(known(name), expect, "{name}");
    }

    #[test]
    fn ids() {
        check("html", Some(HTML));
        check("frame", Some(FRAME));
        check("x-widget", None);
        assert_eq!(name(FRAME), "frame");
        assert!(is_inline(FIRST_DYNAMIC + 3));
        assert!(!is_inline(DIV));
        assert!(is_void(BR) && is_raw_text(SCRIPT) && closes_p(UL));
    }
}
