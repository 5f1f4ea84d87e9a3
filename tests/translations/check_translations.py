#!/usr/bin/env python3
"""Fails when a translation file is stale or unfinished.

Stale: running lupdate the way `update_translations` does (same sources, include paths and options) would change
the file. Unfinished: an entry marked type="unfinished", an empty translation, or a vanished/obsolete entry.

usage: check_translations.py LUPDATE PROJECT_JSON TS_FILE... -- LUPDATE_OPTION...
PROJECT_JSON lists "sources" and "includePaths" as qt_add_lupdate's project file does.
"""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def unfinished_entries(path):
    text = open(path, encoding="utf-8").read()
    problems = []
    for m in re.finditer(r"<message( numerus=\"yes\")?>(.*?)</message>", text, re.S):
        body = m.group(2)
        source = re.search(r"<source>(.*?)</source>", body, re.S)
        source = source.group(1) if source else "?"
        tr = re.search(r"<translation([^>]*)>(.*?)</translation>|<translation([^>]*)/>", body, re.S)
        attrs = (tr.group(1) or tr.group(3) or "") if tr else ""
        content = (tr.group(2) or "") if tr else ""
        if "unfinished" in attrs:
            problems.append(("unfinished", source))
        elif "vanished" in attrs or "obsolete" in attrs:
            problems.append(("obsolete", source))
        elif m.group(1):
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", content, re.S)
            if not forms or any(not f.strip() for f in forms):
                problems.append(("empty plural form", source))
        elif not content.strip():
            problems.append(("empty", source))
    return problems


def main(argv):
    if "--" not in argv:
        print(__doc__)
        return 2
    sep = argv.index("--")
    lupdate, project_json, *ts_files = argv[1:sep]
    options = argv[sep + 1:]
    failures = 0

    unfinished = {ts: unfinished_entries(ts) for ts in ts_files}
    for ts in ts_files:
        problems = unfinished[ts]
        for kind, source in problems[:20]:
            print(f"{os.path.basename(ts)}: {kind}: {source[:80]!r}")
        if problems:
            print(f"{os.path.basename(ts)}: {len(problems)} entries need work")
            failures += 1

    with open(project_json, encoding="utf-8") as f:
        project = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        tmp_project = os.path.join(tmp, "project.json")
        with open(tmp_project, "w", encoding="utf-8") as out:
            json.dump({"projectFile": project.get("projectFile", ""), "includePaths": project["includePaths"],
                       "sources": project["sources"], "translations": copies}, out)
        run = subprocess.run([lupdate, "-project", tmp_project, *options], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            print("lupdate failed")
            return 1
        for ts, copy in zip(ts_files, copies):
            before = open(ts, encoding="utf-8").read().splitlines()
            after = open(copy, encoding="utf-8").read().splitlines()
            if before != after:
                failures += 1
                print(f"{os.path.basename(ts)} is stale: lupdate would change it "
                      f"(run: cmake --build build --target update_translations)")
                for line in list(difflib.unified_diff(before, after, ts, "lupdate", lineterm="", n=1))[:40]:
                    print("   ", line)
            else:
                entries = len(re.findall(r"<message[ >]", "\n".join(after)))
                print(f"{os.path.basename(ts)}: up to date, {entries} entries, none unfinished"
                      if not unfinished[ts] else f"{os.path.basename(ts)}: up to date")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
