#!/usr/bin/env python3
"""Builds Attune's customer-service language model for the recogniser (app/speech).

    python3 resources/speech/build_lm.py           # rewrite resources/speech/en/customer-service.arpa
    python3 resources/speech/build_lm.py --check   # rebuild in memory, compare with the committed file

Debian's generic US English model (pocketsphinx-en-us) was trained on broadcast news; a customer
on a G.711 line says "cancel", "refund", "engineer", "frustrated" far more often than it
expects. The recogniser interpolates that generic model with this small one (Transcriber.cpp),
so the generic vocabulary stays and the domain's word sequences get more weight.

Sources, all in this repository and none of them the recogniser's evaluation sentences:
  - resources/training/cues/en/train.jsonl: lines customers say to a contact center (the cue
    model's training split; its locked test split is left alone),
  - resources/phrases/en.json: what agents say (the phrase library),
  - resources/lexicons/en.json: the cue lexicon's phrases, each as a short line.
Any source line equal to an evaluation sentence (tests/bench/AsrBench.cpp,
tests/integration/tst_transcription.cpp) or a development sentence
(resources/speech/en/dev_sentences.tsv, used to tune the interpolation weight) is dropped, and
the build fails if a whole evaluation or development sentence still occurs inside a line.

The model: words, lowercased, split at anything that is not a letter or an apostrophe; a word
the pronunciation dictionary does not know (numbers, names) ends the stretch, so no n-gram
spans it. Trigrams with interpolated absolute discounting (D = 0.7), written as an ARPA backoff
model. Standard library only; the output is byte-for-byte reproducible.
"""

import argparse
import json
import math
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(ROOT, "resources", "speech", "en", "customer-service.arpa")
DEV = os.path.join(ROOT, "resources", "speech", "en", "dev_sentences.tsv")
EVALUATION_SOURCES = [
    os.path.join(ROOT, "tests", "bench", "AsrBench.cpp"),
    os.path.join(ROOT, "tests", "integration", "tst_transcription.cpp"),
]
DICTIONARY = os.environ.get(
    "ATTUNE_SPEECH_DICTIONARY", "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict")
ORDER = 3
DISCOUNT = 0.7
WORD = re.compile(r"[a-z']+")


def words(text):
    return [w.strip("'") for w in WORD.findall(text.lower()) if w.strip("'")]


def normalised(text):
    return " ".join(words(text))


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def source_lines():
    lines = []
    for line in read_lines(os.path.join(ROOT, "resources", "training", "cues", "en", "train.jsonl")):
        if line.strip():
            lines.append(json.loads(line)["text"])
    with open(os.path.join(ROOT, "resources", "phrases", "en.json"), encoding="utf-8") as f:
        for phrase in json.load(f)["phrases"]:
            text = phrase.get("fallback") or phrase["text"]
            # Placeholders ({customer.preferred_name}) are names: split there.
            lines.extend(re.split(r"\{[^}]*\}", text))
    with open(os.path.join(ROOT, "resources", "lexicons", "en.json"), encoding="utf-8") as f:
        for kind in sorted(json.load(f)["cues"].items()):
            lines.extend(sorted(kind[1].keys()))
    return lines


def held_out_sentences():
    """The evaluation sentences (C++ string literals that end a sentence) and the dev set."""
    held = set()
    literal = re.compile(r'QStringLiteral\("([^"]*)"\)(?:\s*"([^"]*)")*')
    for path in EVALUATION_SOURCES:
        text = read_lines(path)
        joined = "\n".join(text)
        # Adjacent literals continue one string: "a " \n "b".
        joined = re.sub(r'"\s*\n\s*"', "", joined)
        for match in re.finditer(r'QStringLiteral\("([^"]*)"\)', joined):
            sentence = match.group(1)
            if len(words(sentence)) >= 4 and re.search(r"[.?!]$", sentence):
                held.add(normalised(sentence))
    for line in read_lines(DEV):
        if line and not line.startswith("#"):
            held.add(normalised(line.split("\t", 1)[1]))
    return held


def dictionary_words():
    known = set()
    with open(DICTIONARY, encoding="utf-8") as f:
        for line in f:
            word = line.split(" ", 1)[0]
            known.add(re.sub(r"\(\d+\)$", "", word))
    return known


def stretches(lines, known, held):
    """Word stretches of the sources; the held-out sentences dropped."""
    result = []
    dropped = 0
    for line in lines:
        if normalised(line) in held:
            dropped += 1
            continue
        # A sentence boundary inside a line starts a new stretch.
        for sentence in re.split(r"[.?!;:]+", line):
            current = []
            for word in words(sentence):
                if word in known:
                    current.append(word)
                elif current:
                    result.append(current)
                    current = []
            if current:
                result.append(current)
    padded = [" " + " ".join(s) + " " for s in result]
    for sentence in sorted(held):
        if any(" " + sentence + " " in stretch for stretch in padded):
            sys.exit("build_lm.py: the held-out sentence %r occurs in the sources" % sentence)
    return result, dropped


def count(stretches_):
    counts = [defaultdict(int) for _ in range(ORDER + 1)]
    for stretch in stretches_:
        tokens = ["<s>"] + stretch + ["</s>"]
        for n in range(1, ORDER + 1):
            for i in range(len(tokens) - n + 1):
                gram = tuple(tokens[i:i + n])
                if gram == ("<s>",):
                    continue
                counts[n][gram] += 1
    return counts


def build(counts):
    """log10 probabilities and backoff weights of an interpolated absolute-discount model."""
    vocabulary = sorted(w for (w,) in counts[1].keys())
    total = sum(counts[1].values())
    # Unigrams: discounted counts plus the freed mass spread evenly over the vocabulary.
    freed = DISCOUNT * len(counts[1]) / total
    prob = [dict() for _ in range(ORDER + 1)]
    for (w,) in counts[1]:
        prob[1][(w,)] = (counts[1][(w,)] - DISCOUNT) / total + freed / len(vocabulary)
    prob[1][("<s>",)] = 0.0
    backoff = [dict() for _ in range(ORDER + 1)]
    for n in range(2, ORDER + 1):
        history_total = defaultdict(int)
        history_types = defaultdict(int)
        for gram, c in counts[n].items():
            history_total[gram[:-1]] += c
            history_types[gram[:-1]] += 1
        for gram, c in counts[n].items():
            h = gram[:-1]
            gamma = DISCOUNT * history_types[h] / history_total[h]
            lower = lower_prob(prob, backoff, gram[1:])
            prob[n][gram] = (c - DISCOUNT) / history_total[h] + gamma * lower
        for h in history_total:
            backoff[n - 1][h] = DISCOUNT * history_types[h] / history_total[h]
    return prob, backoff


def lower_prob(prob, backoff, gram):
    if gram in prob[len(gram)]:
        return prob[len(gram)][gram]
    return backoff[len(gram) - 1].get(gram[:-1], 1.0) * lower_prob(prob, backoff, gram[1:])


def arpa(prob, backoff):
    def log10(p):
        return "%.4f" % (math.log10(p) if p > 0 else -99.0)

    out = ["\\data\\"]
    for n in range(1, ORDER + 1):
        out.append("ngram %d=%d" % (n, len(prob[n])))
    for n in range(1, ORDER + 1):
        out.append("")
        out.append("\\%d-grams:" % n)
        for gram in sorted(prob[n]):
            line = "%s\t%s" % (log10(prob[n][gram]), " ".join(gram))
            if n < ORDER and gram in backoff[n]:
                line += "\t%.4f" % math.log10(backoff[n][gram])
            out.append(line)
    out.append("")
    out.append("\\end\\")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory and compare with the committed model")
    args = parser.parse_args()
    held = held_out_sentences()
    lines = source_lines()
    result, dropped = stretches(lines, dictionary_words(), held)
    prob, backoff = build(count(result))
    text = arpa(prob, backoff)
    if args.check:
        committed = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else ""
        if committed != text:
            sys.exit("build_lm.py --check: %s differs from what its sources make; run "
                     "python3 resources/speech/build_lm.py" % os.path.relpath(OUTPUT, ROOT))
        print("build_lm.py --check: %s is reproducible (%d held-out sentences, %d source "
              "lines, %d dropped as held out)" % (os.path.relpath(OUTPUT, ROOT), len(held),
                                                  len(lines), dropped))
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: %s n-grams from %d source lines (%d held-out sentences, %d dropped)" % (
        os.path.relpath(OUTPUT, ROOT), "/".join(str(len(prob[n])) for n in range(1, ORDER + 1)),
        len(lines), len(held), dropped))


if __name__ == "__main__":
    main()
