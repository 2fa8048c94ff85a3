//! GUM documents: a `.conllu` file in, its running text, tokens (with byte
//! offsets, part of speech and governor) and gold entity mentions out.
//!
//! The text is rebuilt exactly as `../shared/eval/score_entities.py`
//! rebuilds it, so offsets agree with the scorer's: tokens joined by a space
//! unless `SpaceAfter=No`, a multiword token ("don't") written once, no space
//! after a sentence's last word, sentences of a paragraph joined by a space,
//! paragraphs (`# newpar`, `# newpar_block`; headings are paragraphs of
//! their own) by a blank line, and a final newline. Mentions come from the
//! `Entity=` annotation in the MISC column: `(12-person-...` opens a mention
//! of entity 12, `12)` closes the innermost open one, `(12-...)` is a
//! one-word mention.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

const DEFAULT_ENTITY_FIELDS: &str = "GRP-etype-infstat-salience-centering-minspan-link-identity";

/// One syntactic word.
#[derive(Debug, Clone)]
pub struct GumToken {
    pub form: String,
    pub upos: String,
    /// The Penn Treebank tag ("NN" for a singular noun, "NNS" for a plural).
    pub xpos: String,
    /// Index of the governor in the document's tokens; `None` for the root.
    pub head: Option<usize>,
    /// Byte range in the rebuilt text.
    pub bytes: Range<usize>,
}

/// One gold mention: tokens `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct GumMention {
    pub entity: String,
    pub etype: String,
    pub first: usize,
    pub last: usize,
}

/// One sentence: its byte range, and whether it opens a paragraph.
#[derive(Debug, Clone)]
pub struct GumSentence {
    pub bytes: Range<usize>,
    pub new_paragraph: bool,
    pub heading: bool,
}

#[derive(Debug, Clone, Default)]
pub struct GumDocument {
    pub name: String,
    pub text: String,
    pub tokens: Vec<GumToken>,
    /// Sorted by first token, longer first.
    pub mentions: Vec<GumMention>,
    pub sentences: Vec<GumSentence>,
}

impl GumDocument {
    /// The genre in the document's name (`GUM_news_iodine` -> `news`).
    pub fn genre(&self) -> &str {
        genre_of(&self.name)
    }
}

pub(crate) fn genre_of(name: &str) -> &str {
    name.split('_').nth(1).unwrap_or("")
}

/// Read `dir/dep/<name>.conllu`.
pub fn read_gum_document(gum_dir: &Path, name: &str) -> Result<GumDocument> {
    let path = gum_dir.join("dep").join(format!("{name}.conllu"));
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Read { path: path.clone(), source })?;
    parse_conllu(name, &text).map_err(|(line, problem)| Error::Corpus { path, line, problem })
}

fn misc_field<'a>(misc: &'a str, key: &str) -> Option<&'a str> {
    misc.split('|').find_map(|item| item.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
}

/// Parse the text of a `.conllu` file; errors carry a line number.
pub(crate) fn parse_conllu(name: &str, source: &str) -> std::result::Result<GumDocument, (usize, String)> {
    let mut doc = GumDocument { name: name.to_string(), ..Default::default() };
    let mut fields: Vec<&str> = DEFAULT_ENTITY_FIELDS.split('-').collect();
    let mut comments: Vec<&str> = Vec::new();
    let mut rows: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut open: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut first_sentence = true;
    let lines = source.lines().enumerate().map(|(n, l)| (n + 1, l)).chain(std::iter::once((0, "")));
    for (number, line) in lines {
        if line.trim().is_empty() {
            if !rows.is_empty() {
                if first_sentence {
                    if let Some(c) = comments.iter().find(|c| c.starts_with("# global.Entity")) {
                        if let Some((_, v)) = c.split_once('=') {
                            fields = v.trim().split('-').collect();
                        }
                    }
                    first_sentence = false;
                }
                add_sentence(&mut doc, &comments, &rows, &fields, &mut open)?;
            }
            comments.clear();
            rows.clear();
        } else if line.starts_with('#') {
            comments.push(line);
        } else {
            let columns: Vec<&str> = line.split('\t').collect();
            if columns.len() != 10 {
                return Err((number, format!("{} columns, expected 10", columns.len())));
            }
            rows.push((number, columns));
        }
    }
    doc.text.push('\n');
    doc.mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
    Ok(doc)
}

fn add_sentence(
    doc: &mut GumDocument,
    comments: &[&str],
    rows: &[(usize, Vec<&str>)],
    fields: &[&str],
    open: &mut HashMap<String, Vec<(usize, String)>>,
) -> std::result::Result<(), (usize, String)> {
    let new_paragraph = comments.iter().any(|c| c.trim() == "# newpar" || c.starts_with("# newpar_block"));
    let heading = comments.iter().any(|c| c.strip_prefix("# newpar_block = ").is_some_and(|v| v.starts_with("head")));
    if !doc.text.is_empty() || !doc.tokens.is_empty() {
        doc.text.push_str(if new_paragraph { "\n\n" } else { " " });
    }
    let start = doc.text.len();
    let mut word_ids: HashMap<usize, usize> = HashMap::new();
    let mut pending: Vec<(usize, usize)> = Vec::new(); // (row index, token index)
    let (mut mwt_last, mut mwt_words, mut mwt_form, mut mwt_space) = (0usize, Vec::new(), "", true);
    let mut trailing_space = false;
    for (r, (number, row)) in rows.iter().enumerate() {
        let id = row[0];
        if id.contains('.') {
            continue;
        }
        if let Some((_, b)) = id.split_once('-') {
            mwt_last = b.parse().map_err(|_| (*number, format!("bad token id {id:?}")))?;
            mwt_words.clear();
            mwt_form = row[1];
            mwt_space = misc_field(row[9], "SpaceAfter") != Some("No");
            continue;
        }
        let wid: usize = id.parse().map_err(|_| (*number, format!("bad token id {id:?}")))?;
        let index = doc.tokens.len();
        doc.tokens.push(GumToken {
            form: row[1].to_string(),
            upos: row[3].to_string(),
            xpos: row[4].to_string(),
            head: None,
            bytes: 0..0,
        });
        word_ids.insert(wid, index);
        pending.push((r, index));
        if wid <= mwt_last {
            mwt_words.push(index);
            if wid == mwt_last {
                let at = doc.text.len();
                doc.text.push_str(mwt_form);
                let end = doc.text.len();
                let spelled: String = mwt_words.iter().map(|&t| doc.tokens[t].form.as_str()).collect();
                let mut cursor = at;
                for &t in &mwt_words {
                    doc.tokens[t].bytes = if spelled == mwt_form {
                        let len = doc.tokens[t].form.len();
                        cursor += len;
                        cursor - len..cursor
                    } else {
                        at..end
                    };
                }
                trailing_space = mwt_space;
                if mwt_space {
                    doc.text.push(' ');
                }
            }
            continue;
        }
        let at = doc.text.len();
        doc.text.push_str(row[1]);
        doc.tokens[index].bytes = at..doc.text.len();
        trailing_space = misc_field(row[9], "SpaceAfter") != Some("No");
        if trailing_space {
            doc.text.push(' ');
        }
    }
    if trailing_space && doc.text.len() > start {
        doc.text.pop();
    }
    doc.sentences.push(GumSentence { bytes: start..doc.text.len(), new_paragraph, heading });
    for &(r, index) in &pending {
        let (number, row) = &rows[r];
        let governor: usize = row[6].parse().unwrap_or(0);
        doc.tokens[index].head = if governor == 0 { None } else { word_ids.get(&governor).copied() };
        if let Some(value) = misc_field(row[9], "Entity") {
            add_entity_pieces(doc, value, index, fields, open, *number);
        }
    }
    Ok(())
}

/// Apply one `Entity=` value on token `index`.
fn add_entity_pieces(
    doc: &mut GumDocument,
    value: &str,
    index: usize,
    fields: &[&str],
    open: &mut HashMap<String, Vec<(usize, String)>>,
    line: usize,
) {
    let type_field = fields.iter().position(|f| *f == "etype").unwrap_or(1);
    let bytes = value.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'(' {
            let content_end = value[at + 1..].find(['(', ')']).map_or(value.len(), |p| at + 1 + p);
            if content_end > at + 1 {
                let content = &value[at + 1..content_end];
                let parts: Vec<&str> = content.splitn(fields.len(), '-').collect();
                let entity = parts[0].to_string();
                let etype = parts.get(type_field).copied().unwrap_or("").to_string();
                if bytes.get(content_end) == Some(&b')') {
                    doc.mentions.push(GumMention { entity, etype, first: index, last: index });
                    at = content_end + 1;
                } else {
                    open.entry(entity).or_default().push((index, etype));
                    at = content_end;
                }
                continue;
            }
        } else if bytes[at].is_ascii_digit() {
            let digits_end = value[at..].find(|c: char| !c.is_ascii_digit()).map_or(value.len(), |p| at + p);
            if bytes.get(digits_end) == Some(&b')') {
                let entity = &value[at..digits_end];
                match open.get_mut(entity).and_then(Vec::pop) {
                    Some((first, etype)) => {
                        doc.mentions.push(GumMention { entity: entity.to_string(), etype, first, last: index })
                    }
                    None => tracing::warn!(document = %doc.name, line, entity, "entity closed but not open"),
                }
                at = digits_end + 1;
                continue;
            }
            at = digits_end;
            continue;
        }
        at += 1;
    }
}

/// The documents named in `dir/dev.txt`, one a line.
pub fn gum_dev_documents(gum_dir: &Path) -> Result<Vec<String>> {
    let path = gum_dir.join("dev.txt");
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Read { path, source })?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect())
}

/// The documents of `dir/dep` in the given genres, sorted; those in
/// `dev.txt` only when `dev` is true, the others only when it is false.
pub fn gum_documents(gum_dir: &Path, genres: &[&str], dev: bool) -> Result<Vec<String>> {
    let dep = gum_dir.join("dep");
    let dev_names = gum_dev_documents(gum_dir)?;
    let entries = std::fs::read_dir(&dep).map_err(|source| Error::Read { path: dep.clone(), source })?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| Error::Read { path: dep.clone(), source })?;
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".conllu") {
            if genres.contains(&genre_of(name)) && dev_names.iter().any(|d| d == name) == dev {
                names.push(name.to_string());
            }
        }
    }
    names.sort();
    Ok(names)
}

/// A one-sentence GUM document for tests: words written `form/UPOS`,
/// optionally `/XPOS` and `/governor` after (no governor: the root), and
/// mentions opened by `[type|` before a word and closed by `]` after one.
#[cfg(test)]
pub(crate) fn bracketed_sentence(input: &str) -> GumDocument {
    let mut conllu = String::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut next_entity = 1;
    for (i, word) in input.split_whitespace().enumerate() {
        let mut entity = String::new();
        let mut rest = word;
        while let Some(r) = rest.strip_prefix('[') {
            let (etype, r) = r.split_once('|').expect("a mention's type and a bar");
            entity.push_str(&format!("({next_entity}-{etype}-new-_-_-1-_-_"));
            stack.push(next_entity);
            next_entity += 1;
            rest = r;
        }
        while let Some(r) = rest.strip_suffix(']') {
            entity.push_str(&format!("{})", stack.pop().expect("an open mention")));
            rest = r;
        }
        let parts: Vec<&str> = rest.split('/').collect();
        let (form, upos) = (parts[0], parts.get(1).copied().unwrap_or("X"));
        let xpos = parts.get(2).copied().unwrap_or("_");
        let governor = parts.get(3).copied().unwrap_or("0");
        let misc = if entity.is_empty() { "_".to_string() } else { format!("Entity={entity}") };
        conllu.push_str(&format!("{}\t{form}\t_\t{upos}\t{xpos}\t_\t{governor}\tdep\t_\t{misc}\n", i + 1));
    }
    parse_conllu("GUM_news_t", &conllu).expect("a well-formed test sentence")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parse `input`; show the text, then each mention as `etype:text`.
    fn check(input: &str, expect: &str) {
        let doc = parse_conllu("GUM_news_test", input).unwrap();
        let mut shown = vec![format!("{:?}", doc.text)];
        for m in &doc.mentions {
            shown.push(format!(
                "{}:{}",
                m.etype,
                &doc.text[doc.tokens[m.first].bytes.start..doc.tokens[m.last].bytes.end]
            ));
        }
        assert_eq!(shown.join(" | "), expect);
    }

    #[test]
    fn text_is_rebuilt_as_the_scorer_does() {
        check(
            "# newpar
# newpar_block = head (1 s)
# text = Trump wins
1\tTrump\tTrump\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-_-_-1-_-Donald_Trump)
2\twins\twin\tVERB\tVBZ\t_\t0\troot\t_\t_

# newpar
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-_-_-1-_-Donald_Trump)
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tvisit\tvisit\tVERB\tVB\t_\t0\troot\t_\tEntity=(2-place-new-_-_-1-_-_
5\tNew\tNew\tPROPN\tNNP\t_\t6\tcompound\t_\t_
6\tYork\tYork\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=2)|SpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_
",
            r#""Trump wins\n\nHe don't visit New York. Ok\n" | person:Trump | person:He | place:visit New York"#,
        );
    }

    #[test]
    fn nested_and_single_word_mentions() {
        check(
            "1\tBank\tbank\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-organization-new-_-_-1-_-_
2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_
3\tAmerica\tAmerica\tPROPN\tNNP\t_\t1\tnmod\t_\tEntity=(2-place-new-_-_-1-_-_)1)
",
            r#""Bank of America\n" | organization:Bank of America | place:America"#,
        );
    }

    #[test]
    fn bad_rows_name_their_line() {
        let err = parse_conllu("x", "# c\n1\tword\n").unwrap_err();
        assert_eq!(err, (2, "2 columns, expected 10".to_string()));
    }
}
