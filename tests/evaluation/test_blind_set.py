"""The blind evaluation set is well formed, labelled in the contract's vocabularies, and free of copied news.

The set measures how pantau's rules carry over to wording they were not tuned on, so these tests only
check the files; the figure itself comes from `pantau evaluate` (see tests/data/blind_set/README.md).
"""

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES

from ..conftest import PROJECT_ROOT, SHARED

BLIND_SET = PROJECT_ROOT / "tests" / "data" / "blind_set"
REGION_TABLE = PROJECT_ROOT / "src" / "pantau" / "data" / "regions" / "kemendagri.json"
ARTICLE_FIELDS = {"id", "url", "title", "text", "pub_date", "outlet"}
LABEL_FIELDS = {"id", "is_violation_case", "about_asn_neutrality", "violation_type", "actors", "province",
                "regency_city", "case_stage", "event_date", "pub_date", "cluster", "news_event", "notes",
                "doubtful", "event_kind"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _read(name):
    path = BLIND_SET / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def articles():
    return _read("articles.jsonl")


@pytest.fixture(scope="module")
def labels():
    return _read("labels.jsonl")


def test_articles_and_labels_pair_up_in_order(articles, labels):
    ids = [article["id"] for article in articles]
    assert ids == [label["id"] for label in labels]
    assert ids == [f"b{n:03d}" for n in range(1, len(ids) + 1)]


def test_articles_have_the_input_fields_and_realistic_lengths(articles):
    for article in articles:
        assert set(article) == ARTICLE_FIELDS, article["id"]
        assert 300 <= len(article["text"]) <= 2000, article["id"]
        assert article["outlet"].endswith(".example"), article["id"]  # fictional outlets only
        assert article["url"].startswith(f"https://{article['outlet']}/"), article["id"]
        assert article["pub_date"] is None or ISO_DATE.match(article["pub_date"]), article["id"]


def test_labels_use_the_contract_vocabularies(labels):
    for label in labels:
        ident = label["id"]
        assert set(label) == LABEL_FIELDS, ident
        if label["is_violation_case"]:
            assert label["about_asn_neutrality"], ident
            assert label["violation_type"] in VIOLATION_TYPES, ident
            assert label["case_stage"] is None or label["case_stage"] in CASE_STAGES, ident
            assert label["event_kind"] == "violation_case", ident
            assert label["actors"], ident  # a case names (or describes) whom it accuses
        else:
            assert label["violation_type"] is None and label["case_stage"] is None, ident
            assert label["event_kind"] != "violation_case", ident
        if label["about_asn_neutrality"]:
            assert label["event_kind"] in EVENT_KINDS, ident
        else:
            assert label["event_kind"] is None, ident
        for actor in label["actors"]:
            assert set(actor) == {"name", "role"} and actor["role"], ident
        for field in ("event_date", "pub_date"):
            assert label[field] is None or ISO_DATE.match(label[field]), (ident, field)
        assert label["regency_city"] is None or label["province"], ident
        assert label["cluster"] and label["news_event"] and label["notes"], ident
        assert isinstance(label["doubtful"], bool), ident


def test_label_dates_agree_with_the_articles(articles, labels):
    for article, label in zip(articles, labels):
        assert label["pub_date"] == article["pub_date"], label["id"]


def test_a_news_event_belongs_to_one_story(labels):
    story_of_event = defaultdict(set)
    for label in labels:
        story_of_event[label["news_event"]].add(label["cluster"])
    assert {event: stories for event, stories in story_of_event.items() if len(stories) > 1} == {}


def test_region_names_are_official_kemendagri_names(labels):
    table = json.loads(REGION_TABLE.read_text(encoding="utf-8"))
    provinces = set(table["provinces"].values())
    # Pairs, not a name->province map: a regency name may in principle repeat across provinces.
    regency_in_province = {(name, table["provinces"][code.split(".")[0]]) for code, name in table["regencies"].items()}
    for label in labels:
        assert label["province"] is None or label["province"] in provinces, label["id"]
        if label["regency_city"]:
            assert (label["regency_city"], label["province"]) in regency_in_province, label["id"]


def test_the_set_holds_no_copied_news():
    checker = SHARED / "tools" / "check_no_copied_news.py"
    if not checker.is_file():
        pytest.skip("../shared/tools is not here")
    done = subprocess.run([sys.executable, str(checker)], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_the_set_covers_every_type_stage_and_kind(labels):
    cases = [label for label in labels if label["is_violation_case"]]
    assert {label["violation_type"] for label in cases} == set(VIOLATION_TYPES)
    assert {label["case_stage"] for label in cases} == set(CASE_STAGES) | {None}
    assert {label["event_kind"] for label in labels} == set(EVENT_KINDS) | {None}
    kinds = Counter((label["is_violation_case"], label["about_asn_neutrality"]) for label in labels)
    # Roughly the real mix: cases, other ASN-neutrality news, and unrelated election news.
    assert kinds[(True, True)] >= 25 and kinds[(False, True)] >= 20 and kinds[(False, False)] >= 10


def test_some_stories_are_told_by_several_outlets(articles, labels):
    outlets = defaultdict(set)
    for article, label in zip(articles, labels):
        outlets[label["cluster"]].add(article["outlet"])
    assert sum(len(names) >= 2 for names in outlets.values()) >= 4
