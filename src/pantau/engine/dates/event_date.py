"""The date of the incident or event an article reports.

Indonesian news dates the event in the sentence that reports it ("..., Selasa (17/9/2024)"), so
the first dated mention in the body wins, preferring forms with a weekday. Some dates are not the
event: byline timestamps (publication), dates after publication or behind "akan", "besok",
"hingga", "sejak" (plans, deadlines, periods), and dates of a statement about the event ("kata
Ketua Bawaslu, Jumat (29/9)"), which come after it and are used only when nothing else is dated.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from pantau.engine.dates.mentions import DateMention, find_dates

_LOOK_BEHIND = 45
# "akan dilakukan pada 22 September", "paling lambat 5 Oktober", "sejak 15 Februari".
_PLANNED = re.compile(
    r"\b(?:akan|besok|esok|dijadwalkan|rencananya|direncanakan|hingga|sampai|paling lambat|batas waktu|mendatang"
    r"|sejak|dimulai)\b[^.]*$",
    re.IGNORECASE,
)
# ... except a meeting "digelar sejak Selasa (8/10)" or a video "viral sejak Senin lalu": it began
# that day, which is its date.
_HELD_SINCE = re.compile(
    r"\b(?:digelar|diselenggarakan|dilaksanakan|viral|beredar|tersebar|menyebar)\b[^.,]{0,40}\bsejak\b[^.,]{0,12}$",
    re.IGNORECASE,
)
# "Hingga Selasa (12/11/2024), tercatat 64 dugaan": a tally as of that day, dated by it.
_AS_OF = re.compile(r"(?:^|[.\n]\s*)(?:Hingga|Sampai|Per)\s+(?:[A-Za-z']+\s*[,(]?\s*)?$")
# A photo caption ends in its credit: "... Sabtu, 16 Desember 2023. Tempo/Novali Panji", "(FOTO: ...)".
_PHOTO_CREDIT_AFTER = re.compile(
    r"[^.\n]{0,60}?[.)]?\s*(?:\(?\s*(?:foto|photo)\s*:|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?\s?/\s?[A-Z][a-z])",
)
# A dateline inside the text ("PALU, KOMPAS - ", "Palu (ANTARA) -"): what stands before it is a
# caption or page furniture, and its dates are not the article's.
_DASH = re.compile(r" [-–—] ")
_DATELINE_BEFORE_DASH = re.compile(
    r"(?<=\s)(?:[A-Z][A-Z.]{2,}(?: [A-Z][A-Z.]{2,})*, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?|[A-Z][a-z]+ \([A-Z]{3,}\))$"
)
# Words that date the act itself: "pengarahan itu terjadi pada Jumat", "video itu direkam pada".
# Not "bermula/berawal dari" (a report "berawal dari postingan"): the origin, not the act reported.
_INCIDENT = re.compile(r"\b(?:terjadi|kejadian|peristiwa|direkam|terekam)\b", re.IGNORECASE)
# How long before the report a first report's incident may be: older ones are background to a
# later development (a sanction weeks after), whose own date is the event.
_FRESH_INCIDENT_DAYS = 7
# "kata Kurniawan, Jumat (29/9)", "ujarnya saat ditemui, Senin (2/10)": when someone spoke.
_STATEMENT = re.compile(
    r"\b(?:kata|ujar|ucap|jelas|ungkap|tutur|tegas|sebut|terang|papar|imbuh)(?:nya)?\b[^.]*$"
    r"|\b(?:ditemui|dikonfirmasi|dihubungi|diwawancarai|mengatakan|menyampaikan|menjelaskan|menegaskan"
    r"|keterangan pers|keterangan tertulis|konferensi pers)\b[^.]*$",
    re.IGNORECASE,
)


def event_date(text: str, pub: date | None, pub_year: int | None = None) -> str | None:
    """ISO date of the event; ``pub_year`` dates year-less mentions when the full ``pub`` is unknown."""
    mentions = find_dates(text, pub, pub_year)
    if pub is None and pub_year is None:
        year = _year_from_text(text, mentions)
        if year is not None:
            mentions = find_dates(text, None, year)
    candidates = []
    statements = []
    body_start = _body_start(text)
    for mention in mentions:
        before = text[max(0, mention.start - _LOOK_BEHIND) : mention.start]
        if mention.kind == "timestamp" or _after(mention, pub) or mention.start < body_start:
            continue
        if _PLANNED.search(before) and not _HELD_SINCE.search(before) and not _AS_OF.search(before):
            continue
        if _PHOTO_CREDIT_AFTER.match(text, mention.end):
            continue
        (statements if _STATEMENT.search(before) else candidates).append(mention)
    chosen = _first_dated(candidates) or _first_dated(statements)
    if chosen is None:
        # No date written: an explainer, an opinion, a page-two fragment. The publication day is
        # not the day of any event the text names (CONTRACT.md: null if not stated).
        return None
    incident = _fresh_incident(text, candidates + statements, chosen)
    return (incident or chosen).value


def _body_start(text: str) -> int:
    """Where the article proper starts when a dateline stands inside the text after a caption."""
    # Dashes are few: look for a dateline just before each (cheaper than trying every position).
    for dash in _DASH.finditer(text):
        match = _DATELINE_BEFORE_DASH.search(text, max(0, dash.start() - 50), dash.start())
        if match and match.start() > 0:
            return match.start()
    return 0


def _fresh_incident(text: str, mentions: list[DateMention], chosen: DateMention) -> DateMention | None:
    """The date the text gives to the act itself ("terjadi pada Jumat, 27 September"), when it is a
    few days before the chosen date (the report of it): a first report is dated by the incident."""
    chosen_day = date.fromisoformat(chosen.value)
    for mention in mentions:
        day = date.fromisoformat(mention.value)
        if not 0 < (chosen_day - day).days <= _FRESH_INCIDENT_DAYS:
            continue
        sentence_start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start), 0)
        if _INCIDENT.search(text, sentence_start, mention.start):
            return mention
    return None


_LEAP_YEAR = 2000
_YEAR = re.compile(r"\b(?:19[89]\d|20\d\d)\b")


def _year_from_text(text: str, mentions: list[DateMention]) -> int | None:
    """The year of a text with no publication date: the year its full dates use most, else the
    year around those it names ("Pilkada 2020") in which its weekdays fit ("Jumat (9/3)" is a
    Friday in 2018, not in 2019)."""
    full = Counter(m.value[:4] for m in mentions if m.kind == "full")
    if full:
        return int(full.most_common(1)[0][0])
    named = Counter(int(y) for y in _YEAR.findall(text))
    if not named:
        return None
    candidates = sorted({y + d for y in named for d in (-1, 0, 1)}, key=lambda y: (-named.get(y, 0), y))
    # Day and month of the year-less dates with a weekday, read once (2000 admits 29 February).
    written = [
        (date.fromisoformat(m.value), m.written_weekday)
        for m in find_dates(text, None, _LEAP_YEAR)
        if m.kind == "yearless" and m.written_weekday is not None
    ]

    def fit(year: int) -> tuple[int, int]:
        agree = 0
        for day, weekday in written:
            try:
                agree += day.replace(year=year).weekday() == weekday
            except ValueError:
                pass
        return agree, named.get(year, 0)

    best = max(candidates, key=fit)
    return best if fit(best)[0] > 0 or named.get(best) else None


def _first_dated(mentions: list[DateMention]) -> DateMention | None:
    for mention in mentions:
        if mention.with_weekday or mention.kind == "relative":
            return mention
    return mentions[0] if mentions else None


def _after(mention: DateMention, pub: date | None) -> bool:
    return pub is not None and date.fromisoformat(mention.value) > pub
