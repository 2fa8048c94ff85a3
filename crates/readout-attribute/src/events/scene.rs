//! What events are read against: a document, its mentions, their entity
//! groups and the text's time expressions in; per-token look-ups out
//! (the mention covering a token, whether a token is part of a time
//! expression) and the chains of people and organisations a clause names
//! together ("X and Y", "X, Y and Z", "President X of Poland and Y").

use readout_entities::{EntityKind, Mention, MentionForm};
use readout_segment::Document;
use std::ops::Range;

pub(super) struct Scene<'a> {
    pub doc: &'a Document<'a>,
    pub mentions: &'a [Mention],
    mention_group: &'a [Option<usize>],
    kinds: &'a [EntityKind],
    pub times: &'a [(Range<usize>, String)],
    /// Per token: the mention covering it, one with an entity preferred.
    covering: Vec<Option<usize>>,
    /// Per token: whether it is part of a time expression.
    timed: Vec<bool>,
}

/// People and organisations named together, and the places named among
/// them ("Prime Minister X of Iraq"); `end` is the token after the chain.
#[derive(Debug, Default)]
pub(super) struct Chain {
    pub actors: Vec<usize>,
    pub places: Vec<usize>,
    pub end: usize,
}

/// Whether a token is a possessive ("Biden's", "Kyiv’s").
pub(super) fn is_possessive(raw: &str) -> bool {
    raw.ends_with("'s") || raw.ends_with("’s")
}

impl<'a> Scene<'a> {
    pub fn new(
        doc: &'a Document<'a>,
        mentions: &'a [Mention],
        mention_group: &'a [Option<usize>],
        kinds: &'a [EntityKind],
        times: &'a [(Range<usize>, String)],
    ) -> Self {
        let mut covering: Vec<Option<usize>> = vec![None; doc.len()];
        for (index, mention) in mentions.iter().enumerate() {
            for slot in &mut covering[mention.tokens.0..mention.tokens.1.min(doc.len())] {
                let better = match *slot {
                    None => true,
                    Some(old) => mention_group[old].is_none() && mention_group[index].is_some(),
                };
                if better {
                    *slot = Some(index);
                }
            }
        }
        let tokens = &doc.seg.tokens;
        let mut timed = vec![false; tokens.len()];
        for (range, _) in times {
            let mut t = tokens.partition_point(|token| token.range.start < range.start);
            while t < tokens.len() && tokens[t].range.end <= range.end {
                timed[t] = true;
                t += 1;
            }
        }
        Scene { doc, mentions, mention_group, kinds, times, covering, timed }
    }

    /// The word at `t` in lower case; empty past the end.
    pub fn word(&self, t: usize) -> &str {
        self.doc.word(t)
    }

    pub fn mention_at(&self, t: usize) -> Option<usize> {
        self.covering.get(t).copied().flatten()
    }

    pub fn group_of(&self, mention: usize) -> Option<usize> {
        self.mention_group[mention]
    }

    pub fn kind(&self, group: usize) -> EntityKind {
        self.kinds[group]
    }

    /// People and organisations take part in events; places and other
    /// things do not.
    pub fn is_actor(&self, group: usize) -> bool {
        matches!(self.kinds[group], EntityKind::Person | EntityKind::Organization)
    }

    pub fn is_time(&self, t: usize) -> bool {
        self.timed.get(t).copied().unwrap_or(false)
    }

    /// Whether token `t` is punctuation or a quotation mark.
    pub fn is_mark(&self, t: usize) -> bool {
        t < self.doc.len() && !self.doc.is_word(t)
    }

    /// The actor a mention names, if it names one.
    pub fn actor_of(&self, mention: usize) -> Option<usize> {
        self.group_of(mention).filter(|&g| self.is_actor(g))
    }

    /// The chain of actors whose last mention is `mention`, in text order:
    /// "The Prime Minister and Taoiseach Leo Varadkar", "An Taoiseach, Leo
    /// Varadkar".
    pub fn chain_before(&self, mention: usize, floor: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.actor_of(mention).into_iter().collect();
        let mut start = self.mentions[mention].tokens.0;
        loop {
            let mut t = start;
            let mut joined = false;
            while t > floor && (matches!(self.word(t - 1), "and" | "&") || self.doc.is_punct(t - 1, ",")) {
                joined = true;
                t -= 1;
            }
            let Some(previous) = (joined && t > floor).then(|| self.mention_at(t - 1)).flatten() else { break };
            let Some(group) = self.actor_of(previous) else { break };
            if !out.contains(&group) {
                out.insert(0, group);
            }
            start = self.mentions[previous].tokens.0;
        }
        out
    }

    /// The actors named from token `start` on, before `end`: the first
    /// after at most `gap` lower-case words, then any joined to it by
    /// "and" or a comma. Possessives ("Israel's Prime Minister X") and
    /// places ("of Iraq") are passed over; places are kept apart.
    pub fn chain_after(&self, start: usize, end: usize, gap: usize) -> Chain {
        let mut chain = Chain { end: start, ..Chain::default() };
        let mut t = start;
        let mut loose = 0;
        while t < end {
            if let Some(m) = self.mention_at(t) {
                let mention = &self.mentions[m];
                let next = mention.tokens.1.max(t + 1);
                let possessive = is_possessive(self.doc.raw(mention.tokens.1 - 1));
                // "President of Turkiye Recep Tayyip Erdogan", "Prime
                // Minister of Israel Benjamin Netanyahu": the role is the
                // title of the name after it, not a party of its own.
                let titled = matches!(mention.form, MentionForm::Role { .. }) && self.word(next) == "of";
                match self.group_of(m) {
                    _ if titled => {
                        t = next + 1;
                        continue;
                    }
                    Some(g) if self.kind(g) == EntityKind::Place && !possessive && !chain.places.contains(&g) => {
                        chain.places.push(g);
                    }
                    Some(g) if self.kind(g) == EntityKind::Place => {}
                    Some(g) if self.is_actor(g) && !possessive => {
                        // "Justice Department congressional liaison Peter
                        // Kadzik": the person a body's name is a title of.
                        let body = self.kind(g) == EntityKind::Organization;
                        if let Some(person) = self.person_titled_by(next, end).filter(|_| body) {
                            t = person;
                            continue;
                        }
                        if !chain.actors.contains(&g) {
                            chain.actors.push(g);
                        }
                        chain.end = next;
                        match self.joined_after(next, end) {
                            Some(after) => {
                                t = after;
                                continue;
                            }
                            None => break,
                        }
                    }
                    _ => {}
                }
                t = next;
                continue;
            }
            let word = self.word(t);
            if self.is_mark(t) || self.is_time(t) || stops_object(word) {
                break;
            }
            // Title words the entity layer left out ("President of the")
            // cost nothing; lower-case words are the gap.
            if !self.doc.token(t).capitalized && !matches!(word, "of" | "the") {
                loose += 1;
                if loose > gap {
                    break;
                }
            }
            t += 1;
        }
        // A person named with an organisation ("President of the European
        // Commission Ursula von der Leyen") is the party, not the body.
        if chain.actors.iter().any(|&g| self.kind(g) == EntityKind::Person) {
            chain.actors.retain(|&g| self.kind(g) == EntityKind::Person);
        }
        chain
    }

    /// Where a person's name starts right after a body's name and a few
    /// lower-case title words: "(Justice Department) congressional liaison
    /// Peter Kadzik".
    fn person_titled_by(&self, t: usize, end: usize) -> Option<usize> {
        let mut u = t;
        while u < end
            && u < t + 3
            && self.doc.is_word(u)
            && !self.doc.token(u).capitalized
            && !stops_object(self.word(u))
        {
            u += 1;
        }
        let person =
            self.mention_at(u).and_then(|m| self.group_of(m)).is_some_and(|g| self.kind(g) == EntityKind::Person);
        (u > t && u < end && person).then_some(u)
    }

    /// Where the next actor of a chain may start after a name ending at
    /// `t`: past "of Iraq", then past "and", "," or ", and" and a
    /// determiner.
    fn joined_after(&self, mut t: usize, end: usize) -> Option<usize> {
        // "of Iraq", "of the European Commission": a title's place or body.
        if t + 1 < end && self.word(t) == "of" {
            let mut u = t + 1;
            if self.word(u) == "the" {
                u += 1;
            }
            if let Some(m) = self.mention_at(u) {
                // "the President of Ursula von der Leyen"'s kind of run:
                // a person after "of" is the one the title names.
                if self.group_of(m).is_some_and(|g| self.kind(g) == EntityKind::Person) {
                    return Some(u);
                }
                t = self.mentions[m].tokens.1;
            }
        }
        let mut u = t;
        let mut joined = false;
        while u < end && (matches!(self.word(u), "and" | "&") || self.doc.is_punct(u, ",")) {
            joined = true;
            u += 1;
        }
        if !joined {
            return None;
        }
        // The next name comes within a determiner and a few title words
        // ("and the Chancellor of Germany Angela Merkel").
        let named = (u..(u + 5).min(end)).find(|&v| {
            self.mention_at(v).is_some()
                || !(matches!(self.word(v), "the" | "his" | "her" | "their" | "its" | "of")
                    || self.doc.token(v).capitalized)
        });
        named.filter(|&v| self.mention_at(v).is_some())
    }

    /// The people named before token `t`, each once, the latest last.
    pub fn people_before(&self, t: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for (m, mention) in self.mentions.iter().enumerate() {
            if mention.tokens.1 > t {
                break;
            }
            if let Some(g) = self.group_of(m).filter(|&g| self.kind(g) == EntityKind::Person) {
                out.retain(|&o| o != g);
                out.push(g);
            }
        }
        out
    }

    /// The people named in tokens `[first, end)`, each once, in order.
    pub fn people_in(&self, first: usize, end: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        // Mentions come in text order: only those starting in the span.
        let from = self.mentions.partition_point(|m| m.tokens.0 < first);
        for (m, mention) in self.mentions.iter().enumerate().skip(from) {
            if mention.tokens.0 >= end {
                break;
            }
            if mention.tokens.1 > end {
                continue;
            }
            if let Some(g) = self.group_of(m).filter(|&g| self.kind(g) == EntityKind::Person) {
                if !out.contains(&g) {
                    out.push(g);
                }
            }
        }
        out
    }
}

/// Words that end the search for an object: the clause goes on to other
/// things ("spoke to reporters in Washington", "met with criticism from").
fn stops_object(word: &str) -> bool {
    matches!(
        word,
        "at" | "in"
            | "on"
            | "about"
            | "for"
            | "during"
            | "after"
            | "before"
            | "ahead"
            | "following"
            | "over"
            | "regarding"
            | "concerning"
            | "to"
            | "from"
            | "by"
            | "with"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "when"
            | "where"
            | "while"
            | "as"
            | "because"
            | "since"
            | "said"
            | "says"
            | "and"
            | "or"
            | "but"
    )
}
