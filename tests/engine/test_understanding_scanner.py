"""The cue scanner finds exactly what scanning every pattern over the whole text finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pantau.engine.understanding.cue_scanner import CueScanner, start_prefixes
from pantau.engine.understanding.features import SCANNED, SCANNER

OWN_ARTICLES = Path(__file__).resolve().parents[2] / "src" / "pantau" / "data" / "understanding" / "articles.jsonl"


def own_texts() -> list[str]:
    lines = OWN_ARTICLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"].lower() for line in lines]


def test_every_shipped_cue_pattern_has_readable_starts():
    assert SCANNER.full_scan == []


@pytest.mark.parametrize("text_index", range(0, 40, 3))
def test_scanner_matches_equal_finditer_on_our_articles(text_index):
    text = own_texts()[text_index]
    found = SCANNER.scan(text)
    for name, pattern in SCANNED.items():
        assert [m.span() for m in found[name]] == [m.span() for m in pattern.finditer(text)], name


def test_scanner_on_devset_texts(devset_dir: Path):
    for line in (devset_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"].lower()
        found = SCANNER.scan(text)
        for name, pattern in SCANNED.items():
            assert [m.span() for m in found[name]] == [m.span() for m in pattern.finditer(text)], name


def test_prefixes_of_optional_and_grouped_starts():
    assert start_prefixes(re.compile(r"\b(ke)?netral")) == {"kenet", "netra"}
    assert start_prefixes(re.compile(r"\b(pj|plt)\.? bupati")) == {"pj. b", "pj bu", "plt. ", "plt b"}
    assert start_prefixes(re.compile(r"netral")) is None  # no word boundary: may start mid-word


def test_unreadable_pattern_is_scanned_the_ordinary_way():
    scanner = CueScanner({"loose": re.compile(r"kampanye"), "anchored": re.compile(r"\bdukung")})
    assert scanner.full_scan == ["loose"]
    found = scanner.scan("berkampanye dan mendukung, dukungan kampanye")
    assert [m.start() for m in found["loose"]] == [3, 36]
    assert [m.start() for m in found["anchored"]] == [27]
