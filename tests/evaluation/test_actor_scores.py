"""The actors score: named accused actors in the output against the names the labels give."""

import json

import pytest

from pantau.cli.main import main
from pantau.evaluation.actor_names import match_names, normal_name
from pantau.evaluation.jsonl_files import OutputFile
from pantau.evaluation.scorecard import score

from .label_builders import label, output


def _card(labels, outputs, errors=None):
    return score({l["id"]: l for l in labels},
                 OutputFile(records={o["id"]: o for o in outputs}, errors=errors or {}))


@pytest.mark.parametrize(("written", "normal"), [
    ("H. Abdullah Mokoginta, S.H., M.Si.", ("abdullah", "mokoginta")),
    ("Dr. Ir. Siti Rahmah M.Pd", ("siti", "rahmah")),
    ("Muh. Arsyad Tamburaka", ("muh", "arsyad", "tamburaka")),  # an abbreviated given name is a name
    ("RUDI  hartono", ("rudi", "hartono")),
    ("AS", None), ("M.S.", None), ("", None), (None, None),  # initials identify nobody
])
def test_names_are_compared_without_case_titles_degrees_or_initials(written, normal):
    assert normal_name(written) == normal


def test_full_partial_and_wrong_names():
    lab = label("a", actors=[("Drs. Bahri Saleh", "Pj Bupati"), ("Yohana Lumenta", "camat"), (None, "guru")])
    out = output("a", actors=[
        ("bahri saleh", "Pj Bupati", True),  # full
        ("Lumenta", "Camat", True),  # partial: half a hit
        ("Rudi Santoso", "Ketua Bawaslu", False),  # not accused: outside the score
        ("Andi Wijaya", "camat", True),  # a wrong accused name
    ])
    match = match_names(lab, out)
    assert (match.expected, match.got, match.full, match.partial) == (2, 3, 1, 1)
    assert match.credit == 1.5 and not match.perfect


def test_one_name_is_matched_once():
    lab = label("a", actors=[("Bahri", "Pj Bupati")])
    out = output("a", actors=[("Bahri", "Pj Bupati", True), ("Bahri Saleh", "Pj Bupati", True)])
    match = match_names(lab, out)
    assert (match.full, match.partial, match.got) == (1, 0, 2)


def test_scorecard_precision_recall_and_found_anywhere():
    labels = [
        label("k1", case=True, actors=[("Bahri", "Pj Bupati")]),
        label("k2", case=True, actors=[("Neneng Komalasari", "guru PPPK")]),
        label("n1", actors=[]),
    ]
    outputs = [
        output("k1", actors=[("Bahri", "Penjabat Bupati", True)]),
        output("k2", actors=[("Neneng Komalasari", "guru", False)]),  # found, but not as the accused
        output("n1", actors=[("Agus Salim", "camat", True)]),  # accused where the label names nobody
    ]
    card = _card(labels, outputs)
    actors = card.scores["actors"]
    assert actors["precision"] == pytest.approx(1 / 2)
    assert actors["recall"] == pytest.approx(1 / 2)
    assert actors["f1"] == pytest.approx(1 / 2)
    assert actors["found_anywhere_recall"] == 1.0
    assert {f.id: (f.expected, f.got) for f in card.failures["actors"]} == {
        "k2": (["neneng komalasari"], []), "n1": ([], ["agus salim"])}


def test_missing_answer_counts_as_no_names_found_and_no_names_anywhere_is_not_scored():
    card = _card([label("k1", actors=[("Bahri", "Pj Bupati")])], [], errors={"k1": "unreadable"})
    assert card.scores["actors"]["recall"] == 0.0 and card.scores["actors"]["precision"] == 0.0
    assert card.failures["actors"][0].got == "<error>"
    empty = _card([label("n1")], [output("n1")])
    assert empty.scores["actors"]["f1"] is None and empty.failures["actors"] == []


def test_evaluate_command_shows_actors_in_table_json_and_failures(tmp_path, capsys):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label("k1", case=True, actors=[("Johan Latuheru", "Pj Bupati")])) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(output("k1", case=True, actors=[("Latuheru", "Pj Bupati", True)])) + "\n")
    assert main(["evaluate", str(labels), str(out), "--failures", "--metric", "actors"]) == 0
    text = capsys.readouterr().out
    assert "actors" in text and "F1  50.0" in text and "1 full" not in text and "1 partial" in text
    assert 'actors\tk1\texpected: ["johan latuheru"]\tgot: ["latuheru"]' in text
    assert main(["evaluate", str(labels), str(out), "--json", "--failures", "--metric", "actors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scores"]["actors"]["partial_matches"] == 1
    assert list(data["failures"]) == ["actors"]


def test_unnamed_actors_are_scored_by_position_family_among_accused_roles():
    from pantau.evaluation.actor_roles import families

    assert families("oknum Kades Sukamaju") == {"kepala desa"}
    assert families("guru dan PNS Purwakarta") == {"guru", "asn"}
    assert families("pengguna mobil dinas (unidentified)") == frozenset()
    labels = [
        label("k1", case=True, actors=[(None, "camat (3 camat se-Kota X)"), (None, "kepala desa")]),
        label("k2", case=True, actors=[(None, "pengguna mobil dinas")]),  # no known position: not scored
        label("k3", case=True, actors=[("Bahri", "Pj Bupati")]),  # named: the name score's business
    ]
    outputs = [
        output("k1", actors=[(None, "Camat", True), (None, "kades", False)]),  # the kades is not accused
        output("k2", actors=[]),
        output("k3", actors=[]),
    ]
    card = _card(labels, outputs)
    assert card.scores["unnamed_actors"] == {"recall": 0.5, "found": 1, "n": 2}
    assert [(f.id, f.expected, f.got) for f in card.failures["unnamed_actors"]] == [("k1", ["kepala desa"], ["Camat"])]
