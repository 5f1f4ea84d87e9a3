#!/usr/bin/env python3
"""Carries translations over when a string moves to another class.

lupdate marks a message "unfinished" when its context (the class) changes, even though the words are the same.
For each unfinished message, this copies the translation of a finished message with the same source text, comment
and plural kind from any context of the same .ts file, or of its committed version (git HEAD: lupdate has already
dropped the old contexts), and marks it finished. What it cannot match stays unfinished for a person to translate.
Run lupdate once more afterwards: it writes the files in its own layout again.

    cmake --build build --target update_translations
    python3 scripts/ts-carry-over.py translations/*.ts
    cmake --build build --target update_translations
"""
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def finished_translations(root, done):
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            if (translation.text or "").strip() or len(translation):
                done.setdefault(key(message), translation)


def carry_over(path):
    tree = ET.parse(path)
    root = tree.getroot()
    done = {}
    finished_translations(root, done)
    committed = subprocess.run(["git", "show", f"HEAD:./{path}"], capture_output=True)
    if committed.returncode == 0:
        finished_translations(ET.fromstring(committed.stdout), done)
    carried = left = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        found = done.get(key(message))
        if found is None:
            left += 1
            continue
        message.remove(translation)
        message.append(copy.deepcopy(found))
        carried += 1
    if carried:
        ET.indent(tree, space="    ")
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    print(f"{path}: {carried} carried over, {left} still unfinished")
    return left


if __name__ == "__main__":
    for ts in sys.argv[1:]:
        carry_over(ts)
