//! Mentions: a document in, the name, role and pronoun mentions it holds
//! out, each with what kind of thing it names and the words that identify
//! it. Grouping mentions into entities is [`crate::entities`]' job.

use crate::document::Document;
use crate::gazetteer::is_place;
use crate::lexicon::{is_honorific, is_organization_word, office_name};
use readout_record::EntityKind;
use readout_segment::TokenKind;

#[derive(Debug, Clone, PartialEq)]
pub enum MentionForm {
    /// A proper name: its words without honorifics ("Keir", "Starmer").
    Name {
        words: Vec<String>,
        honorifics: Vec<String>,
    },
    /// A role standing for its holder: "the Prime Minister".
    Role {
        phrase: String,
    },
    Pronoun {
        word: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Token range `[first, end)`.
    pub tokens: (usize, usize),
    pub bytes: std::ops::Range<usize>,
    pub kind: EntityKind,
    pub form: MentionForm,
    /// Canonical name where the mention alone settles it (offices, places).
    pub canonical: Option<String>,
}

/// Capitalised words that open sentences without naming anything.
fn is_capitalised_function_word(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "but"
            | "and"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "earlier"
            | "later"
            | "speaking"
            | "there"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "his"
            | "her"
            | "their"
            | "its"
            | "as"
            | "after"
            | "before"
            | "when"
            | "while"
            | "if"
            | "both"
            | "some"
            | "many"
            | "however"
            | "meanwhile"
            | "last"
            | "next"
            | "according"
            | "asked"
            | "though"
            | "although"
            | "yet"
            | "so"
            | "still"
            | "since"
            | "now"
            | "then"
            | "what"
            | "why"
            | "how"
            | "who"
            | "where"
            | "our"
            | "my"
            | "your"
            | "you"
            | "one"
            | "no"
            | "not"
            | "all"
            | "even"
            | "also"
            | "just"
            | "only"
            | "instead"
            | "despite"
            | "during"
            | "from"
            | "by"
            | "to"
            | "of"
            | "among"
            | "amid"
            | "under"
            | "over"
            | "because"
            | "unlike"
            | "like"
            | "until"
            | "once"
            | "here"
            | "yes"
            | "well"
            | "oh"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "mr."
            | "whether"
            | "every"
            | "each"
            | "most"
            | "more"
            | "several"
            | "other"
            | "such"
    )
}

fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "christmas"
            | "easter"
    )
}

fn is_media_noun(word: &str) -> bool {
    matches!(
        word,
        "site"
            | "magazine"
            | "newspaper"
            | "website"
            | "account"
            | "app"
            | "network"
            | "channel"
            | "show"
            | "programme"
            | "program"
            | "page"
            | "feed"
            | "platform"
            | "post"
            | "video"
            | "interview"
            | "podcast"
    )
}

/// Possessive ending of a token: "Kyiv’s" names Kyiv.
fn without_possessive(raw: &str) -> &str {
    raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s")).or_else(|| raw.strip_suffix('’')).unwrap_or(raw)
}

const ROLE_MODIFIERS: &[&str] = &[
    "incoming",
    "outgoing",
    "former",
    "new",
    "current",
    "us",
    "u.s.",
    "british",
    "american",
    "french",
    "german",
    "russian",
    "ukrainian",
    "then",
    "acting",
    "late",
    "deputy",
];
const ROLE_HEADS: &[&str] = &[
    "prime minister",
    "president-elect",
    "president",
    "chancellor",
    "foreign secretary",
    "home secretary",
    "defence secretary",
    "health secretary",
    "secretary of state",
    "vice president",
    "king",
    "queen",
    "premier",
    "taoiseach",
    "first minister",
    "attorney general",
    "mayor",
    "governor",
    "speaker",
    "leader of the opposition",
    "opposition leader",
    "pope",
];

pub fn find_mentions(doc: &Document) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut index = 0;
    while index < doc.len() {
        if let Some((mention, next)) = office_number(doc, index).or_else(|| role_mention(doc, index)) {
            out.push(mention);
            index = next;
            continue;
        }
        let token = doc.token(index);
        if token.kind == TokenKind::Word && crate::lexicon::is_personal_pronoun(doc.word(index)) && !token.capitalized
            || matches!(doc.raw(index), "He" | "She" | "His" | "Her")
        {
            let word = doc.word(index).to_string();
            if matches!(word.as_str(), "he" | "she" | "him" | "his" | "her") {
                out.push(Mention {
                    tokens: (index, index + 1),
                    bytes: token.range.clone(),
                    kind: EntityKind::Person,
                    form: MentionForm::Pronoun { word },
                    canonical: None,
                });
            }
            index += 1;
            continue;
        }
        if token.capitalized && token.kind == TokenKind::Word {
            let end = capitalised_run_end(doc, index);
            if let Some(mention) = classify_run(doc, index, end) {
                out.push(mention);
            }
            index = end.max(index + 1);
            continue;
        }
        index += 1;
    }
    out
}

/// "Number 10", "No 10", "No. 10".
fn office_number(doc: &Document, index: usize) -> Option<(Mention, usize)> {
    let word = doc.word(index);
    if !matches!(word, "number" | "no" | "no.") || !doc.token(index).capitalized {
        return None;
    }
    let mut next = index + 1;
    if doc.is_punct(next.min(doc.len() - 1), ".") {
        next += 1;
    }
    if next < doc.len() && matches!(doc.word(next), "10" | "ten") {
        let bytes = doc.byte_range(index, next + 1);
        let mention = Mention {
            tokens: (index, next + 1),
            bytes,
            kind: EntityKind::Organization,
            form: MentionForm::Name { words: vec!["Downing".into(), "Street".into()], honorifics: vec![] },
            canonical: Some("Downing Street".into()),
        };
        return Some((mention, next + 1));
    }
    None
}

/// "the Prime Minister", "the incoming president", "the Chancellor".
fn role_mention(doc: &Document, index: usize) -> Option<(Mention, usize)> {
    if doc.word(index) != "the" {
        return None;
    }
    let mut at = index + 1;
    while at < doc.len() && ROLE_MODIFIERS.contains(&doc.word(at)) {
        at += 1;
    }
    for head in ROLE_HEADS {
        let words: Vec<&str> = head.split(' ').collect();
        let matches =
            words.iter().enumerate().all(|(i, w)| at + i < doc.len() && without_possessive(doc.word(at + i)) == *w);
        if !matches {
            continue;
        }
        let end = at + words.len();
        // "the President Donald Trump" is a name with a title, not a role.
        if end < doc.len()
            && doc.token(end).capitalized
            && doc.token(end).kind == TokenKind::Word
            && !is_capitalised_function_word(doc.word(end))
        {
            return None;
        }
        // "the president of France": a role of another office; keep it plain.
        let phrase = (index..end).map(|t| without_possessive(doc.word(t))).collect::<Vec<_>>().join(" ");
        let first = index;
        let bytes =
            doc.token(first).range.start..doc.token(end - 1).range.start + without_possessive(doc.raw(end - 1)).len();
        let mention = Mention {
            tokens: (first, end),
            bytes,
            kind: EntityKind::Person,
            form: MentionForm::Role { phrase },
            canonical: None,
        };
        return Some((mention, end));
    }
    None
}

fn capitalised_run_end(doc: &Document, start: usize) -> usize {
    let mut end = start + 1;
    let sentence = doc.token_sentence[start];
    while end < doc.len() && doc.token_sentence[end] == sentence {
        let token = doc.token(end);
        let word = doc.word(end);
        if token.capitalized && token.kind == TokenKind::Word && !without_possessive(doc.raw(end - 1)).len().eq(&0) {
            if doc.raw(end - 1) != without_possessive(doc.raw(end - 1)) {
                break;
            }
            end += 1;
        } else if matches!(word, "of" | "de" | "al" | "bin" | "van" | "von" | "del" | "la" | "for" | "and")
            && end + 1 < doc.len()
            && doc.token(end + 1).capitalized
            && matches!(doc.word(end - 1).chars().next(), Some(c) if c.is_alphabetic())
            && run_takes_connector(doc, start, end)
        {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// "Bank of England", "Department of State", "Ministry for Foreign Affairs":
/// a lower-case connector joins organisation names, not person names.
fn run_takes_connector(doc: &Document, start: usize, connector: usize) -> bool {
    (start..connector).any(|t| {
        is_organization_word(doc.word(t))
            || matches!(doc.word(t), "secretary" | "minister" | "university" | "bank" | "house" | "state")
    })
}

fn classify_run(doc: &Document, mut start: usize, end: usize) -> Option<Mention> {
    let (sentence_first, _) = doc.sentence_bounds(start);
    // Drop a sentence-opening function word ("The", "But") and time words.
    while start < end
        && (is_capitalised_function_word(doc.word(start)) || is_time_word(without_possessive(doc.word(start))))
    {
        start += 1;
    }
    let mut end = end;
    while end > start && is_time_word(without_possessive(doc.word(end - 1))) {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let _ = sentence_first;
    let last_raw = without_possessive(doc.raw(end - 1));
    let bytes = doc.token(start).range.start..doc.token(end - 1).range.start + last_raw.len();
    let words: Vec<String> = (start..end).map(|t| without_possessive(doc.raw(t)).to_string()).collect();
    let full = words.join(" ");
    let lower_full = full.to_lowercase();
    let preceded_by_the = start > 0 && doc.word(start - 1) == "the";
    let office = office_name(&lower_full).or_else(|| {
        if preceded_by_the {
            office_name(&format!("the {lower_full}"))
        } else {
            None
        }
    });
    if let Some(office) = office {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Organization,
            form: MentionForm::Name { words, honorifics: vec![] },
            canonical: Some(office.to_string()),
        });
    }
    if is_place(&full) {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Place,
            form: MentionForm::Name { words, honorifics: vec![] },
            canonical: Some(full),
        });
    }
    let honorific_count = words
        .iter()
        .take_while(|w| is_honorific(w.to_lowercase().trim_end_matches('.')) || is_honorific(&w.to_lowercase()))
        .count();
    let name_words: Vec<String> = words[honorific_count..].to_vec();
    let honorifics: Vec<String> = words[..honorific_count].iter().map(|w| w.to_lowercase()).collect();
    let org_word = words.iter().any(|w| is_organization_word(&w.to_lowercase()));
    let acronym = words.len() == 1 && full.len() >= 2 && full.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if name_words.is_empty() {
        // A title alone, capitalised: "Prime Minister" — a role.
        let phrase = lower_full;
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Person,
            form: MentionForm::Role { phrase },
            canonical: None,
        });
    }
    if org_word || acronym {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Organization,
            form: MentionForm::Name { words, honorifics: vec![] },
            canonical: Some(full),
        });
    }
    let after = end;
    let followed_by_media_noun = after < doc.len() && is_media_noun(doc.word(after));
    let possessed = start > 0 && matches!(doc.word(start - 1), "his" | "her" | "their" | "its" | "our" | "my" | "your");
    if followed_by_media_noun || possessed {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Other,
            form: MentionForm::Name { words, honorifics },
            canonical: Some(full),
        });
    }
    // The first word of a sentence is capitalised anyway: alone, it names
    // something only if it is known elsewhere (decided when grouping).
    let name_start = start + honorific_count;
    let bytes = if honorific_count > 0 { bytes } else { doc.token(name_start).range.start..bytes.end };
    Some(Mention {
        tokens: (start, end),
        bytes,
        kind: EntityKind::Person,
        form: MentionForm::Name { words: name_words, honorifics },
        canonical: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let got: Vec<String> =
            find_mentions(&doc).iter().map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()])).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn names_roles_and_pronouns() {
        check(
            "Sir Keir Starmer spoke to the Prime Minister and he agreed.",
            &["person:Sir Keir Starmer", "person:the Prime Minister", "person:he"],
        );
        check("A statement released by Number 10 said so.", &["organization:Number 10"]);
        check(
            "Speaking in Norway, Mr Trump wrote on his Truth Social site.",
            &["place:Norway", "person:Mr Trump", "person:his", "other:Truth Social"],
        );
        check(
            "The incoming president met Kyiv’s allies on Wednesday.",
            &["person:The incoming president", "place:Kyiv"],
        );
    }
}
