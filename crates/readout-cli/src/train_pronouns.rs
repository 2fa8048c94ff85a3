//! `readout train pronouns`: corpora with canonical speakers in (PolNeAR's
//! layout: `text/<stem>.txt` and `speakers/<stem>.json`, each listing every
//! attribution's source span and the real-world speaker it names) and,
//! with `--gum`, GUM's coreference chains (its training documents in the
//! genres whose licence allows it); the pronoun ranker's model file out, and
//! its accuracy on the held-out documents printed beside the recency rule's.
//!
//! Texts are read in sorted order and training is deterministic, so the
//! same corpus gives the same model file.

use anyhow::Context as _;
use clap::Args;
use readout_attribute::{
    pronoun_accuracy, pronoun_rankings, train_pronouns, CueModel, LabelledRanking, PronounAnswer, PronounExample,
};
use readout_entities::PronounModel;
use serde::Deserialize;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct PronounArgs {
    /// Corpus folder with text/ and speakers/ (e.g. ../shared/corpora/polnear/train)
    corpus: PathBuf,
    /// A held-out corpus of the same layout to report accuracy on (e.g. PolNeAR dev)
    #[arg(long)]
    dev: Option<PathBuf>,
    /// GUM (e.g. ../shared/corpora/gum): also learn from its coreference
    /// chains (training documents of the licensed genres), and report on its
    /// dev documents
    #[arg(long)]
    gum: Option<PathBuf>,
    /// A cue model file to find the attributions with instead of the
    /// built-in one (cross-validation trains on a fold's own; see
    /// scripts/crossval.py)
    #[arg(long, value_name = "FILE")]
    cue_model: Option<PathBuf>,
    /// Where to write the model
    #[arg(long, default_value = "crates/readout-entities/models/pronouns.tsv")]
    out: PathBuf,
    /// Passes over the training data (10 and 20 give the same
    /// cross-validated speakers on PolNeAR; 10 resolves more of GUM's
    /// pronouns, on its dev documents and the rest: see the model card)
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// How many times each GUM pronoun counts in training: GUM has a tenth
    /// as many as PolNeAR, and without weight the ranker learns news
    /// attributions only
    #[arg(long, default_value_t = 6)]
    gum_weight: usize,
    /// Training rounds: after the first, the rankings are collected again
    /// with the last model choosing at every pronoun (so that the ranker
    /// sees the history its own mistakes leave), added to the first
    /// round's, and the model trained anew
    #[arg(long, default_value_t = 2)]
    rounds: usize,
}

#[derive(Deserialize)]
struct SpeakerFile {
    text_file: String,
    attributions: Vec<GoldAttribution>,
}

#[derive(Deserialize)]
struct GoldAttribution {
    /// Code-point ranges `[start, end)` of the source as written.
    #[serde(default)]
    source: Vec<[usize; 2]>,
    #[serde(default)]
    speaker: String,
}

/// A text and gold answers about byte ranges of it.
type GoldText<Answer> = (String, Vec<(Range<usize>, Answer)>);

/// Texts and their gold sources (byte ranges) with speakers, in file order.
fn load_corpus(corpus: &Path) -> anyhow::Result<Vec<GoldText<String>>> {
    let folder = corpus.join("speakers");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .with_context(|| format!("{}: cannot read", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .filter(|path| !path.to_string_lossy().ends_with(".todo.json"))
        .collect();
    files.sort();
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let json = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        let gold: SpeakerFile =
            serde_json::from_str(&json).with_context(|| format!("{}: not a speaker file", path.display()))?;
        let text_path = corpus.join("text").join(&gold.text_file);
        let text =
            std::fs::read_to_string(&text_path).with_context(|| format!("{}: cannot read", text_path.display()))?;
        let bytes = crate::train::byte_offsets(&text);
        let at = |offset: usize| bytes.get(offset).copied().unwrap_or(text.len());
        let sources = gold
            .attributions
            .into_iter()
            .flat_map(|attribution| {
                let speaker = attribution.speaker;
                attribution.source.into_iter().map(move |[start, end]| (at(start)..at(end), speaker.clone()))
            })
            .collect();
        out.push((text, sources));
    }
    Ok(out)
}

/// The labelled rankings of texts and their gold answers.
fn rankings_of(
    texts: Vec<GoldText<PronounAnswer>>,
    cues: &CueModel,
    history: Option<&PronounModel>,
) -> Vec<LabelledRanking> {
    let offices = readout_offices::OfficeTable::builtin();
    let mut out = Vec::new();
    for (text, answers) in texts {
        let segmented = readout_segment::segment(&text, std::slice::from_ref(&(0..text.len())));
        let example = PronounExample { text: &text, segmented: &segmented, answers };
        out.extend(pronoun_rankings(&example, offices, cues, history));
    }
    out
}

/// Every labelled pronoun source of a PolNeAR-style corpus.
fn speaker_rankings(
    corpus: &Path,
    cues: &CueModel,
    history: Option<&PronounModel>,
) -> anyhow::Result<Vec<LabelledRanking>> {
    let texts = load_corpus(corpus)?
        .into_iter()
        .map(|(text, sources)| {
            let answers =
                sources.into_iter().map(|(range, speaker)| (range, PronounAnswer::Speaker(speaker))).collect();
            (text, answers)
        })
        .collect();
    Ok(rankings_of(texts, cues, history))
}

/// GUM's genres, all of them.
const ALL_GUM_GENRES: [&str; 15] = [
    "academic",
    "bio",
    "conversation",
    "court",
    "essay",
    "fiction",
    "interview",
    "letter",
    "news",
    "podcast",
    "speech",
    "textbook",
    "vlog",
    "voyage",
    "whow",
];

/// Third-person singular pronouns, as GUM's tokens spell them.
fn is_gendered_pronoun(form: &str) -> bool {
    matches!(form.to_lowercase().as_str(), "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself")
}

/// Every labelled pronoun of a person in GUM's training documents of the
/// licensed genres (or its dev documents of every genre): the answer is the
/// earlier mentions of its entity.
fn gum_rankings(
    gum: &Path,
    dev: bool,
    cues: &CueModel,
    history: Option<&PronounModel>,
) -> anyhow::Result<Vec<LabelledRanking>> {
    // Measuring on every genre's dev documents ships nothing learned from them.
    let genres: &[&str] = if dev { &ALL_GUM_GENRES } else { &readout_entities::LICENSED_GENRES };
    let mut texts = Vec::new();
    for name in readout_entities::gum_documents(gum, genres, dev)? {
        let document = readout_entities::read_gum_document(gum, &name)?;
        let bytes = |mention: &readout_entities::GumMention| {
            document.tokens[mention.first].bytes.start..document.tokens[mention.last].bytes.end
        };
        let answers = document
            .mentions
            .iter()
            .filter(|m| m.etype == "person" && m.first == m.last && is_gendered_pronoun(&document.tokens[m.first].form))
            .map(|pronoun| {
                let earlier = document
                    .mentions
                    .iter()
                    .filter(|m| m.entity == pronoun.entity && m.last < pronoun.first)
                    .map(&bytes)
                    .collect();
                (bytes(pronoun), PronounAnswer::Antecedents(earlier))
            })
            .collect();
        texts.push((document.text.clone(), answers));
    }
    Ok(rankings_of(texts, cues, history))
}

fn report(what: &str, rankings: &[LabelledRanking], model: &readout_entities::PronounModel) {
    let accuracy = pronoun_accuracy(rankings, model);
    let share = |right: usize| right as f64 / accuracy.rankings.max(1) as f64;
    eprintln!(
        "readout: {what}: {} pronouns; ranker right on {} ({:.3}), recency rule on {} ({:.3})",
        accuracy.rankings,
        accuracy.model_right,
        share(accuracy.model_right),
        accuracy.rule_right,
        share(accuracy.rule_right)
    );
}

pub fn run(args: PronounArgs) -> anyhow::Result<ExitCode> {
    let cues = match &args.cue_model {
        Some(path) => crate::pipeline::load_cue_model(path)?,
        None => CueModel::builtin().clone(),
    };
    // The first round's rankings follow the gold answers; each later
    // round adds the rankings the last model's own choices lead to.
    let mut training = Vec::new();
    let mut speaker_count = 0;
    let mut model: Option<PronounModel> = None;
    for _ in 0..args.rounds.max(1) {
        let round = speaker_rankings(&args.corpus, &cues, model.as_ref())?;
        speaker_count += round.len();
        training.extend(round);
        if let Some(gum) = &args.gum {
            let gum_training = gum_rankings(gum, false, &cues, model.as_ref())?;
            for _ in 0..args.gum_weight {
                training.extend(gum_training.iter().cloned());
            }
        }
        model = Some(train_pronouns(&training, args.epochs));
    }
    let model = model.expect("at least one round");
    std::fs::write(&args.out, model.to_text()).with_context(|| format!("{}: cannot write", args.out.display()))?;
    eprintln!(
        "readout: trained on {} rankings in {} rounds ({} of speaker sources, {} from GUM); model written to {}",
        training.len(),
        args.rounds.max(1),
        speaker_count,
        training.len() - speaker_count,
        args.out.display()
    );
    report("training data", &training, &model);
    // Held out: once with the gold history, once with the model's own
    // choices before each pronoun, as extraction runs.
    if let Some(dev) = &args.dev {
        let name = dev.display().to_string();
        report(&name, &speaker_rankings(dev, &cues, None)?, &model);
        report(&format!("{name}, own history"), &speaker_rankings(dev, &cues, Some(&model))?, &model);
    }
    if let Some(gum) = &args.gum {
        report("GUM dev", &gum_rankings(gum, true, &cues, None)?, &model);
        report("GUM dev, own history", &gum_rankings(gum, true, &cues, Some(&model))?, &model);
    }
    Ok(ExitCode::SUCCESS)
}
