import json

from pantau.cli.main import main

from .label_builders import label, output, regency


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _files(tmp_path):
    labels = _write(tmp_path / "labels.jsonl", [
        label("k1", case=True, vtype="attending_campaign", stage="reported",
              province="Sulawesi Tenggara", regency="Kota Kendari", cluster="kendari"),
        label("k2", case=True, vtype="attending_campaign", stage="under_examination",
              province="Sulawesi Tenggara", regency="Kota Kendari", cluster="kendari"),
        label("n1", about=False),
    ])
    out = tmp_path / "out.jsonl"
    _write(out, [
        output("k1", case=True, vtype="attending_campaign", stage="reported",
               region=regency("Kota Kendari", "Sulawesi Tenggara"), story="s1"),
        output("k2", case=True, vtype="attending_campaign", stage="reported",
               region=regency("Kota Kendari", "Sulawesi Tenggara"), story="s1"),
    ])
    with out.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"id": "n1", "error": "empty page"}) + "\n")
    return labels, str(out)


def test_table_with_failures_names_metric_id_expected_and_got(tmp_path, capsys):
    labels, out = _files(tmp_path)
    assert main(["evaluate", labels, out, "--failures"]) == 0
    captured = capsys.readouterr()
    assert "stage\tk2\texpected: under_examination\tgot: reported" in captured.out
    assert "errored: n1: empty page" in captured.out
    assert "out.jsonl:3: not JSON" in captured.err


def test_json_scores(tmp_path, capsys):
    labels, out = _files(tmp_path)
    assert main(["evaluate", labels, out, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # the errored non-case n1 counts as a false alarm: precision 2/3, recall 1
    assert data["scores"]["case"]["f1"] == 0.8
    assert data["scores"]["stage"] == {"accuracy": 0.5, "n": 2}
    assert data["scores"]["story"]["pair_f1"] == 1.0
    assert data["coverage"]["errored"] == {"n1": "empty page"}
    assert "failures" not in data


def test_unreadable_labels_exit_2_naming_the_file(tmp_path, capsys):
    _, out = _files(tmp_path)
    missing = str(tmp_path / "nope.jsonl")
    assert main(["evaluate", missing, out]) == 2
    assert "nope.jsonl: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "is_violation_case": "yes", "about_asn_neutrality": true}\n', encoding="utf-8")
    assert main(["evaluate", str(bad), out]) == 2
    assert "bad.jsonl:1: 'is_violation_case' must be true or false" in capsys.readouterr().err


def test_unreadable_output_exits_2(tmp_path, capsys):
    labels, _ = _files(tmp_path)
    assert main(["evaluate", labels, str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_devset_labels_against_themselves_score_perfectly(devset_dir, tmp_path, capsys):
    records = [json.loads(line) for line in (devset_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    outputs = []
    for l in records:
        region = None
        if l["regency_city"]:
            region = regency(l["regency_city"], l["province"])
        elif l["province"]:
            region = {"level": "province", "code": "00", "name": l["province"], "province": l["province"]}
        outputs.append(output(l["id"], case=l["is_violation_case"], about=l["about_asn_neutrality"],
                              vtype=l["violation_type"], stage=l["case_stage"], region=region,
                              event_date=l["event_date"], story=l["cluster"], news_event=l["news_event"]))
    out = _write(tmp_path / "perfect.jsonl", outputs)
    assert main(["evaluate", str(devset_dir / "labels.jsonl"), out, "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert scores["case"]["f1"] == 1.0 and scores["about_asn_neutrality"]["macro_f1"] == 1.0
    assert all(scores[m]["accuracy"] == 1.0 for m in ("violation_type", "stage", "region", "regency", "province"))
    assert scores["story"]["bcubed_f1"] == 1.0


def test_output_from_standard_input_and_failures_of_one_metric(tmp_path, capsys, monkeypatch):
    import io

    labels, out = _files(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO((tmp_path / "out.jsonl").read_text(encoding="utf-8")))
    assert main(["evaluate", labels, "-", "--failures", "--metric", "stage"]) == 0
    printed = capsys.readouterr()
    failure_lines = [line for line in printed.out.splitlines() if "\texpected: " in line]
    assert failure_lines == ["stage\tk2\texpected: under_examination\tgot: reported"]
    assert "<stdin>:3: not JSON" in printed.err


def test_unknown_metric_is_bad_usage(tmp_path):
    labels, out = _files(tmp_path)
    try:
        main(["evaluate", labels, out, "--failures", "--metric", "vibes"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("expected a usage error")


def test_a_byte_order_mark_does_not_break_the_first_label(tmp_path, capsys):
    _, out = _files(tmp_path)
    bom = tmp_path / "bom.jsonl"
    bom.write_text("\ufeff" + json.dumps(label("k1", case=True, vtype="attending_campaign")) + "\n", encoding="utf-8")
    assert main(["evaluate", str(bom), out, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["coverage"]["labelled"] == 1
