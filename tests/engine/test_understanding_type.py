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
