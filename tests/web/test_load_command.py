"""``pantau load``: the real pipeline into the database, idempotent and resumable."""

from __future__ import annotations

import json

import pytest

from pantau.cli.main import main
from pantau.web.monitoring.models import Article, Source, Story
from tests.web.contract_examples import contract

pytestmark = pytest.mark.django_db(transaction=True)

# Our own short articles, in the input shape of `pantau analyze`.
RAW_ARTICLES = [
    {
        "id": "uji-1",
        "url": "https://kabarbolmong.example/2024/10/camat-kampanye",
        "outlet": "kabarbolmong.example",
        "title": "Bawaslu Kotamobagu Telusuri Dugaan Camat Hadiri Kampanye",
        "pub_date": "2024-10-07",
        "text": "Bawaslu Kota Kotamobagu menelusuri dugaan seorang camat menghadiri kampanye pasangan calon "
        "wali kota pada Sabtu (5/10/2024). Camat tersebut terekam berdiri di barisan depan panggung.",
    },
    {
        "id": "uji-2",
        "url": "https://beritasulut.example/sosialisasi-netralitas",
        "outlet": "beritasulut.example",
        "title": "Pemprov Sulut Gelar Sosialisasi Netralitas ASN",
        "pub_date": "2024-10-08",
        "text": "Pemerintah Provinsi Sulawesi Utara menggelar sosialisasi netralitas ASN bagi kepala dinas "
        "menjelang Pilkada Serentak 2024.",
    },
    {
        "id": "uji-3",
        "url": "https://kabarmakassar.example/guru-foto",
        "outlet": "kabarmakassar.example",
        "title": "Dua Guru ASN di Makassar Dilaporkan karena Foto Bergaya Dukungan",
        "pub_date": "2024-10-09",
        "text": "Dua guru berstatus ASN di Kota Makassar dilaporkan ke Bawaslu karena mengunggah foto "
        "berpose jari yang menunjukkan dukungan kepada pasangan calon.",
    },
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_runs_the_pipeline_and_a_second_run_adds_nothing(tmp_path):
    source = write_jsonl(tmp_path / "artikel.jsonl", RAW_ARTICLES)
    assert main(["load", "--quiet", str(source)]) == 0
    assert sorted(Article.objects.values_list("key", flat=True)) == ["uji-1", "uji-2", "uji-3"]
    stories_after_first = Story.objects.count()
    assert main(["load", "--quiet", str(source)]) == 0
    assert Article.objects.count() == 3
    assert Story.objects.count() == stories_after_first
    assert Source.objects.count() == 3
    stored = Article.objects.get(key="uji-1")
    assert stored.text.startswith("Bawaslu Kota Kotamobagu") and stored.story is not None


def test_a_second_run_skips_stored_articles_unless_asked_to_reanalyse(tmp_path, capsys):
    source = write_jsonl(tmp_path / "artikel.jsonl", RAW_ARTICLES)
    main(["load", "--quiet", str(source)])
    Article.objects.filter(key="uji-1").update(title="diubah tangan")
    capsys.readouterr()
    assert main(["load", str(source)]) == 0
    assert "0 articles stored, 3 already stored" in capsys.readouterr().err
    assert Article.objects.get(key="uji-1").title == "diubah tangan"
    assert main(["load", "--quiet", "--reanalyse", str(source)]) == 0
    assert Article.objects.get(key="uji-1").title == RAW_ARTICLES[0]["title"]


def test_an_interrupted_load_resumes_by_running_it_again(tmp_path):
    full = write_jsonl(tmp_path / "semua.jsonl", RAW_ARTICLES)
    partial = write_jsonl(tmp_path / "sebagian.jsonl", RAW_ARTICLES[:2])  # what got in before the crash
    main(["load", "--quiet", str(partial)])
    main(["load", "--quiet", str(full)])
    assert Article.objects.count() == 3
    assert sum(Story.objects.values_list("n_articles", flat=True)) == 3


def test_analysed_input_is_stored_as_is_and_bad_lines_are_reported(tmp_path, capsys):
    lines = [
        json.dumps(contract("k1", story="s-k")),
        "{ini bukan json",
        json.dumps({"id": "gagal", "error": "unsupported input"}),
        json.dumps(contract("k2", story="s-k", outlet="lain.example")),
    ]
    path = tmp_path / "hasil.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["load", "--analysed", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: not JSON" in err and "gagal: unsupported input" in err
    assert "2 articles stored, 2 failed" in err
    story = Story.objects.get(key="s-k")
    assert (story.n_articles, story.n_outlets) == (2, 2)


def test_load_rejects_bad_usage():
    assert main(["load", "--batch-size", "0", "x.jsonl"]) == 2


def test_seeds_load_as_one_national_story_told_by_five_independent_outlets(seeds_dir):
    """The issue's acceptance check: Bawaslu's Rakornas of 17 September 2024, five outlets."""
    assert main(["load", "--quiet", str(seeds_dir)]) == 0
    assert Article.objects.count() == 5
    story = Story.objects.get()
    assert (story.n_articles, story.n_outlets, story.n_independent_outlets) == (5, 5, 5)
    assert story.region_code == "" and not story.is_case
    assert story.event_kind == "coordination_meeting"


def test_five_outlets_on_one_national_meeting_make_one_national_story(tmp_path):
    regions = [
        {"level": "regency", "code": "71.74", "name": "Kota Kotamobagu", "province": "Sulawesi Utara"},
        {"level": "regency", "code": "76.05", "name": "Kabupaten Majene", "province": "Sulawesi Barat"},
        {"level": "province", "code": "16", "name": "Sumatera Selatan", "province": "Sumatera Selatan"},
        {"level": "regency", "code": "73.71", "name": "Kota Makassar", "province": "Sulawesi Selatan"},
        None,
    ]
    rows = [
        contract(f"r{i}", story="s-rakornas", outlet=f"media{i}.example", region=r, is_case=False,
                 pub_date="2024-09-17")
        for i, r in enumerate(regions)
    ]
    path = write_jsonl(tmp_path / "rakornas.jsonl", rows)
    assert main(["load", "--quiet", "--analysed", str(path)]) == 0
    story = Story.objects.get()
    assert (story.n_articles, story.n_outlets, story.n_independent_outlets) == (5, 5, 5)
    assert story.region_code == "" and not story.is_case


def test_load_takes_the_same_read_options_as_analyze(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in RAW_ARTICLES), encoding="utf-8")
    # A cap far below the file's size: the file is refused as a whole, named, and nothing is stored.
    assert main(["load", str(path), "--quiet", "--max-size", "0.0001"]) == 1
    assert "in.jsonl" in capsys.readouterr().err
    assert Article.objects.count() == 0
    assert main(["load", str(path), "--quiet", "--timeout", "0"]) == 2
