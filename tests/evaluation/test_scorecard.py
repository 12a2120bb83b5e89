import pytest

from pantau.evaluation.jsonl_files import OutputFile
from pantau.evaluation.scorecard import score

from .label_builders import label, output, province, regency


def _card(labels, outputs, errors=None):
    return score({l["id"]: l for l in labels},
                 OutputFile(records={o["id"]: o for o in outputs}, errors=errors or {}))


def test_type_and_stage_are_scored_on_true_cases_only_and_null_stage_matches_null():
    labels = [
        label("c1", case=True, vtype="attending_campaign", stage=None),
        label("c2", case=True, vtype="social_media_support", stage="reported"),
        label("n1", case=False),
    ]
    outputs = [
        output("c1", case=True, vtype="attending_campaign", stage=None),
        output("c2", case=False, vtype=None, stage="sanctioned"),
        output("n1", case=True, vtype="unspecified", stage="reported"),
    ]
    card = _card(labels, outputs)
    assert card.scores["violation_type"] == {"accuracy": 0.5, "n": 2}
    assert card.scores["stage"] == {"accuracy": 0.5, "n": 2}
    assert card.scores["case"]["precision"] == pytest.approx(0.5)
    assert card.scores["case"]["recall"] == pytest.approx(0.5)
    assert [(f.id, f.expected, f.got) for f in card.failures["stage"]] == [("c2", "reported", "sanctioned")]


def test_region_levels_and_national_stories():
    labels = [
        label("nat", province=None, regency=None),
        label("kota", province="Jawa Barat", regency="Kota Bekasi"),
        label("kab", province="Jawa Barat", regency="Kabupaten Bekasi"),
        label("prov", province="Sulawesi Tenggara"),
    ]
    outputs = [
        output("nat", region=None),
        output("kota", region=regency("kota  bekasi", "Jawa Barat")),  # case and spacing do not matter
        output("kab", region=regency("Kota Bekasi", "Jawa Barat")),  # the Bekasi trap: right province only
        output("prov", region=regency("Kota Kendari", "Sulawesi Tenggara")),  # too specific
    ]
    card = _card(labels, outputs)
    assert card.scores["region"]["accuracy"] == pytest.approx(2 / 4)
    assert card.scores["regency"]["accuracy"] == pytest.approx(2 / 4)
    assert card.scores["province"]["accuracy"] == 1.0
    failed = {f.id: (f.expected, f.got) for f in card.failures["region"]}
    assert failed == {
        "kab": ("Kabupaten Bekasi, Jawa Barat", "Kota Bekasi, Jawa Barat"),
        "prov": ("Sulawesi Tenggara", "Kota Kendari, Sulawesi Tenggara"),
    }


def test_a_province_level_output_matches_a_province_label():
    card = _card([label("p", province="Aceh")], [output("p", region=province("Aceh"))])
    assert card.scores["region"]["accuracy"] == 1.0
    assert card.scores["regency"]["accuracy"] == 1.0


def test_missing_and_errored_articles_count_as_wrong_and_extra_ids_are_ignored():
    labels = [
        label("ok", case=True, vtype="unspecified", province=None),
        label("gone", case=False, about=False),
        label("broken", case=True, vtype="unspecified"),
    ]
    outputs = [output("ok", case=True, vtype="unspecified"), output("stranger", case=True)]
    card = _card(labels, outputs, errors={"broken": "cannot decode page"})
    assert card.missing_ids == ["gone"]
    assert card.errored == {"broken": "cannot decode page"}
    assert card.extra_ids == ["stranger"]
    # national "gone" would match a null region by luck; an unanswered article never scores
    assert card.scores["region"]["accuracy"] == pytest.approx(1 / 3)
    assert card.scores["case"]["recall"] == pytest.approx(1 / 2)
    assert {f.id: f.got for f in card.failures["about_asn_neutrality"]} == {"gone": "<missing>", "broken": "<error>"}


def test_story_failures_list_the_mates_expected_and_got():
    labels = [label("a", cluster="s"), label("b", cluster="s"), label("c", cluster="t")]
    outputs = [output("a", story="x"), output("b", story="y"), output("c", story="y")]
    card = _card(labels, outputs)
    assert card.scores["story"]["pair_f1"] == 0.0
    assert {f.id: (f.expected, f.got) for f in card.failures["story"]} == {
        "a": (["b"], []), "b": (["a"], ["c"]), "c": ([], ["b"]),
    }
    json_view = card.as_json(with_failures=True)
    assert json_view["coverage"]["scored"] == 3
    assert json_view["failures"]["story"][0] == {"id": "a", "expected": ["b"], "got": [], "note": "note for a"}


def test_event_kind_is_scored_only_where_labels_give_it():
    with_kind = dict(label("a"), event_kind="outreach")
    out = dict(output("a"), event_kind="statistics")
    card = _card([with_kind, label("b")], [out, output("b")])
    assert card.scores["event_kind"] == {"accuracy": 0.0, "n": 1}
    assert _card([label("b")], [output("b")]).scores["event_kind"] == {"accuracy": None, "n": 0}


def test_a_malformed_output_line_is_scored_as_wrong_not_as_a_crash():
    broken = {"id": "c1", "violation": "yes", "region": "Kendari", "story": ["x"]}
    card = _card([label("c1", case=True, vtype="unspecified", province="Sulawesi Tenggara")], [broken])
    assert card.scores["case"]["recall"] == 0.0
    assert card.scores["region"]["accuracy"] == 0.0
    assert card.scores["violation_type"]["accuracy"] == 0.0
