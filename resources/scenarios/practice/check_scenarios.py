#!/usr/bin/env python3
"""Checks practice scenarios against the data contract (PRACTICE_FORMAT.md, issue #19).

Usage: check_scenarios.py [LOCALE_FOLDER ...]   (default: every locale folder next to this file)
       check_scenarios.py --replies [LANG ...]    (default: every language in
                                                   resources/training/practice/)

The second form checks the labelled replies against the same contract: ids, the locked test
split (ids divisible by 4), known behaviours, at least 300 replies, every behaviour present in
at least 40 and absent in most, and that each customerLine and addressAs is the scenario's own.

Beyond what the engine refuses at load, it also refuses branches that can never be taken
(shadowed by an earlier branch for every combination of behaviours) and turns that cannot
reach an end, because both make a scenario the agent can get stuck in or never see.
Exit status 0 when every file passes, 1 otherwise.
"""
import itertools
import json
import os
import re
import sys
from collections import deque

FORMAT = "attune-practice-scenario"
LOCALES = {"en", "es", "de", "fr", "pt_BR"}
IDS = ["repeat-failure", "bereavement", "billing-shock", "confused-caller", "urgent-deadline",
       "data-breach", "angry-escalation", "grateful-but-worried"]
FEELINGS = {"frustration", "anxiety", "sadness", "confusion", "urgency", "gratitude", "neutral"}
ENDS = {"better", "same", "worse"}
BEHAVIOURS = ["used_name", "acknowledged_feeling", "open_question", "assumption", "apology",
              "ownership", "next_steps", "blame", "jargon"]
ID_RE = re.compile(r"^[a-z0-9-]{1,40}$")
MAX_TEXT = 600
MIN_TURNS = 6
TURN_LIMIT = 12


def text_ok(value):
    return isinstance(value, str) and 1 <= len(value.strip()) <= MAX_TEXT


def taken(branch, shown):
    if branch.get("otherwise") is True:
        return True
    if "when" in branch:
        return set(branch["when"]) <= shown
    return bool(set(branch["whenAny"]) & shown)


def check_file(path, locale):
    problems = []
    name = os.path.basename(path)

    def err(where, message):
        problems.append(f"{path}: {where}: {message}")

    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        err("file", f"not readable JSON: {e}")
        return problems, None
    if not isinstance(doc, dict):
        err("file", "top level must be an object")
        return problems, None
    if doc.get("format") != FORMAT:
        err("format", f'must be "{FORMAT}"')
    if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
        err("version", "must be 1")
    sid = doc.get("id")
    if not isinstance(sid, str) or not ID_RE.match(sid):
        err("id", "must match [a-z0-9-]{1,40}")
    elif sid + ".json" != name:
        err("id", f'must match the file name "{name}"')
    if doc.get("locale") not in LOCALES:
        err("locale", f"must be one of {sorted(LOCALES)}")
    elif doc.get("locale") != locale:
        err("locale", f'"{doc.get("locale")}" but the file is in folder "{locale}"')
    for key in ("title", "summary"):
        if not text_ok(doc.get(key)):
            err(key, f"must be text of 1 to {MAX_TEXT} characters")
    customer = doc.get("customer")
    if not isinstance(customer, dict):
        err("customer", "must be an object")
    else:
        for key in ("name", "addressAs"):
            if not text_ok(customer.get(key)):
                err(f"customer.{key}", f"must be text of 1 to {MAX_TEXT} characters")
    turns = doc.get("turns")
    if not isinstance(turns, dict):
        err("turns", "must be an object")
        return problems, sid
    if len(turns) < MIN_TURNS:
        err("turns", f"must hold at least {MIN_TURNS} turns, has {len(turns)}")
    start = doc.get("start")
    if start not in turns:
        err("start", f'"{start}" is not a turn')

    live = {}  # turn -> targets of branches that some combination of behaviours takes
    for tid, turn in turns.items():
        where = f'turn "{tid}"'
        if not ID_RE.match(tid):
            err(where, "name must match [a-z0-9-]{1,40}")
        if not isinstance(turn, dict):
            err(where, "must be an object")
            continue
        if not text_ok(turn.get("customer")):
            err(where + ".customer", f"must be text of 1 to {MAX_TEXT} characters")
        if turn.get("feeling") not in FEELINGS:
            err(where + ".feeling", f"must be one of {sorted(FEELINGS)}")
        unknown = set(turn) - {"customer", "feeling", "next", "end"}
        if unknown:
            err(where, f"unknown fields {sorted(unknown)}")
        has_next, has_end = "next" in turn, "end" in turn
        if has_next == has_end:
            err(where, 'needs exactly one of "next" and "end"')
            continue
        if has_end:
            if turn["end"] not in ENDS:
                err(where + ".end", f"must be one of {sorted(ENDS)}")
            live[tid] = []
            continue
        branches = turn["next"]
        if not isinstance(branches, list) or not branches:
            err(where + ".next", "must be a non-empty list")
            continue
        sound = True
        otherwise_count = 0
        for i, branch in enumerate(branches, 1):
            bw = f"{where}.next[{i}]"
            if not isinstance(branch, dict):
                err(bw, "must be an object")
                sound = False
                continue
            kinds = [k for k in ("when", "whenAny", "otherwise") if k in branch]
            if len(kinds) != 1:
                err(bw, 'needs exactly one of "when", "whenAny", "otherwise"')
                sound = False
                continue
            unknown = set(branch) - {"when", "whenAny", "otherwise", "goto"}
            if unknown:
                err(bw, f"unknown fields {sorted(unknown)}")
            if kinds[0] == "otherwise":
                otherwise_count += 1
                if branch["otherwise"] is not True:
                    err(bw + ".otherwise", "must be true")
                if i != len(branches):
                    err(bw + ".otherwise", "only the last branch may be otherwise")
            else:
                values = branch[kinds[0]]
                if not isinstance(values, list) or not values:
                    err(bw + "." + kinds[0], "must be a non-empty list of behaviours")
                    sound = False
                else:
                    for v in values:
                        if v not in BEHAVIOURS:
                            err(bw + "." + kinds[0], f'unknown behaviour "{v}"')
                            sound = False
                    if len(set(values)) != len(values):
                        err(bw + "." + kinds[0], "lists a behaviour twice")
            if branch.get("goto") not in turns:
                err(bw + ".goto", f'"{branch.get("goto")}" is not a turn')
                sound = False
        if otherwise_count != 1 or branches[-1].get("otherwise") is not True:
            err(where + ".next", 'must end with exactly one "otherwise" branch')
            sound = False
        if not sound:
            continue
        used = set()
        for size in range(len(BEHAVIOURS) + 1):
            for combo in itertools.combinations(BEHAVIOURS, size):
                shown = set(combo)
                for i, branch in enumerate(branches):
                    if taken(branch, shown):
                        used.add(i)
                        break
        for i, branch in enumerate(branches):
            if i not in used:
                err(f"{where}.next[{i + 1}]", "can never be taken: an earlier branch always wins")
        live[tid] = [b["goto"] for i, b in enumerate(branches) if i in used]

    if problems or start not in turns:
        return problems, sid

    # Reachability over branches that can actually be taken.
    depth = {start: 1}
    queue = deque([start])
    while queue:
        tid = queue.popleft()
        for target in live.get(tid, []):
            if target not in depth:
                depth[target] = depth[tid] + 1
                queue.append(target)
    for tid in sorted(set(turns) - set(depth)):
        err(f'turn "{tid}"', 'cannot be reached from "start"')
    ends = {turns[t]["end"] for t in depth if "end" in turns[t]}
    if len(ends) < 2:
        err("turns", f"at least two different end values must be reachable, found {sorted(ends)}")
    # Every reachable turn must lead to an end, within the engine's 12-turn limit from start.
    to_end = {t: 0 for t in turns if "end" in turns[t]}
    changed = True
    while changed:
        changed = False
        for tid, targets in live.items():
            best = min((to_end[t] + 1 for t in targets if t in to_end), default=None)
            if best is not None and (tid not in to_end or best < to_end[tid]):
                to_end[tid] = best
                changed = True
    for tid in sorted(depth):
        if tid not in to_end:
            err(f'turn "{tid}"', "no path from it leads to an end")
        elif depth[tid] + to_end[tid] > TURN_LIMIT:
            err(f'turn "{tid}"', f"its shortest run to an end exceeds {TURN_LIMIT} customer turns")
    return problems, sid


REPLY_LOCALE = {"en": "en", "es": "es", "de": "de", "fr": "fr", "pt": "pt_BR"}
MIN_REPLIES = 300
MIN_PER_BEHAVIOUR = 40


def check_replies(training, scenarios, lang):
    problems = []
    locale = REPLY_LOCALE.get(lang)
    if locale is None:
        return [f"{training}/{lang}: unknown language"], None
    lines_by_scenario = {}
    address_by_scenario = {}
    for sid in IDS:
        try:
            with open(os.path.join(scenarios, locale, sid + ".json"), encoding="utf-8") as f:
                doc = json.load(f)
            lines_by_scenario[sid] = {t["customer"] for t in doc["turns"].values()}
            address_by_scenario[sid] = doc["customer"]["addressAs"]
        except (OSError, ValueError, KeyError, TypeError):
            problems.append(f"{scenarios}/{locale}/{sid}.json: missing or unreadable")
    rows, ids, replies = [], set(), set()
    id_re = re.compile(rf"^{lang}-r-(\d{{4}})$")
    for split in ("train", "test"):
        path = os.path.join(training, lang, split + ".jsonl")
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            problems.append(f"{path}: {e}")
            continue
        with f:
            for n, line in enumerate(f, 1):
                where = f"{path}:{n}"
                try:
                    row = json.loads(line)
                except ValueError as e:
                    problems.append(f"{where}: not JSON: {e}")
                    continue
                keys = {"id", "scenario", "customerLine", "addressAs", "reply", "behaviours"}
                if not isinstance(row, dict) or set(row) != keys:
                    problems.append(f"{where}: fields must be exactly {sorted(keys)}")
                    continue
                m = id_re.match(str(row["id"]))
                if not m:
                    problems.append(f'{where}: field "id": must be {lang}-r-NNNN')
                elif row["id"] in ids:
                    problems.append(f'{where}: field "id": {row["id"]} appears twice')
                elif (int(m.group(1)) % 4 == 0) != (split == "test"):
                    problems.append(f'{where}: field "id": ids divisible by 4 belong in '
                                    f'test.jsonl, the others in train.jsonl')
                ids.add(row["id"])
                sid = row["scenario"]
                if sid not in IDS:
                    problems.append(f'{where}: field "scenario": unknown "{sid}"')
                elif sid in lines_by_scenario:
                    if row["customerLine"] not in lines_by_scenario[sid]:
                        problems.append(f'{where}: field "customerLine": not a line of {sid}')
                    if row["addressAs"] != address_by_scenario[sid]:
                        problems.append(f'{where}: field "addressAs": the scenario says '
                                        f'"{address_by_scenario[sid]}"')
                if not text_ok(row["reply"]):
                    problems.append(f'{where}: field "reply": must be text of 1 to {MAX_TEXT} '
                                    f'characters')
                elif row["reply"] in replies:
                    problems.append(f'{where}: field "reply": the same reply appears twice')
                replies.add(row["reply"])
                b = row["behaviours"]
                if not isinstance(b, list) or any(x not in BEHAVIOURS for x in b) \
                        or len(set(b)) != len(b):
                    problems.append(f'{where}: field "behaviours": must list known behaviours '
                                    f'once each')
                    continue
                rows.append((split, set(b)))
    if len(rows) < MIN_REPLIES:
        problems.append(f"{training}/{lang}: {len(rows)} replies, at least {MIN_REPLIES} needed")
    counts = {}
    for behaviour in BEHAVIOURS:
        per = {s: sum(1 for sp, b in rows if sp == s and behaviour in b) for s in ("train", "test")}
        counts[behaviour] = per
        total = per["train"] + per["test"]
        if total < MIN_PER_BEHAVIOUR:
            problems.append(f"{training}/{lang}: {behaviour} in {total} replies, at least "
                            f"{MIN_PER_BEHAVIOUR} needed")
        if total * 2 >= len(rows):
            problems.append(f"{training}/{lang}: {behaviour} present in {total} of {len(rows)}; "
                            f"it must be absent in most")
    n_test = sum(1 for sp, _ in rows if sp == "test")
    print(f"{lang}: {len(rows)} replies ({len(rows) - n_test} train, {n_test} test); "
          + ", ".join(f"{b} {c['train']}+{c['test']}" for b, c in counts.items()))
    return problems, counts


def main_replies(args):
    here = os.path.dirname(os.path.abspath(__file__))
    training = os.path.normpath(os.path.join(here, "..", "..", "training", "practice"))
    langs = args or sorted(d for d in os.listdir(training)
                           if os.path.isdir(os.path.join(training, d)))
    all_problems = []
    for lang in langs:
        all_problems += check_replies(training, here, lang)[0]
    for p in all_problems:
        print(p)
    print("OK" if not all_problems else f"{len(all_problems)} problem(s)")
    return 0 if not all_problems else 1


def main(argv):
    if argv[1:2] == ["--replies"]:
        return main_replies(argv[2:])
    here = os.path.dirname(os.path.abspath(__file__))
    folders = argv[1:] or sorted(
        os.path.join(here, d) for d in os.listdir(here) if os.path.isdir(os.path.join(here, d)))
    all_problems = []
    ids_by_locale = {}
    for folder in folders:
        locale = os.path.basename(os.path.normpath(folder))
        files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
        ids = set()
        for f in files:
            problems, sid = check_file(os.path.join(folder, f), locale)
            all_problems += problems
            if sid:
                ids.add(sid)
        missing = [i for i in IDS if i not in ids]
        extra = sorted(ids - set(IDS))
        if missing:
            all_problems.append(f"{folder}: missing scenarios {missing}")
        if extra:
            all_problems.append(f"{folder}: scenarios outside the contract {extra}")
        ids_by_locale[locale] = ids
        print(f"{locale}: {len(files)} files checked")
    for p in all_problems:
        print(p)
    print("OK" if not all_problems else f"{len(all_problems)} problem(s)")
    return 0 if not all_problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
