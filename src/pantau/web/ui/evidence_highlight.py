"""Finds the engine's evidence sentences in an article's text, so the story page can mark them.

The engine quotes evidence verbatim, but the stored text may differ in whitespace (line breaks,
double spaces from extraction), so a sentence not found as-is is looked for word by word with any
whitespace between the words. Sentences not found at all are returned, so the page can still list
them instead of silently dropping the reason for a decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    is_evidence: bool


@dataclass(frozen=True)
class HighlightedText:
    paragraphs: list[list[Segment]]
    unmatched_evidence: list[str]


def _find_span(text: str, sentence: str) -> tuple[int, int] | None:
    sentence = sentence.strip()
    if not sentence:
        return None
    start = text.find(sentence)
    if start >= 0:
        return start, start + len(sentence)
    words = sentence.split()
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight_evidence(text: str, evidence: Sequence[str]) -> HighlightedText:
    """Paragraphs (one per non-empty line) cut into plain and evidence segments."""
    spans: list[tuple[int, int]] = []
    unmatched: list[str] = []
    for sentence in evidence:
        span = _find_span(text, sentence)
        if span is None:
            if sentence.strip():
                unmatched.append(sentence.strip())
        else:
            spans.append(span)
    spans = _merge(spans)

    paragraphs: list[list[Segment]] = []
    for line in re.finditer(r"[^\n]+", text):
        if not line.group().strip():
            continue
        segments: list[Segment] = []
        cursor = line.start()
        for start, end in spans:
            start, end = max(start, line.start()), min(end, line.end())
            if start >= end:
                continue
            if start > cursor:
                segments.append(Segment(text[cursor:start], False))
            segments.append(Segment(text[start:end], True))
            cursor = end
        if cursor < line.end():
            segments.append(Segment(text[cursor : line.end()], False))
        paragraphs.append(segments)
    return HighlightedText(paragraphs=paragraphs, unmatched_evidence=unmatched)
