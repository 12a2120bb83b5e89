"""Grouping mechanics on texts we wrote: copies, outlet independence, persistence, re-runs, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.engine.grouping import InMemoryStoryStore, StoryIndex
from pantau.engine.grouping.near_duplicates import containment
from pantau.engine.grouping.outlet_independence import outlet_name, wire_agency
from pantau.engine.grouping.story_snapshot import load_store
from pantau.engine.grouping.web_addresses import article_url_key, registrable_domain
from tests.engine.test_grouping_traps import BONE, CASE_STAGES, article

REPORT = (
    "WATAMPONE – Bawaslu Kabupaten Bone menerima laporan dugaan pelanggaran netralitas ASN oleh Kepala "
    "Dinas Pendidikan Bone, Andi Syamsul Alam, yang terekam menghadiri deklarasi relawan pasangan calon "
    "bupati di Gedung PKK Watampone, Sabtu (12/10/2024). Laporan diajukan tim hukum pasangan calon nomor "
    "urut 1, Muhammad Ridwan, dengan bukti enam foto dan satu video berdurasi 2 menit 14 detik. Ketua "
    "Bawaslu Bone Alwi Mappiasse mengatakan laporan itu akan dikaji dalam tiga hari sebelum diputuskan "
    "apakah memenuhi syarat formal dan material. Ia meminta seluruh ASN di Bone menahan diri."
)


def copy_with_edits(text: str) -> str:
    """What a network site does to a syndicated story: a new dateline and a word changed here and there."""
    return text.replace("WATAMPONE –", "BONE, KABARSULSEL.ID –").replace("mengatakan", "menyebut", 1)


def test_a_syndicated_copy_is_a_duplicate_of_the_original_and_counts_once() -> None:
    index = StoryIndex()
    first = index.add(article("o1", REPORT, region=BONE, kind="violation_case", outlet="beritabone.id"))
    copy = index.add(article("o2", copy_with_edits(REPORT), region=BONE, kind="violation_case",
                             outlet="kabarsulsel.id"))
    copy_of_copy = index.add(article("o3", copy_with_edits(REPORT).replace("Sabtu", "Sabtu lalu"),
                                     outlet="sulselnews.com"))
    assert first.duplicate_of is None
    assert copy.duplicate_of == "o1"
    assert copy_of_copy.duplicate_of == "o1"  # always the original, never a copy of a copy
    assert copy.story == copy_of_copy.story == first.story
    assert copy.news_event == first.news_event
    assert copy.explanation["duplicate"]["via"] == "minhash"
    assert index.story_outlets(first.story) == (3, 1)


def test_an_own_write_up_of_the_same_report_is_not_a_duplicate_but_counts_as_independent() -> None:
    index = StoryIndex()
    first = index.add(article("o1", REPORT, region=BONE, kind="violation_case", outlet="beritabone.id"))
    rewrite = index.add(article(
        "o2",
        "Tim hukum pasangan calon nomor urut 1 melaporkan Kepala Dinas Pendidikan Bone Andi Syamsul Alam ke "
        "Bawaslu Bone. Kuasa hukum Muhammad Ridwan menyebut Syamsul hadir dalam deklarasi relawan di Gedung "
        "PKK Watampone dan menyerahkan enam foto sebagai bukti. Alwi Mappiasse, Ketua Bawaslu Bone, "
        "menjanjikan kajian selesai dalam tiga hari.",
        region=BONE, kind="violation_case", outlet="tribun-bone.com",
    ))
    assert rewrite.duplicate_of is None
    assert rewrite.story == first.story
    assert index.story_outlets(first.story) == (2, 2)


def test_amp_and_canonical_addresses_of_one_article_are_duplicates_even_when_the_excerpts_differ() -> None:
    index = StoryIndex()
    index.add(article("w1", CASE_STAGES[0][2], url="https://beritabone.id/read/2024/10/02/video-camat-tellu-siattinge-viral"))
    amp = index.add(article("w2", CASE_STAGES[1][2], url="https://m.beritabone.id/amp/2024/10/02/video-camat-tellu-siattinge-viral"))
    assert amp.duplicate_of == "w1"
    assert amp.explanation["duplicate"]["via"] == "same article address"


def test_wire_copies_from_different_outlets_count_as_one_independent_outlet() -> None:
    index = StoryIndex()
    wire = "Watampone (ANTARA) - " + REPORT.split("– ", 1)[1]
    rewritten_wire = wire.replace("menerima laporan", "telah menerima laporan").replace("Ia meminta", "Alwi juga meminta")
    own = REPORT.replace("WATAMPONE –", "WATAMPONE, BERITABONE.ID –")
    results = [
        index.add(article("a1", wire, region=BONE, kind="violation_case", url="https://makassar.antaranews.com/berita/1/laporan-bone")),
        index.add(article("a2", rewritten_wire, region=BONE, kind="violation_case", outlet="harianpalopo.id")),
        index.add(article("a3", own, region=BONE, kind="violation_case", outlet="beritabone.id")),
    ]
    story = results[0].story
    assert {r.story for r in results} == {story}
    n_outlets, n_independent = index.story_outlets(story)
    assert n_outlets == 3
    assert n_independent == 1  # the wire and everything copied from it


def test_the_same_article_added_again_gets_the_same_answer() -> None:
    index = StoryIndex()
    first = index.add(article("c1", CASE_STAGES[0][2], region=BONE, kind="violation_case"))
    again = index.add(article("c1", CASE_STAGES[0][2], region=BONE, kind="violation_case"))
    assert (again.story, again.news_event, again.duplicate_of) == (first.story, first.news_event, None)
    assert index.story_outlets(first.story) == (1, 1)


def test_the_index_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "stories.json.gz"
    index = StoryIndex.open(path)  # no file yet: empty
    for i, day, text in CASE_STAGES[:2]:
        index.add(article(i, text, region=BONE, kind="violation_case", pub_date=day, outlet=f"{i}.id"))
    index.save(path)

    reopened = StoryIndex.open(path)
    later = reopened.add(article("c3", CASE_STAGES[2][2], region=BONE, kind="violation_case",
                                 pub_date=CASE_STAGES[2][1], outlet="c3.id"))
    copy = reopened.add(article("c1-copy", CASE_STAGES[0][2] + " Editor: Rina.", outlet="copy.id"))
    assert later.story == "s-c1"
    assert copy.duplicate_of == "c1"
    assert reopened.story_outlets("s-c1") == (4, 3)


def test_a_damaged_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "stories.json.gz"
    path.write_bytes(b"not a snapshot")
    with pytest.raises(ValueError, match="not a readable story index snapshot"):
        load_store(path)


@pytest.mark.parametrize("text", ["", "Foto.", "   \n  "])
def test_articles_without_usable_text_get_their_own_story(text: str) -> None:
    index = StoryIndex(InMemoryStoryStore())
    index.add(article("full", REPORT))
    empty = index.add(article("empty", text))
    assert empty.story == "s-empty"
    assert empty.duplicate_of is None


def test_outlet_names_and_article_addresses() -> None:
    assert registrable_domain("https://aceh.antaranews.com/berita/1") == "antaranews.com"
    assert registrable_domain("news.detik.co.id") == "detik.co.id"
    assert outlet_name("LIPUTAN15.COM", None) == "liputan15.com"
    assert outlet_name(None, "https://regional.kompas.com/read/x") == "kompas.com"
    assert article_url_key("https://nasional.tempo.co/read/1833079/tiga-jenis-serangan-fajar") == article_url_key(
        "https://nasional.tempo.co/amp/1833079/tiga-jenis-serangan-fajar"
    )
    assert article_url_key("https://a.id/berita/satu-judul-panjang") != article_url_key("https://b.id/berita/satu-judul-panjang")
    assert wire_agency(None, "Banda Aceh (ANTARA) - Panwaslih menyatakan") == "antara"
    assert wire_agency(None, "BANDA ACEH – Panwaslih menyatakan, mengutip Antara,") is None


def test_containment_from_jaccard() -> None:
    # 100 shingles inside a 300-shingle text: Jaccard 1/3, containment of the smaller one 1.
    assert containment(1 / 3, 100, 300) == pytest.approx(1.0)
    assert containment(0.0, 100, 300) == 0.0


PRESS_RELEASE = (
    "Badan Pengawas Pemilihan Umum Kabupaten Bone menggelar sosialisasi pengawasan partisipatif bagi "
    "pemilih pemula di Aula Kantor Bawaslu Bone, Kamis (10/10/2024). Kegiatan ini diikuti 150 siswa "
    "dari 12 sekolah menengah atas di Watampone. Koordinator Divisi Pencegahan Bawaslu Bone, Hasnawati "
    "Yusuf, menjelaskan cara melaporkan dugaan pelanggaran, termasuk keterlibatan aparatur sipil negara "
    "dalam kampanye. Ia berharap para siswa menjadi pengawas di lingkungan masing-masing dan tidak ragu "
    "melapor melalui posko pengaduan atau media sosial resmi Bawaslu Bone."
)


def test_a_recycled_press_release_with_own_additions_counts_as_one_source() -> None:
    index = StoryIndex()
    first = index.add(article("r1", PRESS_RELEASE, region=BONE, kind="outreach", outlet="bawaslu-bone.go.id"))
    # Another outlet runs the release and adds two paragraphs of its own: not a near-verbatim
    # copy (too much new text), but no independent reporting either.
    padded = PRESS_RELEASE + (
        "\n\nMenurut catatan redaksi, jumlah pemilih pemula di Kabupaten Bone pada pemilihan tahun ini "
        "mencapai lebih dari empat puluh ribu orang, sebagian besar tersebar di kecamatan perkotaan. "
        "Sejumlah sekolah juga menggelar simulasi pemungutan suara untuk memperkenalkan tata cara "
        "mencoblos kepada siswa kelas dua belas yang sudah berusia tujuh belas tahun."
        "\n\nPihak sekolah menyambut baik kegiatan tersebut dan berharap sosialisasi serupa digelar "
        "secara rutin menjelang hari pemungutan suara, termasuk bagi guru dan tenaga kependidikan."
        "\n\nDi tempat terpisah, komisi pemilihan setempat menyatakan seluruh logistik untuk tempat "
        "pemungutan suara di wilayah kota telah tiba di gudang kecamatan. Petugas memeriksa kembali "
        "jumlah surat suara, tinta, dan formulir sebelum didistribusikan ke kelurahan. Aparat keamanan "
        "disiagakan untuk mengawal pengiriman hingga hari pemungutan suara, sementara relawan "
        "pemantau dari kampus setempat diminta melaporkan setiap kejanggalan yang mereka temukan."
    )
    second = index.add(article("r2", padded, region=BONE, kind="outreach", outlet="warta-bone.com"))
    assert second.duplicate_of is None
    assert second.story == first.story
    assert second.explanation["source"] == "r1"
    assert index.story_outlets(first.story) == (2, 1)
