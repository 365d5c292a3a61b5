#!/usr/bin/python3
"""Learner variants compared on the DEV parts only (never the locked split, never a held-out
corpus part):

    /usr/bin/python3 resources/training/dev_learner.py [--langs de,fr] [--variants base,nb]
        [--without dialogue-pass] [--split dialogue-pass]

--without leaves out the training lines with a tag (the figures before a pass of lines);
--split also reports the lines with the tag and the others apart. The fifth generation's
figures (docs/cue-model.md) are the variants base, nbneg-C4-16, balanced and nbneg-C4-16-bal.

Each variant trains as train_cues.py does (the full grid of corpus shares, each output choosing
its own, C from the variant), without the final refit on the dev parts (they are what is
scored). Reported per language and variant, as ablate_rules.py does:
  - in-domain: 3-fold out-of-fold macro-F1 over the 8 outputs (each output at its best
    threshold), and the urgency and frustration F1;
  - negative vs rest macro-F1 on the in-domain out-of-fold scores and on each corpus's dev part,
    at the share and threshold training chooses on those same sets.
These are tuning figures: the choices are made on the sets they are scored on.
"""

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_cues as tc  # noqa: E402

SHARES = (0.5, 1.0, 2.0, 4.0, 6.0)
ALL = list(tc.OUTPUTS)
FEEL = ["frustration", "anxiety", "sadness", "negative"]
VARIANTS = {
    "base": {},
    "C4-32": {"Cs": (4.0, 16.0, 32.0)},
    "nb": {"nb": ALL},
    "nb-C1-4": {"nb": ALL, "Cs": (1.0, 4.0)},
    "nbfeel": {"nb": FEEL},
    "nbfeel-C4-16": {"nb": FEEL, "Cs": (16.0,), "nbCs": (4.0, 16.0)},
    "nbfeel-C1-4": {"nb": FEEL, "Cs": (16.0,), "nbCs": (1.0, 4.0)},
    "nbneg-C4-16": {"nb": ["negative"], "Cs": (16.0,), "nbCs": (4.0, 16.0)},
    "nbneg-C4-16-bal": {"nb": ["negative"], "Cs": (16.0,), "nbCs": (4.0, 16.0),
                        "balanced": True},
    "nbneg-C1-16": {"nb": ["negative"], "Cs": (16.0,), "nbCs": (1.0, 4.0, 16.0)},
    "nbneg-C4-16-Cs4-32": {"nb": ["negative"], "Cs": (4.0, 16.0, 32.0), "nbCs": (4.0, 16.0)},
    "balanced": {"balanced": True},
    "nbfeel-balanced": {"nb": FEEL, "balanced": True},
}


def tagged(lang, tag):
    """Texts of the language's training lines that carry `tag`."""
    path = os.path.join(tc.ROOT, "resources/training/cues", lang, "train.jsonl")
    with open(path, encoding="utf-8") as f:
        return {item["text"] for item in map(json.loads, f) if tag in item.get("tags", [])}


def evaluate(lang, variant, without=None, split=None):
    options = VARIANTS[variant]
    train, _, corpus = tc.load_language(lang)
    if without:
        drop = tagged(lang, without)
        train = [r for r in train if r[0] not in drop]
    Cs = sorted(set(options.get("Cs", (16.0,))) | set(options.get("nbCs", ())))
    grid = [(C, w) for C in Cs for w in SHARES]
    m = tc.train_language(lang, train, corpus, grid, quiet=True, options=options, final_fit=False)
    Yin = np.array([y for _, y in train])
    oof = m["outOfFold"]
    f1 = [tc.best_threshold(oof[:, o], Yin[:, o])[1] for o in range(len(tc.OUTPUTS))
          if Yin[:, o].max() > 0]
    neg = tc.NEGATIVE
    sets = m["negativeSets"][(m["C"][neg], m["corpusShare"][neg])]
    t = float(m["thresholds"][neg])
    negs = {n: tc.negative_macro_f1((p >= t).astype(int), y) for n, p, y in sets}
    print(f"{lang} {variant:12s} in-domain macro-F1 {np.mean(f1):.3f} urgency "
          f"{tc.best_threshold(oof[:, 4], Yin[:, 4])[1]:.3f} frustration "
          f"{tc.best_threshold(oof[:, 0], Yin[:, 0])[1]:.3f} | negative-vs-rest "
          + " ".join(f"{n} {v:.3f}" for n, v in negs.items())
          + f" (t={t:.3f}, C={m['C'][neg]}, share={m['corpusShare'][neg]})", flush=True)
    if split:
        # The same out-of-fold scores, on the lines with and without the tag apart.
        inside = np.array([r[0] in tagged(lang, split) for r in train])
        for name, part in ((split, inside), ("others", ~inside)):
            if not part.any():
                continue
            f1 = [tc.best_threshold(oof[part, o], Yin[part, o])[1]
                  for o in range(len(tc.OUTPUTS)) if Yin[part, o].max() > 0]
            y = Yin[part, neg]
            print(f"    {name}: {part.sum()} lines, macro-F1 {np.mean(f1):.3f}, negative-vs-rest "
                  f"{tc.negative_macro_f1((oof[part, neg] >= t).astype(int), y):.3f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--langs", default=",".join(tc.LANGS))
    ap.add_argument("--variants", default="base,nb")
    ap.add_argument("--without", help="leave out the training lines with this tag")
    ap.add_argument("--split", help="also report the lines with this tag and the rest apart")
    args = ap.parse_args()
    for lang in args.langs.split(","):
        for v in args.variants.split(","):
            evaluate(lang, v, args.without, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
