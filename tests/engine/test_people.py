"""Actors, positions and ASN status, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pantau.engine.people import find_actors, is_asn, strip_titles
from pantau.engine.regions import find_regions


def _actors(text: str):
    """Actors as the pipeline finds them: with the region names of the text marked."""
    return find_actors(text, find_regions(text).spans)


def test_titles_and_degrees_are_stripped():
    assert strip_titles("H. Abdullah Mokoginta, S.H., M.Si.") == "Abdullah Mokoginta"
    assert strip_titles("Dr. Ir. Edwin Wenas, M.Si") == "Edwin Wenas"
    assert strip_titles("Hj. Siti Rahmah S.Pd") == "Siti Rahmah"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("camat", True),
        ("lurah", True),
        ("Sekda Kabupaten Majene", True),
        ("kepala dinas sosial", True),
        ("guru PPPK", True),
        ("Pj Bupati Muna Barat", True),
        ("Penjabat Wali Kota Kotamobagu", True),
        ("kepala desa", False),
        ("perangkat desa", False),
        ("Ketua RT", False),
        ("anggota PPS", False),
        ("Bupati Bone", False),
        ("Wali Kota Makassar", False),
        ("anggota DPRD", False),
        ("Kapolres", False),
        ("Ketua Bawaslu RI", False),
        ("Komisioner KPU", False),
    ],
)
def test_asn_status_follows_the_position(role, expected):
    assert is_asn(role) is expected


def test_named_official_after_office_with_comma():
    actors = find_actors("Ketua Bawaslu RI, Budi Santoso, mengingatkan ASN agar netral.")
    assert [(a.name, a.role, a.is_asn, a.accused) for a in actors] == [
        ("Budi Santoso", "Ketua Bawaslu RI", False, False)
    ]


def test_named_acting_regent_is_asn_and_accused():
    text = "Pj Bupati Konawe Andi Saputra diduga mengarahkan kepala desa mendukung salah satu calon."
    place = (text.index("Konawe"), text.index("Konawe") + len("Konawe"))
    (actor,) = [a for a in find_actors(text, [place]) if a.name]
    assert (actor.name, actor.role, actor.is_asn, actor.accused) == ("Andi Saputra", "Pj Bupati Konawe", True, True)


def test_one_person_named_several_ways_is_one_actor():
    text = (
        "Kepala Dinas Pendidikan, Dr. Hendra Wijaya, M.Pd., dilaporkan ke Bawaslu. "
        "Menurut Hendra, ia hanya menghadiri undangan. Wijaya membantah berkampanye."
    )
    named = [a for a in find_actors(text) if a.name]
    assert len(named) == 1 and named[0].name == "Hendra Wijaya" and named[0].is_asn is True


def test_initials_are_kept_and_unnamed_actors_have_no_name():
    text = "Seorang camat berinisial AS diduga mengunggah dukungan. Oknum lurah lain juga dilaporkan."
    actors = find_actors(text)
    assert any(a.name == "AS" and a.role and "camat" in a.role and a.accused for a in actors)
    assert any(a.name is None and a.role == "oknum lurah" and a.is_asn is True for a in actors)


def test_acting_head_written_with_abbreviation_in_brackets_is_asn():
    assert is_asn("Penjabat (Pj) Bupati Konawe Selatan") is True
    assert is_asn("Sekretaris Provinsi Sulut") is True


def test_candidate_supported_is_not_accused():
    text = "Pj Bupati Kolaka, Budi Hartono, diduga mengampanyekan calon presiden Ahmad Rizal di depan warga."
    actors = {a.name: a for a in _actors(text) if a.name}
    assert actors["Budi Hartono"].accused is True and actors["Budi Hartono"].is_asn is True
    assert actors["Ahmad Rizal"].accused is False and actors["Ahmad Rizal"].role.lower().startswith("calon")


def test_office_words_and_derived_nouns_are_not_names():
    text = "Kepala Bagian Pengawasan dan Kepala Biro Perencanaan hadir. Ketua Panitia menutup acara."
    assert [a for a in find_actors(text) if a.name] == []


def test_appeal_sentence_accuses_nobody():
    text = "Ketua Bawaslu Kabupaten Jepara, Sri Wahyuni, mengimbau ASN menjaga netralitas dan menghindari pelanggaran."
    (actor,) = _actors(text)
    assert actor.name == "Sri Wahyuni" and actor.accused is False


def test_one_unnamed_suspect_written_two_ways_is_one_actor():
    text = "Oknum Aparatur Sipil Negara itu diduga mengunggah dukungan. Oknum ASN tersebut sudah dipanggil."
    unnamed = [a for a in find_actors(text) if a.name is None]
    assert len(unnamed) == 1 and unnamed[0].is_asn is True and unnamed[0].accused is True


def test_name_before_its_position_is_found():
    text = "Menurut Yohanes Lumenta, Sekda Kota Bitung, seluruh ASN sudah menandatangani pakta integritas."
    named = [a for a in _actors(text) if a.name]
    assert [(a.name, a.role, a.is_asn) for a in named] == [("Yohanes Lumenta", "Sekda Kota Bitung", True)]


def test_lower_case_office_words_stay_in_the_role():
    text = "Kepala dinas sosial Kabupaten Boalemo, Rudi Tangahu, diduga membagikan bantuan bersama calon bupati."
    (actor,) = [a for a in _actors(text) if a.name]
    assert actor.role == "Kepala dinas sosial Kabupaten Boalemo" and actor.accused is True


def test_oknum_without_a_position_adds_no_actor():
    assert find_actors("Oknum tersebut belum bisa dihubungi wartawan.") == []
