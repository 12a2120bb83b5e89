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
        ("pegawai kelurahan", True),
        ("kepala puskesmas", True),
        ("kepala SMA negeri", True),
        ("Pejabat", True),
        ("guru honorer", False),
        ("kepala lingkungan", False),
        ("pegawai swasta", False),
        ("wartawan", False),
        ("Koordinator Divisi Penanganan Pelanggaran", False),
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


def _accused_names(text: str) -> list[str]:
    return [a.name for a in _actors(text) if a.name and a.accused]


def test_short_second_mention_carries_the_allegation_to_the_full_name():
    text = (
        "Rapat itu digelar oleh Kepala Kantor Kementerian Agama Kabupaten Sigi, Hasanuddin Lamakarate, "
        "bersama para pegawai. Dalam rapat itu Hasanuddin diduga meminta pegawai memilih pasangan nomor urut 1."
    )
    assert _accused_names(text) == ["Hasanuddin Lamakarate"]


def test_name_written_before_sang_position_is_found():
    text = "Pemeriksaan berlangsung tertutup. Rudi Pakaya, sang camat, memilih diam seusai dimintai keterangan."
    actors = [a for a in _actors(text) if a.name]
    assert [(a.name, a.role, a.accused) for a in actors] == [("Rudi Pakaya", "camat", True)]


def test_sasak_title_lalu_begins_a_name_but_lalu_alone_is_no_name():
    text = "Bawaslu memanggil Sekda Lombok Tengah Lalu Wira Pratama, Selasa. Lalu Bawaslu menggelar rapat pleno."
    assert _accused_names(text) == ["Lalu Wira Pratama"]
    assert [a for a in find_actors("Kepala Dinas Lalu, Bawaslu pun rapat.") if a.name] == []


def test_unnamed_suspect_and_the_one_named_holder_of_that_position_are_one_actor():
    text = (
        "Seorang guru PPPK dilaporkan ke Bawaslu karena unggahan dukungan kepada calon bupati. "
        "Siti Aminah, guru tersebut, menyatakan akun itu bukan miliknya."
    )
    actors = _actors(text)
    assert [(a.name, a.accused) for a in actors] == [("Siti Aminah", True)]


def test_appeal_and_negated_behaviour_accuse_nobody():
    text = (
        "Pj Gubernur Gorontalo, Rudi Hasanuddin, mengingatkan ASN agar tidak terlibat kampanye. "
        "Kepala Dinas Pendidikan Kota Gorontalo, Yusuf Hamid, mengatakan guru tidak terlibat politik praktis."
    )
    assert _accused_names(text) == []


def test_supporting_logistics_is_not_supporting_a_candidate():
    text = "Penjabat Bupati Luwu, Andi Mappasessu, turut mendukung jalannya distribusi logistik pilkada."
    assert _accused_names(text) == []
    text = "Penjabat Bupati Luwu, Andi Mappasessu, terang-terangan mendukung pasangan nomor urut 2."
    assert _accused_names(text) == ["Andi Mappasessu"]


def test_reporters_staffing_agencies_and_bare_members_are_not_accused():
    text = (
        "Anggota tim pemenangan pasangan nomor urut 3, Budi Lestaluhu, melaporkan Camat Amahai, "
        "Yance Tuhuteru, yang diduga berkampanye. Kepala Badan Kepegawaian Daerah Maluku Tengah, "
        "Rina Latuconsina, menunggu hasil pemeriksaan. Ketua Bawaslu Maluku Tengah didampingi Anggota, "
        "Hendrik Matulessy, menyebut dugaan itu sedang diperiksa."
    )
    assert _accused_names(text) == ["Yance Tuhuteru"]


def test_a_position_far_before_a_name_is_not_its_role():
    text = '"Kami melaporkan Sekda ke Bawaslu," kata mahasiswa bernama Arif Rahman di kantor Bawaslu.'
    (actor,) = [a for a in _actors(text) if a.name == "Arif Rahman"]
    assert actor.role == "mahasiswa" and actor.accused is False


def test_initial_does_not_swallow_the_first_letter_of_a_name():
    names = [a.name for a in find_actors("Pelapor bernama Rouf Hidayat datang ke Bawaslu.") if a.name]
    assert names == ["Rouf Hidayat"]


def test_name_ending_a_sentence_keeps_its_last_word_and_name_abbreviations_go_on():
    text = "Hal itu disampaikan Ketua Bawaslu Kabupaten Blitar, Hendra Wijaya Kusuma. Rapat lalu ditutup."
    assert [a.name for a in _actors(text) if a.name] == ["Hendra Wijaya Kusuma"]
    text = "Anggota Bawaslu Kabupaten Lamongan, Moch. Arif Hidayat, memimpin rapat pleno."
    assert [a.name for a in _actors(text) if a.name] == ["Moch. Arif Hidayat"]


def test_a_second_place_name_before_a_capitalised_word_begins_the_name():
    # "Bambang" is also a kecamatan; an office names one region, so here it begins the name.
    text = "Asisten Pemerintahan Setda Jateng Bambang Sutrisno membuka rapat netralitas ASN."
    assert [(a.name, a.role) for a in _actors(text) if a.name] == [("Bambang Sutrisno", "Asisten Pemerintahan Setda Jateng")]


def test_office_divisions_are_part_of_the_role_not_names():
    text = "Koordinator Divisi Parmas dan Humas Bawaslu Kota Palu, Nurhayati Lamasitudju, membuka acara."
    (actor,) = [a for a in _actors(text) if a.name]
    assert actor.name == "Nurhayati Lamasitudju" and actor.role.startswith("Koordinator Divisi Parmas dan Humas")
    assert actor.is_asn is False  # election supervisors are not civil servants


def test_candidate_pairs_and_accounts_are_not_people():
    text = (
        "Anggota tim pemenangan Rudi-Hasan melaporkan akun bernama Kabarviral ke Bawaslu. "
        "Akun itu diduga dikelola seorang pegawai Dinas Sosial."
    )
    assert [a.name for a in _actors(text) if a.name] == []


def test_role_of_an_initial_is_a_noun_written_just_before_it():
    assert [(a.name, a.role) for a in find_actors("Pejabat berinisial RH itu diduga memasang baliho.")] == [("RH", "Pejabat")]
    actors = find_actors("Dua caleg asal Partai Gerindra berinisial TF ditangkap polisi.")
    assert [(a.name, a.role) for a in actors if a.name] == [("TF", None)]


def test_an_initial_keeps_a_long_office_but_not_a_position_before_a_verb():
    text = "Kepala bidang dinas perhubungan berinisial RH diduga memasang baliho."
    assert [(a.name, a.role) for a in find_actors(text)] == [("RH", "Kepala bidang dinas perhubungan")]
    text = "Kepala Dinas melaporkan pegawai berinisial RH ke inspektorat."
    assert [(a.name, a.role) for a in find_actors(text) if a.name] == [("RH", "pegawai")]


def test_a_surname_that_is_also_a_place_closes_the_name():
    # Kambu is also a kecamatan in Sulawesi Tenggara.
    text = "Menurut anggota Bawaslu Kota Sorong, Markus Kambu, unsur pelanggaran tidak terpenuhi."
    assert [a.name for a in _actors(text) if a.name] == ["Markus Kambu"]


def test_offices_with_acronyms_derived_nouns_schools_and_numbers_end_before_the_name():
    text = (
        "Bawaslu memeriksa Kepala Seksi Perizinan DPMPTSP Kota Bitung, Rina Marlina, dan Kepala Sekolah "
        "SMA Negeri 2 Kolaka, Drs. Hamzah Ladjuni, yang diduga mengarahkan guru memilih calon tertentu."
    )
    assert [(a.name, a.role) for a in _actors(text) if a.name] == [
        ("Rina Marlina", "Kepala Seksi Perizinan DPMPTSP Kota Bitung"),
        ("Hamzah Ladjuni", "Kepala Sekolah SMA Negeri 2 Kolaka"),
    ]


def test_people_named_in_the_sentence_after_an_accusation_by_keduanya_are_accused():
    text = (
        "Dua ASN Pemkot Pontianak dilaporkan ke Bawaslu karena mengunggah foto bersama calon wali kota. "
        "Keduanya adalah Kepala Seksi Perizinan, Rina Marlina, dan staf Dinas Pendidikan, Agus Harahap."
    )
    assert _accused_names(text) == ["Rina Marlina", "Agus Harahap"]


def test_a_conditional_accuses_nobody():
    text = "Penjabat Gubernur Bali, Made Wiratama, meminta ASN melapor bila diarahkan mendukung calon tertentu."
    assert _accused_names(text) == []


def test_a_place_name_between_two_name_words_is_part_of_the_name():
    # Baso is also a kecamatan in Sumatera Barat.
    text = "Lurah Bontoala, Andi Baso Mappasomba, menghadiri deklarasi dukungan calon wali kota."
    assert _accused_names(text) == ["Andi Baso Mappasomba"]


def test_supervisory_staff_and_regulations_are_not_accused_people():
    text = (
        "Kepala Bagian Pengawasan Bawaslu Sulut, Maria Wenas, menjelaskan dugaan pelanggaran itu. "
        "Aturannya ada dalam Peraturan Bawaslu atau Perbawaslu Nomor 6 Tahun 2024."
    )
    actors = _actors(text)
    assert [(a.name, a.accused) for a in actors if a.name] == [("Maria Wenas", False)]


def _accused_roles(text: str) -> list[str]:
    return [a.role for a in _actors(text) if a.accused and not a.name]


def test_an_unnamed_suspect_is_the_position_an_accusing_sentence_names():
    text = "Informasi soal dugaan camat tidak netral sudah diterima Bawaslu Kota Palu."
    assert _accused_roles(text) == ["camat"]
    text = "Kasus pertama melibatkan seorang guru SD negeri yang membuat video ajakan memilih calon gubernur."
    assert _accused_roles(text) == ["guru SD negeri"]
    text = "Bawaslu menelusuri dugaan pelanggaran netralitas oknum Aparatur Sipil Negara (ASN) yang terlibat kampanye."
    assert [r.lower() for r in _accused_roles(text)] == ["oknum aparatur sipil negara"]


def test_topics_objects_tallies_and_rules_are_not_unnamed_suspects():
    assert _accused_roles("Sekda itu diduga mengarahkan para camat memenangkan pasangan nomor urut 4.") == ["Sekda"]
    assert _accused_roles("Bawaslu mencatat 744 kasus dugaan pelanggaran ASN selama pilkada.") == []
    assert _accused_roles("ASN yang terbukti melanggar akan disanksi sesuai aturan.") == []
    assert _accused_roles("Rapat membahas dugaan pelanggaran netralitas ASN di daerah itu.") == []
    assert _accused_roles("Sanksi bagi kepala daerah yang berpihak diatur undang-undang.") == []


def test_a_suspect_called_asn_and_by_post_in_one_sentence_is_one_actor_but_not_across_incidents():
    text = "Seorang ASN, yakni Camat Wolo, Hendra Tamrin, diduga berkampanye untuk pasangan nomor urut 2."
    assert [(a.name, a.role) for a in _actors(text) if a.accused] == [("Hendra Tamrin", "Camat Wolo")]
    text = (
        "Di Jembrana, seorang ASN diduga mengunggah dukungan kepada calon bupati. "
        "Di Denpasar, oknum lurah dilaporkan karena hadir dalam kampanye."
    )
    assert sorted(a.role.lower() for a in _actors(text) if a.accused) == ["asn", "oknum lurah"]


def test_who_handles_the_case_is_not_accused_by_it():
    text = (
        "Penjabat Bupati Kolaka, Andi Mappanyukki, menjatuhkan hukuman disiplin berat kepada Camat Wolo, "
        "Hendra Tamrin, yang terbukti menghadiri kampanye."
    )
    assert _accused_names(text) == ["Hendra Tamrin"]
    text = "Sekretaris Daerah Kota Bekasi menyatakan akan memanggil lurah yang diduga berpose tiga jari."
    assert _accused_roles(text) == ["lurah"]


def test_an_abbreviated_position_points_at_the_one_named_holder():
    text = (
        "Dalam video itu, wagub menyatakan dukungannya kepada calon presiden petahana. "
        "Wakil Gubernur Sulawesi Barat, Hj. Rina Sulastri, belum menanggapi."
    )
    assert _accused_names(text) == ["Rina Sulastri"]


def test_a_comma_after_an_attribution_is_not_an_apposition():
    text = "Menurut Wirawan, ASN menjadi posisi strategis dalam pemilihan kepala daerah."
    assert [a.name for a in _actors(text) if a.name] == []


def test_and_joins_one_office_but_not_two_positions():
    text = "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Buton, Rahmat Sabri, hadir."
    assert [a.role for a in _actors(text) if a.name] == [
        "Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Buton"
    ]
    text = "Bawaslu menemukan oknum ASN dan kepala desa yang diduga hadir dalam kampanye."
    assert [r.lower() for r in _accused_roles(text)] == ["oknum asn", "kepala desa"]
