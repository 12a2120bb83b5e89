import json

from pantau.cli.main import main


def test_analyze_writes_one_contract_line_per_jsonl_article(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "text": "Camat Sukamaju hadir di deklarasi pasangan calon."}) + "\n"
        + json.dumps({"id": "x2", "text": "Bawaslu menggelar sosialisasi netralitas ASN."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["x1", "x2"]
    for line in lines:
        for key in ("about_asn_neutrality", "event_kind", "violation", "actors", "region",
                    "regions_mentioned", "event_date", "story", "news_event", "duplicate_of", "warnings"):
            assert key in line


def test_analyze_without_inputs_is_bad_usage(capsys):
    try:
        main(["analyze"])
    except SystemExit as exc:
        assert exc.code == 2
    else:
        raise AssertionError("expected a usage error")
