"""Marking evidence sentences in an article's text."""

from __future__ import annotations

from pantau.web.ui.evidence_highlight import Segment, highlight_evidence

TEXT = "Kalimat pertama.\nCamat A hadir di  kampanye. Lalu pulang.\n\nPenutup."


def test_exact_and_whitespace_tolerant_matches():
    result = highlight_evidence(TEXT, ["Kalimat pertama.", "Camat A hadir di kampanye."])
    assert result.paragraphs == [
        [Segment("Kalimat pertama.", True)],
        [Segment("Camat A hadir di  kampanye.", True), Segment(" Lalu pulang.", False)],
        [Segment("Penutup.", False)],
    ]
    assert result.unmatched_evidence == []


def test_overlapping_evidence_is_marked_once_and_missing_evidence_reported():
    result = highlight_evidence(TEXT, ["Camat A hadir", "hadir di  kampanye.", "Tidak ada.", "  "])
    assert result.paragraphs[1][0] == Segment("Camat A hadir di  kampanye.", True)
    assert result.unmatched_evidence == ["Tidak ada."]


def test_no_evidence_gives_plain_paragraphs():
    result = highlight_evidence("Satu.\nDua.", [])
    assert result.paragraphs == [[Segment("Satu.", False)], [Segment("Dua.", False)]]
