"""Template filters that turn stored codes and JSON into readable text."""

from __future__ import annotations

from django.utils import translation

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES
from pantau.web.ui import vocabulary_labels
from pantau.web.ui.templatetags.ui_labels import accused_first, actor_line, partial_date


def test_every_engine_code_has_a_label_in_both_languages():
    for codes, labels in (
        (VIOLATION_TYPES, vocabulary_labels.VIOLATION_TYPE_LABELS),
        (CASE_STAGES, vocabulary_labels.STAGE_LABELS),
        (EVENT_KINDS, vocabulary_labels.EVENT_KIND_LABELS),
    ):
        assert set(labels) == set(codes)
    with translation.override("id"):
        assert vocabulary_labels.stage_label("dismissed") == "Dihentikan"
        assert vocabulary_labels.violation_type_label("social_media_support") == "Dukungan di media sosial"
    with translation.override("en"):
        assert vocabulary_labels.event_kind_label("outreach") == "Outreach"
    assert vocabulary_labels.stage_label("a_future_stage") == "a_future_stage"
    assert vocabulary_labels.stage_label(None) == ""


def test_partial_dates_read_in_the_active_language():
    with translation.override("id"):
        assert partial_date("2024-10-12") == "12 Okt 2024"
        assert partial_date("2024-08") == "Agu 2024"
        assert partial_date("2024") == "2024"
        assert partial_date("2024-13-45") == "2024-13-45"
        assert partial_date(None) == ""


def test_actors_read_as_name_and_role_accused_first():
    actors = [
        {"name": "Rahmat", "role": "Ketua Bawaslu", "is_asn": False, "accused": False},
        {"name": None, "role": "camat", "is_asn": True, "accused": True},
    ]
    assert [actor_line(a) for a in accused_first(actors)] == ["camat", "Rahmat, Ketua Bawaslu"]
    with translation.override("id"):
        assert actor_line({"name": None, "role": None}) == "tanpa nama"
    assert accused_first("not a list") == []


def test_one_person_reported_twice_is_listed_once_with_the_fuller_role():
    actors = [
        {"name": "Muh. Arsad", "role": "Camat Sukamaju", "is_asn": True, "accused": True},
        {"name": "muh. arsad", "role": "camat", "is_asn": None, "accused": False},
        {"name": None, "role": "lurah", "is_asn": True, "accused": False},
        {"name": None, "role": "Lurah", "is_asn": True, "accused": True},
    ]
    people = accused_first(actors)
    assert [actor_line(p) for p in people] == ["Muh. Arsad, Camat Sukamaju", "lurah"]
    assert all(p["accused"] for p in people)
