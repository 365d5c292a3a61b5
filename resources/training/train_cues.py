#!/usr/bin/python3
"""Trains Attune's cue models and language detector from the vendored data.

    /usr/bin/python3 resources/training/train_cues.py            # retrain, write resources/models/
    /usr/bin/python3 resources/training/train_cues.py --check    # retrain into a temp dir, compare
    /usr/bin/python3 resources/training/train_cues.py --report   # also print P/R on the test splits

Debian's python3-numpy and python3-sklearn only. Everything is seeded, so the same data gives the
same bytes. The feature extraction here and in app/empathy/CueModel.cpp must stay identical: the
unit test tst_cuemodel compares the C++ scores with the ones this script writes to
tests/data/cues/model_scores.tsv. The file format is documented in docs/cue-model.md.
"""

import argparse
import functools
import hashlib
import json
import os
import struct
import sys
import tempfile
import unicodedata

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LANGS = ["en", "es", "de", "fr", "pt"]
CUES = ["frustration", "anxiety", "sadness", "confusion", "urgency", "gratitude"]
OUTPUTS = CUES + ["negative", "positive"]
NEGATIVE = OUTPUTS.index("negative")
HASH_BITS = 17
LANGID_BITS = 15
MAX_CODEPOINTS = 4000
MAX_WORD = 24  # character n-grams of longer words come from their first 24 code points
MAGIC = b"ATCUEMDL"
VERSION = 1
KIND_CUES = 1
KIND_LANGID = 2
SEED = 20261206
PRUNE = 0.03  # weights under 3% of an output's largest are dropped

# Rules fused as features. Small, hand-written word lists per language; the same lists travel
# inside each weights file so the C++ side reads lines exactly as the trainer did.
RULES = {
    "en": {
        "negators": ["not", "no", "never", "nothing", "nobody", "none", "nor", "neither",
                     "without", "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "wasnt",
                     "wont", "havent", "hasnt", "arent", "werent", "couldnt", "wouldnt"],
        "negatorSuffixes": ["n't"],
        "negatorPrefixes": [],
        "counts": ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "several", "many", "multiple", "countless", "second", "third", "fourth",
                   "fifth", "sixth", "umpteenth", "few"],
        "repeatNouns": ["times", "time", "calls", "call", "attempts", "emails", "tries",
                        "messages", "visits"],
        "repeatWords": ["twice", "again", "still", "yet"],
        "durationUnits": ["minutes", "minute", "mins", "hours", "hour", "hrs", "days", "day",
                          "weeks", "week", "months", "month", "years", "year"],
        "deadlineWords": ["in", "within", "by", "before", "next"],
        "sarcasm": ["oh great", "just great", "thanks for nothing", "yeah right", "oh wonderful",
                    "how lovely", "oh fantastic", "love how", "brilliant, just", "🙄",
                    "thanks a lot for nothing", "oh perfect", "great job, really"],
    },
    "es": {
        "negators": ["no", "nunca", "nada", "nadie", "ni", "sin", "tampoco", "jamás", "ningún",
                     "ninguno", "ninguna"],
        "negatorSuffixes": [],
        "negatorPrefixes": [],
        "counts": ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                   "varias", "varios", "muchas", "muchos", "mil", "segunda", "tercera", "cuarta",
                   "quinta", "enésima"],
        "repeatNouns": ["veces", "vez", "llamadas", "llamada", "intentos", "correos", "mensajes"],
        "repeatWords": ["otra", "todavía", "sigue", "siguen", "seguimos", "aún", "nuevamente"],
        "durationUnits": ["minutos", "minuto", "horas", "hora", "días", "día", "dias", "dia",
                          "semanas", "semana", "meses", "mes", "años", "año"],
        "deadlineWords": ["en", "antes", "para", "dentro", "próximo", "próxima"],
        "sarcasm": ["qué maravilla", "gracias por nada", "sí, claro", "qué bien, otra",
                    "perfecto, otra", "de maravilla", "🙄", "genial, otra", "genial, ahora",
                    "muy bonito", "qué suerte la mía"],
    },
    "de": {
        "negators": ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie",
                     "niemals", "nichts", "niemand", "ohne", "weder", "nirgends"],
        "negatorSuffixes": [],
        "negatorPrefixes": [],
        "counts": ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
                   "mehrere", "zig", "zweiten", "dritten", "vierten", "fünften", "x"],
        "repeatNouns": ["mal", "male", "anrufe", "anrufen", "versuche", "versuchen", "mails",
                        "e-mails", "nachrichten"],
        "repeatWords": ["dreimal", "viermal", "fünfmal", "zigmal", "mehrmals", "wieder",
                        "immer", "schon", "noch"],
        "durationUnits": ["minuten", "minute", "stunden", "stunde", "tage", "tagen", "tag",
                          "wochen", "woche", "monate", "monaten", "monat", "jahre", "jahren"],
        "deadlineWords": ["in", "innerhalb", "bis", "vor", "nächsten", "nächste"],
        "sarcasm": ["na toll", "ganz toll", "danke für nichts", "na super", "ja klar", "wie schön",
                    "🙄", "herzlichen dank auch", "super, jetzt", "toller service", "echt klasse"],
    },
    "fr": {
        "negators": ["ne", "pas", "jamais", "rien", "personne", "aucun", "aucune", "sans", "ni",
                     "guère"],
        "negatorSuffixes": [],
        "negatorPrefixes": ["n'"],
        "counts": ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                   "plusieurs", "deuxième", "troisième", "quatrième", "cinquième", "énième",
                   "mille"],
        "repeatNouns": ["fois", "appels", "appel", "tentatives", "mails", "relances", "courriels",
                        "messages"],
        "repeatWords": ["encore", "toujours", "re", "nouveau"],
        "durationUnits": ["minutes", "minute", "heures", "heure", "jours", "jour", "semaines",
                          "semaine", "mois", "ans", "années", "année"],
        "deadlineWords": ["dans", "avant", "sous", "d'ici", "prochain", "prochaine"],
        "sarcasm": ["merci pour rien", "super, encore", "génial, encore", "bravo, encore",
                    "ben voyons", "🙄", "quel plaisir", "trop bien, encore", "c'est le pompon",
                    "merci du cadeau", "bravo pour"],
    },
    "pt": {
        "negators": ["não", "nao", "nunca", "nada", "ninguém", "ninguem", "nenhum", "nenhuma",
                     "sem", "nem", "jamais"],
        "negatorSuffixes": [],
        "negatorPrefixes": [],
        "counts": ["duas", "dois", "três", "tres", "quatro", "cinco", "seis", "sete", "oito",
                   "nove", "dez", "várias", "vários", "muitas", "muitos", "segunda", "terceira",
                   "quarta", "quinta", "mil"],
        "repeatNouns": ["vezes", "vez", "ligações", "ligação", "chamadas", "tentativas",
                        "emails", "e-mails", "mensagens", "protocolos"],
        "repeatWords": ["de novo", "novamente", "ainda", "continua", "outra"],
        "durationUnits": ["minutos", "minuto", "horas", "hora", "dias", "dia", "semanas",
                          "semana", "meses", "mês", "anos", "ano"],
        "deadlineWords": ["em", "antes", "até", "dentro", "próximo", "próxima"],
        "sarcasm": ["que maravilha", "obrigado por nada", "obrigada por nada", "ótimo, mais",
                    "claro, né", "parabéns pelo", "🙄", "que beleza", "adorei esperar",
                    "muito obrigado, só que não", "só que não"],
    },
}

# A small seed lexicon per language, fused as features: a word (or phrase) starting with one of
# these gives "r:lex:<cue>" (or "r:nlex:<cue>" inside a negation's scope), so that a feeling word
# the few hundred in-domain lines never used still counts. Matched as prefixes of the lower-cased
# line's words; a phrase matches its words in order.
STEMS = {
    "en": {
        "frustration": ["furious", "angry", "annoy", "frustrat", "fed up", "ridiculous", "unacceptable", "outrage", "disgust", "useless", "pathetic", "joke", "sick of", "tired of", "livid", "infuriat", "appall", "terrible", "awful", "worst", "incompeten", "rubbish", "nonsense", "shambles", "irritat", "complain", "pissed", "fuming"],
        "anxiety": ["worr", "scared", "afraid", "anxious", "nervous", "panic", "fear", "terrified", "frighten", "stress", "concern", "uneasy", "hacked", "fraud", "scam", "can't sleep"],
        "sadness": ["sad", "passed away", "died", "death", "funeral", "grief", "griev", "lonely", "heartbroken", "devastat", "upset", "depress", "miss him", "miss her", "lost my", "let down", "hopeless", "cry", "crying"],
        "confusion": ["confus", "don't understand", "don't get", "no idea", "makes no sense", "unclear", "lost", "puzzl", "baffl", "which one", "what does", "doesn't add up", "not sure"],
        "urgency": ["urgent", "asap", "immediately", "right now", "today", "tonight", "tomorrow", "deadline", "emergency", "hurry", "quickly", "straight away", "before", "by friday", "in an hour"],
        "gratitude": ["thank", "grateful", "appreciat", "lifesaver", "brilliant", "amazing", "wonderful", "fantastic", "relief", "relieved", "perfect", "helpful", "lovely", "star", "legend", "cheers"],
    },
    "es": {
        "frustration": ["harto", "harta", "hartos", "indign", "vergüenza", "inaceptable", "inadmisible", "furios", "enfad", "cabre", "molest", "irrit", "pésim", "desastr", "ridícul", "vergonzos", "estafa", "queja", "reclamaci", "una broma", "tomadura", "increíble que", "no hay derecho", "cansad", "basta", "impresentable", "fatal", "inútil", "incompeten"],
        "anxiety": ["preocup", "miedo", "asust", "nervios", "angusti", "pánico", "ansie", "intranquil", "temo", "inquiet", "estrés", "estres", "fraude", "hacke", "robado", "no duermo"],
        "sadness": ["triste", "falleci", "murió", "muerte", "funeral", "luto", "pena", "dolor", "solo", "sola", "destroz", "deprim", "llorar", "llorando", "perdí", "difunt", "decepcion", "desesper", "no sé qué hacer"],
        "confusion": ["no entiendo", "confus", "lío", "no me queda claro", "no sé", "no comprendo", "perdid", "no tiene sentido", "cuál", "explic", "raro", "no cuadra", "qué significa"],
        "urgency": ["urgente", "ya", "ahora mismo", "hoy", "mañana", "cuanto antes", "inmediat", "plazo", "emergencia", "prisa", "rápido", "antes del", "antes de", "esta noche", "en una hora"],
        "gratitude": ["gracias", "agradec", "agradezco", "genial", "maravill", "estupend", "perfecto", "alivio", "aliviad", "amable", "encant", "salvado", "fenomenal", "excelente", "majísim"],
    },
    "de": {
        "frustration": ["ärger", "verärgert", "sauer", "wütend", "wut", "frechheit", "unverschämt", "inakzeptabel", "unmöglich", "skandal", "zumutung", "genervt", "nervt", "satt", "reicht", "lächerlich", "katastroph", "unfähig", "beschwer", "enttäuscht", "frustr", "mist", "schlimm", "schlecht"],
        "anxiety": ["sorge", "sorgen", "angst", "ängstlich", "nervös", "panik", "beunruhig", "unruhig", "befürcht", "fürchte", "besorgt", "gehackt", "betrug", "schlafe nicht", "stress"],
        "sadness": ["traurig", "verstorben", "gestorben", "tod", "beerdigung", "trauer", "einsam", "verzweifel", "weinen", "verloren", "schmerz", "leid", "am boden", "deprimiert", "enttäusch"],
        "confusion": ["verstehe nicht", "versteh", "verwirr", "keine ahnung", "unklar", "blicke nicht", "durcheinander", "welche", "was bedeutet", "ergibt keinen sinn", "komisch", "seltsam", "nicht klar"],
        "urgency": ["dringend", "sofort", "heute", "morgen", "eilig", "eile", "schnell", "frist", "notfall", "umgehend", "gleich", "bis freitag", "vor", "in einer stunde", "heute abend"],
        "gratitude": ["danke", "dankbar", "vielen dank", "toll", "super", "großartig", "wunderbar", "klasse", "erleichtert", "erleichterung", "perfekt", "hilfreich", "nett", "lieb", "prima", "spitze"],
    },
    "fr": {
        "frustration": ["furieux", "furieuse", "énerv", "agac", "en colère", "colère", "inadmissible", "inacceptable", "scandal", "ras-le-bol", "ras le bol", "marre", "honte", "ridicule", "lamentable", "nul", "insupportable", "exaspér", "incompéten", "plainte", "déçu", "fâch", "pénible", "catastroph"],
        "anxiety": ["inquiet", "inquiète", "peur", "angoiss", "stress", "panique", "nerveu", "crains", "crainte", "effray", "soucis", "souci", "piraté", "fraude", "arnaque", "dors plus"],
        "sadness": ["triste", "décéd", "décès", "mort", "funérailles", "deuil", "chagrin", "seul", "seule", "désespér", "pleur", "perdu", "effondr", "déprim", "peine", "dévast"],
        "confusion": ["comprends pas", "comprends rien", "confus", "perdu", "pas clair", "aucune idée", "bizarre", "lequel", "laquelle", "ça veut dire", "n'a aucun sens", "embrouill", "je ne sais pas"],
        "urgency": ["urgent", "urgence", "tout de suite", "immédiat", "aujourd'hui", "demain", "ce soir", "vite", "rapidement", "délai", "au plus vite", "avant", "dans une heure", "dès que possible", "pressé"],
        "gratitude": ["merci", "reconnaissant", "remercie", "génial", "super", "formidable", "parfait", "soulag", "gentil", "adorable", "top", "excellent", "sauvé", "chouette", "merveill"],
    },
    "pt": {
        "frustration": ["irritad", "absurdo", "revolt", "raiva", "brav", "chatead", "indign", "inaceitável", "vergonha", "ridícul", "palhaçada", "cansad", "saco", "farto", "péssim", "horrível", "descaso", "incompeten", "reclama", "procon", "decepcion", "nervos", "puto", "puta"],
        "anxiety": ["preocup", "medo", "assust", "ansios", "ansiedade", "nervos", "pânico", "desesper", "aflit", "apavor", "receio", "golpe", "fraude", "hacke", "clonad", "não durmo"],
        "sadness": ["triste", "faleceu", "falecid", "morreu", "morte", "velório", "luto", "sozinh", "arrasad", "chorar", "chorando", "perdi", "deprimid", "decepcion", "dor", "saudade"],
        "confusion": ["não entendi", "não entendo", "confus", "perdid", "não faz sentido", "não sei", "qual", "estranho", "esquisit", "como assim", "explica", "não ficou claro", "o que significa"],
        "urgency": ["urgente", "urgência", "agora", "hoje", "amanhã", "imediat", "rápido", "logo", "prazo", "emergência", "pressa", "antes de", "até sexta", "o quanto antes", "hoje à noite"],
        "gratitude": ["obrigad", "agradeç", "grato", "grata", "ótimo", "maravilh", "perfeito", "aliviad", "alívio", "gentil", "excelente", "show", "salvou", "incrível", "adorei"],
    },
}
for _lang, _stems in STEMS.items():
    RULES[_lang]["lexicon"] = _stems

# Fourth generation: waits without a number and deadlines named by a day, per language. A wait
# word gives r:wait when a duration unit follows within three words of its clause; a deadline
# target (or a duration unit) gives r:deadline one or two words after a deadline word.
WAITS = {
    "en": {"waitWords": ["for", "since", "waiting", "waited"],
           "deadlineTargets": ["monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "weekend", "noon", "midnight", "tomorrow",
                               "tonight", "end", "eod"]},
    "es": {"waitWords": ["desde", "hace", "llevo", "llevamos", "lleva", "esperando"],
           "deadlineTargets": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                               "domingo", "mañana", "fin", "finde", "mediodía", "medianoche",
                               "noche"]},
    "de": {"waitWords": ["seit", "seid", "schon", "warte", "warten"],
           "deadlineTargets": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                               "samstag", "sonntag", "wochenende", "morgen", "übermorgen",
                               "ende", "mittag", "monatsende", "abend", "heute"]},
    "fr": {"waitWords": ["depuis", "fait", "attends", "attend", "attendons"],
           "deadlineTargets": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                               "dimanche", "demain", "fin", "midi", "soir", "ce"]},
    "pt": {"waitWords": ["há", "ha", "faz", "desde", "esperando", "aguardando"],
           "deadlineTargets": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado",
                               "domingo", "amanhã", "fim", "meio", "noite", "hoje"]},
}
WHEN = {
    "en": {"clockWords": ["at", "around"],
           "whenWords": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "today", "tonight", "tomorrow", "noon", "midnight"]},
    "es": {"clockWords": ["las", "la"],
           "whenWords": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                         "domingo", "hoy", "mañana", "mediodía", "medianoche"]},
    "de": {"clockWords": ["um", "gegen"],
           "whenWords": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                         "sonntag", "heute", "morgen", "übermorgen", "mittags", "abends",
                         "mitternacht"]},
    "fr": {"clockWords": ["à", "vers"],
           "whenWords": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                         "dimanche", "aujourd'hui", "demain", "midi", "minuit", "soir"]},
    "pt": {"clockWords": ["às", "as"],
           "whenWords": ["terça", "quarta", "sexta", "sábado", "domingo", "hoje", "amanhã",
                         "meio", "meia-noite", "noite"]},
}
for _lang, _lists in WHEN.items():
    WAITS[_lang].update(_lists)
# Shipped where they helped on the dev parts (ablate_rules.py: in-domain out-of-fold macro-F1
# and urgency F1 not lower, the negative flag's choice not worse; docs/cue-model.md).
WAITS_SHIPPED = ["es", "de", "fr", "pt"]
for _lang in WAITS_SHIPPED:
    RULES[_lang].update(WAITS[_lang])


def read_valence():
    """VADER's English lexicon (MIT, corpora/vader/, PROVENANCE.md) as four word classes by its
    mean rating: "neg2" at or below -2, "neg" up to -0.5, "pos" from 0.5, "pos2" from 2. Only
    entries that are one word as the tokeniser cuts them (letters and "'"); emoticons and
    entries the tokeniser would split never match a word, so they are left out."""
    classes = {"neg2": [], "neg": [], "pos": [], "pos2": []}
    path = os.path.join(ROOT, "resources/training/corpora/vader/vader_lexicon.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            word, mean = parts[0], float(parts[1])
            if not word or any(not (c.isalpha() or c == "'") for c in word) \
                    or lowered(word) != word:
                continue
            if mean <= -2:
                classes["neg2"].append(word)
            elif mean <= -0.5:
                classes["neg"].append(word)
            elif mean >= 2:
                classes["pos2"].append(word)
            elif mean >= 0.5:
                classes["pos"].append(word)
    return {k: sorted(v) for k, v in classes.items()}

CLAUSE_MARKS = set(",.;:!?\n")


# ---------------------------------------------------------------------------------------------
# Features (mirrored in app/empathy/CueModel.cpp)


def fnv1a32(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def lower_char(c):
    low = c.lower()
    return low if len(low) == 1 else c


# ASCII faces by their canonical form. Social posts carry feeling in them, and the punctuation
# they are made of would otherwise vanish (":(" and ":)" read the same). A face counts at the
# start of the text or after a character that is not a letter, digit, mark or "'", and when no
# letter or digit follows it ("https://", "10:30" and ":Pedro" stay what they are); a repeated
# last character belongs to it (":)))"). It is a word and a clause of its own.
EMOTICONS = {
    ":)": ":)", ":-)": ":)", "=)": ":)", ":]": ":)",
    ":(": ":(", ":-(": ":(", "=(": ":(", ":[": ":(", ":'(": ":'(",
    ";)": ";)", ";-)": ";)",
    ":D": ":d", ":-D": ":d", "=D": ":d",
    ":P": ":p", ":p": ":p", ":-P": ":p", ":-p": ":p",
    ":/": ":/", ":-/": ":/", ":\\": ":/",
    ":o": ":o", ":O": ":o", ":|": ":|",
    "<3": "<3", "</3": "</3", "-_-": "-_-",
}


def is_word_char(c):
    return unicodedata.category(c)[0] in "LNM" or c == "'"


def match_emoticon(text, i):
    """(canonical face, end index) of a face starting at text[i], or None."""
    if i > 0 and is_word_char(text[i - 1]):
        return None
    for n in (3, 2):
        face = EMOTICONS.get(text[i:i + n])
        if face is None:
            continue
        j = i + n
        while j < len(text) and text[j] == text[j - 1]:
            j += 1
        if j < len(text) and unicodedata.category(text[j])[0] in "LN":
            return None
        return face, j
    return None


def collapse(word):
    """A letter typed three or more times in a row once ("muuuito", "noooo"), and whether it was."""
    out, elongated, i = [], False, 0
    while i < len(word):
        j = i + 1
        while j < len(word) and word[j] == word[i]:
            j += 1
        if j - i >= 3 and unicodedata.category(word[i])[0] == "L":
            out.append(word[i])
            elongated = True
        else:
            out.append(word[i:j])
        i = j
    return "".join(out), elongated


def tokenise(text):
    """Words (lower case), whether each was shouted, the clause each belongs to, and whether
    each was elongated."""
    text = "".join("'" if c in "\u2019\u2018" else c for c in text[:MAX_CODEPOINTS])
    words, shouted, clauses, elongated = [], [], [], []
    clause = 0
    current, letters, upper = [], 0, 0

    def flush():
        nonlocal current, letters, upper
        if current:
            word, long_ = collapse("".join(current))
            words.append(word)
            shouted.append(letters >= 3 and upper == letters)
            clauses.append(clause)
            elongated.append(long_)
        current, letters, upper = [], 0, 0

    i = 0
    while i < len(text):
        c = text[i]
        if c in ":;=<-":
            face = match_emoticon(text, i)
            if face:
                flush()
                clause += 1
                words.append(face[0])
                shouted.append(False)
                clauses.append(clause)
                elongated.append(False)
                clause += 1
                i = face[1]
                continue
        i += 1
        cat = unicodedata.category(c)
        if cat[0] in "LN" or c == "'":
            if cat[0] == "L":
                letters += 1
                upper += cat == "Lu"
            current.append(lower_char(c))
        elif cat[0] == "M":
            if current:
                current.append(c)
        else:
            flush()
            if cat == "So":
                words.append(c)
                shouted.append(False)
                clauses.append(clause)
                elongated.append(False)
            elif c in CLAUSE_MARKS:
                clause += 1
    flush()
    return words, shouted, clauses, elongated


def lowered(text):
    return "".join(lower_char("'" if c in "\u2019\u2018" else c) for c in text[:MAX_CODEPOINTS])


# English only: VADER has no lexicon for the other languages.
RULES["en"]["valence"] = read_valence()


class RuleSet:
    def __init__(self, rules):
        self.negators = set(rules["negators"])
        self.suffixes = rules["negatorSuffixes"]
        self.prefixes = rules["negatorPrefixes"]
        self.counts = set(rules["counts"])
        self.repeat_nouns = set(rules["repeatNouns"])
        self.repeat_words = set(w for w in rules["repeatWords"] if " " not in w)
        self.repeat_phrases = [w for w in rules["repeatWords"] if " " in w]
        self.units = set(rules["durationUnits"])
        self.deadline = set(rules["deadlineWords"])
        self.sarcasm = rules["sarcasm"]
        # (cue, words of the stem); the last word of a stem matches as a prefix
        self.lexicon = [(cue, stem.split(" ")) for cue in CUES
                        for stem in rules.get("lexicon", {}).get(cue, [])]
        # By the first letter of a stem, as CueModel.cpp does: a word meets few stems.
        self.lexicon_by_first = {}
        for cue, parts in self.lexicon:
            if parts[0]:
                self.lexicon_by_first.setdefault(parts[0][0], []).append((cue, parts))
        self.valence = {w: cls for cls, words in sorted(rules.get("valence", {}).items())
                        for w in words}
        self.wait_words = set(rules.get("waitWords", []))
        self.deadline_targets = set(rules.get("deadlineTargets", []))
        self.when_words = set(rules.get("whenWords", []))
        self.clock_words = set(rules.get("clockWords", []))

    def is_negator(self, word):
        return (word in self.negators or any(word.endswith(s) for s in self.suffixes)
                or any(word.startswith(p) for p in self.prefixes))

    def is_count(self, word):
        return word in self.counts or word[0].isascii() and word[0].isdigit()


def features(text, rules):
    """Feature strings of one line: (feature, word index or -1) pairs."""
    words, shouted, clauses, elongated = tokenise(text)
    out = []
    negated_until = -1
    negated_clause = -1
    for i, w in enumerate(words):
        out.append(("w:" + w, i))
        negated_until_before, negated_clause_before = negated_until, negated_clause
        if i <= negated_until and clauses[i] == negated_clause:
            out.append(("n:" + w, i))
        if rules.is_negator(w):
            negated_until = i + 3
            negated_clause = clauses[i]
        if i + 1 < len(words):
            out.append(("b:" + w + " " + words[i + 1], i))
        padded = "<" + w[:MAX_WORD] + ">"
        for n in (3, 4):
            for s in range(0, len(padded) - n + 1):
                out.append(("c:" + padded[s:s + n], i))
        negated = i <= negated_until_before and clauses[i] == negated_clause_before
        for cue, parts in rules.lexicon_by_first.get(w[0], ()):
            k = len(parts)
            if i + k <= len(words) and all(words[i + j] == parts[j] for j in range(k - 1)) \
                    and words[i + k - 1].startswith(parts[-1]):
                out.append((("r:nlex:" if negated else "r:lex:") + cue, i))
        valence = rules.valence.get(w)
        if valence:
            out.append((("r:nv:" if negated else "r:v:") + valence, i))
        if w in rules.repeat_words:
            out.append(("r:repeat", i))
        if rules.is_count(w) and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt in rules.repeat_nouns:
                out.append(("r:repeat", i))
            elif nxt in rules.units:
                if i >= 1 and words[i - 1] in rules.deadline:
                    out.append(("r:deadline", i))
                else:
                    out.append(("r:wait", i))
        # A wait without a number ("seit Wochen", "depuis des semaines", "desde hace meses"):
        # a wait word with a duration unit among the next three words of its clause.
        if w in rules.wait_words:
            for j in range(i + 1, min(i + 4, len(words))):
                if clauses[j] != clauses[i]:
                    break
                if words[j] in rules.units:
                    out.append(("r:wait", i))
                    break
        # A deadline named by a day or a unit ("bis Freitag", "avant la fin", "en una semana"):
        # a deadline word one or two words before it.
        if (w in rules.deadline_targets or w in rules.units and rules.deadline_targets) \
                and (i >= 1 and words[i - 1] in rules.deadline
                     or i >= 2 and words[i - 2] in rules.deadline):
            out.append(("r:deadline", i))
        # A named day or hour anywhere ("am Montag", "às sete"): service lines that name one
        # are often racing it.
        if w in rules.when_words or w in rules.clock_words and i + 1 < len(words) \
                and rules.is_count(words[i + 1]):
            out.append(("r:when", i))
    low = lowered(text)
    for phrase in rules.repeat_phrases:
        if phrase in low:
            out.append(("r:repeat", -1))
    for phrase in rules.sarcasm:
        if phrase in low:
            out.append(("r:sarcasm", -1))
    caps = sum(shouted)
    if caps:
        out.append(("r:caps", -1))
    if caps >= 2:
        out.append(("r:caps2", -1))
    if any(elongated):
        out.append(("r:elong", -1))
    bangs = low.count("!")
    if bangs:
        out.append(("r:exclaim", -1))
    if bangs >= 2:
        out.append(("r:exclaim2", -1))
    if "?" in low:
        out.append(("r:question", -1))
    if len(words) > 30:
        out.append(("r:long", -1))
    if not words:
        out.append(("r:empty", -1))
    return out


@functools.lru_cache(maxsize=1 << 21)
def bucket_of(feature, bits):
    return fnv1a32(feature.encode("utf-8")) & ((1 << bits) - 1)


def vectorise(texts, rules, bits):
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        counts = {}
        for f, _ in features(text, rules):
            b = bucket_of(f, bits)
            counts[b] = counts.get(b, 0) + 1
        norm = sum(c * c for c in counts.values()) ** 0.5
        for b, c in counts.items():
            rows.append(r)
            cols.append(b)
            vals.append(c / norm)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << bits), dtype=np.float64)


def langid_grams(text):
    """Character trigrams for the language detector: letters only, words padded by spaces."""
    words = tokenise(text)[0]
    grams = []
    for w in words:
        padded = " " + w[:MAX_WORD] + " "
        for s in range(0, len(padded) - 2):
            grams.append(padded[s:s + 3])
    return grams


# ---------------------------------------------------------------------------------------------
# Data


def read_jsonl(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            item = json.loads(line)
            y = [1 if item["cues"].get(c, 0) >= 1 else 0 for c in CUES]
            y += [1 if item.get("negative") else 0, 1 if item.get("positive") else 0]
            rows.append((item["text"], y))
    return rows


def read_tsv_cues(path):
    """tests/data/cues/*.tsv: LABELS<TAB>TEXT. negative = frustration, anxiety or sadness."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            labels, text = line.split("\t", 1)
            labels = labels.split(",")
            y = [1 if c in labels else 0 for c in CUES]
            neg = any(c in labels for c in ("frustration", "anxiety", "sadness"))
            pos = "gratitude" in labels and not neg
            rows.append((text, y + [int(neg), int(pos)]))
    return rows


# Labels of the public corpora mapped onto Attune's outputs; None = this corpus says nothing
# about that output, so its lines are left out of that output's training.
GOEMOTIONS_MAP = {
    "frustration": {"anger", "annoyance", "disgust"},
    "anxiety": {"fear", "nervousness"},
    "sadness": {"sadness", "grief", "disappointment", "remorse"},
    "confusion": {"confusion"},
    "urgency": None,
    "gratitude": {"gratitude", "relief"},
    "negative": {"anger", "annoyance", "disgust", "fear", "nervousness", "sadness", "grief",
                 "disappointment", "remorse", "embarrassment", "disapproval"},
    "positive": {"gratitude", "relief", "joy", "admiration", "love", "approval", "optimism",
                 "caring", "excitement", "amusement", "pride"},
}
XED_NAMES = {1: "anger", 2: "anticipation", 3: "disgust", 4: "fear", 5: "joy", 6: "sadness",
             7: "surprise", 8: "trust"}
XED_MAP = {
    "frustration": {"anger", "disgust"},
    "anxiety": {"fear"},
    "sadness": {"sadness"},
    "confusion": None,
    "urgency": None,
    "gratitude": None,
    "negative": {"anger", "disgust", "fear", "sadness"},
    "positive": {"joy", "trust"},
}


def map_labels(names, mapping):
    return [None if mapping[o] is None else int(bool(names & mapping[o])) for o in OUTPUTS]


def read_goemotions(name):
    base = os.path.join(ROOT, "resources/training/corpora/goemotions")
    with open(os.path.join(base, "emotions.txt"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    rows = []
    with open(os.path.join(base, name), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            ids = {names[int(i)] for i in parts[1].split(",") if i.strip()}
            rows.append((parts[0], map_labels(ids, GOEMOTIONS_MAP)))
    return rows


def read_xed(name):
    path = os.path.join(ROOT, "resources/training/corpora/xed", name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            try:
                ids = {XED_NAMES[int(i)] for i in parts[1].split(",") if i.strip()}
            except (ValueError, KeyError):
                continue
            if len(parts[0].strip()) < 3:
                continue
            rows.append((parts[0], map_labels(ids, XED_MAP)))
    return rows


def read_xed_neutral(name):
    """XED's neutral English lines (`9<TAB>sentence`): no emotion, so every output is 0 except
    the ones XED never annotates."""
    path = os.path.join(ROOT, "resources/training/corpora/xed", name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t", 1)
            if len(parts) < 2 or len(parts[1].strip()) < 3:
                continue
            rows.append((parts[1], map_labels(set(), XED_MAP)))
    return rows


# The public corpora per language: (source name, file, reader, seen before). A source "seen
# before" had every fifth line (positions 0, 5, 10, ... of the lines kept) held out and scored
# against VADER and AFINN in the first generation, so those figures were looked at.
CORPORA = {
    "en": [("xed-en", "en-annotated.tsv", read_xed, True),
           ("xed-neutral-en", "neu_en.txt", read_xed_neutral, False),
           ("goemotions", "dev.tsv", read_goemotions, True),
           ("goemotions-train", "train.tsv", read_goemotions, False)],
    "es": [("xed-es", "es-projections.tsv", read_xed, True)],
    "de": [("xed-de", "de-projections.tsv", read_xed, True)],
    "fr": [("xed-fr", "fr-projections.tsv", read_xed, True)],
    "pt": [("xed-pt", "pt-projections.tsv", read_xed, True),
           ("xed-br", "br-projections.tsv", read_xed, False)],
}
# Held-out sets are reported per corpus, not per file: GoEmotions' two files are one corpus.
REPORT_NAME = {"goemotions-train": "goemotions", "xed-neutral-en": "xed-en"}
SEEN_EVERY = 5


def text_bucket(text):
    """0-9 from the SHA-256 of the line's UTF-8 text: the same text always lands in one split."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big") % 10


def split_corpus(rows, seen):
    """(train, dev, test) parts of one corpus file, by a fixed rule (corpora/PROVENANCE.md):

    - dev (tuning): in a file seen before, the old held-out lines (every fifth); in a new file,
      the lines whose text bucket is 1. Corpus weights and the negative flag's threshold are
      chosen on these; their figures are tuning figures, not results. Since the third
      generation the final fit also trains on them (train_language), after the choice.
    - test (held out): the lines whose text bucket is 0 and that were never in a seen part.
      Nothing is trained or tuned on them; they are scored once per model version.
    - train: everything else.
    """
    train, dev, test = [], [], []
    seen_texts = {r[0] for i, r in enumerate(rows) if seen and i % SEEN_EVERY == 0}
    for i, r in enumerate(rows):
        if seen and i % SEEN_EVERY == 0:
            dev.append(r)
            continue
        b = text_bucket(r[0])
        if b == 0 and r[0] not in seen_texts:
            test.append(r)
        elif b == 1 and not seen:
            dev.append(r)
        else:
            train.append(r)
    return train, dev, test


@functools.lru_cache(maxsize=None)
def corpus_parts(lang):
    """{source: (train, dev, test)} for a language."""
    return {name: split_corpus(reader(file), seen) for name, file, reader, seen in CORPORA[lang]}


def corpus_split(lang, part):
    """{report name: rows} of one part (1 dev, 2 test) per corpus of a language."""
    out = {}
    for name, parts in corpus_parts(lang).items():
        out.setdefault(REPORT_NAME.get(name, name), []).extend(parts[part])
    return out


def heldout_corpora(lang):
    return corpus_split(lang, 2)


def dev_corpora(lang):
    return corpus_split(lang, 1)


def load_language(lang):
    """In-domain train and locked test lines, and the corpus training lines per source."""
    base = os.path.join(ROOT, "resources/training/cues", lang)
    train = read_jsonl(os.path.join(base, "train.jsonl"))
    if lang == "en":
        train += read_tsv_cues(os.path.join(ROOT, "tests/data/cues/dev_en.tsv"))
    test = read_jsonl(os.path.join(base, "test.jsonl"))
    corpus = {name: parts[0] for name, parts in corpus_parts(lang).items()}
    return train, test, corpus


# ---------------------------------------------------------------------------------------------
# Training


# Fifth generation: per-language learner options, each chosen on the dev parts only
# (dev_learner.py; docs/cue-model.md). A language not listed trains as before, and its weights
# file records nothing new, so its bytes do not change.
#   "nb":     NB-weighted features (Wang & Manning 2012, NB-LR): each feature is scaled by its
#             log-count ratio r = log((p/|p|1) / (q/|q|1)) of that output, p and q the weighted
#             sums of the binarised feature over the positive and negative lines plus NB_ALPHA,
#             before the logistic regression; the weights written are coef * r, so the reader's
#             sum is unchanged and the scaling costs nothing at inference.
#   "balanced": class weights inversely proportional to each output's class frequency.
#   "Cs":     the regularisation values the grid tries (each output picks its own); "nbCs"
#             the values the NB-scaled outputs try instead (the scaling changes what a C means).
LEARNER = {
    # The rule (dev parts only, dev_learner.py): a language leaves the plain learner when a
    # variant raises the mean of its negative-vs-rest dev figures (service lines out of fold,
    # each corpus's dev part) by more than 0.005 while its in-domain macro-F1 falls by at most
    # 0.01. Decided again on the merged fifth-generation data (docs/cue-model.md).
    # de: NB scaling for the negative flag only, with C 4 or 16 for it (dev: xed-de 0.624 ->
    # 0.654, the service lines' out-of-fold 0.756 -> 0.750, macro-F1 flat); NB on every output
    # cost urgency 0.20 F1 (its ratios come from the service lines alone).
    "de": {"nb": ["negative"], "Cs": (16.0,), "nbCs": (4.0, 16.0)},
    # fr and pt, with the fifth pass's written-complaint lines: the same (fr: xed-fr 0.637 ->
    # 0.662, service lines 0.763 -> 0.761, macro-F1 0.725 -> 0.724; pt: xed-pt 0.662 -> 0.693,
    # xed-br 0.668 -> 0.688, service lines 0.759 -> 0.753, macro-F1 0.645 -> 0.643). Class
    # weights, pt's choice before those lines, now move its mean by 0.001 (fr 0.004, es 0).
    # es stays plain (NB: xed-es 0.684 -> 0.668); en too (NB lowered both corpora, class
    # weights moved the mean by 0.002 and lowered GoEmotions dev).
    # fr: NB from the fifth generation until the seventh (below).
    # pt, sixth generation (352 more written lines, pt-0778 and up): decided again by the same
    # rule, on the dev parts only. Plain: in-domain macro-F1 0.709, negative-vs-rest service
    # lines out of fold 0.751, xed-pt 0.724, xed-br 0.722 (mean 0.732); class weights 0.702 /
    # 0.753 / 0.718 / 0.723 (mean 0.731); NB on `negative` 0.709 / 0.753 / 0.708 / 0.713
    # (mean 0.725). Neither variant raises the mean, so pt is plain again (no entry).
    # Seventh generation (social-post lines in es, de, fr, pt; faces and elongations in the
    # tokeniser), decided again by the same rule on the dev parts (in-domain macro-F1 /
    # negative vs rest: service lines out of fold / corpus dev parts; mean of the negatives):
    #   es plain .679 / .766 / .684 (.725), balanced .685 / .766 / .684 (.725), NB .681 / .753 /
    #      .645 (.699): plain.
    #   de plain .640 / .755 / .622 (.689), balanced .640 / .758 / .624 (.691), NB .639 / .758 /
    #      .658 (.708): NB stays.
    #   fr plain .694 / .763 / .632 (.698), balanced .695 / .764 / .629 (.697), NB .693 / .754 /
    #      .644 (.699): NB adds .0015, under the rule's .005, so fr is plain (no entry).
    #   pt plain .694 / .766 / .716 / .711 (.731), balanced .680 / .765 / .712 / .712 (.730),
    #      NB .695 / .752 / .713 / .716 (.727): plain.
}
NB_ALPHA = 1.0


def learner(lang):
    return LEARNER.get(lang, {})


def nb_ratio(X, y, w):
    """Log-count ratio per feature of one output (binarised features, weighted lines)."""
    B = X.copy()
    B.data[:] = 1.0
    pos = np.asarray(B[y == 1].T @ w[y == 1]).ravel() + NB_ALPHA
    neg = np.asarray(B[y == 0].T @ w[y == 0]).ravel() + NB_ALPHA
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def fit_outputs(X, Y, weights, C, only=None, options=None):
    """One logistic regression per output; Y holds None where a line says nothing. `only`: the
    outputs to fit (each is fitted on its own, so the others can be skipped); the rest get
    zeros. `options`: the language's LEARNER entry."""
    options = options or {}
    models = []
    for o in range(len(OUTPUTS)):
        if only is not None and o not in only:
            models.append((np.zeros(X.shape[1]), 0.0))
            continue
        mask = np.array([y[o] is not None for y in Y])
        y = np.array([y[o] if y[o] is not None else 0 for y in Y])[mask]
        if y.min() == y.max():
            models.append((np.zeros(X.shape[1]), -4.0 if y.max() == 0 else 4.0))
            continue
        # The dual problem: far faster here, with more features (2^17) than lines.
        lr = LogisticRegression(C=C, solver="liblinear", dual=True, random_state=SEED,
                                max_iter=200,
                                class_weight="balanced" if options.get("balanced") else None)
        Xo, wo = X[mask], weights[mask]
        if OUTPUTS[o] in options.get("nb", ()):
            r = nb_ratio(Xo, y, wo)
            lr.fit(Xo @ sp.diags(r), y, sample_weight=wo)
            models.append((lr.coef_[0] * r, float(lr.intercept_[0])))
        else:
            lr.fit(Xo, y, sample_weight=wo)
            models.append((lr.coef_[0].copy(), float(lr.intercept_[0])))
    return models


def quantise(models):
    W = np.stack([m[0] for m in models], axis=1)  # buckets x outputs
    bias = np.array([m[1] for m in models], dtype=np.float32)
    scale = np.abs(W).max(axis=0) / 32767.0
    scale[scale == 0] = 1.0
    scale = scale.astype(np.float32)
    Q = np.rint(W / scale).astype(np.int16)
    # Rare features with tiny weights barely move a score but make up most of the file.
    Q[np.abs(Q) < PRUNE * 32767] = 0
    return Q, bias, scale


def probabilities(X, Q, bias, scale):
    W = Q.astype(np.float64) * scale.astype(np.float64)
    logits = X @ W + bias.astype(np.float64)
    return 1.0 / (1.0 + np.exp(-logits))


def best_threshold(p, y):
    best, best_f1 = 0.5, -1
    for t in np.arange(0.2, 0.81, 0.025):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(t), f1
    return round(best, 3), best_f1


def negative_macro_f1(pred, y):
    """The mean of the F1 of "negative" and of "not negative" (the issue's measure)."""
    out = []
    for cls in (1, 0):
        tp = int(((pred == cls) & (y == cls)).sum())
        fp = int(((pred == cls) & (y != cls)).sum())
        fn = int(((pred != cls) & (y == cls)).sum())
        out.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(out))


NEGATIVE_STEPS = np.arange(0.1, 0.901, 0.025)


# The issue's bar for the negative flag, per kind of text: macro-F1 0.75 on written complaints
# (the in-domain lines stand for them) and 0.65 on dialogue (XED); on social posts (GoEmotions)
# the bar is to beat VADER and AFINN, which score 0.715 and 0.708 on GoEmotions' dev part
# (compare_lexicons.py --split dev, 2026-12-06), so 0.715 there.
NEGATIVE_BARS = {"in-domain": 0.75, "goemotions": 0.715}
NEGATIVE_BAR = 0.65


def negative_choice(sets):
    """(threshold, score) of the negative flag over [(name, probabilities, labels)]: first the
    in-domain lines' out-of-fold scores, then each corpus's dev part, each with its bar
    (NEGATIVE_BARS). Service lines are Attune's domain, so the in-domain lines must clear their
    bar first; among the thresholds (and, across corpus shares, the shares) that do, the best
    worst margin over the corpora's bars wins, the mean margin breaking ties. When none
    clears it, the one closest to it."""
    best, best_key = 0.5, None
    for t in NEGATIVE_STEPS:
        margins = [negative_macro_f1((p >= t).astype(int), y) - NEGATIVE_BARS.get(n, NEGATIVE_BAR)
                   for n, p, y in sets]
        key = 10 * min(margins[0], 0.0) + min(margins[1:] or margins) + 0.01 * float(np.mean(margins))
        if best_key is None or key > best_key + 1e-9:
            best, best_key = round(float(t), 3), key
    return best, best_key


def corpus_matrix(corpus, rules, select):
    """The corpus lines as one matrix, with each line's group size for corpus_weights. A corpus
    (REPORT_NAME groups the files of one corpus) weighs `share` times the in-domain lines in
    total, so a large corpus does not drown a small one and the service lines keep a fixed say.
    Vectorised once per training: only the weights change with the share."""
    groups = {}
    for name, rows in corpus.items():
        if rows:
            groups.setdefault(REPORT_NAME.get(name, name), []).extend(rows)
    blocks, Y, sizes, names = [], [], [], []
    for name in sorted(groups):
        rows = groups[name]
        blocks.append(vectorise_filtered([t for t, _ in rows], rules, select))
        Y += [y for _, y in rows]
        sizes.append(np.full(len(rows), float(len(rows))))
        names += [name] * len(rows)
    if not blocks:
        return None, [], np.zeros(0), []
    return sp.vstack(blocks).tocsr(), Y, np.concatenate(sizes), names


def corpus_weights(sizes, share, n_in):
    return share * n_in / sizes


# Outputs whose choice of corpus share also counts the public corpora's dev parts: the feelings
# the corpora annotate, and the negative flag. Confusion, urgency, gratitude and positive are
# chosen on the in-domain lines alone (XED does not annotate them).
DEV_OUTPUTS = [OUTPUTS.index(o) for o in ("frustration", "anxiety", "sadness", "negative")]


def output_f1(p, y, t):
    pred = p >= t
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train_language(lang, train, corpus, grid, use_rules=True, use_text=True, quiet=False,
                   assigned=None, options=None, final_fit=True):
    """grid: (C, corpus share) pairs. Every output (a logistic regression of its own) takes the
    pair that suits it: the in-domain lines' cross-validated F1 (3 folds inside train), averaged
    for frustration, anxiety, sadness and negative with their score on the public corpora's dev
    parts (never their held-out test parts). The negative flag is scored and its threshold chosen
    by negative_choice on those same sets.

    assigned: per output, the (C, share) pair a previous run chose (recorded in the weights
    file); each pair then fits only the outputs that chose it, which gives the same weights and
    thresholds for those outputs at a fraction of the cost (--check).

    options: the learner options (default: the language's LEARNER entry). final_fit=False
    leaves out the final refit on the dev parts, so they can be scored (dev_learner.py)."""
    rules = RuleSet(RULES[lang])
    options = learner(lang) if options is None else options
    texts = [t for t, _ in train]
    Y_in = [y for _, y in train]
    select = feature_filter(use_rules, use_text)
    X_in = vectorise_filtered(texts, rules, select)
    Yin = np.array(Y_in)
    dev = {name: rows for name, rows in dev_corpora(lang).items() if rows}
    X_dev = {name: vectorise_filtered([t for t, _ in rows], rules, select)
             for name, rows in dev.items()}
    y_dev = {name: [y for _, y in rows] for name, rows in dev.items()}
    folds = list(KFold(n_splits=3, shuffle=True, random_state=SEED).split(texts))
    X_c, Y_c, sizes, groups = corpus_matrix(corpus, rules, select)
    if assigned is not None:
        grid = sorted(set(assigned))
    best = [None] * len(OUTPUTS)  # per output: (score, C, share, weights, intercept, threshold)
    best_oof = np.zeros((len(texts), len(OUTPUTS)))  # the chosen pair's out-of-fold scores
    negative_sets = {}  # (C, share) -> [(set name, probabilities, labels)], for analysis
    nb_outputs = {OUTPUTS.index(o) for o in options.get("nb", [])}
    for C, share in grid:
        only = None if assigned is None else {o for o, pair in enumerate(assigned)
                                              if pair == (C, share)}
        if assigned is None and "nbCs" in options:
            # NB-scaled outputs try their own C values (their features are rescaled, so the
            # usual C means another strength); the other outputs keep the language's.
            only = {o for o in range(len(OUTPUTS))
                    if C in (options["nbCs"] if o in nb_outputs else options.get("Cs", (C,)))}
            if not only:
                continue
        w_c = corpus_weights(sizes, share, len(texts))
        oof = np.zeros((len(texts), len(OUTPUTS)))
        for tr, va in folds:
            X = sp.vstack([X_in[tr], X_c]) if X_c is not None else X_in[tr]
            Y = [Y_in[i] for i in tr] + Y_c
            w = np.concatenate([np.ones(len(tr)), w_c])
            Q, bias, scale = quantise(fit_outputs(X, Y, w, C, only, options))
            oof[va] = probabilities(X_in[va], Q, bias, scale)
        X = sp.vstack([X_in, X_c]) if X_c is not None else X_in
        w = np.concatenate([np.ones(len(texts)), w_c])
        models = fit_outputs(X, Y_in + Y_c, w, C, only, options)
        Q, bias, scale = quantise(models)
        P_dev = {n: probabilities(X_dev[n], Q, bias, scale) for n in dev}
        report = []
        for o in range(len(OUTPUTS)):
            if only is not None and o not in only:
                continue
            if Yin[:, o].max() == 0:
                t, score = 0.5, 0.0
            elif o == NEGATIVE:
                sets = [("in-domain", oof[:, o], Yin[:, o])]
                sets += [(n, P_dev[n][:, o], np.array([y[o] for y in y_dev[n]])) for n in dev]
                negative_sets[(C, share)] = sets
                t, score = negative_choice(sets)
            else:
                t, ind = best_threshold(oof[:, o], Yin[:, o])
                outs = []
                if o in DEV_OUTPUTS:
                    for n in dev:
                        known = [i for i, y in enumerate(y_dev[n]) if y[o] is not None]
                        y = np.array([y_dev[n][i][o] for i in known])
                        if known and y.max() > 0:
                            outs.append(output_f1(P_dev[n][known, o], y, t))
                score = (ind + float(np.mean(outs))) / 2 if outs else ind
            report.append(f"{OUTPUTS[o]} {score:.3f}")
            if best[o] is None or score > best[o][0] + 1e-9:
                best[o] = (score, C, share, models[o][0], models[o][1], t)
                best_oof[:, o] = oof[:, o]
        if not quiet:
            print(f"  {lang} C={C} corpus share={share}: " + ", ".join(report), file=sys.stderr)
    # The dev parts have done their job (choosing shares and thresholds): each output is fitted
    # once more with its chosen pair on the corpora's train and dev parts together, so the model
    # learns from every line that is not held out. Each corpus keeps its total weight.
    if final_fit and X_c is not None and dev:
        names = groups + [n for n in sorted(dev) for _ in y_dev[n]]
        count = {n: names.count(n) for n in set(names)}
        X_all = sp.vstack([X_in, X_c] + [X_dev[n] for n in sorted(dev)]).tocsr()
        Y_all = Y_in + Y_c + [y for n in sorted(dev) for y in y_dev[n]]
        for C, share in sorted({(b[1], b[2]) for b in best}):
            only = {o for o, b in enumerate(best) if (b[1], b[2]) == (C, share)}
            w = np.concatenate([np.ones(len(texts)),
                                np.array([share * len(texts) / count[n] for n in names])])
            refit = fit_outputs(X_all, Y_all, w, C, only, options)
            for o in only:
                best[o] = best[o][:3] + refit[o] + best[o][5:]
    Q, bias, scale = quantise([(b[3], b[4]) for b in best])
    return {"Q": Q, "bias": bias, "scale": scale,
            "thresholds": np.array([b[5] for b in best], np.float32),
            "C": [b[1] for b in best], "corpusShare": [b[2] for b in best],
            "scores": [round(b[0], 4) for b in best], "rules": rules,
            "negativeSets": negative_sets, "outOfFold": best_oof}


def language_grid(lang, grid):
    """The (C, share) grid for one language: its LEARNER entry's Cs replace the default C."""
    options = learner(lang)
    Cs = sorted(set(options.get("Cs", ())) | set(options.get("nbCs", ())))
    if not Cs:
        return grid
    return [(C, w) for C in Cs for w in sorted({w for _, w in grid})]


def feature_filter(use_rules, use_text):
    def keep(f):
        return use_rules if f.startswith("r:") or f.startswith("n:") else use_text
    return keep


def vectorise_filtered(texts, rules, keep):
    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        counts = {}
        for f, _ in features(text, rules):
            if not keep(f):
                continue
            b = bucket_of(f, HASH_BITS)
            counts[b] = counts.get(b, 0) + 1
        norm = sum(c * c for c in counts.values()) ** 0.5
        for b, c in counts.items():
            rows.append(r)
            cols.append(b)
            vals.append(c / norm)
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << HASH_BITS),
                         dtype=np.float64)


def train_langid(samples):
    """Multinomial naive Bayes over hashed character trigrams, one class per language."""
    size = 1 << LANGID_BITS
    counts = np.zeros((size, len(LANGS)))
    for li, lang in enumerate(LANGS):
        for text in samples[lang]:
            for g in langid_grams(text):
                counts[bucket_of("g:" + g, LANGID_BITS), li] += 1
    alpha = 0.5
    logp = np.log((counts + alpha) / (counts.sum(axis=0) + alpha * size))
    # Stored relative to the mean over languages: only differences between languages matter,
    # and small numbers quantise better.
    rel = logp - logp.mean(axis=1, keepdims=True)
    scale = (np.abs(rel).max(axis=0) / 32767.0).astype(np.float32)
    Q = np.rint(rel / scale).astype(np.int16)
    return Q, scale


def langid_scores(text, Q, scale):
    s = np.zeros(len(LANGS))
    for g in langid_grams(text):
        s += Q[bucket_of("g:" + g, LANGID_BITS)].astype(np.float64) * scale.astype(np.float64)
    return s


# ---------------------------------------------------------------------------------------------
# The weights file (docs/cue-model.md)


def write_model(path, kind, language, bits, names, config, bias, scale, thresholds, Q):
    payload = bytearray()
    for name in names:
        raw = name.encode("utf-8")
        payload += raw + b"\0" * (16 - len(raw))
    cfg = json.dumps(config, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    payload += struct.pack("<I", len(cfg)) + cfg
    payload += b"\0" * ((-len(payload)) % 4)
    payload += np.asarray(bias, "<f4").tobytes()
    payload += np.asarray(scale, "<f4").tobytes()
    payload += np.asarray(thresholds, "<f4").tobytes()
    rows = np.nonzero(np.any(Q != 0, axis=1))[0]
    for r in rows:
        payload += struct.pack("<I", int(r)) + Q[r].astype("<i2").tobytes()
    lang = language.encode("ascii")
    header = MAGIC + struct.pack("<III", VERSION, kind, 0) + lang + b"\0" * (8 - len(lang))
    header += struct.pack("<IIIIQ", bits, len(names), len(rows), len(cfg), len(payload))
    header += struct.pack("<Q", fnv1a64(bytes(payload)))
    with open(path, "wb") as f:
        f.write(header + payload)
    return len(header) + len(payload)


def read_model(path):
    """The weights file back as the trainer's arrays (for --report-only)."""
    data = open(path, "rb").read()
    bits, outputs, entries, cfg_len, _ = struct.unpack_from("<IIIIQ", data, 28)
    at = 60 + outputs * 16 + 4 + cfg_len
    at += (-(at - 60)) % 4
    floats = np.frombuffer(data[at:at + outputs * 12], "<f4")
    at += outputs * 12
    rows = np.frombuffer(data[at:], dtype=np.dtype([("b", "<u4"), ("w", "<i2", (outputs,))]))
    Q = np.zeros((1 << bits, outputs), np.int16)
    Q[rows["b"]] = rows["w"]
    return Q, floats[:outputs].copy(), floats[outputs:2 * outputs].copy(), floats[2 * outputs:]


def read_config(path):
    if not os.path.exists(path):
        return None
    data = open(path, "rb").read()
    outputs = struct.unpack_from("<I", data, 32)[0]
    at = 60 + outputs * 16
    size = struct.unpack_from("<I", data, at)[0]
    return json.loads(data[at + 4:at + 4 + size].decode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Reports


def pr_table(P, Yt, thresholds):
    lines = []
    for o, name in enumerate(OUTPUTS):
        y = np.array([row[o] for row in Yt])
        pred = P[:, o] >= thresholds[o]
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append((name, int(y.sum()), p, r, f))
    return lines


def print_table(title, rows):
    print(f"{title}")
    print("| output | n | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    for name, n, p, r, f in rows:
        print(f"| {name} | {n} | {p:.2f} | {r:.2f} | {f:.2f} |")


def macro_f1(rows):
    return float(np.mean([r[4] for r in rows if r[1] > 0]))


# ---------------------------------------------------------------------------------------------


def score_lines():
    """Lines whose scores the C++ unit test must reproduce: training lines and odd ones."""
    lines = []
    for lang in LANGS:
        train, _, corpus = load_language(lang)
        pool = [t for t, _ in train]
        step = max(1, len(pool) // 8)
        lines += [(lang, t) for t in pool[::step][:8]]
    odd = ["", "!!!", "😡😡😡", "THIS IS THE THIRD TIME I CALL!!!", "I am not happy, not at all.",
           "no me han devuelto el dinero, otra vez", "Das ist schon das dritte Mal!",
           "Ça fait trois semaines que j'attends", "não estou irritado, só confuso",
           "mixed: gracias, danke, merci, obrigado 🙏", "a\u0301ccent combining", "İstanbul ẞ"]
    lines += [(lang, t) for t in odd for lang in ("en",)]
    lines += [("es", t) for t in odd[5:8]]
    # The fourth generation's waits, deadlines and named times, in each language that has them.
    lines += [("es", "Llevo semanas esperando, lo necesito antes del viernes a las cinco"),
              ("de", "Ich warte seit Wochen, bis Freitag muss es da sein, am Montag um drei"),
              ("fr", "J'attends depuis des semaines, il me le faut avant vendredi à 17h"),
              ("pt", "Estou esperando há semanas, preciso até sexta às sete")]
    # The seventh generation's social-post forms: faces, elongations, hashtags, mentions, URLs.
    lines += [("en", "noooo my flight got cancelled :( #fail https://t.co/x1 :-)))"),
              ("es", "@Movistar_es muuuy bonito lo de cobrarme dos veces :/ jajaja xD"),
              ("de", "@DB_Bahn TOOOOR! 10:30 und der Zug steht :'( -_- <3"),
              ("fr", "Ouiiii enfin les vacances :D ;) mdrrr #bonheur"),
              ("pt", "Nããão, acabou a série :'( kkkkk 😭 #NuncaMais ok:) </3")]
    return lines


def write_fuzz_seeds():
    """Seeds for tests/fuzz/fuzz_cue_model: a tiny but valid cue model and language detector."""
    seeds = os.path.join(ROOT, "tests/data/cue_model_corpus")
    os.makedirs(seeds, exist_ok=True)
    rng = np.random.RandomState(SEED)
    tiny = rng.randint(-300, 300, size=(1 << 8, len(OUTPUTS))).astype(np.int16)
    tiny[rng.rand(1 << 8) < 0.7] = 0
    write_model(os.path.join(seeds, "tiny-cues.atm"), KIND_CUES, "en", 8, OUTPUTS,
                {"rules": RULES["en"], "maxCodepoints": MAX_CODEPOINTS, "maxWord": MAX_WORD},
                np.zeros(len(OUTPUTS)), np.full(len(OUTPUTS), 0.001),
                np.full(len(OUTPUTS), 0.5), tiny)
    write_model(os.path.join(seeds, "tiny-langid.atm"), KIND_LANGID, "multi", 8, LANGS,
                {"maxCodepoints": MAX_CODEPOINTS, "maxWord": MAX_WORD},
                np.zeros(len(LANGS)), np.full(len(LANGS), 0.001), np.zeros(len(LANGS)),
                tiny[:, :len(LANGS)])
    with open(os.path.join(seeds, "line.txt"), "w", encoding="utf-8") as f:
        f.write("THIS is the third time, I'm not happy at all!! 😡 ¿por qué?")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "resources/models"))
    ap.add_argument("--check", action="store_true",
                    help="retrain into a temporary folder and compare with resources/models")
    ap.add_argument("--report", action="store_true",
                    help="print precision/recall on the locked test splits and the ablation")
    ap.add_argument("--report-only", action="store_true",
                    help="report on the committed weights (and train the ablation variants)")
    ap.add_argument("--scores-only", action="store_true",
                    help="only rewrite tests/data/cues/model_scores.tsv from the weights in --out")
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--tune", action="store_true",
                    help="search a wider grid of C and corpus shares for each language (slow)")
    args = ap.parse_args()
    langs = args.langs.split(",")
    out = tempfile.mkdtemp() if args.check else args.out
    os.makedirs(out, exist_ok=True)
    # (C, corpus share): each public corpus weighs `share` times the in-domain lines. Chosen per
    # output by the in-domain cross-validation and the corpora's dev parts (train_language).
    # C = 16 was the first generation's cross-validated choice; --tune also tries 4 and 32.
    # The third generation added 1 and 4: the negative flag's best share sat between the old
    # steps in every language but English (dev parts).
    shares = (0.5, 1.0, 2.0, 4.0, 6.0)
    grid = [(C, w) for C in ((4.0, 16.0, 32.0) if args.tune else (16.0,)) for w in shares]

    if args.scores_only:
        Ql, _, scl, _ = read_model(os.path.join(args.out, "langid.atm"))
        write_scores(args.out, {}, Ql, scl)
        return 0

    if args.report_only:
        trained = {}
        for lang in langs:
            train, test, corpus = load_language(lang)
            Q, bias, scale, thresholds = read_model(os.path.join(args.out, f"cues-{lang}.atm"))
            cfg = read_config(os.path.join(args.out, f"cues-{lang}.atm"))
            trained[lang] = ({"Q": Q, "bias": bias, "scale": scale, "thresholds": thresholds,
                              "C": cfg["C"], "corpusShare": cfg["corpusShare"],
                              "rules": RuleSet(RULES[lang])}, train, test, corpus)
        Ql, _, scl, _ = read_model(os.path.join(args.out, "langid.atm"))
        report(trained, Ql, scl, grid)
        return 0

    trained = {}
    langid_samples = {l: [] for l in LANGS}
    for lang in LANGS:
        train, test, corpus = load_language(lang)
        langid_samples[lang] = [t for t, _ in train] + [t for rows in corpus.values()
                                                        for t, _ in rows]
        if lang not in langs:
            continue
        print(f"{lang}: {len(train)} train lines, {len(test)} test lines, corpus lines "
              + ", ".join(f"{n} {len(r)}" for n, r in corpus.items()), file=sys.stderr)
        if not train:
            print(f"{lang}: no labelled lines yet, skipped", file=sys.stderr)
            continue
        assigned = None
        if args.check:
            # The committed file records which (C, share) each output chose; checking it needs
            # only that pair per output, which gives the same weights and thresholds.
            cfg = read_config(os.path.join(args.out, f"cues-{lang}.atm"))
            if cfg:
                assigned = list(zip(cfg["C"], cfg["corpusShare"]))
        m = train_language(lang, train, corpus, language_grid(lang, grid), quiet=args.check,
                           assigned=assigned)
        config = {"rules": RULES[lang], "maxCodepoints": MAX_CODEPOINTS, "maxWord": MAX_WORD,
                  "C": m["C"], "corpusShare": m["corpusShare"], "seed": SEED,
                  "trainLines": len(train),
                  "corpusLines": {n: len(r) for n, r in sorted(corpus.items())}}
        if learner(lang):
            # Recorded for the record only: the reader needs nothing new (the NB scaling is
            # folded into the weights).
            config["learner"] = {k: v for k, v in sorted(learner(lang).items())
                                 if k not in ("Cs", "nbCs")}
        size = write_model(os.path.join(out, f"cues-{lang}.atm"), KIND_CUES, lang, HASH_BITS,
                           OUTPUTS, config, m["bias"], m["scale"], m["thresholds"], m["Q"])
        print(f"{lang}: C={m['C']} corpus share={m['corpusShare']} scores {m['scores']}, "
              f"thresholds {list(np.round(m['thresholds'], 3))}, {size} bytes", file=sys.stderr)
        trained[lang] = (m, train, test, corpus)

    Q, scale = train_langid(langid_samples)
    write_model(os.path.join(out, "langid.atm"), KIND_LANGID, "multi", LANGID_BITS, LANGS,
                {"maxCodepoints": MAX_CODEPOINTS, "maxWord": MAX_WORD, "alpha": 0.5},
                np.zeros(len(LANGS)), scale, np.zeros(len(LANGS)), Q)

    if not args.check:
        write_fuzz_seeds()

    # Expected scores for tst_cuemodel (C++ and Python must agree within 1e-4).
    if not args.check:
        write_scores(out, trained, Q, scale)

    if args.report:
        report(trained, Q, scale, grid)

    if args.check:
        bad = []
        for name in sorted(os.listdir(out)):
            a = open(os.path.join(out, name), "rb").read()
            ref = os.path.join(args.out, name)
            b = open(ref, "rb").read() if os.path.exists(ref) else b""
            if a != b:
                bad.append(name)
        if bad:
            print("differ from what training produces: " + ", ".join(bad))
            return 1
        print("committed weights are what training produces")
    return 0


def write_scores(out, trained, Q, scale):
    """tests/data/cues/model_scores.tsv from the trained weights (or, for a language not
    trained in this run, the weights file in `out`)."""
    path = os.path.join(ROOT, "tests/data/cues/model_scores.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Written by resources/training/train_cues.py: language<TAB>line<TAB>"
                + " ".join(OUTPUTS) + " probabilities<TAB>detected language\n")
        # A run with --langs keeps the other languages' lines, scored with their weights
        # in the output folder, so partial runs add up to the same file.
        weights = {}
        for lang in LANGS:
            if lang in trained:
                m = trained[lang][0]
                weights[lang] = (m["Q"], m["bias"], m["scale"])
            elif os.path.exists(os.path.join(out, f"cues-{lang}.atm")):
                weights[lang] = read_model(os.path.join(out, f"cues-{lang}.atm"))[:3]
        for lang, text in score_lines():
            if lang not in weights:
                continue
            X = vectorise([text], RuleSet(RULES[lang]), HASH_BITS)
            p = probabilities(X, *weights[lang])[0]
            li = langid_scores(text, Q, scale)
            detected = LANGS[int(np.argmax(li))] if langid_grams(text) else "-"
            f.write(f"{lang}\t{json.dumps(text, ensure_ascii=False)}\t"
                    + " ".join(f"{v:.6f}" for v in p) + f"\t{detected}\n")


def neg_vs_rest(P, Yt, thresholds):
    y = np.array([row[NEGATIVE] for row in Yt])
    return negative_macro_f1((P[:, NEGATIVE] >= thresholds[NEGATIVE]).astype(int), y)


def report(trained, Q, scale, grid):
    for lang, (m, train, test, corpus) in trained.items():
        if not test:
            continue
        texts = [t for t, _ in test]
        Yt = [y for _, y in test]
        P = probabilities(vectorise(texts, m["rules"], HASH_BITS), m["Q"], m["bias"], m["scale"])
        print_table(f"\n### {lang}: locked test split ({len(test)} lines), model with rules",
                    pr_table(P, Yt, m["thresholds"]))
        # Ablation: the same training with only the rule features, or only the text features.
        for label, rules_on, text_on in (("rules alone", True, False),
                                         ("model alone", False, True)):
            # Each output keeps the full model's share and C, so only the features differ.
            a = train_language(lang, train, corpus, grid, rules_on, text_on, quiet=True,
                               assigned=list(zip(m["C"], m["corpusShare"])))
            keep = feature_filter(rules_on, text_on)
            Pa = probabilities(vectorise_filtered(texts, m["rules"], keep), a["Q"], a["bias"],
                               a["scale"])
            rows = pr_table(Pa, Yt, a["thresholds"])
            print(f"{lang} ablation {label}: macro-F1 {macro_f1(rows):.3f}, negative F1 "
                  f"{rows[6][4]:.3f}, negative-vs-rest macro-F1 "
                  f"{neg_vs_rest(Pa, Yt, a['thresholds']):.3f}")
        rows = pr_table(P, Yt, m["thresholds"])
        print(f"{lang} ablation both: macro-F1 {macro_f1(rows):.3f}, negative F1 {rows[6][4]:.3f}"
              f", negative-vs-rest macro-F1 {neg_vs_rest(P, Yt, m['thresholds']):.3f}")
        li = [LANGS[int(np.argmax(langid_scores(t, Q, scale)))] for t in texts]
        print(f"{lang} language detector on the test split: "
              f"{sum(1 for l in li if l == lang)}/{len(li)} lines")
    if "en" in trained:
        m = trained["en"][0]
        rows = read_tsv_cues(os.path.join(ROOT, "tests/data/cues/heldout_en.tsv"))
        P = probabilities(vectorise([t for t, _ in rows], m["rules"], HASH_BITS), m["Q"],
                          m["bias"], m["scale"])
        print_table("\n### en: tests/data/cues/heldout_en.tsv (held out)",
                    pr_table(P, [y for _, y in rows], m["thresholds"]))


if __name__ == "__main__":
    sys.exit(main())
