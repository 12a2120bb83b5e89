"""Our understanding training data and the shipped model: well-formed, and weights, not text."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES
from pantau.engine.understanding.model import CLASSES, MODEL_PATH, load_model

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "pantau" / "data" / "understanding"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_label(label: dict) -> None:
    assert isinstance(label["is_violation_case"], bool) and isinstance(label["about_asn_neutrality"], bool)
    if label["is_violation_case"]:
        assert label["about_asn_neutrality"]
        assert label["violation_type"] in VIOLATION_TYPES
        assert label["case_stage"] in (*CASE_STAGES, None)
        assert label["event_kind"] == "violation_case"
    else:
        assert label["violation_type"] is None and label["case_stage"] is None
        if label["about_asn_neutrality"]:
            assert label["event_kind"] in EVENT_KINDS and label["event_kind"] != "violation_case"
        else:
            assert label["event_kind"] is None


def test_written_articles_have_valid_labels_in_the_devset_format():
    articles = read_jsonl(DATA / "articles.jsonl")
    labels = read_jsonl(DATA / "labels.jsonl")
    assert [a["id"] for a in articles] == [label["id"] for label in labels]
    assert len(articles) >= 80
    for label in labels:
        check_label(label)
    kinds = {label["event_kind"] for label in labels}
    assert kinds >= set(EVENT_KINDS) - {"other"}


def test_holdout_ids_are_written_articles():
    ids = {a["id"] for a in read_jsonl(DATA / "articles.jsonl")}
    holdout = set((DATA / "holdout_ids.txt").read_text().split())
    assert holdout and holdout <= ids


def test_composed_articles_cover_every_type_and_stage_with_valid_labels():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_understanding
    finally:
        sys.path.pop(0)
    bank = json.loads((DATA / "composed.json").read_text(encoding="utf-8"))
    items = train_understanding.compose_articles(bank, 300, random.Random(7))
    assert len(items) == 300
    for item in items:
        check_label(item["label"])
        assert "{" not in item["text"] and "{" not in item["title"]  # every slot filled
    cases = [item["label"] for item in items if item["label"]["is_violation_case"]]
    assert {label["violation_type"] for label in cases} == set(VIOLATION_TYPES)
    assert {label["case_stage"] for label in cases} == {*CASE_STAGES, None}


def test_shipped_model_holds_weights_not_text():
    model = load_model()
    assert model["classes"] == list(CLASSES)
    assert len(model["intercepts"]) == 3
    for name, row in model["weights"].items():
        assert len(name) <= 40 and " " not in name, name  # one stemmed word or a cue name
        assert len(row) == 3
    assert json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]["written"] >= 80
