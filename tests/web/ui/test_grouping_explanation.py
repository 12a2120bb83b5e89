"""Reading the grouping engine's explanation as sentences."""

from __future__ import annotations

from django.utils import translation

from pantau.engine.article import Article
from pantau.engine.pipeline import analyze_stream
from pantau.web.ui.grouping_explanation import explain_grouping

# Our own texts: one report, a near-verbatim copy on another outlet, an unrelated story.
REPORT = (
    "Bawaslu Kabupaten Minahasa menerima laporan dugaan pelanggaran netralitas ASN. Camat Tondano Barat "
    "berinisial JW diduga hadir dan berorasi dalam kampanye pasangan calon bupati di Lapangan Sam Ratulangi "
    "pada Kamis (10/10/2024). Ketua Bawaslu Minahasa mengatakan camat tersebut akan dipanggil untuk klarifikasi "
    "pekan depan. Laporan disampaikan oleh tim pemenangan pasangan calon lain beserta foto dan video kegiatan."
)
OTHER = (
    "Pemerintah Kota Palu menggelar apel kesiapsiagaan bencana di halaman balai kota. Wali kota meminta seluruh "
    "perangkat daerah memeriksa jalur evakuasi menjelang musim hujan dan memperbarui data warga rentan."
)


def test_engine_explanations_read_as_sentences():
    articles = [
        Article(id="m1", text=REPORT, title="Camat diduga berorasi di kampanye", outlet="satu.example",
                pub_date="2024-10-11", url="https://satu.example/a"),
        Article(id="m2", text=REPORT.replace("pekan depan", "minggu depan"), title="Camat diduga berorasi di kampanye",
                outlet="dua.example", pub_date="2024-10-11", url="https://dua.example/b"),
        Article(id="m3", text=OTHER, title="Apel kesiapsiagaan bencana", outlet="tiga.example",
                pub_date="2024-10-12", url="https://tiga.example/c"),
    ]
    analyses = list(analyze_stream(articles))
    with translation.override("en"):
        first, copy, other = (explain_grouping(a.grouping) for a in analyses)
    assert first and copy and other
    assert any(r.text.startswith("Started this story") for r in first)
    assert analyses[1].duplicate_of == "m1"
    assert copy[0].text.startswith("Near-verbatim copy") and copy[0].article_key == "m1"
    assert any("not counted as independent" in r.text for r in copy)
    assert all("Joined this story" not in r.text for r in other)


def test_joined_story_lists_its_signals_in_indonesian():
    explanation = {
        "story": {
            "candidates": 3, "threshold": 0.45, "decision": "joined", "story": "s-1", "score": 0.712,
            "best": {"story": "s-1", "score": 0.712,
                     "signals": {"text_cosine": 0.61, "shared_key_terms": ["tondano", "jw"], "same_region": True}},
        },
        "news_event": {"decision": "new", "news_event": "e-2"},
        "source": "wire:antara",
        "future_signal": {"x": 1},
    }
    with translation.override("id"):
        reasons = explain_grouping(explanation)
    texts = [r.text for r in reasons]
    assert texts[0].startswith("Masuk ke berita ini: kecocokan 0.71")
    assert ("Nama dan kata kunci yang sama", "tondano, jw") in reasons[0].signals
    assert ("Wilayah sama", "ya") in reasons[0].signals
    assert texts[1] == "Perkembangan baru dalam berita ini."
    assert "antara" in texts[2]
    assert reasons[3].signals == [("future_signal", "x: 1")]  # unknown keys are shown, not dropped


def test_empty_or_odd_explanations_give_nothing_or_raw_signals():
    assert explain_grouping({}) == []
    assert explain_grouping(None) == []
    assert explain_grouping({"story": "not a dict"}) == []
