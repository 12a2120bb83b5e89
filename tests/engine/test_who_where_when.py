"""who_where_when.extract on whole articles: texts written here, and the shared seeds when present."""

from __future__ import annotations

import json

from pantau.engine.article import Article
from pantau.engine.who_where_when import extract


def test_extract_fills_region_actors_and_dates_for_a_local_case():
    article = Article(
        id="t1",
        title="Camat di Minut Dilaporkan ke Bawaslu",
        text=(
            "MANADO, KABARUTARA.ID – Bawaslu Minahasa Utara menerima laporan tentang seorang camat yang "
            "diduga menghadiri kampanye pasangan calon bupati, Sabtu (14/9/2024). Ketua Bawaslu Minut, "
            "Rina Lumenta, mengatakan camat berinisial JT itu akan dipanggil untuk klarifikasi."
        ),
        url="https://kabarutara.id/2024/09/16/camat-dilaporkan",
    )
    result = extract(article)
    assert (result.region.name, result.region.code) == ("Kabupaten Minahasa Utara", "71.06")
    assert result.pub_date == "2024-09-16"
    assert result.event_date == "2024-09-14"
    supervisor = next(a for a in result.actors if a.name == "Rina Lumenta")
    assert supervisor.is_asn is False and supervisor.accused is False
    suspect = next(a for a in result.actors if a.name == "JT")
    assert suspect.accused is True and suspect.is_asn is True


def test_seeds_regions_event_date_and_bawaslu_chair(seeds_dir):
    labels = [json.loads(line) for line in (seeds_dir / "labels.jsonl").read_text("utf-8").splitlines() if line]
    for label in labels:
        text = (seeds_dir / f"{label['id']}.txt").read_text("utf-8")
        result = extract(Article(id=label["id"], text=text, outlet=label.get("outlet")))
        expected = label["regency_city"] or label["province"]
        assert (result.region.name if result.region else None) == expected, label["id"]
        # One seed dates nothing in its text (only a later plan): the date must then stay unknown
        # rather than wrong; the story it belongs to carries the date.
        assert result.event_date in (label["event_date"], None), label["id"]
        if "17/09/2024" in text or "17 September 2024" in text:
            assert result.event_date == "2024-09-17", label["id"]
        bagja = [a for a in result.actors if a.name == "Rahmat Bagja"]
        if "Rahmat Bagja" in text:
            assert bagja and "Ketua Bawaslu" in bagja[0].role and bagja[0].is_asn is False, label["id"]


def test_devset_region_accuracy_stays_above_target(devset_dir):
    labels = {}
    for line in (devset_dir / "labels.jsonl").read_text("utf-8").splitlines():
        if line:
            label = json.loads(line)
            labels[label["id"]] = label
    right = total = 0
    for line in (devset_dir / "articles.jsonl").read_text("utf-8").splitlines():
        if not line:
            continue
        obj = json.loads(line)
        label = labels[obj["id"]]
        region = extract(Article(id=obj["id"], text=obj["text"], title=obj.get("title"), url=obj.get("url"))).region
        got = (region.province, region.name if region.level == "regency" else None) if region else (None, None)
        right += got == (label["province"], label["regency_city"])
        total += 1
    assert right / total >= 0.80


def test_extract_survives_odd_input():
    odd = Article(id="odd", text="İSTANBUL – \u200b\u00a0Kota\n\n(17/9) Bupati , , berinisial", title="")
    result = extract(odd)
    assert result.region is None and result.event_date is None
    assert extract(Article(id="empty", text="")).actors == []
