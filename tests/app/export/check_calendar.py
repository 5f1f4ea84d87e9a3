#!/usr/bin/python3
"""Reads export_fixture's calendar back with python3-icalendar (Debian's) and checks the events, dates, UIDs,
alarms and the CJK summaries, plus the raw form: CRLF, lines of at most 75 octets, each valid UTF-8 on its own.

usage: check_calendar.py EXPORT_FIXTURE
"""
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path

import icalendar

UTC = datetime.timezone.utc
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def uid(n):
    return f"token-e0000000-0000-4000-8000-00000000000{n}@hubtokens.github.io"


# uuid number → (label, expiry, alarm offsets in days). Tokens 4 (never expires) and 5 (expired) have no event.
# Token 3 expires in under 7 days (only the 1-day alarm is still ahead), token 8 within hours (none).
EXPECTED = {
    1: ("CI, deploy; prod\\main", datetime.datetime(2025, 3, 20, 12, 0, 0, tzinfo=UTC), [7, 1]),
    2: ("本番環境のデプロイ用トークン — 東京リージョン、長い説明がここに続きます",
        datetime.datetime(2025, 6, 30, 23, 59, 59, tzinfo=UTC), [7, 1]),
    3: ("Line one\nLine two, with \"quotes\"", datetime.datetime(2025, 3, 4, 8, 0, 0, tzinfo=UTC), [1]),
    6: ("生成 token", datetime.datetime(2025, 4, 15, 0, 0, 0, tzinfo=UTC), [7, 1]),
    7: ("legacy", datetime.datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC), [7, 1]),
    8: ("today", datetime.datetime(2025, 3, 1, 14, 0, 0, tzinfo=UTC), []),
}


def check_raw(data):
    check(data.startswith(b"BEGIN:VCALENDAR\r\n"), "does not start with BEGIN:VCALENDAR")
    check(data.endswith(b"END:VCALENDAR\r\n"), "does not end with END:VCALENDAR and CRLF")
    check(data.count(b"\n") == data.count(b"\r\n"), "a line ends without CRLF")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        check(len(line) <= 75, f"line longer than 75 octets: {line[:40]!r}…")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            FAILURES.append(f"folding split a UTF-8 sequence: {line!r}")
    check(any(line.startswith(b" ") for line in lines), "no folded line at all (the CJK label should fold)")


def check_parsed(data):
    cal = icalendar.Calendar.from_ical(data)
    check(str(cal["VERSION"]) == "2.0", "VERSION is not 2.0")
    check(str(cal["PRODID"]).startswith("-//Hub Tokens//"), "PRODID")
    check(str(cal["X-WR-CALNAME"]) == "Docker Hub token expiry dates (moby)", "calendar name")
    events = cal.walk("VEVENT")
    check(len(events) == len(EXPECTED), f"{len(events)} events, expected {len(EXPECTED)}")
    seen = {}
    for ev in events:
        seen[str(ev["UID"])] = ev
    check(len(seen) == len(events), "UIDs are not unique")
    starts = [ev.decoded("DTSTART") for ev in events]
    for n, (label, expiry, alarm_days) in EXPECTED.items():
        ev = seen.get(uid(n))
        if ev is None:
            FAILURES.append(f"no event with UID {uid(n)}")
            continue
        summary = str(ev["SUMMARY"])
        check(summary == f"Docker Hub token “{label}” expires", f"summary of {n}: {summary!r}")
        start = ev.decoded("DTSTART")
        check(start == expiry, f"DTSTART of {n}: {start!r}, expected {expiry!r}")
        check(ev.decoded("DTSTAMP") == datetime.datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC), f"DTSTAMP of {n}")
        description = str(ev["DESCRIPTION"])
        check(f"hubtokens-cli token rotate e0000000-0000-4000-8000-00000000000{n}" in description,
              f"description of {n} does not say how to rotate: {description!r}")
        check("Account: moby" in description, f"description of {n} does not name the account")
        check(label in description, f"description of {n} does not name the token")
        alarms = ev.walk("VALARM")
        triggers = [a.decoded("TRIGGER") for a in alarms]
        check(triggers == [datetime.timedelta(days=-d) for d in alarm_days],
              f"alarms of {n}: {triggers!r}, expected {alarm_days} days before")
        for a, days in zip(alarms, alarm_days):
            check(str(a["ACTION"]) == "DISPLAY", f"alarm action of {n}")
            text = str(a["DESCRIPTION"])
            check(label in text, f"alarm text of {n} does not name the token: {text!r}")
            check(text.endswith(f"expires in {days} day" + ("" if days == 1 else "s")), f"alarm text of {n}: {text!r}")
    check(starts == sorted(starts), "events are not soonest first")
    # The tokens without a future expiry have no event.
    for n in (4, 5):
        check(uid(n) not in seen, f"token {n} has an event")


def main():
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([fixture, tmp], check=True)
        data = Path(tmp, "tokens.ics").read_bytes()
    check_raw(data)
    check_parsed(data)
    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"check_calendar: {len(EXPECTED)} events checked, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
