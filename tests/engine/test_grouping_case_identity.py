"""Case identity signals on texts we wrote: the same accused (by name, initials or place-bound
office) and the same violation type in one region join a case's stages; another accused in the
same regency with the same violation type stays apart."""

from __future__ import annotations

from pantau.engine.analysis import Actor, Region
from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.accused_identity import (
    accused_keys,
    accused_relation,
    accused_roles,
    office_holder_keys,
)
from tests.engine.test_grouping_traps import article

BANJAR = Region("regency", "63.03", "Kabupaten Banjar", "Kalimantan Selatan")
SOPPENG = Region("regency", "73.12", "Kabupaten Soppeng", "Sulawesi Selatan")
MUSI = Region("regency", "16.06", "Kabupaten Musi Banyuasin", "Sumatera Selatan")


def accused(*names: str) -> list[Actor]:
    return [Actor(name, None, True, True) for name in names]


def test_accused_keys_match_initials_and_shorter_names_and_tell_other_people_apart() -> None:
    full = accused_keys(accused("Rini Wulandari Siregar"))
    assert accused_relation(accused_keys(accused("RWS")), set(full)) == "same"
    assert accused_relation(accused_keys(accused("W.S.")), set(full)) == "same"  # last two words
    assert accused_relation(accused_keys(accused("Wulandari Siregar")), set(full)) == "same"
    assert accused_relation(accused_keys(accused("HM")), set(full)) == "different"
    # A prefix or a common first name in common is not the same person; a surname is.
    ahmad = set(accused_keys(accused("Muhammad Ridwan Syah")))
    assert accused_relation(accused_keys(accused("M. Ridwan Syah")), ahmad) == "same"
    assert accused_relation(accused_keys(accused("Muhammad Fikri")), ahmad) == "different"
    # Someone who is named but not accused (the Bawaslu chair) is no key at all.
    assert accused_keys([Actor("Rini Wulandari Siregar", "Ketua Bawaslu", None, False)]) == frozenset()
    assert accused_relation(frozenset(), set(full)) is None


def test_office_holder_keys_read_a_place_bound_office_not_a_regency_office() -> None:
    keys = office_holder_keys("Video Camat Sungai Tabuk Viral", "Kades Pemurus ikut hadir. Sekda Banjar menegur.")
    assert keys == {"camat sungai", "kepala desa pemurus"}
    assert office_holder_keys(None, "Camat setempat membantah. Para camat se-Banjar dikumpulkan.") == frozenset()


# Three stages of one case; the accused is named in full, by initials, and only by office.
VIRAL = (
    "MARTAPURA – Rekaman Camat Sungai Tabuk, Rini Wulandari Siregar, berjoget sambil mengacungkan tiga "
    "jari di panggung hiburan rakyat milik pasangan calon bupati nomor urut 3 ramai dibagikan di grup "
    "WhatsApp warga, Minggu (13/10/2024). Acara itu digelar di halaman pasar terapung Lok Baintan."
)
REPORTED = (
    "Tim advokasi pasangan calon nomor urut 1 mendatangi kantor Bawaslu Kabupaten Banjar untuk melaporkan "
    "seorang camat berinisial RWS yang diduga berkampanye di panggung hiburan rakyat. Koordinator tim, "
    "Fahmi Ardiansyah, menyerahkan flashdisk berisi rekaman dan daftar saksi."
)
EXAMINED = (
    "Pengawas pemilu memanggil Camat Sungai Tabuk untuk dimintai klarifikasi soal kehadirannya di acara "
    "pasangan calon. Pemeriksaan berlangsung hampir dua jam dan dua saksi dari pihak pelapor turut "
    "didengar. Hasil kajian akan diplenokan pekan depan."
)
# The same regency, the same violation type, a week later: another camat, the same Bawaslu chair,
# and a mention of the first case's office-holder.
OTHER_CAMAT = (
    "Bawaslu Kabupaten Banjar kembali menerima laporan. Kali ini Camat Aranio berinisial HM diduga hadir "
    "di kampanye pasangan calon nomor urut 3. Ketua Bawaslu Banjar Fahmi Ardiansyah menyebut laporan ini "
    "terpisah dari perkara Camat Sungai Tabuk yang sudah lebih dulu ditangani."
)


def _case(id: str, text: str, title: str, day: str, actors: list[Actor], region: Region = BANJAR,
          event_date: str = "2024-10-13"):
    item = article(id, text, title=title, region=region, kind="violation_case", event_date=event_date,
                   pub_date=day)
    item.actors = actors
    item.violation.type = "attending_campaign"
    return item


def test_stages_naming_the_accused_by_initials_or_by_office_join_the_case() -> None:
    index = StoryIndex()
    viral = index.add(_case("v1", VIRAL, "Camat Sungai Tabuk Berjoget di Panggung Paslon", "2024-10-13",
                            accused("Rini Wulandari Siregar")))
    reported = index.add(_case("v2", REPORTED, "Camat Berinisial RWS Dilaporkan ke Bawaslu Banjar", "2024-10-15",
                               accused("RWS")))
    examined = index.add(_case("v3", EXAMINED, "Camat Sungai Tabuk Diperiksa Pengawas Pemilu", "2024-10-18", []))
    assert reported.story == viral.story == examined.story == "s-v1"
    assert reported.explanation["story"]["best"]["signals"]["same_accused"] is True
    assert examined.explanation["story"]["best"]["signals"]["same_office_holder"] == ["camat sungai"]


def test_another_accused_in_the_same_regency_with_the_same_violation_is_another_story() -> None:
    index = StoryIndex()
    index.add(_case("v1", VIRAL, "Camat Sungai Tabuk Berjoget di Panggung Paslon", "2024-10-13",
                    accused("Rini Wulandari Siregar")))
    index.add(_case("v2", REPORTED, "Camat Berinisial RWS Dilaporkan ke Bawaslu Banjar", "2024-10-15",
                    accused("RWS")))
    other = index.add(_case("w1", OTHER_CAMAT, "Giliran Camat Aranio Dilaporkan ke Bawaslu", "2024-10-20",
                            accused("HM"), event_date="2024-10-17"))
    assert other.story == "s-w1"
    signals = other.explanation["story"]["best"]["signals"]
    assert signals["different_accused"] is True
    assert signals["too_few_shared_names"]


PLEDGE_MORNING = (
    "WATANSOPPENG – Ratusan pegawai Pemkab Soppeng mengikuti apel akbar dan membacakan ikrar netralitas "
    "ASN di Lapangan Gasis, Senin (2/9/2024). Apel dipimpin Pj Bupati Soppeng yang meminta pegawai menjaga "
    "jarak dari pasangan calon selama masa kampanye."
)
PLEDGE_OTHER_OUTLET = (
    "Pemerintah Kabupaten Soppeng menggelar apel ikrar netralitas ASN yang diikuti ratusan pegawai di "
    "Lapangan Gasis pada Senin (2/9/2024). Selain ikrar, para kepala OPD menandatangani pakta integritas "
    "agar pegawai menjaga jarak dari pasangan calon."
)
PLEDGE_ELSEWHERE = (
    "SEKAYU – Seluruh aparatur Pemerintah Kabupaten Musi Banyuasin, sekitar 900 orang, mengucapkan janji "
    "netral dalam Pilkada di halaman kantor bupati di Sekayu, Senin (2/9/2024). Pj Bupati Musi Banyuasin "
    "mengingatkan bahwa pegawai yang terbukti berpihak akan dilaporkan ke KASN."
)


def test_one_pledge_told_by_two_outlets_in_one_region_on_its_date_is_one_story() -> None:
    index = StoryIndex()
    first = index.add(article("g1", PLEDGE_MORNING, region=SOPPENG, kind="declaration_or_pledge",
                              event_date="2024-09-02", pub_date="2024-09-02"))
    second = index.add(article("g2", PLEDGE_OTHER_OUTLET, region=SOPPENG, kind="declaration_or_pledge",
                               event_date="2024-09-02", pub_date="2024-09-03"))
    elsewhere = index.add(article("g3", PLEDGE_ELSEWHERE, region=MUSI, kind="declaration_or_pledge",
                                  event_date="2024-09-02", pub_date="2024-09-02"))
    assert second.story == first.story
    assert elsewhere.story == "s-g3"


SANCTION_TOLD_AS_OTHER = (
    "Pj Bupati Soppeng, Andi Rahmat Paliwang, resmi menonaktifkan Lurah Lalabata Rilau Hasnah Baso dari "
    "jabatannya. Keputusan itu menindaklanjuti rekomendasi KASN atas kehadiran Hasnah Baso di kampanye "
    "pasangan calon di Lalabata Rilau bulan lalu."
)
CASE_REPORT = (
    "WATANSOPPENG – Bawaslu Soppeng menyatakan Lurah Lalabata Rilau Hasnah Baso terbukti menghadiri "
    "kampanye pasangan calon nomor urut 2 dan meneruskan rekomendasi ke KASN. Hasnah Baso hadir "
    "mengenakan atribut pasangan calon di Lalabata Rilau."
)


def test_an_article_of_undecided_kind_may_join_a_case_that_its_names_match() -> None:
    # "other" is where the understanding stage puts what it could not classify; it must not veto.
    index = StoryIndex()
    case = index.add(article("h1", CASE_REPORT, region=SOPPENG, kind="violation_case", pub_date="2024-10-01",
                             actors=("Hasnah Baso",)))
    sanction = index.add(article("h2", SANCTION_TOLD_AS_OTHER, region=SOPPENG, kind="other",
                                 pub_date="2024-10-25", actors=("Hasnah Baso",)))
    assert sanction.story == case.story
    # A meeting or a pledge is still never a case's development.
    pledge = index.add(article("h3", PLEDGE_MORNING.replace("Pj Bupati Soppeng", "Lurah Lalabata Rilau Hasnah Baso"),
                               region=SOPPENG, kind="declaration_or_pledge", pub_date="2024-09-02",
                               event_date="2024-09-02", actors=("Hasnah Baso",)))
    assert pledge.story == "s-h3"


RECOMMENDED = (
    "MARTAPURA – Rapat pleno Bawaslu Kabupaten Banjar memutuskan Camat Sungai Tabuk Rini Wulandari Siregar "
    "terbukti melanggar netralitas ASN. Rekomendasi sanksi dikirim ke BKN dan tembusannya ke Pj Bupati "
    "Banjar, Senin (28/10/2024)."
)
RECOMMENDED_NEXT_DAY = (
    "Berkas rekomendasi untuk Rini Wulandari Siregar sudah di meja BKN. Pelapor dari tim advokasi pasangan "
    "calon nomor urut 1 mengapresiasi langkah pengawas, namun meminta publik terus memantau pejabat lain "
    "yang ikut berjoget di panggung hiburan rakyat itu."
)


def test_two_reports_of_one_recommendation_a_day_apart_are_one_news_event() -> None:
    index = StoryIndex()
    index.add(_case("v1", VIRAL, "Camat Sungai Tabuk Berjoget di Panggung Paslon", "2024-10-13",
                    accused("Rini Wulandari Siregar")))
    first = _case("v4", RECOMMENDED, "Camat Sungai Tabuk Direkomendasikan Disanksi", "2024-10-28",
                  accused("Rini Wulandari Siregar"))
    second = _case("v5", RECOMMENDED_NEXT_DAY, "Rekomendasi untuk Camat Sungai Tabuk Tiba di BKN", "2024-10-29",
                   accused("Rini Wulandari Siregar"))
    first.violation.stage = second.violation.stage = "recommended"
    first, second = index.add(first), index.add(second)
    assert second.story == first.story == "s-v1"
    assert second.news_event == first.news_event == "e-v4"
    # The same texts with no decision stage are told apart by their words: two developments.
    index = StoryIndex()
    index.add(_case("v1", VIRAL, "Camat Sungai Tabuk Berjoget di Panggung Paslon", "2024-10-13",
                    accused("Rini Wulandari Siregar")))
    index.add(_case("v4", RECOMMENDED, "Camat Sungai Tabuk Direkomendasikan Disanksi", "2024-10-28",
                    accused("Rini Wulandari Siregar")))
    undecided = index.add(_case("v5", RECOMMENDED_NEXT_DAY, "Rekomendasi untuk Camat Sungai Tabuk Tiba di BKN",
                                "2024-10-29", accused("Rini Wulandari Siregar")))
    assert undecided.news_event == "e-v5"


def test_accused_roles_name_the_office_not_the_civil_service() -> None:
    actors = [Actor(None, "15 camat se-Makassar", True, True), Actor(None, "Kepala Sekolah SDN 2", True, True),
              Actor(None, "ASN", True, True), Actor("Fahmi", "Ketua Bawaslu", False, False)]
    assert accused_roles(actors) == {"camat", "kepala sekolah"}


HEADS_OF_SCHOOL = (
    "MARTAPURA – Sejumlah kepala sekolah dasar di Kabupaten Banjar terekam mengikuti pertemuan tertutup "
    "dengan tim pemenangan pasangan calon nomor urut 3 di rumah makan Cempaka Wangi, Jumat (4/10/2024). "
    "Rekaman itu dibagikan akun Banua Bersuara."
)
HEADS_OF_SCHOOL_REPORTED = (
    "Lembaga pemantau Banua Bersuara resmi melaporkan para kepala sekolah yang hadir di pertemuan tim "
    "pemenangan ke Bawaslu Kabupaten Banjar. Mereka melampirkan rekaman dan daftar nama peserta."
)


def _unnamed_case(id: str, text: str, region: Region, day: str):
    item = article(id, text, region=region, kind="violation_case", event_date="2024-10-04", pub_date=day)
    item.actors = [Actor(None, "kepala sekolah dasar", True, True)]
    item.violation.type = "attending_campaign"
    return item


def test_an_unnamed_accused_of_the_same_office_backs_one_shared_name_in_the_same_region_only() -> None:
    index = StoryIndex()
    first = index.add(_unnamed_case("k1", HEADS_OF_SCHOOL, BANJAR, "2024-10-04"))
    later = index.add(_unnamed_case("k2", HEADS_OF_SCHOOL_REPORTED, BANJAR, "2024-10-07"))
    assert later.story == first.story
    assert later.explanation["story"]["best"]["signals"]["same_accused_role"] == ["kepala sekolah"]
    elsewhere = StoryIndex()
    elsewhere.add(_unnamed_case("k1", HEADS_OF_SCHOOL, BANJAR, "2024-10-04"))
    other = elsewhere.add(_unnamed_case("k2", HEADS_OF_SCHOOL_REPORTED, SOPPENG, "2024-10-07"))
    assert other.story == "s-k2"
    assert "same_accused_role" not in other.explanation["story"]["best"]["signals"]


BRIDGE_VIDEO = (
    "Beredar video seorang pegawai Dinas PUPR Kabupaten Soppeng membagikan stiker pasangan calon nomor "
    "urut 1 kepada warga di sela peresmian jembatan gantung Watu Bulu, Selasa (8/10/2024). Video itu "
    "diunggah akun Soppeng Informasi dan sudah ditonton ribuan kali."
)
BRIDGE_FOLLOW_UP = (
    "Pengawas pemilu di Soppeng mulai menelusuri video pembagian stiker pasangan calon saat peresmian "
    "jembatan. Mereka mengumpulkan keterangan warga dan meminta salinan rekaman dari pengunggah pertama. "
    "Jembatan di Watu Bulu itu dibangun dengan dana desa."
)


def _bridge(id: str, text: str, title: str, day: str):
    item = article(id, text, title=title, region=SOPPENG, kind="violation_case", pub_date=day)
    item.violation.type = None  # the type is not known yet: the headline must carry the join
    return item


def test_a_name_both_headline_and_story_share_counts_more_than_a_passing_mention() -> None:
    index = StoryIndex()
    index.add(_bridge("j1", BRIDGE_VIDEO, "Pegawai PUPR Bagi Stiker Paslon di Peresmian Jembatan Watu Bulu",
                      "2024-10-08"))
    headline = index.add(_bridge("j2", BRIDGE_FOLLOW_UP, "Bawaslu Telusuri Video Stiker di Jembatan Watu Bulu",
                                 "2024-10-10"))
    assert headline.story == "s-j1"
    # The same article under a headline that does not name the place: one mention is too little.
    index = StoryIndex()
    index.add(_bridge("j1", BRIDGE_VIDEO, "Pegawai PUPR Bagi Stiker Paslon di Peresmian Jembatan Watu Bulu",
                      "2024-10-08"))
    passing = index.add(_bridge("j2", BRIDGE_FOLLOW_UP, "Bawaslu Telusuri Video Pembagian Stiker Paslon",
                                "2024-10-10"))
    assert passing.story == "s-j2"


_GROUP_STREAM = """
import json, sys
sys.path.insert(0, "benchmarks")
from bench_grouping import as_analysis
from pantau.engine.grouping import StoryIndex
from pantau.engine.grouping.synthetic_news import stream
index = StoryIndex()
print(json.dumps([index.add(as_analysis(item)).story for item in stream(400, seed=3)]))
"""


def test_grouping_does_not_depend_on_the_process_string_hash_seed() -> None:
    # Every unseen name is equally rare; ties once broke on set order, which the seed changes.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    runs = [
        subprocess.run([sys.executable, "-c", _GROUP_STREAM], cwd=root, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and len(runs[0]) > 1000


TICKET_CASE_A = (
    "Seorang kepala sekolah di Kabupaten Soppeng diduga mengarahkan guru-guru memilih pasangan "
    "Andi Lolo-Haerani dalam rapat dinas di sekolahnya, Rabu (9/10/2024). Rekaman suara rapat itu "
    "beredar di grup wali murid."
)
TICKET_CASE_B = (
    "Bawaslu Kabupaten Soppeng menerima laporan tentang seorang penyuluh pertanian yang memasang "
    "spanduk pasangan Andi Lolo-Haerani di balai penyuluhan, Jumat (11/10/2024). Pelapor menyertakan "
    "foto spanduk dan lokasi balai."
)


def test_a_candidate_ticket_in_both_headlines_does_not_join_two_cases() -> None:
    index = StoryIndex()
    index.add(article("t1", TICKET_CASE_A, title="Kepsek Arahkan Guru Pilih Andi Lolo-Haerani", region=SOPPENG,
                      kind="violation_case", pub_date="2024-10-09"))
    other = index.add(article("t2", TICKET_CASE_B, title="Penyuluh Pasang Spanduk Andi Lolo-Haerani",
                              region=SOPPENG, kind="violation_case", pub_date="2024-10-11"))
    assert other.story == "s-t2"


def test_two_full_names_with_the_same_initials_or_one_common_word_are_two_people() -> None:
    wiwin = set(accused_keys(accused("Wiwin Darmono")))
    assert accused_relation(accused_keys(accused("Wahyu Dedi")), wiwin) == "different"
    assert accused_relation(accused_keys(accused("Wiwin Sulastri")), wiwin) == "different"
    assert accused_relation(accused_keys(accused("WD")), wiwin) == "same"  # initials as given
    assert accused_relation(accused_keys(accused("Darmono")), wiwin) == "same"  # a shorter form
