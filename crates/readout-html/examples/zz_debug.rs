//! Temporary: a page file and a node id in, its ancestors out.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let html = std::fs::read(&a[1]).unwrap_or_default();
    let mut d = Vec::new();
    let text = readout_html::charset::decode(&html, None, &mut d);
    let dom = readout_html::dom::parse(&text);
    let mut at: u32 = a[2].parse().unwrap_or(0);
    while at != readout_html::dom::NONE {
        let i = at as usize;
        let names = dom.names_of(i);
        println!("{i} {} [{}] unlikely={}", readout_html::tags::name(dom.nodes[i].tag), names, readout_html::classes::unlikely(names));
        at = dom.nodes[i].parent;
    }
}
