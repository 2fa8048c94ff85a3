fn main() {
    let html = std::fs::read(std::env::args().nth(1).unwrap_or_default()).unwrap_or_default();
    let dom = readout_html::dom::parse(&String::from_utf8_lossy(&html));
    for (a, b, c) in [(true, true, true), (false, true, true), (false, false, true), (false, false, false)] {
        let o = readout_html::features::Options { strip_unlikely: a, weight_classes: b, clean_conditionally: c };
        let f = readout_html::features::compute(&dom, o);
        let sel = readout_html::score::select(&dom, &f, o);
        let bl = readout_html::render::render(&dom, &f, &sel, o);
        let body = readout_html::body::assemble(&bl);
        println!("{o:?} top={} nodes={:?} len={} bp={:?}", sel.top, sel.nodes, body.text.len(), body.boilerplate);
    }
    println!("{:?}", readout_html::body::extract(&dom));
}
