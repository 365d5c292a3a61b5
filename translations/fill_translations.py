#!/usr/bin/env python3
"""Fills a lupdate-generated .ts file from a Python dict of source -> translation.

Usage: fill_translations.py TS_FILE DICT_MODULE.py [DICT_NAME]
A plural (numerus) message takes a tuple with one text per plural form. An optional
DICT_NAME + "_BY_CONTEXT" dict, keyed by (context, source), wins over the plain one where the
same English reads differently in two places (an adjective here, a noun there).
Messages already translated are kept; messages with no entry are listed and left unfinished,
so tests/unit/tst_translations fails on them rather than shipping English by accident.
"""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, dict_path = sys.argv[1], sys.argv[2]
module = runpy.run_path(dict_path)
name = sys.argv[3] if len(sys.argv) > 3 else "ES"
table = module[name]
by_context = module.get(name + "_BY_CONTEXT", {})
tree = ET.parse(ts_path)
missing = []
messages = [(context.find("name").text, message)
            for context in tree.getroot().iter("context") for message in context.iter("message")]
for context_name, message in messages:
    source = message.find("source").text or ""
    translation = message.find("translation")
    done = (translation.text or "").strip() or any(
        (form.text or "").strip() for form in translation.iter("numerusform"))
    if translation.get("type") is None and done:
        continue
    if (context_name, source) in by_context or source in table:
        value = by_context.get((context_name, source), table.get(source))
        if isinstance(value, tuple):
            # A plural message: one <numerusform> per plural form of the language.
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    else:
        missing.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
# ElementTree drops the DOCTYPE lupdate writes; put it back so Linguist stays happy.
with open(ts_path, encoding="utf-8") as f:
    text = f.read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(ts_path, "w", encoding="utf-8") as f:
    f.write(text)
for source in missing:
    print("untranslated:", repr(source))
sys.exit(1 if missing else 0)
