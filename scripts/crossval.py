#!/usr/bin/env python3
"""Cross-validation on PolNeAR train+dev (issue 21): the learned parts
retrained on four folds, the fifth scored, for each of five folds.

Folds are by document. The stems of train and dev (each text with an
attribution file) are sorted and dealt out round robin, so fold k holds the
stems at positions k, k+5, k+10, ... of the sorted list: deterministic, and
every fold gets its share of each outlet and month (stems begin with the
outlet and the date).

For each fold, in a temporary folder:
  foldK/train/{text,attributions,speakers}  symlinks to the other four folds
  foldK/test/{text,attributions,speakers}   symlinks to the held-out fold
then
  readout train cues foldK/train --out foldK/cues.tsv (plus --cue-train-args)
  readout train pronouns foldK/train --gum GUM --cue-model foldK/cues.tsv
      --dev foldK/test --out foldK/pronouns.tsv
  readout extract --format json --model foldK/cues.tsv
      --pronoun-model foldK/pronouns.tsv --out foldK/records.jsonl foldK/test/text
  readout extract --format citron (same models) --out foldK/citron foldK/test/text
  score_attributions.py --gold foldK/test --pred foldK/citron --json ...
  score_speakers.py --gold foldK/test/speakers --text foldK/test/text
      --records foldK/records.jsonl --json ...

With --spans MODE the learned span model is trained per fold too
(`readout train spans foldK/train --cue-model foldK/cues.tsv --out
foldK/spans.bin`, plus --span-train-args) and both extractions get
`--span-model foldK/spans.bin --span-mode MODE` (plus --span-extract-args).

The pronoun trainer's --dev is the held-out fold: the trainer only reports
its ranking accuracy there (train_pronouns.rs reads --dev for nothing else),
so the figure is the ranker's out-of-sample accuracy and nothing of the
held-out fold reaches the model. The ranker is trained on the attribution
sources the fold's own cue model finds (--cue-model), not the shipped
model's, which saw every train text. GUM (the ranker's second corpus) is
not PolNeAR and is used whole, as for the shipped model.

With --no-retrain the shipped models score each fold: how well the rules
and models do on texts they were, in part, fitted to. The difference from
the retrained run is what the learned parts overfit; the rules were tuned
on dev and train alike, so neither run is free of that.

Prints every command it runs, a table per fold (c+s+c F1 on all and on
direct attributions, content F1, speakers end-to-end, pronoun accuracy)
and the mean and sample standard deviation over the folds.

--errors FILE writes a TSV of the held-out direct quotes readout missed or
cut: each gold direct attribution (content opening with a quotation mark,
the scorer's definition) paired, as the scorer pairs, with the predicted
attributions of its text (all of them, direct or not); `missed` when no
prediction's content reaches word-token F1 0.5, `cut` when one does but
its content's words differ from the gold ones, `other` for a match
whose source or cue is wrong. The `category` column is left for a reader.
Fields are tab-separated and never quoted (read it with quoting off:
`csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)`); a piece of
content is joined to the next with ` + `, white space is one space.

Usage:
    scripts/crossval.py [--readout BIN] [--shared DIR] [--folds 5]
        [--jobs N] [--no-retrain] [--cue-train-args ARGS] [--spans add|correct] [--span-train-args ARGS]
        [--span-extract-args ARGS] [--errors FILE] [--keep DIR] [--json OUT]
"""
import argparse, hashlib, importlib.util, json, os, shlex, shutil, statistics, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def log(*words):
    print(*words, file=sys.stderr, flush=True)


def run(command, **kwargs):
    """Runs a command, printing it first; its standard output is returned."""
    log("$ " + " ".join(shlex.quote(str(c)) for c in command))
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        log(done.stderr)
        raise SystemExit(f"failed ({done.returncode}): {command[0]} {command[1] if len(command) > 1 else ''}")
    return done.stdout, done.stderr


def corpus_stems(polnear):
    """(stem, split) of every text of train and dev that has an annotation."""
    out = []
    for split in ("train", "dev"):
        annotated = {name.rsplit("_", 1)[0] for name in os.listdir(os.path.join(polnear, split, "attributions"))
                     if name.endswith(".ann")}
        for name in os.listdir(os.path.join(polnear, split, "text")):
            if name.endswith(".txt") and name[:-4] in annotated:
                out.append((name[:-4], split))
    out.sort()
    return out


def link_corpus(polnear, documents, folder):
    """A corpus folder of symlinks to `documents`' texts, annotations and
    speaker files, in PolNeAR's layout."""
    for part in ("text", "attributions", "speakers"):
        os.makedirs(os.path.join(folder, part), exist_ok=True)
    annotations = {}
    for split in ("train", "dev"):
        for name in os.listdir(os.path.join(polnear, split, "attributions")):
            if name.endswith(".ann"):
                annotations.setdefault((name.rsplit("_", 1)[0], split), []).append(name)
    for stem, split in documents:
        source = os.path.join(polnear, split)
        os.symlink(os.path.join(source, "text", stem + ".txt"), os.path.join(folder, "text", stem + ".txt"))
        for name in annotations[(stem, split)]:
            os.symlink(os.path.join(source, "attributions", name), os.path.join(folder, "attributions", name))
        speakers = os.path.join(source, "speakers", stem + ".json")
        if os.path.exists(speakers):
            os.symlink(speakers, os.path.join(folder, "speakers", stem + ".json"))


def load_scorer(shared):
    """score_attributions.py as a module, for the error list (its pairing and trimming)."""
    spec = importlib.util.spec_from_file_location("score_attributions", os.path.join(shared, "eval", "score_attributions.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pronoun_accuracy(stderr, corpus):
    """The ranker's accuracy on `corpus` from the trainer's report line."""
    for line in stderr.splitlines():
        if f"readout: {corpus}:" in line and "ranker right on" in line:
            return float(line.split("ranker right on", 1)[1].split("(", 1)[1].split(")", 1)[0])
    return None


def run_fold(k, held_out, training, args, workdir, threads):
    folder = os.path.join(workdir, f"fold{k}")
    train_dir, test_dir = os.path.join(folder, "train"), os.path.join(folder, "test")
    polnear = os.path.join(args.shared, "corpora", "polnear")
    link_corpus(polnear, training, train_dir)
    link_corpus(polnear, held_out, test_dir)
    models, accuracy = [], None
    if not args.no_retrain:
        cues, pronouns = os.path.join(folder, "cues.tsv"), os.path.join(folder, "pronouns.tsv")
        run([args.readout, "train", "cues", train_dir, "--out", cues] + args.cue_train_args)
        _, report = run([args.readout, "train", "pronouns", train_dir, "--gum", os.path.join(args.shared, "corpora", "gum"),
                         "--cue-model", cues, "--dev", test_dir, "--out", pronouns] + args.pronoun_train_args)
        accuracy = pronoun_accuracy(report, test_dir)
        models = ["--model", cues, "--pronoun-model", pronouns]
        if args.spans:
            spans = os.path.join(folder, "spans.bin")
            run([args.readout, "train", "spans", train_dir, "--cue-model", cues, "--out", spans] + args.span_train_args)
            models += ["--span-model", spans, "--span-mode", args.spans] + args.span_extract_args
    records, citron = os.path.join(folder, "records.jsonl"), os.path.join(folder, "citron")
    common = [args.readout, "extract", "--threads", threads] + models
    run(common + ["--format", "json", "--out", records, os.path.join(test_dir, "text")])
    run(common + ["--format", "citron", "--out", citron, os.path.join(test_dir, "text")])
    attributions_json, speakers_json = os.path.join(folder, "attributions.json"), os.path.join(folder, "speakers.json")
    run([sys.executable, os.path.join(args.shared, "eval", "score_attributions.py"), "--gold", test_dir, "--pred", citron,
         "--json", attributions_json])
    run([sys.executable, os.path.join(args.shared, "eval", "score_speakers.py"), "--gold", os.path.join(test_dir, "speakers"),
         "--text", os.path.join(test_dir, "text"), "--records", records, "--json", speakers_json])
    with open(attributions_json) as f:
        attributions = json.load(f)["attributions"]
    with open(speakers_json) as f:
        speakers = json.load(f)
    row = {
        "fold": k,
        "texts": len(held_out),
        "gold": attributions["all"]["gold"],
        "gold_direct": attributions["direct"]["gold"],
        "csc_all": attributions["all"]["content+source+cue"]["f1"],
        "content_all": attributions["all"]["content"]["f1"],
        "csc_direct": attributions["direct"]["content+source+cue"]["f1"],
        "content_direct": attributions["direct"]["content"]["f1"],
        "speakers": speakers["end_to_end"],
        "pronouns": accuracy,
    }
    return row, test_dir, citron


COLUMNS = [("fold", "fold", "{}"), ("texts", "texts", "{}"), ("gold", "gold", "{}"), ("gold_direct", "direct", "{}"),
           ("csc_all", "c+s+c all", "{:.3f}"), ("content_all", "content all", "{:.3f}"),
           ("csc_direct", "c+s+c direct", "{:.3f}"), ("content_direct", "content direct", "{:.3f}"),
           ("speakers", "speakers e2e", "{:.3f}"), ("pronouns", "pronoun acc", "{:.3f}")]
MEASURES = ["csc_all", "content_all", "csc_direct", "content_direct", "speakers", "pronouns"]


def print_table(rows):
    """A Markdown table: one row a fold, then mean and standard deviation."""
    print("| " + " | ".join(title for _, title, _ in COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for row in rows:
        print("| " + " | ".join("-" if row[key] is None else form.format(row[key]) for key, _, form in COLUMNS) + " |")
    summary = {}
    for key in MEASURES:
        values = [row[key] for row in rows if row[key] is not None]
        if len(values) >= 2:
            summary[key] = (statistics.mean(values), statistics.stdev(values))
    cells = ["mean ± sd", str(sum(r["texts"] for r in rows)), str(sum(r["gold"] for r in rows)),
             str(sum(r["gold_direct"] for r in rows))]
    for key in MEASURES:
        cells.append(f"{summary[key][0]:.3f} ± {summary[key][1]:.3f}" if key in summary else "-")
    print("| " + " | ".join(cells) + " |")
    return summary


def one_line(text):
    return " ".join(text.split()).replace("\t", " ")


def direct_errors(scorer, test_dir, citron, k):
    """The held-out fold's gold direct attributions that readout missed, cut
    or credited wrongly, as TSV rows."""
    rows = []
    for stem, (text, gold) in scorer.load_gold(test_dir).items():
        path = os.path.join(citron, stem + ".json")
        predicted = scorer.load_json_quotes(path) if os.path.exists(path) else []
        direct = [q for q in gold if scorer.is_direct(text, q)]
        if not direct:
            continue
        pairs = dict(scorer.pair(text, direct, predicted))
        for index, quote in enumerate(direct):
            gold_spans = sorted(quote["contents"])
            context_start, context_end = max(0, gold_spans[0][0] - 80), min(len(text), gold_spans[-1][1] + 80)
            gold_text = " + ".join(text[a:b] for a, b in gold_spans)
            if index in pairs:
                guess = predicted[pairs[index]]
                # Words, not spans: gold often splits a quotation at each
                # sentence where readout keeps one span, which is no error.
                if scorer.tokens(text, guess["contents"]) != scorer.tokens(text, gold_spans):
                    status = "cut"
                elif not (scorer.shares(text, quote["sources"], guess["sources"])
                          and scorer.shares(text, quote["cue"], guess["cue"])):
                    status = "other"
                else:
                    continue
            else:
                status = "missed"
                # The prediction that overlaps most, for the reader; None when none does.
                gold_tokens = scorer.tokens(text, gold_spans)
                overlaps = [(len(gold_tokens & scorer.tokens(text, q["contents"])), j) for j, q in enumerate(predicted)]
                best = max(overlaps, default=(0, None))
                guess = predicted[best[1]] if best[0] else None
            guess_text = " + ".join(text[a:b] for a, b in sorted(guess["contents"])) if guess else ""
            rows.append([str(k), stem, status, str(gold_spans[0][0]), "", one_line(gold_text), one_line(guess_text),
                         one_line(text[context_start:context_end])])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--readout", default=os.path.join(ROOT, "target", "release", "readout"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="folds run at once (each extract gets cores/jobs threads)")
    parser.add_argument("--no-retrain", action="store_true", help="score the shipped models on each fold")
    parser.add_argument("--spans", choices=["add", "correct"],
                        help="also train the span model per fold and extract with it in this mode")
    parser.add_argument("--cue-train-args", default="", help="more arguments for `readout train cues` (one string)")
    parser.add_argument("--pronoun-train-args", default="",
                        help="more arguments for `readout train pronouns` (one string)")
    parser.add_argument("--span-train-args", default="", help="more arguments for `readout train spans` (one string)")
    parser.add_argument("--span-extract-args", default="", help="more arguments for `readout extract` with the span model")
    parser.add_argument("--errors", help="write the held-out direct quotes missed or cut here (TSV)")
    parser.add_argument("--keep", help="work in this folder (created) and keep it, instead of a temporary one")
    parser.add_argument("--json", help="also write the per-fold figures and the summary here")
    args = parser.parse_args()
    args.readout = os.path.abspath(args.readout)
    args.cue_train_args = shlex.split(args.cue_train_args)
    args.pronoun_train_args = shlex.split(args.pronoun_train_args)
    args.span_train_args = shlex.split(args.span_train_args)
    args.span_extract_args = shlex.split(args.span_extract_args)
    args.shared = os.path.abspath(args.shared)
    if not os.access(args.readout, os.X_OK):
        raise SystemExit(f"{args.readout}: no readout binary (build it, or pass --readout)")

    stems = corpus_stems(os.path.join(args.shared, "corpora", "polnear"))
    folds = [stems[k::args.folds] for k in range(args.folds)]
    fingerprint = hashlib.sha1("\n".join(s for s, _ in stems).encode()).hexdigest()[:12]
    log(f"{len(stems)} texts in {args.folds} folds of {', '.join(str(len(f)) for f in folds)} (stems {fingerprint})")

    workdir = args.keep or tempfile.mkdtemp(prefix="readout-crossval-")
    if args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
        os.makedirs(workdir)
    threads = str(max(1, (os.cpu_count() or 1) // max(1, args.jobs)))
    started = time.time()
    try:
        def one(k):
            training = [d for j, fold in enumerate(folds) if j != k for d in fold]
            return run_fold(k, folds[k], training, args, workdir, threads)

        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(one, range(args.folds)))
        rows = [row for row, _, _ in results]
        retrained = "cue model, pronoun ranker and span model" if args.spans else "cue model and pronoun ranker"
        print(f"cross-validation, {args.folds} folds by document, "
              f"{'shipped models' if args.no_retrain else retrained + ' retrained per fold'} "
              f"({time.time() - started:.0f} s)")
        summary = print_table(rows)
        if args.errors:
            scorer = load_scorer(args.shared)
            errors = [e for k, (_, test_dir, citron) in enumerate(results) for e in direct_errors(scorer, test_dir, citron, k)]
            with open(args.errors, "w", encoding="utf-8") as f:
                f.write("fold\tstem\tstatus\tgold_start\tcategory\tgold_content\tpredicted_content\tcontext\n")
                for error in errors:
                    f.write("\t".join(error) + "\n")
            counts = {s: sum(1 for e in errors if e[2] == s) for s in ("missed", "cut", "other")}
            log(f"{len(errors)} direct-quote errors written to {args.errors}: {counts}")
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"folds": rows, "summary": {k: {"mean": m, "sd": s} for k, (m, s) in summary.items()},
                           "retrained": not args.no_retrain, "stems": fingerprint}, f, indent=1)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
