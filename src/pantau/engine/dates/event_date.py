"""The date of the incident or event an article reports.

Indonesian news dates the event in the sentence that reports it ("..., Selasa (17/9/2024)"), so
the first dated mention in the body wins, preferring forms with a weekday. Byline timestamps are
publication times, and dates after publication are plans, not the event.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from pantau.engine.dates.mentions import DateMention, find_dates


def event_date(text: str, pub: date | None, pub_year: int | None = None) -> str | None:
    """ISO date of the event; ``pub_year`` dates year-less mentions when the full ``pub`` is unknown."""
    mentions = find_dates(text, pub, pub_year)
    if pub is None and pub_year is None:
        # No publication date at all: the year the text itself uses most dates "Selasa (17/9)".
        years = Counter(m.value[:4] for m in mentions if m.kind == "full")
        if years:
            mentions = find_dates(text, None, int(years.most_common(1)[0][0]))
    candidates = [
        m for m in mentions if m.kind != "timestamp" and not _after(m, pub) and not _PLANNED.search(text[max(0, m.start - 45) : m.start])
    ]
    if not candidates:
        # Undated news reports what happened on the day it was published, or just before.
        return pub.isoformat() if pub else None
    for mention in candidates:
        if mention.with_weekday or mention.kind == "relative":
            return mention.value
    return candidates[0].value


# "akan dilakukan pada 22 September", "paling lambat 5 Oktober": a plan or a deadline, not the event.
_PLANNED = re.compile(r"\b(?:akan|dijadwalkan|rencananya|direncanakan|hingga|sampai|paling lambat|batas waktu|mendatang)\b[^.]*$", re.IGNORECASE)


def _after(mention: DateMention, pub: date | None) -> bool:
    return pub is not None and date.fromisoformat(mention.value) > pub
