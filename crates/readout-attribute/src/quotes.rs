//! Attributions: cues and quoted segments in, quotes with source, cue and
//! content (as token ranges) out.
//!
//! Each cue (a speech verb, "according to") looks for its content in the
//! shapes news writing uses: a quote right after it (`said: “…”`), a quote
//! right before it (`“…,” he said`), a clause before it (`…, officials
//! said.`) or a clause after it (`said that …`). Its source is the noun
//! phrase on the other side. Quoted paragraphs that no cue claims continue
//! the quote before them.

use crate::document::Document;
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, stops_noun_phrase};
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::TokenKind;

/// A token range `[first, end)`.
pub type TokenRange = (usize, usize);

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub cue: Option<TokenRange>,
    pub source: Option<TokenRange>,
    pub content: Vec<TokenRange>,
}

impl Attribution {
    fn content_start(&self) -> usize {
        self.content.first().map_or(0, |c| c.0)
    }
}

/// Where a cue was found: its token range.
pub type Cue = TokenRange;

const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "with",
    "for",
    "from",
    "speaking",
    "asked",
    "when",
    "while",
    "since",
    "amid",
    "following",
    "despite",
    "like",
    "unlike",
    "under",
    "over",
    "about",
];

pub fn attribute(doc: &Document, cues: &[Cue], segments: &[QuotedSegment]) -> Vec<Attribution> {
    let mut claimed = vec![false; segments.len()];
    let mut out: Vec<Attribution> = Vec::new();
    for (cue_index, &cue) in cues.iter().enumerate() {
        let next_cue = cues.get(cue_index + 1).copied();
        if let Some(attribution) = attribute_cue(doc, cue, next_cue, segments, &mut claimed) {
            out.push(attribution);
        }
    }
    out.extend(speaker_lines(doc, &out));
    inherit_sources(doc, &mut out);
    continue_quotes(doc, segments, &mut claimed, &mut out);
    out.sort_by_key(Attribution::content_start);
    out
}

fn segment_ending_before(doc: &Document, segments: &[QuotedSegment], cue: usize) -> Option<(usize, usize)> {
    // `“…,” he said` / `“…” said Mr X` / `“…”, she said`: between the
    // closing mark and the cue stand at most a comma and a short subject.
    let (sentence_first, _) = doc.sentence_bounds(cue);
    segments.iter().enumerate().rev().find_map(|(index, segment)| {
        let end = segment.end_token();
        if end > cue || end + 40 < cue || segment.first_token() < sentence_first.saturating_sub(400) {
            return None;
        }
        // Between them: a subject with its titles, abbreviations and
        // bracketed party labels ("Rep. Gwen Moore (D-Wis.)"), nothing that
        // ends a sentence or opens another quote.
        let between_ok = (end..cue).all(|t| !doc.token(t).is_quote() && !matches!(doc.raw(t), "!" | "?" | ";" | ":"))
            && doc.token_sentence[end.min(cue)] == doc.token_sentence[cue]
            && (end..cue).filter(|&t| doc.is_word(t)).count() <= 24;
        let close_is_quote = doc.token(end - 1).kind == TokenKind::CloseQuote;
        // The quote must end its clause: a comma inside or right after it,
        // or the cue right after it.
        let ends_clause = end == cue
            || doc.is_punct(end, ",")
            || (end >= 2 && (doc.is_punct(end - 2, ",") || doc.is_punct(end - 2, "?") || doc.is_punct(end - 2, "!")));
        (between_ok && close_is_quote && ends_clause).then_some((index, end))
    })
}

fn segment_starting_after(doc: &Document, segments: &[QuotedSegment], cue_end: usize) -> Option<usize> {
    // `said: “…”` / `said “…”` / `said, “…”` / `said that “…”`.
    let mut at = cue_end;
    while at < doc.len()
        && (doc.is_punct(at, ":") || doc.is_punct(at, ",") || doc.word(at) == "that")
        && at < cue_end + 2
    {
        at += 1;
    }
    segments.iter().position(|s| s.first_token() == at)
}

fn attribute_cue(
    doc: &Document,
    cue: Cue,
    next_cue: Option<Cue>,
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    let (sentence_first, sentence_end) = doc.sentence_bounds(cue.0);
    let content_end_limit = content_limit(doc, cue, next_cue, sentence_end);

    if doc.word(cue.0) == "according" {
        return according_to(doc, cue, sentence_first, content_end_limit, segments);
    }

    // A quote right after the cue: `X said: “…”`.
    if let Some(index) = segment_starting_after(doc, segments, cue.1) {
        if !claimed[index] {
            let segment = &segments[index];
            let after = segment.end_token();
            let rest_is_words = (after..sentence_end.max(after)).any(|t| doc.is_word(t))
                && doc.token_sentence[after.min(doc.len() - 1)] == doc.token_sentence[cue.0];
            claimed[index] = true;
            let source =
                source_before(doc, cue.0, sentence_first).or_else(|| appositive_source(doc, cue.0, sentence_first));
            if rest_is_words && segment.pieces.len() == 1 {
                let end = trim_end(doc, segment.first_token(), content_end_limit);
                return Some(Attribution {
                    kind: QuoteKind::Mixed,
                    cue: Some(cue),
                    source,
                    content: vec![(segment.first_token(), end)],
                });
            }
            return Some(Attribution {
                kind: QuoteKind::Direct,
                cue: Some(cue),
                source,
                content: segment.pieces.clone(),
            });
        }
    }

    // A quote right before the cue: `“…,” he said.`
    if let Some((index, end)) = segment_ending_before(doc, segments, cue.0) {
        if !claimed[index] {
            claimed[index] = true;
            let mut subject_start = end;
            while subject_start < cue.0 && doc.is_punct(subject_start, ",") {
                subject_start += 1;
            }
            let source = if subject_start < cue.0 {
                Some((subject_start, cue.0))
            } else {
                source_after(doc, cue.1, sentence_end)
            };
            let segment = &segments[index];
            // `The rule “is a misguided approach,” Mr X said`: words of the
            // clause before the quote make it a mixed quote of the clause.
            let lead_in = (sentence_first..segment.first_token()).filter(|&t| doc.is_word(t)).count();
            if segment.pieces.len() == 1 && segment.first_token() > sentence_first && lead_in >= 2 {
                let content = vec![(sentence_first, segment.end_token())];
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
            let mut content = segment.pieces.clone();
            // `“…,” Tester said, referring to X, “…”`: the quote resumes in
            // the same sentence after the cue.
            for (later, segment) in segments.iter().enumerate().skip(index + 1) {
                if segment.first_token() >= sentence_end {
                    break;
                }
                if segment.first_token() > cue.1 && !claimed[later] && segment.end_token() - segment.first_token() > 3 {
                    claimed[later] = true;
                    content.extend(segment.pieces.iter().copied());
                }
            }
            return Some(Attribution { kind: QuoteKind::Direct, cue: Some(cue), source, content });
        }
    }

    // A clause before the cue: `…, officials said.` / `…, said Mr X.`
    if let Some(attribution) = clause_before(doc, cue, sentence_first, sentence_end, segments) {
        return Some(attribution);
    }

    // A clause after the cue: `X said (that) …`.
    let source = participle_source(doc, cue.0, sentence_first)
        .or_else(|| source_before(doc, cue.0, sentence_first))
        .or_else(|| appositive_source(doc, cue.0, sentence_first));
    let mut start = cue.1;
    // Skip an object and time adverbials up to "that": `told reporters on
    // Tuesday that …`.
    for look in cue.1..(cue.1 + 8).min(content_end_limit) {
        if doc.word(look) == "that" {
            start = look + 1;
            break;
        }
        if !doc.is_word(look) {
            break;
        }
    }
    if start == cue.1 {
        start = skip_addressee(doc, cue.0, start, content_end_limit);
    }
    while start < content_end_limit && (doc.is_punct(start, ":") || doc.is_punct(start, ",")) {
        start += 1;
    }
    let end = trim_end(doc, start, content_end_limit);
    if end <= start || (end - start) < 2 {
        return None;
    }
    let kind = content_kind(doc, start, end);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![(start, end)] })
}

/// The content after a cue ends at the sentence end, or before the clause of
/// the next cue in the same sentence (`…, but insisted that …`).
fn content_limit(doc: &Document, cue: Cue, next_cue: Option<Cue>, sentence_end: usize) -> usize {
    let mut limit = sentence_end;
    if let Some(next) = next_cue {
        if next.0 < sentence_end && next.0 > cue.1 {
            // Walk left from the next cue over its subject to the comma or
            // conjunction that opens its clause.
            let mut at = next.0;
            while at > cue.1 + 1 {
                let word = doc.word(at - 1);
                if doc.is_punct(at - 1, ",") || doc.is_punct(at - 1, ";") || word == "but" || word == "and" {
                    at -= 1;
                    break;
                }
                if !doc.is_word(at - 1) {
                    break;
                }
                at -= 1;
            }
            if at > cue.1 + 1 && at < next.0 {
                limit = at;
            }
        }
    }
    limit
}

/// Drop trailing punctuation, conjunctions and `, he said`-style tails.
fn trim_end(doc: &Document, start: usize, mut end: usize) -> usize {
    while end > start {
        let last = end - 1;
        let token = doc.token(last);
        let drop = matches!(token.kind, TokenKind::Punct) && !doc.is_punct(last, "%")
            || matches!(doc.word(last), "but" | "and" | "or");
        if drop {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

fn content_kind(doc: &Document, start: usize, end: usize) -> QuoteKind {
    let quotes = (start..end).filter(|&t| doc.token(t).is_quote() && matches!(doc.raw(t), "“" | "”" | "\"")).count();
    if quotes == 0 {
        QuoteKind::Indirect
    } else if doc.token(start).kind == TokenKind::OpenQuote
        && (start..end).filter(|&t| doc.token(t).kind == TokenKind::CloseQuote).count() == 1
        && doc.token(end - 1).kind == TokenKind::CloseQuote
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    }
}

fn according_to(
    doc: &Document,
    cue: Cue,
    sentence_first: usize,
    limit: usize,
    _segments: &[QuotedSegment],
) -> Option<Attribution> {
    let cue = (cue.0, (cue.0 + 2).min(doc.len()));
    let mut source_end = cue.1;
    while source_end < limit && doc.is_word(source_end) && !matches!(doc.word(source_end), "that" | "which" | "who") {
        source_end += 1;
    }
    let source = (source_end > cue.1).then_some((cue.1, source_end));
    let sentence_opening = (sentence_first..cue.0).all(|t| !doc.is_word(t));
    let content = if sentence_opening {
        let mut start = source_end;
        while start < limit && !doc.is_word(start) && !doc.token(start).is_quote() {
            start += 1;
        }
        (start, trim_end(doc, start, limit))
    } else {
        (sentence_first, trim_end(doc, sentence_first, cue.0))
    };
    if content.1 <= content.0 {
        return None;
    }
    let kind = content_kind(doc, content.0, content.1);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![content] })
}

/// `…, officials said.` / `…, said Mr X.` / `…, he said in a statement.`
fn clause_before(
    doc: &Document,
    cue: Cue,
    first: usize,
    end: usize,
    segments: &[QuotedSegment],
) -> Option<Attribution> {
    let tail_is_short = {
        let mut words = 0;
        let mut at = cue.1;
        while at < end && !doc.is_punct(at, ",") {
            if doc.is_word(at) {
                words += 1;
            }
            at += 1;
        }
        // What follows a parenthetical cue is nothing, an adverbial ("in a
        // statement", "on Tuesday") or an inverted subject ("said Mr X");
        // a pronoun or an object ("called half of his supporters …") means
        // the content follows the cue instead.
        let first_tail = doc.word(cue.1);
        // A participle never has its subject after it: `…, saying the debate
        // was rigged` reports what follows.
        let inverts = !doc.word(cue.0).ends_with("ing");
        let tail_fits = words == 0
            || is_adverbial_opener(first_tail)
            || (inverts && doc.token(cue.1).capitalized && !crate::lexicon::is_pronoun_subject(first_tail))
            || (inverts && first_tail == "the" && crate::lexicon::is_speech_verb(doc.word(cue.0)));
        words <= 6 && (at >= end || doc.is_punct(at, ",")) && tail_fits
    };
    if !tail_is_short {
        return None;
    }
    // Find the comma (or closing mark) that ends the content clause.
    let mut at = cue.0;
    let mut subject_words = 0;
    while at > first {
        let previous = at - 1;
        if doc.is_punct(previous, ",") || doc.token(previous).kind == TokenKind::CloseQuote {
            break;
        }
        if !doc.is_word(previous) || subject_words > 7 {
            return None;
        }
        if stops_noun_phrase(doc.word(previous)) && !is_auxiliary_or_adverb(doc.word(previous)) {
            return None;
        }
        subject_words += 1;
        at = previous;
    }
    if at <= first + 2 {
        return None;
    }
    let comma = at - 1;
    let source = if subject_words > 0 {
        let (s, e) = (comma + 1, cue.0);
        Some(strip_auxiliaries(doc, s, e))
    } else {
        source_after(doc, cue.1, end)
    };
    // Content: from the clause start to the comma; a quote that opened in an
    // earlier sentence makes the content start at its mark.
    let start = segments
        .iter()
        .find(|s| s.first_token() < first && s.end_token() > comma)
        .map_or(first, QuotedSegment::first_token);
    let content_end = trim_end(doc, start, comma + 1);
    if content_end <= start {
        return None;
    }
    let kind = content_kind(doc, start, content_end);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![(start, content_end)] })
}

fn strip_auxiliaries(doc: &Document, start: usize, mut end: usize) -> TokenRange {
    while end > start + 1 && is_auxiliary_or_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    (start, end)
}

/// The subject noun phrase left of a cue, skipping auxiliaries and adverbs.
pub fn source_before(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let mut end = cue;
    while end > sentence_first && is_auxiliary_or_adverb(doc.word(end - 1)) && !doc.token(end - 1).capitalized {
        end -= 1;
    }
    let mut start = end;
    let mut count = 0;
    while start > sentence_first && count < 14 {
        let previous = start - 1;
        let token = doc.token(previous);
        let word = doc.word(previous);
        let joins = doc.is_punct(previous, "-") || doc.is_punct(previous, "&") || doc.is_punct(previous, ".");
        if !(doc.is_word(previous) || joins) {
            break;
        }
        if !token.capitalized && stops_noun_phrase(word) {
            break;
        }
        start = previous;
        count += 1;
        if is_pronoun_subject(word) && start + 1 == end {
            break;
        }
    }
    if start >= end {
        return None;
    }
    // A sentence-opening adverbial: `In a recent interview he said`, keep
    // the noun phrase after it (a pronoun or a capitalised name).
    if PREPOSITIONS.contains(&doc.word(start)) {
        let tail = (start + 1..end).rev().find(|&t| {
            let w = doc.word(t);
            is_pronoun_subject(w)
                || (doc.token(t).capitalized && !doc.token(t - 1).capitalized && !is_determiner(doc.word(t - 1)))
        });
        match tail {
            Some(t) => start = t,
            None => return None,
        }
    }
    // "the the Prime Minister": one determiner.
    while start + 1 < end && is_determiner(doc.word(start)) && is_determiner(doc.word(start + 1)) {
        start += 1;
    }
    Some((start, end))
}

/// The subject after an inverted cue: `said Mr X`, `said the spokesman`.
fn source_after(doc: &Document, cue_end: usize, sentence_end: usize) -> Option<TokenRange> {
    // `said Rep. G.K. Butterfield (D-N.C.), head of the Caucus.`: the
    // subject and its appositive run to the end of the sentence.
    let mut end = cue_end;
    while end < sentence_end && end < cue_end + 40 {
        let word = doc.word(end);
        let stops = doc.token(end).is_quote()
            || doc.is_punct(end, ";")
            || (end == cue_end
                && matches!(
                    word,
                    "in" | "on" | "at" | "that" | "to" | "during" | "after" | "when" | "while" | "as" | "of"
                ));
        if stops {
            break;
        }
        end += 1;
    }
    let end = trim_end(doc, cue_end, end);
    (end > cue_end).then_some((cue_end, end))
}

/// `…, but insisted that …`: a cue with no subject of its own shares the
/// subject of the cue before it in the same sentence.
fn inherit_sources(doc: &Document, attributions: &mut [Attribution]) {
    for index in 1..attributions.len() {
        if attributions[index].source.is_some() {
            continue;
        }
        let Some(cue) = attributions[index].cue else { continue };
        let previous = &attributions[index - 1];
        let same_sentence = previous.cue.is_some_and(|c| doc.token_sentence[c.0] == doc.token_sentence[cue.0]);
        if same_sentence {
            attributions[index].source = previous.source;
        }
    }
}

/// Quoted segments no cue claimed that open a sentence right after an
/// attribution continue it: `“…,” he said. “More.”`.
fn continue_quotes(doc: &Document, segments: &[QuotedSegment], claimed: &mut [bool], out: &mut Vec<Attribution>) {
    out.sort_by_key(Attribution::content_start);
    for (index, segment) in segments.iter().enumerate() {
        if claimed[index] {
            continue;
        }
        let first = segment.first_token();
        let (sentence_first, _) = doc.sentence_bounds(first);
        let opens_sentence = first == sentence_first;
        if !opens_sentence || segment.end_token() - first < 4 {
            continue;
        }
        // `“…” — Name`: a quote signed with a dash.
        if let Some(signed) = dash_signature(doc, segment) {
            out.push(signed);
            claimed[index] = true;
            continue;
        }
        // The attribution just before, when this quote opens the sentence
        // right after it, in the same paragraph or the next.
        // Indirect speech reported in between ("he was called to …") does
        // not interrupt a quotation.
        let Some(previous) = out
            .iter_mut()
            .rev()
            .find(|a| a.kind != QuoteKind::Indirect && a.content.last().is_some_and(|c| c.1 <= first))
        else {
            continue;
        };
        let last_token =
            [previous.content.last().map(|c| c.1 - 1), previous.cue.map(|c| c.1 - 1), previous.source.map(|s| s.1 - 1)]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(0);
        let next_sentence = doc.token_sentence[first] == doc.token_sentence[last_token] + 1;
        let gap_paragraphs = doc.token_paragraph[first] - doc.token_paragraph[last_token];
        if gap_paragraphs <= 1 && next_sentence {
            previous.content.extend(segment.pieces.iter().copied());
            claimed[index] = true;
        }
    }
}

/// `“…” ― Pamela Padilla`: a dash and a name after a quote that ends its
/// paragraph.
fn dash_signature(doc: &Document, segment: &QuotedSegment) -> Option<Attribution> {
    let dash = segment.end_token();
    if dash >= doc.len() || !matches!(doc.raw(dash), "―" | "—" | "–" | "-") {
        return None;
    }
    let paragraph = doc.token_paragraph[dash];
    let mut end = dash + 1;
    while end < doc.len() && doc.token_paragraph[end] == paragraph && end < dash + 12 {
        end += 1;
    }
    let ends_paragraph = end >= doc.len() || doc.token_paragraph[end] != paragraph;
    let named = dash + 1 < end && doc.token(dash + 1).capitalized;
    (ends_paragraph && named).then(|| Attribution {
        kind: QuoteKind::Direct,
        cue: Some((dash, dash + 1)),
        source: Some((dash + 1, trim_end(doc, dash + 1, end))),
        content: segment.pieces.clone(),
    })
}

/// `Tom Baker, who runs a cafe, said` / `The chairman, Peter Hale, said`:
/// the subject stands before an appositive or relative clause set off by
/// commas. The source keeps the whole phrase, as annotators mark it.
fn appositive_source(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let mut end = cue;
    while end > sentence_first && is_auxiliary_or_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    if end == sentence_first || !doc.is_punct(end - 1, ",") {
        return None;
    }
    let closing_comma = end - 1;
    let opening_comma = (sentence_first..closing_comma).rev().find(|&t| doc.is_punct(t, ","))?;
    if closing_comma - opening_comma > 16 {
        return None;
    }
    let (start, _) = source_before(doc, opening_comma, sentence_first)?;
    Some((start, closing_comma + 1))
}

/// Words that open an adverbial after a cue: `said in a statement`, `told
/// reporters on Tuesday`, `wrote later`.
fn is_adverbial_opener(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "to"
            | "during"
            | "after"
            | "before"
            | "of"
            | "via"
            | "through"
            | "from"
            | "with"
            | "later"
            | "recently"
            | "earlier"
            | "yesterday"
            | "today"
            | "tonight"
            | "last"
            | "this"
            | "then"
            | "also"
            | "again"
            | "afterward"
            | "afterwards"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "reporters"
            | "journalists"
            | "cnn"
            | "npr"
            | "abc"
            | "nbc"
            | "cbs"
            | "fox"
            | "politico"
            | "bloomberg"
            | "reuters"
            | "when"
            | "while"
            | "as"
            | "by"
            | "about"
            | "late"
            | "publicly"
            | "privately"
            | "repeatedly"
            | "once"
            | "too"
            | "shortly"
            | "previously"
    )
}

/// `Trump took to Twitter on Friday, saying …`: a participle cue after a
/// comma has the sentence's subject as its source, the capitalised or
/// determined noun phrase that opens the sentence.
fn participle_source(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let word = doc.word(cue);
    if !word.ends_with("ing") || cue == sentence_first || !doc.is_punct(cue - 1, ",") {
        return None;
    }
    let mut end = sentence_first;
    while end < cue && end < sentence_first + 8 {
        let token = doc.token(end);
        let w = doc.word(end);
        let fits = (token.capitalized && doc.is_word(end))
            || (end == sentence_first && is_determiner(w))
            || (end > sentence_first && doc.is_punct(end, "."));
        if !fits || PREPOSITIONS.contains(&w) {
            break;
        }
        end += 1;
    }
    (end > sentence_first && (end - sentence_first > 1 || !is_determiner(doc.word(sentence_first))))
        .then_some((sentence_first, end))
}

/// `PENCE: Well, look …` in a transcript, `Poll: Voters abandon …` in a
/// headline: a paragraph that opens with a short capitalised name and a
/// colon attributes the rest of the paragraph to that name.
fn speaker_lines(doc: &Document, found: &[Attribution]) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut paragraph_start = 0;
    while paragraph_start < doc.len() {
        let paragraph = doc.token_paragraph[paragraph_start];
        let mut end = paragraph_start;
        while end < doc.len() && doc.token_paragraph[end] == paragraph {
            end += 1;
        }
        // A transcript may quote each turn: `"WALLACE: …`.
        let name_start = if doc.token(paragraph_start).is_quote() { paragraph_start + 1 } else { paragraph_start };
        if let Some(colon) = (name_start..end.min(name_start + 5)).find(|&t| doc.is_punct(t, ":")) {
            let name_ok =
                colon > name_start && (name_start..colon).all(|t| doc.token(t).capitalized || doc.is_punct(t, "."));
            let content_end = trim_end(doc, colon + 1, end);
            // A transcript's speaker label (`WALLACE:`) heads the turn even when
            // the turn reports speech of its own.
            let label = (name_start..colon).all(|t| !doc.is_word(t) || doc.raw(t).chars().all(|c| !c.is_lowercase()));
            let taken = !label && found.iter().any(|a| a.content.iter().any(|c| c.0 < end && c.1 > colon));
            if name_ok && !taken && content_end > colon + 3 {
                out.push(Attribution {
                    kind: content_kind(doc, colon + 1, content_end),
                    cue: Some((colon, colon + 1)),
                    source: Some((name_start, colon)),
                    content: vec![(colon + 1, content_end)],
                });
            }
        }
        paragraph_start = end;
    }
    out
}

/// The addressee of a directive or a telling is not part of what was said:
/// `urged western allies | to act`, `told reporters | the row was over`.
fn skip_addressee(doc: &Document, cue: usize, start: usize, limit: usize) -> usize {
    let verb = doc.word(cue);
    let directive = [
        "urg", "warn", "ask", "encourag", "press", "implor", "advis", "invit", "challeng", "beg", "order", "instruct",
        "remind", "call",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem));
    if directive {
        // An object of at most five words, then the infinitive.
        if let Some(to) = (start + 1..(start + 6).min(limit)).find(|&t| doc.word(t) == "to") {
            if (start..to).all(|t| doc.is_word(t)) && !(start..to).any(|t| doc.word(t) == "that") {
                return to;
            }
        }
    }
    let telling = verb.starts_with("tell") || verb == "told";
    let listener = matches!(
        doc.word(start),
        "reporters"
            | "journalists"
            | "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "supporters"
            | "voters"
            | "viewers"
            | "listeners"
            | "lawmakers"
            | "colleagues"
            | "the"
    );
    if telling && listener && doc.word(start) != "the" && start + 1 < limit {
        return start + 1;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cue_model::CueModel;
    use readout_segment::segment;

    /// Each attribution as `kind | source | cue | content`, with content
    /// pieces joined by ` + `.
    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let segments = crate::quote_marks::quoted_segments(&doc);
        let inside = crate::cues::inside_quotes(&doc, &segments);
        let cues = crate::cues::find_cues(&doc, &inside, &CueModel::default());
        let shown: Vec<String> = attribute(&doc, &cues, &segments)
            .iter()
            .map(|a| {
                let span = |r: Option<TokenRange>| r.map_or("-", |(s, e)| &text[doc.byte_range(s, e)]);
                let content: Vec<&str> = a.content.iter().map(|&(s, e)| &text[doc.byte_range(s, e)]).collect();
                format!("{} | {} | {} | {}", a.kind.as_str(), span(a.source), span(a.cue), content.join(" + "))
            })
            .collect();
        assert_eq!(shown, expect);
    }

    #[test]
    fn quote_after_a_cue_and_its_colon() {
        check(
            "A Downing Street spokesperson said: “Both agreed.”",
            &["direct | A Downing Street spokesperson | said | “Both agreed.”"],
        );
    }

    #[test]
    fn quote_before_a_cue_resumes_after_it() {
        check(
            "“Every time you say that,” Tester said, referring to the excuse, “you give them ammunition.”",
            &["direct | Tester | said | “Every time you say that,” + “you give them ammunition.”"],
        );
    }

    #[test]
    fn inverted_subject_with_appositive() {
        check(
            "“It is a disgusting day,” said Rep. Gwen Moore (D-Wis.), a senior member.",
            &["direct | Rep. Gwen Moore (D-Wis.), a senior member | said | “It is a disgusting day,”"],
        );
    }

    #[test]
    fn words_before_the_quote_make_it_mixed() {
        check(
            "The plan “is a misguided approach,” Mr. Smith said.",
            &["mixed | Mr. Smith | said | The plan “is a misguided approach,”"],
        );
    }

    #[test]
    fn clause_before_and_after_the_cue() {
        check(
            "The talks will resume on Monday, officials said.",
            &["indirect | officials | said | The talks will resume on Monday"],
        );
        check(
            "Mr Trump said that he disagreed, but insisted that he would not abandon Kyiv.",
            &[
                "indirect | Mr Trump | said | he disagreed",
                "indirect | Mr Trump | insisted | he would not abandon Kyiv",
            ],
        );
    }

    #[test]
    fn according_to_at_either_end() {
        check(
            "According to the poll, Clinton leads by four points.",
            &["indirect | the poll | According to | Clinton leads by four points"],
        );
        check(
            "Clinton leads by four points, according to the poll.",
            &["indirect | the poll | according to | Clinton leads by four points"],
        );
    }

    #[test]
    fn uncued_quote_continues_the_one_before() {
        check(
            "“We will win,” he said.\n\n“And we will win again.”",
            &["direct | he | said | “We will win,” + “And we will win again.”"],
        );
    }

    #[test]
    fn dash_signature_and_transcript_label() {
        check(
            "“Maybe we can build a wall around him.” ― Steve Quinlan",
            &["direct | Steve Quinlan | ― | “Maybe we can build a wall around him.”"],
        );
        check(
            "WALLACE: Let us start with the breaking news on the debate.",
            &["indirect | WALLACE | : | Let us start with the breaking news on the debate"],
        );
    }

    #[test]
    fn participle_cue_takes_the_sentence_subject() {
        check(
            "Trump took to Twitter on Friday, saying the debate was rigged.",
            &["indirect | Trump | saying | the debate was rigged"],
        );
    }

    #[test]
    fn addressee_is_not_content() {
        check("He urged western allies to stand with Ukraine.", &["indirect | He | urged | to stand with Ukraine"]);
        check("She told reporters the row was overblown.", &["indirect | She | told | the row was overblown"]);
    }
}
