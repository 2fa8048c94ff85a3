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
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, is_speech_verb, stops_noun_phrase};
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

/// `readout`: the text is a readout (see [`crate::genre`]).
pub fn attribute(doc: &Document, cues: &[Cue], segments: &[QuotedSegment], readout: bool) -> Vec<Attribution> {
    let mut claimed = vec![false; segments.len()];
    let mut out: Vec<Attribution> = Vec::new();
    for (cue_index, &cue) in cues.iter().enumerate() {
        let later_cues = &cues[cue_index + 1..];
        if let Some(found) = colon_then_tag(doc, cue, &cues[..cue_index], segments, &mut claimed) {
            out.extend(found);
            continue;
        }
        if let Some(attribution) = attribute_cue(doc, cue, later_cues, segments, &mut claimed) {
            out.push(attribution);
        }
    }
    out.extend(speaker_lines(doc, &out));
    let introduced = crate::introduced::introduced_statements(doc, &mut out, readout);
    out.extend(introduced);
    for attribution in &mut out {
        if attribution.cue.is_some_and(|cue| is_passive(doc, cue.0)) {
            attribution.source = None;
        }
    }
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

/// `X scolded him: “A,” she said. “B”`: the verb before the colon
/// introduces the first quote, and the `she said` after it the quote that
/// opens the next sentence. Taken only when that next quote is there. So
/// too in `X said she felt … because “A,” she said. “B”`, where the first
/// cue already reports the clause with the first quote.
fn colon_then_tag(
    doc: &Document,
    cue: Cue,
    earlier: &[Cue],
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Vec<Attribution>> {
    let (sentence_first, sentence_end) = doc.sentence_bounds(cue.0);
    // The tag's subject is a pronoun right after the quote: `she said`.
    let subject = cue.0.checked_sub(1)?;
    if subject <= sentence_first || !is_pronoun_subject(doc.word(subject)) {
        return None;
    }
    let end = if doc.is_punct(subject - 1, ",") { subject - 1 } else { subject };
    // The outermost quote closing there (`… called ‘miracles,’”` nests
    // one), ending with a comma inside its marks.
    let index = segments.iter().position(|s| s.end_token() == end)?;
    if !(end.saturating_sub(3)..end).any(|t| doc.is_punct(t, ",")) {
        return None;
    }
    let first = segments[index].first_token();
    let next = segments.iter().position(|s| s.first_token() > cue.0)?;
    if claimed[index] || claimed[next] || first <= sentence_first + 1 {
        return None;
    }
    let lead_cue = earlier.iter().any(|c| c.0 >= sentence_first && c.1 < first);
    if !doc.is_punct(first - 1, ":") && !lead_cue {
        return None;
    }
    // The tag ends its sentence and the next quote opens the one after.
    let tag_end = trim_end(doc, cue.1, sentence_end);
    let after = segments[next].first_token();
    if tag_end != cue.1
        || doc.sentence_bounds(after).0 != after
        || doc.token_sentence[after] != doc.token_sentence[cue.0] + 1
    {
        return None;
    }
    let tag = Attribution {
        kind: QuoteKind::Direct,
        cue: Some(cue),
        source: Some((subject, subject + 1)),
        content: segments[next].pieces.clone(),
    };
    if !doc.is_punct(first - 1, ":") {
        claimed[index] = true;
        claimed[next] = true;
        return Some(vec![tag]);
    }
    // Before the colon: a subject, then a lower-case verb and at most a
    // short object (`scolded him`, `told reporters`).
    let verb = (sentence_first..first - 1).find(|&t| doc.is_word(t) && !doc.token(t).capitalized)?;
    let object_words = (verb + 1..first - 1).filter(|&t| doc.is_word(t)).count();
    let verb_word = doc.word(verb);
    if verb == sentence_first || object_words > 3 || !(verb_word.ends_with("ed") || is_speech_verb(verb_word)) {
        return None;
    }
    let source = source_before(doc, verb, sentence_first)?;
    claimed[index] = true;
    claimed[next] = true;
    Some(vec![
        Attribution {
            kind: QuoteKind::Direct,
            cue: Some((verb, verb + 1)),
            source: Some(source),
            content: segments[index].pieces.clone(),
        },
        tag,
    ])
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

/// A quoted segment that opens right after a short run of words and a comma
/// or colon that follow the cue; also returns that run of words.
fn segment_after_object(
    doc: &Document,
    segments: &[QuotedSegment],
    cue_end: usize,
    sentence_end: usize,
) -> Option<(usize, TokenRange)> {
    let mut at = cue_end;
    while at < sentence_end && at < cue_end + 8 && (doc.is_word(at) || doc.is_punct(at, ".")) {
        at += 1;
    }
    let separated = at < doc.len() && (doc.is_punct(at, ",") || doc.is_punct(at, ":"));
    if at == cue_end || !separated {
        return None;
    }
    let index = segments.iter().position(|s| s.first_token() == at + 1)?;
    Some((index, (cue_end, at)))
}

fn attribute_cue(
    doc: &Document,
    cue: Cue,
    later_cues: &[Cue],
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    let (sentence_first, sentence_end) = doc.sentence_bounds(cue.0);
    let content_end_limit = content_limit(doc, cue, later_cues, sentence_end);

    if doc.word(cue.0) == "according" {
        return according_to(doc, cue, sentence_first, content_end_limit, segments);
    }

    // A quote right after the cue: `X said: “…”`; but in `“…,” he said,
    // “…”` the quote before the cue leads and the one after resumes it.
    // The quote before must open the sentence (`… the row was “overblown”,
    // adding: “…”` quotes a word, then a new quote).
    let quote_before = segment_ending_before(doc, segments, cue.0).is_some_and(|(index, _)| {
        !claimed[index]
            && segments[index].first_token() == sentence_first
            && !(cue.1 < doc.len() && doc.is_punct(cue.1, ":"))
    });
    if let Some(index) = segment_starting_after(doc, segments, cue.1).filter(|_| !quote_before) {
        if !claimed[index] {
            let segment = &segments[index];
            let after = segment.end_token();
            // `chanted “What curfew?” and kept going`: a new clause after the
            // quote is narration, not more of what was said.
            // `said “budget reforms” and the collection of taxes would …`: an
            // "and" before a determiner joins a noun phrase to the quote.
            let joins_noun = after + 1 < doc.len() && doc.word(after) == "and" && is_determiner(doc.word(after + 1));
            let new_clause = after < doc.len()
                && matches!(doc.word(after), "and" | "but" | "before" | "then" | "while")
                && !joins_noun;
            let rest_is_words = (after..sentence_end.max(after)).any(|t| doc.is_word(t))
                && doc.token_sentence[after.min(doc.len() - 1)] == doc.token_sentence[cue.0]
                && !new_clause;
            claimed[index] = true;
            let source = participle_source(doc, cue.0, sentence_first)
                .or_else(|| source_before(doc, cue.0, sentence_first))
                .or_else(|| appositive_source(doc, cue.0, sentence_first));
            // `said that “…”`: annotators start the content at "that", which
            // makes it a reported clause rather than a direct quote.
            let that = (cue.1..segment.first_token()).find(|&t| doc.word(t) == "that");
            if let Some(that) = that {
                let mut content = segment.pieces.clone();
                content[0].0 = that;
                if rest_is_words && segment.pieces.len() == 1 {
                    content[0].1 = trim_end(doc, that, content_end_limit);
                }
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
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
            // clause before the quote make it a mixed quote of the clause,
            // even a lone subject (`Clinton “is the only candidate …”`).
            let lead_in = (sentence_first..segment.first_token()).filter(|&t| doc.is_word(t)).count();
            // `As for cost, “…,” said Mr X`: an adverbial set off by a comma
            // is not part of the quote.
            let set_off = segment.first_token() > 0 && doc.is_punct(segment.first_token() - 1, ",");
            if segment.pieces.len() == 1 && segment.first_token() > sentence_first && lead_in >= 1 && !set_off {
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
                // A cue in between claims the quote after it: `“…,” Sanders
                // said, suggesting a few questions, including, “…”`.
                let cue_between = later_cues.iter().any(|c| c.0 >= cue.1 && c.0 < segment.first_token());
                if segment.first_token() > cue.1
                    && !claimed[later]
                    && segment.end_token() - segment.first_token() > 3
                    && !cue_between
                {
                    claimed[later] = true;
                    content.extend(segment.pieces.iter().copied());
                }
            }
            return Some(Attribution { kind: QuoteKind::Direct, cue: Some(cue), source, content });
        }
    }

    // A quote after an object or adverbial and a comma: `told his radio
    // audience on Monday, “…”`, `says of Clinton, “…”`, `Said Ellis: “…”`.
    if let Some((index, gap)) = segment_after_object(doc, segments, cue.1, sentence_end) {
        if !claimed[index] {
            claimed[index] = true;
            let inverted = (gap.0..gap.1).all(|t| doc.token(t).capitalized);
            let source = participle_source(doc, cue.0, sentence_first)
                .or_else(|| source_before(doc, cue.0, sentence_first))
                .or_else(|| appositive_source(doc, cue.0, sentence_first))
                .or_else(|| inverted.then_some(gap));
            // `said via email that, “…” against …`: as with `said that “…”`,
            // the content opens at "that" and runs on to the clause end.
            if gap.1 > gap.0 && doc.word(gap.1 - 1) == "that" {
                let that = gap.1 - 1;
                let end = trim_end(doc, that, content_end_limit).max(segments[index].end_token());
                return Some(Attribution {
                    kind: QuoteKind::Mixed,
                    cue: Some(cue),
                    source,
                    content: vec![(that, end)],
                });
            }
            // `says things such as, “…”`: the object the quote exemplifies
            // is part of what was said.
            if gap.1 > gap.0 && matches!(doc.word(gap.1 - 1), "as" | "like") {
                let content = vec![(gap.0, segments[index].end_token())];
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
            let content = segments[index].pieces.clone();
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
    // A telling names its listener first, at times at length: `told one of
    // his young protégés on a regular basis that …`.
    let reach = if matches!(doc.word(cue.0), "told" | "tell" | "tells" | "telling") { 16 } else { 8 };
    for look in cue.1..(cue.1 + reach).min(content_end_limit) {
        if doc.word(look) == "that" {
            start = look;
            break;
        }
        // `said he realized that …`: a subject pronoun opens the reported
        // clause itself, so the "that" after it belongs to the content.
        if !doc.is_word(look) || is_pronoun_subject(doc.word(look)) {
            break;
        }
    }
    if start == cue.1 {
        start = skip_addressee(doc, cue.0, start, content_end_limit);
    }
    // `pointed out, …`, `laid out …`: the particle belongs to the verb.
    if start == cue.1 && start + 1 < content_end_limit && matches!(doc.word(start), "out" | "up") {
        start += 1;
    }
    while start < content_end_limit && (doc.is_punct(start, ":") || doc.is_punct(start, ",")) {
        start += 1;
    }
    let object_limit = object_end(doc, cue.0, start, content_end_limit);
    let end = trim_end(doc, start, object_limit);
    // A lone word is content only as an object cut short by an adjunct
    // (`has not mentioned Machado since …`).
    let shortest = if object_limit < content_end_limit && doc.is_word(start) { 1 } else { 2 };
    if end <= start || (end - start) < shortest {
        return None;
    }
    let kind = content_kind(doc, start, end);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![(start, end)] })
}

/// Verbs that take a whole clause without "that": `believes the economy is
/// growing`.
fn takes_bare_clause(word: &str) -> bool {
    is_speech_verb(word)
        || ["think", "believ", "hope", "feel", "felt", "know", "knew", "expect", "fear", "worr", "suspect", "assum"]
            .iter()
            .any(|stem| word.starts_with(stem))
}

/// The content of a cue that is not a verb of saying or thinking is its
/// object (`denounced the annexation | in an on-air diatribe`, `declined to
/// comment | after …`): it ends at the first comma or at the preposition or
/// conjunction that opens an adjunct. Reported clauses (`that …`, `whether
/// …`) and quotations run on to the limit.
fn object_end(doc: &Document, cue: usize, start: usize, limit: usize) -> usize {
    let opener = doc.word(start);
    let clause = matches!(opener, "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where");
    if takes_bare_clause(doc.word(cue)) || clause || (start..limit).any(|t| doc.token(t).is_quote()) {
        return limit;
    }
    let infinitive = opener == "to";
    for at in start + 1..limit {
        let word = doc.word(at);
        let adjunct = matches!(word, "because" | "while" | "when" | "since" | "before" | "despite" | "although")
            || (infinitive && word == "after");
        // A comma before a capitalised word may run on a list of names
        // (`problems in the Middle East, China and elsewhere`).
        let comma = doc.is_punct(at, ",") && !(at + 1 < limit && doc.token(at + 1).capitalized);
        if comma || doc.is_punct(at, ";") || adjunct {
            return at;
        }
    }
    limit
}

/// The content after a cue ends at the sentence end, or before the clause of
/// a later cue in the same sentence (`…, but insisted that …`). A later cue
/// right after the first one's subject (`said he didn't believe …, arguing
/// that …`) is part of the content; the one after it may still end it.
fn content_limit(doc: &Document, cue: Cue, later_cues: &[Cue], sentence_end: usize) -> usize {
    for next in later_cues {
        if next.0 >= sentence_end {
            break;
        }
        if next.0 <= cue.1 {
            continue;
        }
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
            return at;
        }
    }
    sentence_end
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
    segments: &[QuotedSegment],
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
        // `According to Limbaugh, “… . Because …”`: a quotation runs on
        // over its sentences.
        if let Some(segment) = segments.iter().find(|s| s.first_token() == start && s.end_token() + 1 >= limit) {
            return Some(Attribution {
                kind: QuoteKind::Direct,
                cue: Some(cue),
                source,
                content: segment.pieces.clone(),
            });
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

/// Auxiliaries and adverbs stand between a subject and its cue: `has
/// strongly denied`, `perhaps recognizing`, `together vowed`.
fn is_adverb_or_auxiliary_word(word: &str) -> bool {
    is_auxiliary_or_adverb(word)
        || matches!(word, "perhaps" | "together" | "not" | "never")
        || (word.len() > 4 && word.ends_with("ly") && !matches!(word, "only" | "family" | "early" | "italy" | "july"))
}

/// The subject noun phrase left of a cue, skipping auxiliaries and adverbs.
pub fn source_before(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    // "The Prime Minister began by thanking him": the subject stands before
    // the verb that orders the account.
    let ordered =
        cue >= sentence_first + 3 && doc.word(cue - 1) == "by" && crate::lexicon::is_ordering_verb(doc.word(cue - 2));
    let mut end = if ordered { cue - 2 } else { cue };
    while end > sentence_first && is_adverb_or_auxiliary_word(doc.word(end - 1)) && !doc.token(end - 1).capitalized {
        end -= 1;
    }
    let mut start = end;
    let mut count = 0;
    while start > sentence_first && count < 14 {
        let previous = start - 1;
        let token = doc.token(previous);
        let word = doc.word(previous);
        let joins = doc.is_punct(previous, "-") || doc.is_punct(previous, "&") || doc.is_punct(previous, ".");
        // A bracketed party label belongs to the name: `Rep. Trey Gowdy
        // (R-S.C.) said`.
        if doc.is_punct(previous, ")") {
            let opening =
                (previous.saturating_sub(8).max(sentence_first)..previous).rev().find(|&t| doc.is_punct(t, "("));
            // Only a party label: `(R-S.C.)`, `(D)`, not `WASHINGTON (Newswire)`.
            let party = opening.is_some_and(|o| {
                let label = doc.word(o + 1);
                matches!(label.get(..1), Some("d" | "r" | "i")) && (label.len() == 1 || label[1..].starts_with('-'))
            });
            match opening {
                Some(opening) if party && opening > sentence_first && doc.token(opening - 1).capitalized => {
                    start = opening;
                    count += 1;
                    continue;
                }
                _ => break,
            }
        }
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
        // `Mr. Obama, who understood …`: annotators mark the relative
        // pronoun itself as the source.
        let relative = end > sentence_first && matches!(doc.word(end - 1), "who" | "which" | "whom");
        // `many of whom say …`: the quantifier heads the source.
        let quantified = end >= sentence_first + 3 && doc.word(end - 1) == "whom" && doc.word(end - 2) == "of";
        return relative.then(|| if quantified { (end - 3, end) } else { (end - 1, end) });
    }
    // A sentence-opening adverbial: `In a recent interview he said`, keep
    // the noun phrase after it (a pronoun or a capitalised name).
    if PREPOSITIONS.contains(&doc.word(start)) {
        let tail = (start + 1..end).rev().find(|&t| {
            let w = doc.word(t);
            is_pronoun_subject(w)
                || (doc.token(t).capitalized && !doc.token(t - 1).capitalized && !is_determiner(doc.word(t - 1)))
        });
        let relative = start > sentence_first && matches!(doc.word(start - 1), "who" | "which");
        let subordinator = matches!(
            doc.word(start),
            "when" | "after" | "while" | "as" | "since" | "with" | "before" | "once" | "although" | "though"
        );
        match tail {
            Some(t) => start = t,
            // `McConnell, who in 2010 said …`: the relative pronoun.
            None if relative => return Some((start - 1, start)),
            // `When campaign aides insisted …`: the noun phrase after the
            // subordinator.
            None if subordinator
                && start + 1 < end
                && !(start + 1..end).any(|t| PREPOSITIONS.contains(&doc.word(t))) =>
            {
                start += 1
            }
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

/// `He has been harshly criticized for …`, `Mr. Quiros was accused of …`: the
/// subject of a passive cue is what was spoken about, not the speaker, whom
/// the text leaves unnamed (a `by` phrase would name them).
fn is_passive(doc: &Document, cue: usize) -> bool {
    let word = doc.word(cue);
    let participle =
        word.ends_with("ed") || matches!(word, "told" | "thought" | "known" | "seen" | "shown" | "written");
    let mut before = cue;
    while before > 0 && is_adverb_or_auxiliary_word(doc.word(before - 1)) {
        before -= 1;
        if matches!(doc.word(before), "was" | "were" | "been" | "being" | "is" | "are" | "be") {
            return participle && doc.word(cue + 1) != "by";
        }
    }
    false
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
        // `“…,” the article read.`: a short subject and a verb after the
        // quote that end its sentence attribute it, whatever the verb.
        // Kept in text order, so that the attribution just before a later
        // quote is found.
        if let Some(tailed) = tail_cue(doc, segment) {
            out.push(tailed);
            out.sort_by_key(Attribution::content_start);
            claimed[index] = true;
            continue;
        }
        // `“…” — Name`: a quote signed with a dash.
        if let Some(signed) = dash_signature(doc, segment) {
            out.push(signed);
            out.sort_by_key(Attribution::content_start);
            claimed[index] = true;
            continue;
        }
        // The attribution just before, when this quote opens the sentence
        // right after it, in the same paragraph or the next.
        // Indirect speech reported in between ("he was called to …") does
        // not interrupt a quotation.
        let cue_starts: Vec<usize> = out.iter().filter_map(|a| a.cue.map(|c| c.0)).collect();
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
        // `“…,” Obama said. He didn't suggest retaliation. “Our goal …”`: one
        // narrating sentence without quotes may stand between the parts.
        let skipped_sentence = doc.token_sentence[first] == doc.token_sentence[last_token] + 2
            && gap_paragraphs == 0
            && (last_token + 1..first).all(|t| !doc.token(t).is_quote())
            && !cue_starts.iter().any(|&c| c > last_token && c < first);
        if gap_paragraphs <= 1 && (next_sentence || skipped_sentence) {
            previous.content.extend(segment.pieces.iter().copied());
            claimed[index] = true;
        }
    }
}

/// `“Why isn't this proof?” Vitter demanded.`: after a quote that ends with a
/// comma, question or exclamation mark, two to five words end the sentence,
/// the last a lower-case verb (the cue) and the rest its subject.
fn tail_cue(doc: &Document, segment: &QuotedSegment) -> Option<Attribution> {
    let end = segment.end_token();
    if end >= doc.len() || end < 2 || doc.token_paragraph[end] != doc.token_paragraph[end - 1] {
        return None;
    }
    // A question or exclamation mark may end the sentence for the
    // segmenter; the tail after it still belongs to the quote.
    let asks = doc.is_punct(end - 2, "?") || doc.is_punct(end - 2, "!");
    let ends_clause = doc.is_punct(end - 2, ",") || asks;
    let (tail_first, sentence_end) = doc.sentence_bounds(end);
    if doc.token_sentence[end] != doc.token_sentence[end - 1] && !(asks && tail_first == end) {
        return None;
    }
    let tail_end = trim_end(doc, end, sentence_end);
    let words = tail_end.saturating_sub(end);
    let all_words = (end..tail_end).all(|t| doc.is_word(t) || doc.is_punct(t, "."));
    if !ends_clause {
        return None;
    }
    let verb =
        if (2..=5).contains(&words) && all_words { tail_end - 1 } else { adverbial_tail_verb(doc, end, tail_end)? };
    let subject_opens = doc.token(end).capitalized || is_determiner(doc.word(end)) || is_pronoun_subject(doc.word(end));
    if doc.token(verb).capitalized || !subject_opens || stops_noun_phrase(doc.word(verb)) {
        return None;
    }
    Some(Attribution {
        kind: QuoteKind::Direct,
        cue: Some((verb, verb + 1)),
        source: Some(strip_auxiliaries(doc, end, verb)),
        content: segment.pieces.clone(),
    })
}

/// `“…,” she yells while moving along the street`: a short subject and a
/// verb, then an adverbial that runs to the sentence end; returns the verb.
fn adverbial_tail_verb(doc: &Document, end: usize, tail_end: usize) -> Option<usize> {
    let opener = (end + 2..(end + 6).min(tail_end))
        .find(|&t| is_adverbial_opener(doc.word(t)) || matches!(doc.word(t), "while" | "as"))?;
    let verb = opener - 1;
    let word = doc.word(verb);
    let verb_like = is_speech_verb(word) || word.ends_with('s') || word.ends_with("ed");
    let subject_words = (end..verb).all(|t| doc.is_word(t));
    (verb_like && subject_words && !doc.token(verb).capitalized && !is_determiner(word)).then_some(verb)
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
    let mut opening_comma = (sentence_first..closing_comma).rev().find(|&t| doc.is_punct(t, ","))?;
    if closing_comma - opening_comma > 30 {
        return None;
    }
    // `Donna Rawlings, 59, of Ashton, Md., who watched …, said`: an age and
    // a home town set off by commas stand between the name and its clause.
    while let Some(earlier) = comma_before_age_or_home(doc, opening_comma, sentence_first) {
        opening_comma = earlier;
    }
    let (start, _) = source_before(doc, opening_comma, sentence_first)?;
    Some((start, closing_comma + 1))
}

/// The comma that opens an age (`, 59,`) or a home town (`, of Ashton,`,
/// `, of Springfield, Va.,`) ending at `comma`, the way news writing sets
/// them after a person's name.
fn comma_before_age_or_home(doc: &Document, comma: usize, sentence_first: usize) -> Option<usize> {
    let previous_comma = |from: usize| (sentence_first..from).rev().take(6).find(|&t| doc.is_punct(t, ","));
    let opening = previous_comma(comma)?;
    let words: Vec<usize> = (opening + 1..comma).filter(|&t| !doc.is_punct(t, ".")).collect();
    let is_home = |first: usize, last: usize| {
        matches!(doc.word(first), "of" | "from") && first < last && (first + 1..last).all(|t| doc.token(t).capitalized)
    };
    match words.as_slice() {
        [age] if doc.token(*age).kind == TokenKind::Number && doc.word(*age).len() <= 3 => Some(opening),
        [first, .., last] if is_home(*first, *last + 1) => Some(opening),
        // The state after a town: `, of Springfield, Va.,`.
        [..] if !words.is_empty() && words.len() <= 3 && words.iter().all(|&t| doc.token(t).capitalized) => {
            let before = previous_comma(opening)?;
            let town: Vec<usize> = (before + 1..opening).filter(|&t| !doc.is_punct(t, ".")).collect();
            match town.as_slice() {
                [first, .., last] if is_home(*first, *last + 1) => Some(before),
                _ => None,
            }
        }
        _ => None,
    }
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
    let mut before = cue;
    while before > sentence_first && is_auxiliary_or_adverb(doc.word(before - 1)) {
        before -= 1;
    }
    // `McConnell met with her and came away convinced`: a verb coordinated
    // with the sentence's first verb shares its subject.
    let coordinated = before > sentence_first && matches!(doc.word(before - 1), "and" | "but" | "to");
    let participle = word.ends_with("ing") && cue > sentence_first && doc.is_punct(cue - 1, ",");
    if !(participle || coordinated) {
        return None;
    }
    // `Once, when …, I laughed and said`: a pronoun right before the first
    // verb is the subject, whatever opens the sentence.
    if coordinated && before >= sentence_first + 3 && doc.word(before - 1) == "and" {
        let pronoun = before - 3;
        if is_pronoun_subject(doc.word(pronoun)) && doc.is_word(before - 2) {
            return Some((pronoun, pronoun + 1));
        }
    }
    // `However, Ivana Trump's brief said … and dismissed …`: a connective
    // set off by a comma opens the sentence before its subject.
    let sentence_first = if sentence_first + 2 < cue && doc.is_punct(sentence_first + 1, ",") {
        sentence_first + 2
    } else {
        sentence_first
    };
    if is_pronoun_subject(doc.word(sentence_first)) {
        return Some((sentence_first, sentence_first + 1));
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
        // A label in capitals may give a role after the name: `ANTHONY
        // ALBANESE, PRIME MINISTER:`.
        let upper_case_label_end = (name_start..end.min(name_start + 8))
            .take_while(|&t| {
                doc.is_punct(t, ",") || doc.is_punct(t, ".") || doc.raw(t).chars().all(|c| !c.is_lowercase())
            })
            .last()
            .map_or(name_start, |t| t + 1);
        let colon = (name_start..end.min(name_start + 5)).find(|&t| doc.is_punct(t, ":")).or_else(|| {
            (upper_case_label_end > name_start + 5 && doc.is_punct(upper_case_label_end - 1, ":"))
                .then(|| upper_case_label_end - 1)
        });
        if let Some(colon) = colon {
            // A transcript's speaker label (`WALLACE:`) heads the turn even when
            // the turn reports speech of its own.
            let label = (name_start..colon).all(|t| !doc.is_word(t) || doc.raw(t).chars().all(|c| !c.is_lowercase()));
            let name_ok = colon > name_start
                && (name_start..colon)
                    .all(|t| doc.token(t).capitalized || doc.is_punct(t, ".") || (label && doc.is_punct(t, ",")));
            let content_end = trim_end(doc, colon + 1, end);
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
        check_with_model(text, &CueModel::default(), expect);
    }

    /// As [`check`], with a model that makes the given words cues.
    fn check_with_cue_words(text: &str, words: &[&str], expect: &[&str]) {
        let mut model_text = String::from("threshold\t\t0.5\nbias\t\t-5\n");
        for word in words {
            model_text.push_str(&format!("vocab\t{word}\t9\nw\tw|{word}\t10\n"));
        }
        let model = CueModel::parse(&model_text).expect("model parses");
        check_with_model(text, &model, expect);
    }

    fn check_with_model(text: &str, model: &CueModel, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let segments = crate::quote_marks::quoted_segments(&doc);
        let inside = crate::cues::inside_quotes(&doc, &segments);
        let cues = crate::cues::find_cues(&doc, &inside, model, false);
        let shown: Vec<String> = attribute(&doc, &cues, &segments, crate::genre::is_readout(&doc))
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
    fn tail_cue_before_an_adverbial() {
        check(
            "“Where is he? Tell me now,” she yells while running down the road.",
            &["direct | she | yells | “Where is he? Tell me now,”"],
        );
    }

    #[test]
    fn that_and_a_comma_before_a_quote() {
        check(
            "A spokesman said in a statement that, “We will fight it” in every court.",
            &["mixed | A spokesman | said | that, “We will fight it” in every court"],
        );
    }

    #[test]
    fn quoted_phrase_joined_to_a_noun_phrase() {
        check(
            "He said “tax cuts” and the sale of land would pay for it.",
            &["mixed | He | said | “tax cuts” and the sale of land would pay for it"],
        );
    }

    #[test]
    fn adverbial_set_off_before_a_quote() {
        check(
            "As for cost, “the plan pays for itself,” said Mr. Lee.",
            &["direct | Mr. Lee | said | “the plan pays for itself,”"],
        );
    }

    #[test]
    fn cued_clause_with_a_quote_then_a_pronoun_tag() {
        check(
            "Roe said she wrote it because “few people know the story,” she said. “We need to know it.”",
            &[
                "mixed | Roe | said | she wrote it because “few people know the story,”",
                "mixed | she | wrote | it because “few people know the story,”",
                "direct | she | said | “We need to know it.”",
            ],
        );
    }

    #[test]
    fn quote_given_as_an_example_keeps_its_object() {
        check(
            "She says things like, “Nobody reads anymore.”",
            &["mixed | She | says | things like, “Nobody reads anymore.”"],
        );
    }

    #[test]
    fn pronoun_subject_of_coordinated_verbs() {
        check("Years ago, when we met, I smiled and said, “No way.”", &["direct | I | said | “No way.”"]);
    }

    #[test]
    fn colon_quote_then_a_pronoun_tag_and_a_new_quote() {
        check(
            "Sen. Jane Roe scolded him: “The science is against what you call ‘cures,’” she said. “I don't see why you go there.”",
            &[
                "direct | Sen. Jane Roe | scolded | “The science is against what you call ‘cures,’”",
                "direct | she | said | “I don't see why you go there.”",
            ],
        );
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
                "indirect | Mr Trump | said | that he disagreed",
                "indirect | Mr Trump | insisted | that he would not abandon Kyiv",
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
        check(
            "ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much.",
            &["indirect | ANTHONY ALBANESE, PRIME MINISTER | : | Well, thank you very much"],
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

    #[test]
    fn that_before_a_quote_makes_it_a_reported_clause() {
        check(
            "The commission says that “there were issues with the audio.”",
            &["mixed | The commission | says | that “there were issues with the audio.”"],
        );
    }

    #[test]
    fn quote_before_a_cue_leads_the_quote_after_it() {
        check(
            "“My adviser brings me charts,” he said, “and they are terrifying.”",
            &["direct | he | said | “My adviser brings me charts,” + “and they are terrifying.”"],
        );
    }

    #[test]
    fn quote_after_an_object_or_an_inverted_subject() {
        check(
            "Limbaugh told his radio audience on Monday, “What has happened is this.”",
            &["direct | Limbaugh | told | “What has happened is this.”"],
        );
        check(
            "Said Ellis: “I do not get the sense she cares.”",
            &["direct | Ellis | Said | “I do not get the sense she cares.”"],
        );
    }

    #[test]
    fn regression_age_and_home_town_between_a_name_and_its_relative_clause() {
        check(
            "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said she had toured the museum.",
            &["indirect | Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, | said | she had toured the museum"],
        );
        check(
            "Johnnie Wilson, 69, of Springfield, said he had fought.",
            &["indirect | Johnnie Wilson, 69, of Springfield, | said | he had fought"],
        );
        // A list is no home town: the source is the last item's clause.
        check(
            "Smith, Jones, and Brown, who met Friday, said they had agreed.",
            &["indirect | Brown, who met Friday, | said | they had agreed"],
        );
    }

    #[test]
    fn relative_pronoun_and_bracketed_party_label_sources() {
        check("It was Smith who said the plan would fail.", &["indirect | who | said | the plan would fail"]);
        check(
            "Rep. Trey Gowdy (R-S.C.) said the claim smacked of hypocrisy.",
            &["indirect | Rep. Trey Gowdy (R-S.C.) | said | the claim smacked of hypocrisy"],
        );
    }

    #[test]
    fn coordinated_cue_shares_the_sentence_subject() {
        check(
            "McConnell met with her in January and said reform was possible.",
            &["indirect | McConnell | said | reform was possible"],
        );
    }

    #[test]
    fn reported_clause_boundaries() {
        // A subject pronoun opens the clause; the "that" after it is content.
        check(
            "Mr. Clarke said he realized that coal was declining.",
            &["indirect | Mr. Clarke | said | he realized that coal was declining"],
        );
        // A telling may name its listener at length before "that".
        check(
            "He told one of his young allies on a regular basis that terrorism is the answer.",
            &["indirect | He | told | that terrorism is the answer"],
        );
        // A later cue right after the subject does not end the content; the
        // one after it does.
        check(
            "Sen. Perdue said he did not believe the attacks worked, arguing that divisions hurt.",
            &[
                "indirect | Sen. Perdue | said | he did not believe the attacks worked",
                "indirect | he | believe | the attacks worked",
                "indirect | Sen. Perdue | arguing | that divisions hurt",
            ],
        );
    }

    #[test]
    fn object_of_a_learned_cue_ends_at_its_adjunct() {
        check_with_cue_words(
            "Clinton has not discussed Machado since the Monday night debate.",
            &["discussed"],
            &["indirect | Clinton | discussed | Machado"],
        );
        check_with_cue_words(
            "The council condemned the launch, which came on Monday.",
            &["condemned"],
            &["indirect | The council | condemned | the launch"],
        );
    }

    #[test]
    fn short_tail_after_a_quote_names_speaker_and_cue() {
        check(
            "“Why is this not proof that the bank is too big?” Vitter demanded.",
            &["direct | Vitter | demanded | “Why is this not proof that the bank is too big?”"],
        );
        check(
            "“Business leaders honored Donald Trump yesterday,” the article read.",
            &["direct | the article | read | “Business leaders honored Donald Trump yesterday,”"],
        );
    }

    #[test]
    fn quote_continues_over_one_narrating_sentence() {
        check(
            "“We have had problems with Russia,” Obama said. He did not suggest retaliation. “Our goal is not escalation.”",
            &["direct | Obama | said | “We have had problems with Russia,” + “Our goal is not escalation.”"],
        );
    }

    #[test]
    fn according_to_a_quotation_over_sentences() {
        check(
            "According to Limbaugh, “She would not have time. Because the criticism is that.”",
            &["direct | Limbaugh | According to | “She would not have time. Because the criticism is that.”"],
        );
    }

    #[test]
    fn passive_cue_has_no_speaker() {
        check(
            "Mr. Quiros was accused of using the money for himself.",
            &["indirect | - | accused | of using the money for himself"],
        );
    }

    #[test]
    fn narration_after_a_quote_is_not_content() {
        check_with_cue_words(
            "Protesters chanted “What curfew?” and kept going until 2 a.m.",
            &["chanted"],
            &["direct | Protesters | chanted | “What curfew?”"],
        );
    }

    #[test]
    fn regression_quoted_word_before_a_participle_cue_does_not_take_its_quote() {
        check(
            "Ms Haig told reporters the row was “overblown”, adding: \"We agree on far more.\"",
            &[
                "mixed | Ms Haig | told | the row was “overblown”",
                "direct | Ms Haig | adding | \"We agree on far more.\"",
            ],
        );
    }

    #[test]
    fn cue_at_the_very_end_of_the_text() {
        check("“We will win,” he said", &["direct | he | said | “We will win,”"]);
    }
}
