#!/usr/bin/python3
"""What each rule family adds, measured on the DEV parts only (never the locked split, never a
held-out corpus part):

    /usr/bin/python3 resources/training/ablate_rules.py [--langs de,fr] [--variants all,no-sarcasm]

For every variant the cue model is trained as train_cues.py trains it, with the (C, corpus
share) each output chose in the committed weights file, on the in-domain training lines and the
public corpora's training parts, but without the final refit on the dev parts (they are what
is scored). Reported per language and variant:
  - in-domain: 3-fold out-of-fold macro-F1 over the 8 outputs (each output at its best
    threshold) and the urgency and frustration F1;
  - negative vs rest macro-F1 on the in-domain out-of-fold scores and on each corpus's dev part,
    at the threshold negative_choice picks on those same sets (as training does).
These are tuning figures: the thresholds are picked on the sets they are scored on.
"""

import argparse
import os
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import KFold

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_cues as tc  # noqa: E402

NEGATION = ("n:",)
FAMILIES = {
    "no-negation": None,  # negated forms dropped, r:nlex/r:nv read as r:lex/r:v
    "no-repeat": {"r:repeat"},
    "no-waits": {"r:wait", "r:deadline", "r:when"},
    "no-caps-exclaim": {"r:caps", "r:caps2", "r:exclaim", "r:exclaim2"},
    "no-sarcasm": {"r:sarcasm"},
    "no-lexicon": {"r:lex:" + c for c in tc.CUES} | {"r:nlex:" + c for c in tc.CUES},
    "no-valence": {f"r:{p}:{c}" for p in ("v", "nv") for c in ("neg2", "neg", "pos", "pos2")},
}
VARIANTS = ["all", "before", "no-when"] + list(FAMILIES) + ["model-alone", "stems5", "grams5"]


def old_rules(lang, keys=("waitWords", "deadlineTargets", "whenWords", "clockWords")):
    """The rule lists without (some of) the fourth generation's lists."""
    r = dict(tc.RULES[lang])
    for k in keys:
        r.pop(k, None)
    return tc.RuleSet(r)


def rule_part(f):
    return f.startswith("r:") or f.startswith("n:")


class Lines:
    """Each line's text features (bucket counts) once, and its rule features (strings) under
    the new and the old lists, so the variants only redo the small part."""

    def __init__(self, texts, lang):
        new, old = tc.RuleSet(tc.RULES[lang]), old_rules(lang)
        nowhen = old_rules(lang, ("whenWords", "clockWords"))
        self.text, self.rules_new, self.rules_old, self.words = [], [], [], []
        self.rules_nowhen = []
        for t in texts:
            counts = {}
            rules = []
            for f, _ in tc.features(t, new):
                if rule_part(f):
                    rules.append(f)
                else:
                    b = tc.bucket_of(f, tc.HASH_BITS)
                    counts[b] = counts.get(b, 0) + 1
            self.text.append(counts)
            self.rules_new.append(rules)
            self.rules_old.append([f for f, _ in tc.features(t, old) if rule_part(f)])
            self.rules_nowhen.append([f for f, _ in tc.features(t, nowhen) if rule_part(f)])
            self.words.append(tc.tokenise(t)[0])

    def matrix(self, variant):
        rows, cols, vals = [], [], []
        for r in range(len(self.text)):
            counts = dict(self.text[r]) if variant != "rules-alone" else {}
            rules = {"before": self.rules_old, "no-when": self.rules_nowhen}.get(
                variant, self.rules_new)[r]
            extra = []
            if variant == "model-alone":
                rules = []
            elif variant == "no-negation":
                rules = [f.replace("r:nlex:", "r:lex:").replace("r:nv:", "r:v:")
                         for f in rules if not f.startswith(NEGATION)]
            elif variant in FAMILIES:
                rules = [f for f in rules if f not in FAMILIES[variant]]
            if variant == "stems5":
                extra = ["s:" + w[:5] for w in self.words[r] if len(w) >= 6]
            elif variant == "grams5":
                for w in self.words[r]:
                    p = "<" + w[:tc.MAX_WORD] + ">"
                    extra += ["c:" + p[s:s + 5] for s in range(0, len(p) - 4)]
            for f in rules + extra:
                b = tc.bucket_of(f, tc.HASH_BITS)
                counts[b] = counts.get(b, 0) + 1
            norm = sum(c * c for c in counts.values()) ** 0.5
            for b, c in counts.items():
                rows.append(r)
                cols.append(b)
                vals.append(c / norm)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(self.text), 1 << tc.HASH_BITS))


def evaluate(lang, variants):
    train, _, corpus = tc.load_language(lang)
    cfg = tc.read_config(os.path.join(tc.ROOT, f"resources/models/cues-{lang}.atm"))
    assigned = list(zip(cfg["C"], cfg["corpusShare"]))
    options = tc.learner(lang)  # the shipped learner (NB scaling where train_cues.py uses it)
    texts = [t for t, _ in train]
    Y_in = [y for _, y in train]
    Yin = np.array(Y_in)
    L_in = Lines(texts, lang)
    groups = {}
    for name, rows in corpus.items():
        if rows:
            groups.setdefault(tc.REPORT_NAME.get(name, name), []).extend(rows)
    names = sorted(groups)
    L_c = {n: Lines([t for t, _ in groups[n]], lang) for n in names}
    Y_c = [y for n in names for _, y in groups[n]]
    sizes = np.concatenate([np.full(len(groups[n]), float(len(groups[n]))) for n in names])
    dev = {n: rows for n, rows in tc.dev_corpora(lang).items() if rows}
    L_dev = {n: Lines([t for t, _ in rows], lang) for n, rows in dev.items()}
    folds = list(KFold(n_splits=3, shuffle=True, random_state=tc.SEED).split(texts))
    results = {}
    for variant in variants:
        X_in = L_in.matrix(variant)
        X_c = sp.vstack([L_c[n].matrix(variant) for n in names]).tocsr()
        X_dev = {n: L_dev[n].matrix(variant) for n in dev}
        oof = np.zeros((len(texts), len(tc.OUTPUTS)))
        P_dev = {n: np.zeros((len(dev[n]), len(tc.OUTPUTS))) for n in dev}
        for C, share in sorted(set(assigned)):
            only = {o for o, pair in enumerate(assigned) if pair == (C, share)}
            w_c = tc.corpus_weights(sizes, share, len(texts))
            for tr, va in folds:
                X = sp.vstack([X_in[tr], X_c])
                w = np.concatenate([np.ones(len(tr)), w_c])
                Q, b, s = tc.quantise(tc.fit_outputs(X, [Y_in[i] for i in tr] + Y_c, w, C, only,
                                                     options))
                p = tc.probabilities(X_in[va], Q, b, s)
                for o in only:
                    oof[va, o] = p[:, o]
            Q, b, s = tc.quantise(tc.fit_outputs(sp.vstack([X_in, X_c]), Y_in + Y_c,
                                                 np.concatenate([np.ones(len(texts)), w_c]), C,
                                                 only, options))
            for n in dev:
                p = tc.probabilities(X_dev[n], Q, b, s)
                for o in only:
                    P_dev[n][:, o] = p[:, o]
        f1 = [tc.best_threshold(oof[:, o], Yin[:, o])[1] for o in range(len(tc.OUTPUTS))
              if Yin[:, o].max() > 0]
        neg = tc.NEGATIVE
        sets = [("in-domain", oof[:, neg], Yin[:, neg])]
        sets += [(n, P_dev[n][:, neg], np.array([y[neg] for _, y in dev[n]])) for n in sorted(dev)]
        t, _ = tc.negative_choice(sets)
        negs = {n: tc.negative_macro_f1((p >= t).astype(int), y) for n, p, y in sets}
        results[variant] = {
            "macro": float(np.mean(f1)),
            "urgency": tc.best_threshold(oof[:, 4], Yin[:, 4])[1],
            "frustration": tc.best_threshold(oof[:, 0], Yin[:, 0])[1],
            "neg": negs, "t": t}
        r = results[variant]
        print(f"{lang} {variant:16s} in-domain macro-F1 {r['macro']:.3f} urgency "
              f"{r['urgency']:.3f} frustration {r['frustration']:.3f} | negative-vs-rest "
              + " ".join(f"{n} {v:.3f}" for n, v in negs.items()) + f" (t={t})", flush=True)
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--langs", default=",".join(tc.LANGS))
    ap.add_argument("--variants", default=",".join(VARIANTS))
    args = ap.parse_args()
    for lang in args.langs.split(","):
        evaluate(lang, args.variants.split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main())
