"""Scoring the people an output names against the people a label names.

What the labels hold: ``actors: [{name, role}]`` lists the people the story is *about* — the
alleged offenders (ASN or not) — never the supervisors, candidates or officials who are quoted. The
output's comparable set is therefore its actors marked ``accused``; every other actor it lists
(a Bawaslu chair who comments) is neither right nor wrong here. The labels carry no accused flag
of their own, so there is no separate accused-actor figure: this is it.

Only named actors are scored. A name is compared in a normal form: case folded, punctuation
dropped, honorifics before it ("H.", "Dr.", "Hj.") and academic degrees after it ("S.H., M.Si.")
removed. A name written only as initials ("AS", "M.S.") identifies nobody and counts as unnamed on
both sides (labels put initials in the role).

Two names are a *full* match when their normal forms have the same words, and a *partial* match
when the words of one are all among the words of the other ("Bahri" and "Bahri Saleh", "Arsyad
Tamburaka" and "Muh. Arsyad Tamburaka"). A partial match earns half a hit, not a whole one: the
person is found, but the name a supervisor would search by is incomplete, and a one-word name
("Ahmad") can match a stranger. Names are paired one to one, full matches first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARTIAL_CREDIT = 0.5

_HONORIFIC = {"h", "hj", "dr", "drs", "dra", "drg", "ir", "prof", "kh", "tgk", "ust", "ustadz", "apt", "ns"}
# Degrees as they follow names: S.H., M.Si., S.Pd., M.A.P., S.STP, Ph.D, MM, SE, Lc.
_DEGREE = re.compile(r"^(?:[smd]\.\w+(?:\.\w+)*\.?|ph\.?d\.?|mm|map|se|sh|mh|msi|spd|sip|sstp|st|mt|mba|lc|mpd)$")
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.?\s?){1,4}$|^[A-Z]{2,4}$")


def normal_name(name: object) -> tuple[str, ...] | None:
    """The words of a person's name for comparison; None for no name or initials only."""
    if not isinstance(name, str) or not name.strip():
        return None
    if _INITIALS_ONLY.match(name.strip()) and len(name.replace(".", "").replace(" ", "")) >= 2:
        return None
    # Degrees come after the first comma ("Abdullah, S.H., M.Si."); the name is before it.
    head = name.split(",")[0]
    words = [w.casefold() for w in head.split()]
    while words and words[0].rstrip(".") in _HONORIFIC:
        words.pop(0)
    while len(words) > 1 and _DEGREE.match(words[-1]):
        words.pop()
    bare = tuple(w for w in (re.sub(r"[^\w]", "", word) for word in words) if w)
    return bare or None


def _kind(a: tuple[str, ...], b: tuple[str, ...]) -> str | None:
    sa, sb = set(a), set(b)
    if sa == sb:
        return "full"
    if sa <= sb or sb <= sa:
        return "partial"
    return None


@dataclass(frozen=True)
class NameMatch:
    expected: int  # names in the label
    got: int  # accused names in the output
    full: int
    partial: int
    found_anywhere: float  # label names matched by any named output actor, accused or not (same credit)

    @property
    def credit(self) -> float:
        return self.full + PARTIAL_CREDIT * self.partial

    @property
    def perfect(self) -> bool:
        return self.full == self.expected == self.got


def _pair(expected: list[tuple[str, ...]], got: list[tuple[str, ...]]) -> tuple[int, int]:
    """Full and partial matches, one to one, full ones first."""
    left, right = list(expected), list(got)
    counts = {"full": 0, "partial": 0}
    for kind in ("full", "partial"):
        for name in list(left):
            other = next((g for g in right if _kind(name, g) == kind), None)
            if other is not None:
                left.remove(name)
                right.remove(other)
                counts[kind] += 1
    return counts["full"], counts["partial"]


def label_names(label: dict) -> list[tuple[str, ...]]:
    actors = label.get("actors") if isinstance(label.get("actors"), list) else []
    return _unique(normal_name(a.get("name")) for a in actors if isinstance(a, dict))


def output_names(output: dict, accused_only: bool = True) -> list[tuple[str, ...]]:
    actors = output.get("actors") if isinstance(output.get("actors"), list) else []
    return _unique(
        normal_name(a.get("name"))
        for a in actors
        if isinstance(a, dict) and (a.get("accused") is True or not accused_only)
    )


def _unique(names) -> list[tuple[str, ...]]:
    seen: list[tuple[str, ...]] = []
    for name in names:
        if name is not None and name not in seen:
            seen.append(name)
    return seen


def match_names(label: dict, output: dict | None) -> NameMatch:
    """How the named actors of one article compare; ``output`` None when the article has no answer."""
    expected = label_names(label)
    got = output_names(output) if output is not None else []
    full, partial = _pair(expected, got)
    anywhere = _pair(expected, output_names(output, accused_only=False)) if output is not None else (0, 0)
    return NameMatch(len(expected), len(got), full, partial, anywhere[0] + PARTIAL_CREDIT * anywhere[1])


def shown_names(names: list[tuple[str, ...]]) -> list[str]:
    return [" ".join(name) for name in names]
