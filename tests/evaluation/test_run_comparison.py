import json

import pytest

from pantau.cli.main import main
from pantau.evaluation.jsonl_files import OutputFile
from pantau.evaluation.run_comparison import compare
from pantau.evaluation.scorecard import score

from .label_builders import label, output

LABELS = {l["id"]: l for l in [
    label("a", case=True, vtype="attending_campaign", stage="reported"),
    label("b", case=True, vtype="social_media_support", stage="recommended"),
    label("c"),
]}


def _card(outputs):
    return score(LABELS, OutputFile(records={o["id"]: o for o in outputs}))


def test_comparison_names_the_articles_fixed_and_broken():
    before = _card([output("a", case=True, vtype="attending_campaign", stage="reported"),
                    output("b", case=False), output("c")])
    after = _card([output("a", case=True, vtype="attending_campaign", stage="sanctioned"),
                   output("b", case=True, vtype="social_media_support", stage="recommended"), output("c")])
    result = compare(before, after)
    assert result.fixed == {"case": ["b"], "violation_type": ["b"], "stage": ["b"]}
    assert result.broken == {"stage": ["a"]}
    figures = {f.label: f for f in result.figures}
    assert figures["case recall"].change == pytest.approx(0.5)
    assert figures["stage accuracy"].change == 0.0


def test_evaluate_with_a_baseline_prints_changes(tmp_path, capsys):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(l) + "\n" for l in LABELS.values()), encoding="utf-8")
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(json.dumps(output("a")) + "\n", encoding="utf-8")
    new.write_text("".join(json.dumps(o) + "\n" for o in [
        output("a", case=True, vtype="attending_campaign", stage="reported"), output("b"), output("c")]),
        encoding="utf-8")
    assert main(["evaluate", str(labels), str(new), "--baseline", str(old)]) == 0
    printed = capsys.readouterr().out
    # c was missing from the old run, which counts as wrong: answering it now fixes it
    assert "  case: a c\n" in printed.split("fixed (wrong before, right now):")[1]
    assert main(["evaluate", str(labels), str(new), "--baseline", str(old), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["comparison"]["fixed"]["case"] == ["a", "c"]
    assert main(["evaluate", str(labels), str(new), "--baseline", str(tmp_path / "none.jsonl")]) == 2
