"""Sentences (as verbatim spans, for evidence) and stemmed word tokens of Indonesian news text."""

from __future__ import annotations

import re
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an
# upper-case letter or opening quote, or at a line break. Abbreviations such as "No." or "H."
# split wrongly now and then; a short fragment only weakens evidence, it does not lose text.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[a-z]+")

# Lines that outlets add around the article and that carry other stories' headlines.
_BOILERPLATE = re.compile(
    r"\s*(baca juga|baca :|simak|lihat juga|berita terkait|tonton|follow|ikuti|editor|penulis)\b",
    re.IGNORECASE,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, stripped of surrounding spaces, boilerplate lines left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0)[0] != "\n" and _ends_with_abbreviation(text, match.start()):
            continue
        _add_span(text, start, match.start() + _closing_len(text, match), spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


# Titles and abbreviations that end in a full stop inside a sentence ("Pj. Bupati", "H. Ahmad").
_ABBREVIATIONS = frozenset(
    "pj plt pjs h hj dr drs dra ir prof no kec kab kel st sh se mh msi si mm mpd spd kh ust dkk "
    "a b c d e f g i j k l m n o p q r s t u v w x y z jl tgl".split()
)


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    start = dot - 1
    while start >= 0 and (text[start].isalpha() or text[start] == "."):
        start -= 1
    word = text[start + 1 : dot].replace(".", "").lower()
    return word in _ABBREVIATIONS


def _closing_len(text: str, match: re.Match[str]) -> int:
    # Keep a closing quote with its sentence so that evidence reads as quoted.
    piece = match.group(0)
    return 1 if piece and piece[0] in "\"'”’)" else 0


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 3 or _BOILERPLATE.match(text, start, end):
        return
    spans.append((start, end))


def words(text: str) -> list[str]:
    """Lower-case alphabetic words."""
    return _WORD.findall(text.lower())


_PARTICLES = ("lah", "kah", "tah", "nya", "pun")
_SUFFIXES = ("kan", "an", "i")
# Prefix -> what a nasal prefix replaced (men+tolak -> menolak, so "meno..." -> "to..." is
# ambiguous; we only restore the unambiguous cases and otherwise just strip).
_PREFIXES = (
    ("ketidak", ""),
    ("ber", ""),
    ("ter", ""),
    ("per", ""),
    ("meng", ""),
    ("meny", "s"),
    ("mem", ""),
    ("men", ""),
    ("me", ""),
    ("peng", ""),
    ("peny", "s"),
    ("pem", ""),
    ("pen", ""),
    ("pe", ""),
    ("di", ""),
    ("ke", ""),
    ("se", ""),
)


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light Indonesian stemmer: strips particles, one derivational suffix and one prefix.

    It needs to map dilaporkan / melaporkan / pelaporan / laporan to one key and pelanggaran /
    melanggar / dilanggar to another; exact dictionary roots are not the goal.
    """
    if len(word) <= 4:
        return word
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            word = word[: -len(particle)]
            break
    for prefix, restore in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            word = restore + word[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word
