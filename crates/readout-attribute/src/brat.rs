//! brat standoff annotations (PolNeAR's format): the text of an `.ann` file
//! in, the attributions it annotates (cue, source and content spans, in
//! code-point offsets as brat writes them) out. Reading the files is the
//! caller's job.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    pub cue: Vec<(usize, usize)>,
    pub sources: Vec<(usize, usize)>,
    pub contents: Vec<(usize, usize)>,
}

pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: std::collections::HashMap<&str, Vec<(usize, usize)>> = std::collections::HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let id = parts.next().unwrap_or("");
        let body = parts.next().unwrap_or("");
        if id.starts_with('T') {
            let Some((_, offsets)) = body.split_once(' ') else { continue };
            let fragments: Vec<(usize, usize)> = offsets
                .split(';')
                .filter_map(|f| {
                    let (a, b) = f.trim().split_once(' ')?;
                    Some((a.parse().ok()?, b.parse().ok()?))
                })
                .collect();
            spans.insert(id, fragments);
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    let mut out = Vec::new();
    for body in events {
        let mut gold = GoldAttribution::default();
        for argument in body.split_whitespace() {
            let Some((role, id)) = argument.split_once(':') else { continue };
            let Some(fragments) = spans.get(id) else { continue };
            match role {
                "Cue" => gold.cue.extend(fragments),
                "Source" => gold.sources.extend(fragments),
                "Content" | "Content2" => gold.contents.extend(fragments),
                _ => {}
            }
        }
        if !gold.contents.is_empty() {
            out.push(gold);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_join_their_spans() {
        let ann = "T1\tSource 0 2\twe\nT2\tCue 3 9\tmocked\nT3\tContent 10 20;25 30\tx\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let got = parse_ann(ann);
        assert_eq!(
            got,
            vec![GoldAttribution { cue: vec![(3, 9)], sources: vec![(0, 2)], contents: vec![(10, 20), (25, 30)] }]
        );
    }

    #[test]
    fn malformed_lines_are_skipped() {
        assert!(parse_ann("T1\tbroken\nE1\tCue:T9\n\n").is_empty());
    }
}
