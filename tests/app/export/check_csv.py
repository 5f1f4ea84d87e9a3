#!/usr/bin/python3
"""Reads export_fixture's CSV back with Python's csv module: the byte order mark, CRLF, the header (the fields of
`token ls --format json`), and every value, with CJK text and commas, quotes and line breaks inside descriptions.
Also checks that the CSV and the JSON export say the same.

usage: check_csv.py EXPORT_FIXTURE
"""
import csv
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

FIELDS = ["uuid", "token_label", "scopes", "is_active", "generated_by", "created_at", "last_used", "expires_at",
          "creator_ip", "creator_ua", "client_id"]
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def main():
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([fixture, tmp], check=True)
        raw = Path(tmp, "tokens.csv").read_bytes()
        exported = json.loads(Path(tmp, "tokens.json").read_text(encoding="utf-8"))

    check(raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark")
    check(raw.endswith(b"\r\n"), "the last record does not end with CRLF")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    check(rows[0] == FIELDS, f"header: {rows[0]!r}")
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    check(all(len(r) == len(FIELDS) for r in rows), "a row has the wrong number of fields")
    check(len(records) == 8, f"{len(records)} records, expected 8")
    by_uuid = {r["uuid"]: r for r in records}

    def rec(n):
        return by_uuid.get(f"e0000000-0000-4000-8000-00000000000{n}", {})

    check(rec(1).get("token_label") == "CI, deploy; prod\\main", f"label 1: {rec(1).get('token_label')!r}")
    check(rec(2).get("token_label") == "本番環境のデプロイ用トークン — 東京リージョン、長い説明がここに続きます",
          f"label 2: {rec(2).get('token_label')!r}")
    check(rec(3).get("token_label") == "Line one\nLine two, with \"quotes\"", f"label 3: {rec(3).get('token_label')!r}")
    check(rec(4).get("token_label") == "永不过期的令牌", "label 4")
    check(rec(5).get("token_label") == "已過期的權杖", "label 5")
    check(rec(3).get("last_used") == "2025-02-28T17:30:00Z", f"last_used 3: {rec(3).get('last_used')!r}")
    check(rec(3).get("creator_ua") == "Mozilla/5.0 (KHTML, like Gecko)", "creator_ua 3")
    check(rec(3).get("creator_ip") == "192.0.2.10", "creator_ip 3")
    check(rec(1).get("last_used") == "", "a never-used token has an empty last_used")
    check(rec(4).get("expires_at") == "", "a never-expiring token has an empty expires_at")
    check(rec(1).get("expires_at") == "2025-03-20T12:00:00Z", "expires_at 1")
    check(rec(1).get("scopes") == "repo:read", "scopes 1")
    check(rec(7).get("scopes") == "", "a legacy token has no scopes")
    check(rec(1).get("is_active") == "true" and rec(6).get("is_active") == "false", "is_active")
    check(rec(6).get("generated_by") == "Docker Desktop", "generated_by 6")

    # The CSV is the JSON export, flattened.
    check(len(exported) == len(records), "the JSON export has another number of tokens")
    for obj, record in zip(exported, records):
        check(sorted(obj.keys()) == sorted(FIELDS), f"JSON fields: {sorted(obj.keys())}")
        for field in FIELDS:
            value = obj[field]
            if value is None:
                flat = ""
            elif isinstance(value, bool):
                flat = "true" if value else "false"
            elif isinstance(value, list):
                flat = " ".join(value)
            else:
                flat = str(value)
            check(flat == record[field], f"{obj['uuid']} {field}: JSON {value!r} vs CSV {record[field]!r}")

    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"check_csv: {len(records)} records checked, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
