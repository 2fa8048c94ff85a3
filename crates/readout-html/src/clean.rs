//! An element inside the chosen article plus its features in, a verdict out:
//! drop it as link list, gallery, form or embed rather than article text
//! (readability's "clean conditionally").

use crate::dom::Dom;
use crate::features::{Features, Options};
use crate::score::{class_weight, Selection};
use crate::tags;

/// Whether element `i` inside the article should be dropped.
pub fn drop_element(dom: &Dom, f: &Features, sel: &Selection, i: usize, opts: Options) -> bool {
    let t = dom.nodes[i].tag;
    if !opts.clean_conditionally {
        return false;
    }
    if tags::is_heading(t) {
        return class_weight(dom, i, opts) < 0.0 || f.link_density(i) > 0.5;
    }
    if !matches!(
        t,
        tags::DIV | tags::SECTION | tags::UL | tags::OL | tags::TABLE | tags::FORM | tags::FIELDSET | tags::DL
    ) {
        return false;
    }
    if crate::classes::embed(dom.names_of(i)) {
        return false;
    }
    let weight = class_weight(dom, i, opts);
    if weight + sel.score[i] < 0.0 {
        return true;
    }
    let s = f.sums[i];
    if s.commas >= 10 {
        return false;
    }
    let is_list = matches!(t, tags::UL | tags::OL) || (s.len > 0 && s.list as f32 / s.len as f32 > 0.9);
    let p = s.p as f32;
    let img = s.img as f32;
    let li = s.li as f32 - 100.0;
    let input = s.input as f32;
    let heading_density = if s.len > 0 { s.heading as f32 / s.len as f32 } else { 0.0 };
    let ld = f.link_density(i);
    let len = s.len;
    let in_figure = f.in_figure[i];
    (img > 1.0 && p / img < 0.5 && !in_figure)
        || (!is_list && li > p)
        || (input > (p / 3.0).floor())
        || (!is_list && heading_density < 0.9 && len < 25 && (img == 0.0 || img > 2.0) && !in_figure)
        || (!is_list && weight < 25.0 && ld > 0.2)
        || (weight >= 25.0 && ld > 0.5)
        || (is_list && ld > 0.5)
        || ((s.embed == 1 && len < 75) || s.embed > 1)
}
