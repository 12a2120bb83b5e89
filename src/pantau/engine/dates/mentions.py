"""Dates written in Indonesian news text, found by regex with their place in the text.

"Selasa (17/09/2024)", "Selasa (17/9)", "17 September 2024", "Senin, 14 Okt 2024 10:15 WIB",
"Kamis, 5 Desember", and relative words ("kemarin", "pekan lalu", "Senin lalu") resolved against
the publication date. A date without a year takes the publication year, never today's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pantau.engine.dates.month_names import MONTHS

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}

_DAY = r"(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
# Every pattern starts at a digit, so the regex engine skips most of the text quickly; a weekday
# before the date ("Selasa (17/9)", "Senin, 14 Okt 2024") is looked up behind the match.
# "17/09/2024", "17/9", "17-9-2024"
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?\b")
# "17 September 2024", "14 Okt 2024", "5 Desember"
# The month is any word here and is checked against MONTHS afterwards: cheaper than an alternation.
_NAMED = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\b\.?(?:\s+(?P<y>\d{4})\b)?")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_DAY_WORD_BEFORE = re.compile(r"\b(?:kemarin|hari ini|tanggal|tgl\.?|pada)\s*\(?\s*$", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(rf"\b{_DAY}\s*[,(]?\s*\(?\s*$", re.IGNORECASE)
_RELATIVE_HINTS = ("kemarin", "hari ini", " lalu", "semalam", "tadi ")
# A clock time right after a date marks a timestamp (the outlet's byline), not an event.
_TIMESTAMP_AFTER = re.compile(r"^\s*[,|]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}|^\s*[,|]?\s*(?:WIB|WITA|WIT)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?P<word>kemarin lusa|kemarin|hari ini|tadi pagi|tadi malam|semalam|pekan lalu|minggu lalu|sepekan lalu"
    r"|(?P<n>\d{1,3}|dua|tiga|empat|lima|enam) hari lalu|"
    rf"{_DAY} (?:lalu|kemarin|malam|pagi|siang|sore))\b"
)  # matched against lower-cased text: cheaper than IGNORECASE
_NUMBER_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
# Counted from the date the text gave just before, not from publication: "Video itu direkam
# sehari sebelumnya", "keesokan harinya camat itu dipanggil".
_ANAPHORIC = re.compile(
    r"\b(?:(?P<back>sehari|(?P<nb>\d{1,2}|dua|tiga|empat|lima|enam) hari) sebelumnya"
    r"|(?P<fwd>sehari|(?P<nf>\d{1,2}|dua|tiga|empat|lima|enam) hari) (?:kemudian|setelahnya|sesudahnya)"
    r"|(?P<next>keesokan harinya|esok harinya))\b"
)
_ANAPHORIC_HINTS = ("hari sebelumnya", "hari kemudian", "hari setelahnya", "hari sesudahnya", "esok harinya")
# The first day of a range written before a date: "8–9 Oktober 2024", "8 hingga 10 Oktober".
_RANGE_START = re.compile(r"\b(?P<d>\d{1,2})\s*(?:[–—-]|s\.?d\.?|s/d|sampai|hingga|dan)\s*$")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO date, or "YYYY-MM-DD" resolved from a year-less / relative form
    kind: str  # "full", "yearless", "relative", "timestamp"
    with_weekday: bool = False

    written_weekday: int | None = None  # 0 = Senin ... 6 = Minggu, as written in the text


def find_dates(text: str, pub: date | None, year_hint: int | None = None) -> list[DateMention]:
    """Every date in ``text`` in order; year-less forms need ``pub`` (or at least the year of
    publication, ``year_hint``) to resolve, relative forms need ``pub``."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, day: date | None, kind: str, weekday: re.Match | None) -> None:
        if day is None or any(s < end and start < e for s, e in taken):
            return
        if kind != "relative" and (_TIMESTAMP_AFTER.match(text[end : end + 14]) or _alone_on_line(text, start, end)):
            kind = "timestamp"
        taken.append((start, end))
        written = WEEKDAYS.get(weekday["wd"].lower().replace("'", "")) if weekday else None
        found.append(DateMention(start, end, day.isoformat(), kind, weekday is not None, written))

    for match in _ISO.finditer(text):
        add(match.start(), match.end(), _make_date(match["y"], int(match["m"]), int(match["d"]), pub), "full", None)
    for match in _NUMERIC.finditer(text):
        weekday = _WEEKDAY_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        dated_word = _DAY_WORD_BEFORE.search(text, max(0, match.start() - 14), match.start())
        if match["y"] is None and ((weekday is None and dated_word is None) or match["sep"] != "/"):
            continue  # "17/9" alone may be a score or a ratio; with a weekday or "kemarin (15/1)" it is a date
        day = _make_date(match["y"], int(match["m"]), int(match["d"]), pub, year_hint)
        add(match.start(), match.end(), day, "full" if match["y"] else "yearless", weekday)
    for match in _NAMED.finditer(text):
        month = MONTHS.get(match["mon"].lower())
        if month is None:
            continue
        start = match.start()
        first = _RANGE_START.search(text, max(0, start - 12), start)
        if first:  # a meeting over several days happened from its first day
            start, day_number = first.start(), int(first["d"])
        else:
            day_number = int(match["d"])
        weekday = _WEEKDAY_BEFORE.search(text[max(0, start - 12) : start])
        day = _make_date(match["y"], month, day_number, pub, year_hint)
        add(start, match.end(), day, "full" if match["y"] else "yearless", weekday)
    low = text.lower()
    if pub is not None and len(low) == len(text) and any(hint in low for hint in _RELATIVE_HINTS):
        for match in _RELATIVE.finditer(low):
            add(match.start(), match.end(), _relative(match, pub), "relative", None)
    found.sort(key=lambda mention: mention.start)
    if len(low) == len(text) and any(hint in low for hint in _ANAPHORIC_HINTS):
        found = _with_anaphoric(found, low, pub)
    return found


def _with_anaphoric(found: list[DateMention], low: str, pub: date | None) -> list[DateMention]:
    """Add "sehari sebelumnya"-style dates, counted from the last date written before them (else
    from publication)."""
    added = []
    for match in _ANAPHORIC.finditer(low):
        before = [m for m in found if m.end <= match.start() and m.kind != "timestamp"]
        anchor = date.fromisoformat(before[-1].value) if before else pub
        if anchor is None:
            continue
        if match["next"]:
            shift = 1
        elif match["back"]:
            shift = -_count(match["nb"])
        else:
            shift = _count(match["nf"])
        added.append(DateMention(match.start(), match.end(), (anchor + timedelta(days=shift)).isoformat(), "relative"))
    return sorted(found + added, key=lambda mention: mention.start) if added else found


def _count(word: str | None) -> int:
    if word is None:
        return 1
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """A date on a line of its own ("Minggu, 05 Mei 2024") is a byline, not part of a sentence;
    "Selasa (22/9/2020)." wrapped onto its own line after "kata X," still is one."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    if line_start == 0 or len(line) > (end - start) + 10 or line.endswith((".", ")")):
        return False
    return not text[:line_start].rstrip().endswith(",")


def _make_date(year: str | None, month: int, day: int, pub: date | None, year_hint: int | None = None) -> date | None:
    if year is None:
        if pub is None:
            if year_hint is None:
                return None
            try:
                return date(year_hint, month, day)
            except ValueError:
                return None
        try:
            candidate = date(pub.year, month, day)
        except ValueError:
            return None
        # "(28/12)" in an article of 3 January is last year's 28 December.
        if candidate - pub > timedelta(days=31):
            candidate = candidate.replace(year=pub.year - 1)
        return candidate
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    if not 1990 <= full_year <= 2100:
        return None
    try:
        return date(full_year, month, day)
    except ValueError:
        return None


def _relative(match: re.Match, pub: date) -> date | None:
    word = match.group("word").lower()
    if word in ("hari ini", "tadi pagi", "tadi malam", "semalam"):
        return pub if word != "semalam" else pub - timedelta(days=1)
    if word == "kemarin":
        return pub - timedelta(days=1)
    if word == "kemarin lusa":
        return pub - timedelta(days=2)
    if word in ("pekan lalu", "minggu lalu", "sepekan lalu"):
        return pub - timedelta(days=7)
    if match.group("n"):
        n = match.group("n").lower()
        return pub - timedelta(days=int(n) if n.isdigit() else _NUMBER_WORDS[n])
    weekday = WEEKDAYS[match.group("wd").lower().replace("'", "")]
    back = (pub.weekday() - weekday) % 7
    if word.endswith("lalu") and back == 0:
        back = 7
    return pub - timedelta(days=back)
