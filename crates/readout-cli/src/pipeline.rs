//! The options every command that analyses documents shares (`extract`,
//! `ingest`): arguments in, a ready [`Pipeline`] out — the extractor with its
//! model and office table, the input limits, the fallback date — and the
//! parallel, ordered stream that turns inputs into records.

use crate::inputs;
use anyhow::Context as _;
use clap::Args;
use rayon::prelude::*;
use readout_extract::Extractor;
use readout_ingest::{InputError, Limits};
use readout_record::{Document, Record};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};

/// Batches [`Pipeline::extract_in_order`] keeps on the worker pool at once:
/// enough that a worker done with its share of one batch starts on the next
/// instead of waiting for the batch's slowest input.
const BATCHES_IN_FLIGHT: usize = 4;

/// One batch's results, in input order.
pub type BatchResults<T> = Vec<Result<T, InputError>>;

#[derive(Args)]
pub struct PipelineArgs {
    /// Publication date (YYYY-MM-DD) for texts that do not give one
    #[arg(long)]
    date: Option<String>,
    /// Largest input accepted, in bytes
    #[arg(long, default_value_t = 32 * 1024 * 1024)]
    max_bytes: u64,
    /// A cue model file (from `readout train cues`) to use instead of the built-in one
    #[arg(long, visible_alias = "cue-model", value_name = "FILE")]
    model: Option<PathBuf>,
    /// A pronoun ranker file (from `readout train pronouns`) to use instead of the built-in one
    #[arg(long, value_name = "FILE")]
    pronoun_model: Option<PathBuf>,
    /// A span model file (from `readout train spans`): its attributions join the rules'
    #[arg(long, value_name = "FILE")]
    span_model: Option<PathBuf>,
    /// How the span model's attributions join the rules': `add` (only where the
    /// rules found none) or `correct` (also replace the rules' contents that are
    /// not a quotation; best by cross-validation)
    #[arg(long, value_name = "MODE", default_value = "correct")]
    span_mode: String,
    /// How far a span model's cue must outscore no cue for its attribution to join the rules'
    /// (150 was best by cross-validation; see BENCHMARKS.md)
    #[arg(long, value_name = "SCORE", default_value_t = 150.0)]
    span_min_margin: f32,
    /// A TSV of office holders that extends the built-in table
    #[arg(long)]
    offices: Option<PathBuf>,
    /// Worker threads (default: all cores)
    #[arg(long)]
    threads: Option<usize>,
}

pub struct Pipeline {
    extractor: Extractor,
    pub limits: Limits,
    date: Option<String>,
}

impl PipelineArgs {
    /// Size the thread pool and load the model and office table; a model or
    /// table that cannot be used stops the command before any input is read.
    pub fn start(&self) -> anyhow::Result<Pipeline> {
        if let Some(threads) = self.threads {
            rayon::ThreadPoolBuilder::new().num_threads(threads).build_global().ok();
        }
        self.load()
    }

    /// [`PipelineArgs::start`] for a command whose bottleneck is a thread
    /// of its own (`ingest`'s database writer): the extraction workers run
    /// at a lower scheduling priority, so on a machine with few cores they
    /// take what that thread leaves instead of a fair share of its core.
    pub fn start_with_low_priority_workers(&self) -> anyhow::Result<Pipeline> {
        let mut pool = rayon::ThreadPoolBuilder::new().start_handler(|_| lower_this_thread_priority());
        if let Some(threads) = self.threads {
            pool = pool.num_threads(threads);
        }
        pool.build_global().ok();
        self.load()
    }

    fn load(&self) -> anyhow::Result<Pipeline> {
        let model = match &self.model {
            Some(path) => load_cue_model(path)?,
            None => readout_attribute::CueModel::builtin().clone(),
        };
        let pronouns = match &self.pronoun_model {
            Some(path) => load_pronoun_model(path)?,
            None => readout_attribute::PronounModel::builtin().clone(),
        };
        let spans = match &self.span_model {
            Some(path) => {
                let bytes =
                    std::fs::read(path).with_context(|| format!("{}: cannot read span model", path.display()))?;
                let mut spans = readout_attribute::SpanModel::from_bytes(&bytes)
                    .with_context(|| format!("{}: unusable span model", path.display()))?;
                spans.mode = match self.span_mode.as_str() {
                    "add" => readout_attribute::SpanMode::Add,
                    "correct" => readout_attribute::SpanMode::AddAndCorrect,
                    other => anyhow::bail!("--span-mode {other:?}: expected add or correct"),
                };
                spans.min_margin = self.span_min_margin;
                Some(spans)
            }
            None => None,
        };
        let mut table = readout_offices::OfficeTable::builtin().clone();
        if let Some(path) = &self.offices {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read office table", path.display()))?;
            let extra = readout_offices::OfficeTable::from_tsv(&text)
                .with_context(|| format!("{}: unusable office table", path.display()))?;
            table.extend(extra);
        }
        Ok(Pipeline {
            extractor: Extractor::new(model, table).with_pronoun_model(pronouns).with_span_model(spans),
            limits: Limits { max_bytes: self.max_bytes },
            date: self.date.clone(),
        })
    }
}

/// A cue model file (`--model`, `--cue-model`); the error names the file
/// and what is wrong with it. Read once, before any input: a document costs
/// the same whichever model it runs with.
pub fn load_cue_model(path: &Path) -> anyhow::Result<readout_attribute::CueModel> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read cue model", path.display()))?;
    readout_attribute::CueModel::parse_model_file(&text)
        .with_context(|| format!("{}: unusable cue model", path.display()))
}

/// A pronoun ranker file (`--pronoun-model`); the error names the file and
/// what is wrong with it.
pub fn load_pronoun_model(path: &Path) -> anyhow::Result<readout_attribute::PronounModel> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("{}: cannot read pronoun model", path.display()))?;
    readout_attribute::PronounModel::parse_model_file(&text)
        .with_context(|| format!("{}: unusable pronoun model", path.display()))
}

/// Lowers the calling thread's scheduling priority (Linux nice 10; each
/// thread has its own). Elsewhere, or if refused, the thread runs as it was.
fn lower_this_thread_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; on Linux, who = 0
    // with PRIO_PROCESS names the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

impl Pipeline {
    /// The record of one document; `--date` stands in for a missing date.
    pub fn extract(&self, mut document: Document) -> Record {
        if document.date.is_none() {
            document.date.clone_from(&self.date);
        }
        self.extractor.extract(&document)
    }

    /// [`Pipeline::extract`], then `finish`, where a bug that panics on
    /// this document costs this document, reported as its error, and not
    /// the run.
    pub fn extract_guarded<T>(&self, document: Document, finish: impl FnOnce(Record) -> T) -> Result<T, InputError> {
        let input = document.source.clone();
        std::panic::catch_unwind(AssertUnwindSafe(|| finish(self.extract(document))))
            .map_err(|panic| InputError::Analysis { input, message: panic_message(panic.as_ref()) })
    }

    /// Reads and analyses every input under `paths` on the worker pool,
    /// passes each record through `finish` on the worker that made it, and
    /// hands `each` the results batch by batch, in input order.
    ///
    /// Batches overlap rather than follow one another: up to
    /// [`BATCHES_IN_FLIGHT`] are on the pool while `each` handles an earlier
    /// one, so no core waits for a batch's slowest input or for `each`. A
    /// thread of its own walks the inputs. If `each` fails, walking stops
    /// and its error is returned.
    pub fn extract_in_order<T, F>(
        self: &Arc<Self>,
        paths: &[PathBuf],
        batch_size: usize,
        finish: F,
        mut each: impl FnMut(BatchResults<T>) -> anyhow::Result<()>,
    ) -> anyhow::Result<()>
    where
        T: Send + 'static,
        F: Fn(Record) -> T + Send + Sync + 'static,
    {
        let finish = Arc::new(finish);
        let (batches_sender, batches) = mpsc::sync_channel::<mpsc::Receiver<BatchResults<T>>>(BATCHES_IN_FLIGHT);
        std::thread::scope(|scope| {
            let walker = scope.spawn(move || {
                inputs::for_each_batch(paths, batch_size, |batch| {
                    let inputs = std::mem::take(batch);
                    let (results_sender, results) = mpsc::sync_channel(1);
                    let (pipeline, finish) = (Arc::clone(self), Arc::clone(&finish));
                    rayon::spawn(move || {
                        // A panic would abort the process from a spawned job;
                        // caught, it drops the sender and `each`'s side
                        // reports it as an error instead.
                        let done = std::panic::catch_unwind(AssertUnwindSafe(|| {
                            let loaded: Vec<Result<Document, InputError>> =
                                inputs.into_par_iter().map(|pending| pending.load(pipeline.limits)).collect();
                            // A site's furniture shows across its pages: the
                            // batch is read for it before any is analysed.
                            let mut documents = Vec::with_capacity(loaded.len());
                            let slots: Vec<Result<usize, InputError>> = loaded
                                .into_iter()
                                .map(|loaded| {
                                    loaded.map(|document| {
                                        documents.push(document);
                                        documents.len() - 1
                                    })
                                })
                                .collect();
                            readout_extract::flag_recurring_lines(&mut documents);
                            let mut records: Vec<Option<Result<T, InputError>>> = documents
                                .into_par_iter()
                                .map(|document| Some(pipeline.extract_guarded(document, |record| finish(record))))
                                .collect();
                            slots
                                .into_iter()
                                .map(|slot| {
                                    slot.and_then(|index| records[index].take().expect("one record a document"))
                                })
                                .collect::<BatchResults<T>>()
                        }));
                        if let Ok(done) = done {
                            // The receiving end is gone only when `each` failed.
                            results_sender.send(done).ok();
                        }
                    });
                    // Blocks while BATCHES_IN_FLIGHT batches wait for `each`.
                    batches_sender.send(results).map_err(|_| anyhow::anyhow!("extraction stopped"))
                })
            });
            let handled = batches.iter().try_for_each(|results| {
                let results = results.recv().map_err(|_| anyhow::anyhow!("an extraction worker panicked"))?;
                each(results)
            });
            // Dropping the receiver first lets a walker blocked on a full
            // channel see that nobody listens any more.
            drop(batches);
            let walking = walker.join().map_err(|_| anyhow::anyhow!("the input walker panicked"))?;
            handled?;
            walking
        })
    }
}

/// The message a panic carried, when it was a string.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|message| message.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Command {
        #[command(flatten)]
        pipeline: PipelineArgs,
    }

    #[test]
    fn a_panic_in_analysis_is_the_documents_error() {
        let args = Command::parse_from(["readout"]);
        let pipeline = args.pipeline.load().expect("pipeline loads");
        let document = Document {
            id: "d1".into(),
            source: "<stdin>:7".into(),
            title: None,
            date: None,
            text: "Keir Starmer said it was fine.".into(),
            known_boilerplate: vec![],
        };
        let outcome = pipeline.extract_guarded(document.clone(), |record| record.quotes.len());
        assert_eq!(outcome.expect("analysis runs"), 1);
        let error = pipeline
            .extract_guarded(document, |_| -> usize { panic!("a bug in analysis") })
            .expect_err("the panic is the document's error")
            .to_string();
        assert_eq!(
            error,
            "<stdin>:7: analysis failed on a bug in readout (please report it with this input): a bug in analysis"
        );
    }

    #[test]
    fn a_panic_on_one_document_is_its_error_and_the_others_go_on() {
        let folder = tempfile::tempdir().expect("temporary folder");
        for (name, text) in [("a.txt", "Keir Starmer said it was fine."), ("b.txt", "boom"), ("c.txt", "She said no.")]
        {
            std::fs::write(folder.path().join(name), text).expect("write input");
        }
        let args = Command::parse_from(["readout", "--threads", "1"]);
        let pipeline = Arc::new(args.pipeline.start().expect("pipeline starts"));
        let mut outcomes = Vec::new();
        pipeline
            .extract_in_order(
                &[folder.path().to_path_buf()],
                8,
                |record| {
                    assert!(!record.text.starts_with("boom"), "a bug in analysis");
                    record.text
                },
                |results| {
                    outcomes.extend(results.into_iter().map(|result| result.map_err(|error| error.to_string())));
                    Ok(())
                },
            )
            .expect("the run goes on");
        assert_eq!(outcomes.len(), 3);
        assert_eq!(outcomes[0].as_deref(), Ok("Keir Starmer said it was fine."));
        let error = outcomes[1].as_ref().expect_err("the panicking document fails");
        assert!(error.contains("b.txt: analysis failed on a bug in readout"), "{error}");
        assert!(error.contains("a bug in analysis"), "{error}");
        assert_eq!(outcomes[2].as_deref(), Ok("She said no."));
    }
}
