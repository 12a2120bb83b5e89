"""Violation type from wording the specific cues do not list: the broad synonym families name it."""

from __future__ import annotations

import pytest

from pantau.engine.understanding.features import read_article
from pantau.engine.understanding.violation_type import violation_type


def type_of(title: str, text: str) -> str:
    return violation_type(read_article(title, text))[0]


# Each deed is told in words none of the specific type cues contain.
BROAD_WORDING = {
    "public_support_statement": (
        "Bawaslu Periksa Kasubag Umum",
        "Bawaslu Kabupaten Dompu memeriksa seorang kepala subbagian umum berstatus PNS. Di depan "
        "jemaah masjid ia berucap bahwa bupati yang sekarang layak dipilih lagi untuk periode kedua.",
    ),
    "mobilising_subordinates": (
        "Pegawai Dinas Mengadu ke Bawaslu",
        "Belasan pegawai Dinas Perkebunan mengadu ke Bawaslu. Mereka mengaku disuruh atasan datang ke "
        "pertemuan pasangan calon dan mengisi daftar hadir yang dibawa sekretaris dinas.",
    ),
    "decisions_favouring_candidate": (
        "Kabid Diperiksa Bawaslu",
        "Bawaslu Kabupaten Luwu memeriksa seorang kepala bidang di dinas pertanian. Pegawai negeri itu "
        "diduga memprioritaskan bantuan pupuk untuk kelompok tani yang menjadi basis pendukung petahana.",
    ),
    "declaring_candidacy_while_active": (
        "Kepala Badan Dilaporkan ke Bawaslu",
        "Seorang kepala badan di Pemkab Banggai yang masih ASN aktif memasang spanduk berisi niatnya "
        "maju di pilkada tahun depan. Bawaslu meminta keterangan pejabat itu.",
    ),
    "photo_with_candidate_gesture": (
        "Staf Dinas Diklarifikasi",
        "Bawaslu Kota Palopo mengklarifikasi seorang staf dinas pendidikan. Ia terekam di sebuah acara "
        "keluarga mengacungkan telunjuk bersama calon wali kota nomor urut satu.",
    ),
}


@pytest.mark.parametrize("expected", sorted(BROAD_WORDING))
def test_broad_wording_names_the_type(expected):
    assert type_of(*BROAD_WORDING[expected]) == expected


def test_a_specific_cue_outweighs_broad_wording():
    # "mengajak ... memilih" is a specific statement cue; "menjelaskan program kerja" only broad.
    text = ("Seorang guru PNS di Kabupaten Gowa mengajak para orang tua murid memilih calon bupati "
            "nomor urut 2. Ia juga menjelaskan program kerja calon itu di akhir rapat.")
    assert type_of("Guru Dilaporkan ke Bawaslu", text) == "public_support_statement"


def test_the_office_as_employer_is_not_the_office_used():
    text = ("Seorang pegawai kantor kecamatan di Kabupaten Jeneponto dilaporkan ke Bawaslu karena "
            "mengunggah foto pasangan calon di akun Facebook miliknya disertai ajakan mencoblos.")
    assert type_of("Pegawai Kecamatan Dilaporkan", text) == "social_media_support"


def test_a_neutrality_circular_is_not_a_favouring_decision():
    text = ("Bawaslu Kabupaten Bone telah meneruskan dugaan pelanggaran netralitas seorang ASN ke BKN. "
            "Surat edaran Menteri PANRB tentang netralitas ASN sudah disebarkan ke seluruh organisasi "
            "perangkat daerah.")
    assert type_of("Dugaan Pelanggaran ASN Diteruskan", text) != "decisions_favouring_candidate"


def test_no_deed_named_is_unspecified():
    text = ("Bawaslu Kabupaten Klaten menangani empat dugaan pelanggaran netralitas ASN. Ketua Bawaslu "
            "Klaten tidak merinci bentuk pelanggaran yang dilakukan.")
    assert type_of("Bawaslu Tangani Empat Dugaan Pelanggaran ASN", text) == "unspecified"


def test_party_post_named_by_its_branch():
    text = ("Seorang PNS di Kabupaten Kudus dilaporkan ke Bawaslu karena menjabat sekretaris anak cabang "
            "sebuah partai politik.")
    assert type_of("PNS Dilaporkan", text) == "party_membership_or_management"


# --- the learned fallback (type_model.py) ------------------------------------------------------

from pantau.engine.analysis import WhoWhereWhen  # noqa: E402
from pantau.engine.article import Article  # noqa: E402
from pantau.engine.understanding import understand  # noqa: E402
from pantau.engine.understanding.type_model import (  # noqa: E402
    MIN_PROBABILITY,
    learned_type,
    load_type_model,
    type_features,
)


def understood_type(title: str, text: str) -> str | None:
    return understand(Article(id="t", text=text, title=title), WhoWhereWhen(actors=[])).violation.type


def test_no_cue_but_a_remark_for_a_candidate_is_a_statement_of_support():
    title = "Kasubag Dilaporkan ke Bawaslu"
    text = ("Seorang kepala subbagian di Setda Kabupaten Tuban dilaporkan ke Bawaslu. Saat membuka lomba "
            "kebersihan kampung, ia berseloroh agar warga tidak salah memberi amanah kepada pasangan calon "
            "nomor dua pada hari pencoblosan nanti.")
    assert type_of(title, text) == "unspecified"  # the rules alone find no cue
    assert understood_type(title, text) == "public_support_statement"


def test_a_round_up_that_names_no_deed_stays_unspecified():
    text = ("Bawaslu Kabupaten Bantaeng menangani tiga dugaan pelanggaran netralitas ASN. Ketiganya masih "
            "dalam tahap klarifikasi.")
    assert understood_type("Bawaslu Tangani Tiga Dugaan Pelanggaran ASN", text) == "unspecified"


def test_the_fallback_only_speaks_when_fairly_sure():
    view = read_article("Judul", "Seorang pegawai dilaporkan ke Bawaslu.")
    no_rule = {"public_support_statement": 0.0}
    feats = type_features(view, no_rule)
    assert feats["r:none"] == 1.0
    # Two types equally likely from the features: below MIN_PROBABILITY only when there are many.
    unsure = {"classes": ["a", "b", "c", "d", "e"], "intercepts": [0.0] * 5, "weights": {}}
    assert 1 / 5 < MIN_PROBABILITY and learned_type(view, no_rule, unsure) is None
    sure = {"classes": ["a", "b"], "intercepts": [0.0, 0.0], "weights": {"r:none": [2.0, 0.0]}}
    assert learned_type(view, no_rule, sure) == "a"


def test_the_shipped_type_model_holds_weights_over_stems():
    model = load_type_model()
    assert model is not None and "unspecified" in model["classes"]
    assert all(len(row) == len(model["classes"]) for row in model["weights"].values())
    assert all(name.split(":", 1)[0] in {"t", "tb", "w", "b", "r"} for name in model["weights"])


def test_the_office_one_works_in_is_not_the_office_used():
    text = ("Seorang kepala seksi di kantor kelurahan di Kota Medan dilaporkan ke Bawaslu karena mengunggah "
            "video pasangan calon di akun TikTok miliknya.")
    assert type_of("Kasi Kelurahan Dilaporkan", text) == "social_media_support"
