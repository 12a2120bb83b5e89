"""The bundled sample corpus is complete, consistent with CONTRACT.md, and free of copied news."""

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from pantau.data import sample_articles_path, sample_corpus_path, sample_labels_path
from pantau.engine.analysis import EVENT_KINDS, CASE_STAGES, VIOLATION_TYPES

from ..conftest import PROJECT_ROOT, SHARED

ARTICLE_FIELDS = {"id", "url", "title", "text", "pub_date", "outlet"}
LABEL_FIELDS = {"id", "is_violation_case", "about_asn_neutrality", "violation_type", "actors", "province",
                "regency_city", "case_stage", "event_date", "pub_date", "cluster", "news_event", "notes",
                "doubtful", "event_kind"}


def _read(traversable):
    return [json.loads(line) for line in traversable.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def articles():
    return _read(sample_articles_path())


@pytest.fixture(scope="module")
def labels():
    return {label["id"]: label for label in _read(sample_labels_path())}


def test_the_loader_finds_the_folder():
    names = {entry.name for entry in sample_corpus_path().iterdir()}
    assert {"articles.jsonl", "labels.jsonl", "README.md"} <= names


def test_every_article_has_one_label_and_the_right_fields(articles, labels):
    assert len(articles) >= 70
    assert [a["id"] for a in articles] == list(labels)
    for article in articles:
        assert set(article) == ARTICLE_FIELDS, article["id"]
        assert 200 <= len(article["text"]) <= 2500, article["id"]
        assert article["url"].startswith(f"https://{article['outlet']}/")
        assert article["outlet"].endswith(".example")  # fictional outlets only
    for label in labels.values():
        assert set(label) == LABEL_FIELDS, label["id"]


def test_labels_follow_the_contract_rules(labels):
    for ident, label in labels.items():
        if label["is_violation_case"]:
            assert label["about_asn_neutrality"], ident
            assert label["violation_type"] in VIOLATION_TYPES, ident
            assert label["case_stage"] is None or label["case_stage"] in CASE_STAGES, ident
            assert label["event_kind"] == "violation_case", ident
        else:
            assert label["violation_type"] is None and label["case_stage"] is None, ident
            assert label["event_kind"] != "violation_case", ident
        if label["about_asn_neutrality"]:
            assert label["event_kind"] in EVENT_KINDS, ident
        else:
            assert label["event_kind"] is None, ident
        assert label["regency_city"] is None or label["province"], ident
        assert label["notes"], ident


def test_every_type_and_stage_and_no_process_case_is_present(labels):
    cases = [label for label in labels.values() if label["is_violation_case"]]
    assert {label["violation_type"] for label in cases} == set(VIOLATION_TYPES)
    assert {label["case_stage"] for label in cases} == set(CASE_STAGES) | {None}
    assert {label["event_kind"] for label in labels.values()} >= set(EVENT_KINDS)


def test_at_least_three_stories_are_told_by_three_outlets(articles, labels):
    outlets = defaultdict(set)
    for article in articles:
        outlets[labels[article["id"]]["cluster"]].add(article["outlet"])
    assert sum(len(names) >= 3 for names in outlets.values()) >= 3


def test_region_names_are_official_kemendagri_names(labels):
    table_file = Path(PROJECT_ROOT / "src/pantau/data/regions/kemendagri.json")
    if not table_file.is_file():
        pytest.skip("the packaged region table is not there")
    table = json.loads(table_file.read_text(encoding="utf-8"))
    provinces = set(table["provinces"].values())
    regency_province = {name: table["provinces"][code.split(".")[0]] for code, name in table["regencies"].items()}
    for ident, label in labels.items():
        assert label["province"] is None or label["province"] in provinces, ident
        if label["regency_city"]:
            assert regency_province.get(label["regency_city"]) == label["province"], ident


def test_the_corpus_holds_no_copied_news():
    checker = SHARED / "tools" / "check_no_copied_news.py"
    if not checker.is_file():
        pytest.skip("../shared/tools is not here")
    done = subprocess.run([sys.executable, str(checker)], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
