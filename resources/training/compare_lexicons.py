#!/usr/bin/python3
"""Compares Attune's negative reading with VADER and AFINN (development time only).

    /usr/bin/python3 resources/training/compare_lexicons.py \\
        --attune build/attune --vader /path/to/vaderSentiment --afinn /path/to/afinn

--vader and --afinn are checkouts of github.com/cjhutto/vaderSentiment (MIT) and
github.com/fnielsen/afinn; neither is vendored or shipped: this script imports them from the
paths given. --attune is a built `attune` binary; each line is read with `attune cues --lang
<lang>` (the reading the app shows: the trained model and, in English, the lexicon fused in).

The score is macro-F1 of negative vs rest (the mean of the F1 of "negative" and of "not
negative"), on every locked test split (resources/training/cues/<lang>/test.jsonl) and on one
part of the public corpora (XED per language, and XED's Brazilian subtitles for pt, GoEmotions
for English) as train_cues.py splits them (resources/training/corpora/PROVENANCE.md):
`--split test` (default) is the held-out part, nothing trained or tuned on it, to be scored
once per model version; `--split dev` is the tuning part. `--before` adds a column for another
attune binary (the previous model), scored on the same lines. VADER is negative at compound <= -0.05 (its authors'
threshold); AFINN when its score is below 0. VADER has an English lexicon only, AFINN has
English and French: the other languages are scored with the English lexicon, as a team would
have to use them.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_cues as tc  # noqa: E402

NEG = tc.OUTPUTS.index("negative")


def macro_f1(gold, predicted):
    scores = []
    for positive in (1, 0):
        tp = sum(1 for g, p in zip(gold, predicted) if g == positive and p == positive)
        fp = sum(1 for g, p in zip(gold, predicted) if g != positive and p == positive)
        fn = sum(1 for g, p in zip(gold, predicted) if g == positive and p != positive)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / 2


def attune_negative(binary, lang, texts):
    home = tempfile.mkdtemp(prefix="attune-compare-")
    env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home,
               XDG_CACHE_HOME=home, XDG_RUNTIME_DIR=home, QT_QPA_PLATFORM="offscreen")
    # One line per line: newlines inside a text would split it.
    lines = "".join(t.replace("\n", " ").replace("\r", " ") + "\n" for t in texts)
    out = subprocess.run([binary, "cues", "--lang", lang], input=lines.encode("utf-8"),
                         stdout=subprocess.PIPE, env=env, check=True).stdout.decode("utf-8")
    readings = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(readings) != len(texts):
        raise SystemExit(f"attune cues gave {len(readings)} readings for {len(texts)} lines")
    return [int(r["negative"]) for r in readings]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--attune", required=True, help="a built attune binary")
    ap.add_argument("--vader", required=True, help="a checkout of cjhutto/vaderSentiment")
    ap.add_argument("--afinn", required=True, help="a checkout of fnielsen/afinn")
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--before", help="another attune binary, e.g. the previous model")
    ap.add_argument("--no-locked", action="store_true", help="skip the locked test splits")
    ap.add_argument("--langs", default=",".join(tc.LANGS), help="languages to score")
    ap.add_argument("--limit", type=int, default=2000,
                    help="at most this many lines of each held-out corpus (evenly spaced)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.vader))
    sys.path.insert(0, os.path.abspath(args.afinn))
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    from afinn import Afinn

    vader = SentimentIntensityAnalyzer()
    afinn = {"en": Afinn(language="en", emoticons=True), "fr": Afinn(language="fr")}

    before = " Attune before |" if args.before else ""
    print(f"| set | lines | negative |{before} Attune | VADER | AFINN |")
    print("|---|---:|---:|" + ("---:|" if args.before else "") + "---:|---:|---:|")
    part = tc.heldout_corpora if args.split == "test" else tc.dev_corpora
    label = "held out" if args.split == "test" else "dev"
    for lang in args.langs.split(","):
        sets = {}
        if not args.no_locked:
            sets[f"locked test {lang}"] = tc.read_jsonl(
                os.path.join(tc.ROOT, "resources/training/cues", lang, "test.jsonl"))
        for name, rows in part(lang).items():
            rows = [r for r in rows if r[1][NEG] is not None]
            step = max(1, len(rows) // args.limit)
            sets[f"{name} {label}"] = rows[::step][: args.limit]
        for name, rows in sets.items():
            texts = [t for t, _ in rows]
            gold = [y[NEG] for _, y in rows]
            ours = attune_negative(args.attune, lang, texts)
            old = (f" {macro_f1(gold, attune_negative(args.before, lang, texts)):.3f} |"
                   if args.before else "")
            v = [int(vader.polarity_scores(t)["compound"] <= -0.05) for t in texts]
            scorer = afinn.get(lang, afinn["en"])
            a = [int(scorer.score(t) < 0) for t in texts]
            print(f"| {name} | {len(rows)} | {sum(gold)} |{old} {macro_f1(gold, ours):.3f} | "
                  f"{macro_f1(gold, v):.3f} | {macro_f1(gold, a):.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
