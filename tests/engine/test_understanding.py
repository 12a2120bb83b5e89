"""Understanding on the hard rules of CONTRACT.md, with short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES, Actor, WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.understanding import understand


def run(text: str, title: str | None = None, actors: list[Actor] | None = None):
    return understand(Article(id="t", text=text, title=title), WhoWhereWhen(actors=actors or []))


APPEAL_WITH_NUMBERS = (
    "Bawaslu Kabupaten Lebak Imbau ASN Jaga Netralitas",
    "LEBAK – Ketua Bawaslu Kabupaten Lebak, Rina Marlina, mengimbau seluruh aparatur sipil negara "
    "di lingkungan Pemkab Lebak untuk menjaga netralitas menjelang Pilkada 2024. Ia mengingatkan "
    "bahwa pada Pilkada 2020 terdapat 1.010 pelanggaran netralitas ASN di 170 daerah. \"ASN tidak "
    "boleh berfoto dengan pasangan calon atau memberi tanda like di media sosial,\" ujarnya, Senin. "
    "Rina meminta para camat dan kepala dinas menyampaikan imbauan itu kepada bawahan masing-masing.",
)
SOSIALISASI = (
    "Sosialisasi Netralitas ASN Digelar di Aula Kantor Bupati Sumbawa",
    "SUMBAWA – Bawaslu Kabupaten Sumbawa menggelar sosialisasi pengawasan netralitas aparatur sipil "
    "negara di aula kantor bupati, Rabu (9/10/2024). Kegiatan diikuti 150 ASN dari berbagai organisasi "
    "perangkat daerah. Narasumber menjelaskan larangan bagi ASN, mulai dari menghadiri kampanye hingga "
    "mengunggah foto pasangan calon. Peserta diharapkan meneruskan materi kepada rekan kerja.",
)
PLEDGE = (
    "Ribuan ASN Pemprov Jambi Ikrarkan Netralitas",
    "JAMBI – Sebanyak 2.000 ASN di lingkungan Pemerintah Provinsi Jambi mengucapkan ikrar netralitas "
    "dalam apel pagi di halaman kantor gubernur, Senin. Penjabat Gubernur Jambi memimpin pembacaan "
    "ikrar dan penandatanganan pakta integritas oleh para kepala organisasi perangkat daerah. Ia "
    "mengingatkan bahwa ASN yang melanggar akan dijatuhi sanksi sesuai aturan.",
)
COORDINATION_MEETING = (
    "Bawaslu Sultra Gelar Rakor Pengawasan Netralitas ASN",
    "KENDARI – Bawaslu Provinsi Sulawesi Tenggara menggelar rapat koordinasi pengawasan netralitas ASN "
    "bersama BKN, Kemendagri dan pemerintah kabupaten/kota di Kendari, Kamis. Rakor membahas pembagian "
    "tugas penanganan dugaan pelanggaran dan alur penerusan rekomendasi ke BKN. Dalam rapat itu "
    "disebutkan bahwa pada pemilu lalu terdapat 48 dugaan pelanggaran netralitas ASN di Sultra.",
)
PURE_TALLY = (
    "Bawaslu Catat 27 Dugaan Pelanggaran Netralitas ASN Selama Tahapan Pilkada",
    "SEMARANG – Bawaslu Provinsi Jawa Tengah mencatat 27 dugaan pelanggaran netralitas aparatur sipil "
    "negara selama tahapan Pilkada 2024. Dari jumlah itu, 19 kasus sudah direkomendasikan ke BKN dan "
    "delapan lainnya masih dalam kajian. Jumlah tersebut meningkat dibandingkan Pilkada 2020 yang "
    "mencatat 21 kasus. Kabupaten Brebes dan Kota Semarang menjadi daerah dengan laporan terbanyak.",
)
TALLY_WITH_INCIDENTS = (
    "Tiga ASN di Kabupaten Tegal Diduga Tak Netral, Satu Camat Hadiri Deklarasi Paslon",
    "SLAWI – Bawaslu Kabupaten Tegal menangani tiga dugaan pelanggaran netralitas ASN. Seorang camat "
    "berinisial AS diduga hadir dan memberi sambutan dalam deklarasi pasangan calon bupati nomor urut "
    "2. Dua guru PNS lainnya diduga mengunggah foto bersama calon bupati di akun Facebook pribadi "
    "sambil berpose dua jari. Ketiganya sudah dipanggil untuk klarifikasi pekan lalu.",
)
VILLAGE_HEADS_ONLY = (
    "Belasan Kepala Desa di Kabupaten Bogor Deklarasi Dukung Paslon, Bawaslu Turun Tangan",
    "BOGOR – Sebanyak 14 kepala desa di Kabupaten Bogor terekam dalam video menyatakan dukungan kepada "
    "salah satu pasangan calon bupati. Video itu beredar di grup percakapan warga sejak Sabtu. Bawaslu "
    "Kabupaten Bogor memanggil para kades tersebut untuk dimintai keterangan soal dugaan pelanggaran "
    "Undang-Undang Desa. Para kepala desa berdalih hanya menghadiri acara silaturahmi.",
)
AD_HOC_STAFF_ONLY = (
    "Anggota PPS di Kecamatan Kalibaru Berpose Jari Bersama Caleg",
    "BANYUWANGI – Foto sejumlah anggota Panitia Pemungutan Suara (PPS) yang berpose tiga jari bersama "
    "seorang calon anggota legislatif beredar di media sosial. KPU Kabupaten Banyuwangi menyatakan "
    "akan memeriksa para penyelenggara ad hoc itu karena melanggar kode etik penyelenggara pemilu. "
    "Ketua KPU Banyuwangi meminta seluruh PPS dan KPPS menjaga integritas.",
)
ELECTED_HEADS_ONLY = (
    "Bupati dan Wakil Bupati Petahana Hadiri Kampanye Caleg Partainya",
    "MAROS – Bupati Maros dan wakilnya terlihat hadir dalam kampanye terbuka calon legislatif dari "
    "partai yang mereka pimpin, Minggu. Keduanya naik ke panggung dan mengajak warga memilih caleg "
    "partai itu. Bawaslu Maros menyatakan kehadiran kepala daerah dalam kampanye diperbolehkan "
    "sepanjang sudah mengajukan cuti di luar tanggungan negara.",
)
RT_RW_ONLY = (
    "Ketua RT dan RW di Depok Diminta Tidak Jadi Tim Sukses",
    "DEPOK – Beredar surat edaran berisi daftar ketua RT dan RW yang menjadi tim sukses seorang calon "
    "wali kota Depok. Panwascam Sukmajaya menelusuri surat tersebut. Ketua RT dan RW bukan ASN, "
    "sehingga larangan yang berlaku bagi mereka diatur dalam peraturan daerah, bukan aturan netralitas "
    "ASN.",
)
PJ_HEAD_CASE = (
    "Pj Bupati Buton Tengah Dilaporkan ke Bawaslu karena Ajak Warga Pilih Paslon",
    "BUTON TENGAH – Penjabat Bupati Buton Tengah dilaporkan ke Bawaslu oleh tim pemenangan pasangan "
    "calon nomor urut 1. Pelapor menyertakan rekaman video saat Pj Bupati mengajak warga dalam sebuah "
    "acara pemerintahan untuk memilih pasangan calon nomor urut 2. \"Laporan sudah kami terima dan "
    "sedang kami kaji,\" kata Ketua Bawaslu Buton Tengah, Jumat.",
)
PPPK_CASE = (
    "Tenaga PPPK Dinas Kesehatan Diduga Bagikan Stiker Paslon",
    "PANGKALAN BUN – Seorang pegawai pemerintah dengan perjanjian kerja (PPPK) di Dinas Kesehatan "
    "Kotawaringin Barat diduga membagikan stiker dan kalender pasangan calon bupati kepada pasien "
    "puskesmas. Warga yang melihat kejadian itu melaporkannya ke Bawaslu Kotawaringin Barat dengan "
    "membawa foto. Bawaslu menyatakan telah meregistrasi laporan tersebut.",
)
DISMISSED_CASE = (
    "Laporan Dugaan Kepala Sekolah Kampanyekan Caleg Dihentikan",
    "KUPANG – Bawaslu Kota Kupang menghentikan penanganan laporan terhadap seorang kepala sekolah "
    "SMP negeri yang diduga mengampanyekan calon anggota DPRD di depan wali murid. Setelah memeriksa "
    "pelapor, terlapor dan tiga saksi, Bawaslu menyatakan dugaan itu tidak terbukti. \"Unsur "
    "pelanggarannya tidak terpenuhi, sehingga laporan tidak dapat ditindaklanjuti,\" kata anggota "
    "Bawaslu Kota Kupang.",
)
SANCTIONED_CASE = (
    "Camat yang Hadiri Kampanye Dijatuhi Sanksi Penurunan Pangkat",
    "MAGELANG – Bupati Magelang selaku pejabat pembina kepegawaian menjatuhkan sanksi penurunan pangkat "
    "satu tingkat kepada seorang camat yang terbukti menghadiri kampanye pasangan calon gubernur. "
    "Sanksi itu menindaklanjuti rekomendasi BKN setelah Bawaslu meneruskan hasil kajiannya. Camat "
    "tersebut mengakui kehadirannya dan tidak mengajukan keberatan.",
)
MONEY_POLITICS = (
    "Bawaslu Amankan Amplop Berisi Uang Jelang Pencoblosan",
    "PALEMBANG – Bawaslu Kota Palembang mengamankan puluhan amplop berisi uang dari seorang pria yang "
    "diduga akan membagikannya kepada pemilih pada masa tenang. Amplop itu bergambar salah satu calon "
    "anggota DPRD. Kasus dugaan politik uang tersebut diteruskan ke Sentra Gakkumdu.",
)

NOT_CASE_BUT_ABOUT = {
    "appeal quoting figures and a region": (APPEAL_WITH_NUMBERS, "outreach"),
    "sosialisasi": (SOSIALISASI, "outreach"),
    "pledge": (PLEDGE, "declaration_or_pledge"),
    "coordination meeting": (COORDINATION_MEETING, "coordination_meeting"),
    "tally that only counts": (PURE_TALLY, "statistics"),
}
NOT_ABOUT = {
    "village heads only": VILLAGE_HEADS_ONLY,
    "KPU ad-hoc staff only": AD_HOC_STAFF_ONLY,
    "elected regional heads only": ELECTED_HEADS_ONLY,
    "RT/RW heads only": RT_RW_ONLY,
    "money politics": MONEY_POLITICS,
}
CASES = {
    "local tally naming who did what": (TALLY_WITH_INCIDENTS, None),
    "acting regional head (Pj) is ASN": (PJ_HEAD_CASE, None),
    "PPPK staff are ASN": (PPPK_CASE, None),
    "dismissed is still a case": (DISMISSED_CASE, "dismissed"),
    "sanctioned is still a case": (SANCTIONED_CASE, "sanctioned"),
}


@pytest.mark.parametrize("name", NOT_CASE_BUT_ABOUT)
def test_about_asn_neutrality_but_not_a_case(name):
    (title, text), kind = NOT_CASE_BUT_ABOUT[name]
    result = run(text, title)
    assert result.about_asn_neutrality is True
    assert result.violation.is_case is False
    assert result.violation.type is None and result.violation.stage is None
    assert result.event_kind == kind


@pytest.mark.parametrize("name", NOT_ABOUT)
def test_not_about_asn_neutrality(name):
    title, text = NOT_ABOUT[name]
    result = run(text, title)
    assert result.about_asn_neutrality is False
    assert result.violation.is_case is False
    assert result.event_kind is None


@pytest.mark.parametrize("name", CASES)
def test_violation_cases(name):
    (title, text), stage = CASES[name]
    result = run(text, title)
    assert result.about_asn_neutrality is True
    assert result.event_kind == "violation_case"
    assert result.violation.is_case is True
    assert result.violation.type in VIOLATION_TYPES
    assert result.violation.stage in (*CASE_STAGES, None)
    if stage:
        assert result.violation.stage == stage
    assert 0.5 <= result.violation.confidence <= 1.0


def test_type_and_stage_of_clear_cases():
    assert run(PJ_HEAD_CASE[1], PJ_HEAD_CASE[0]).violation.stage == "under_examination"
    assert run(PPPK_CASE[1], PPPK_CASE[0]).violation.type == "campaigning_for_candidate"
    assert run(SANCTIONED_CASE[1], SANCTIONED_CASE[0]).violation.type == "attending_campaign"


def test_evidence_is_verbatim_sentences_of_the_text():
    for title, text in (PJ_HEAD_CASE, DISMISSED_CASE, PLEDGE, TALLY_WITH_INCIDENTS):
        evidence = run(text, title).violation.evidence
        assert evidence, title
        for sentence in evidence:
            assert sentence in text


def test_case_evidence_names_the_incident():
    evidence = run(DISMISSED_CASE[1], DISMISSED_CASE[0]).violation.evidence
    assert any("tidak terbukti" in s for s in evidence)


def test_accused_asn_actor_from_who_where_when_is_used():
    text = (
        "Seorang pejabat di lingkungan pemerintah kota diduga ikut dalam acara pasangan calon wali "
        "kota di sebuah rumah makan. Bawaslu kota telah memanggilnya untuk klarifikasi."
    )
    with_actor = run(text, actors=[Actor(name="RS", role="Kepala Bidang", is_asn=True, accused=True)])
    without = run(text)
    assert with_actor.violation.is_case is True
    assert with_actor.violation.confidence >= without.violation.confidence or not without.violation.is_case


def test_empty_text_is_not_about_anything_and_says_why():
    result = run("  \n ")
    assert result.about_asn_neutrality is False and result.violation.is_case is False
    assert result.event_kind is None
    assert result.warnings == ["understanding: the article has no text to classify"]


def test_not_about_evidence_names_the_non_asn_actor():
    evidence = run(VILLAGE_HEADS_ONLY[1], VILLAGE_HEADS_ONLY[0]).violation.evidence
    assert evidence and all(s in VILLAGE_HEADS_ONLY[1] for s in evidence)
    assert any("kepala desa" in s.lower() or "kades" in s.lower() for s in evidence)


def test_planned_recommendation_is_still_an_examination():
    text = (
        "Bawaslu Kabupaten Sigi masih memeriksa seorang camat yang diduga hadir dalam kampanye "
        "pasangan calon bupati nomor urut 2. Hasil kajian akan direkomendasikan ke BKN setelah "
        "pemeriksaan saksi selesai, kata Ketua Bawaslu Sigi."
    )
    result = run(text, "Camat di Sigi Diduga Hadiri Kampanye")
    assert result.violation.is_case is True
    assert result.violation.stage == "under_examination"
    assert result.violation.type == "attending_campaign"


def test_request_to_bawaslu_is_reported_not_examined():
    text = (
        "Aliansi mahasiswa meminta Bawaslu Kota Kendari segera memeriksa seorang kepala dinas yang "
        "diduga mengunggah ajakan memilih calon wali kota di akun Facebook pribadinya. Mereka "
        "melaporkan unggahan itu ke Bawaslu dengan membawa tangkapan layar."
    )
    result = run(text, "Mahasiswa Laporkan Kadis ke Bawaslu")
    assert result.violation.is_case is True
    assert result.violation.stage == "reported"
    assert result.violation.type == "social_media_support"


def test_seeds_are_a_coordination_meeting_not_a_case(seeds_dir: Path):
    files = sorted(seeds_dir.glob("*.txt"))
    assert len(files) == 5
    for path in files:
        result = run(path.read_text(encoding="utf-8"))
        assert result.about_asn_neutrality is True, path.name
        assert result.violation.is_case is False, path.name
        assert result.event_kind == "coordination_meeting", path.name
        assert result.event_kind in EVENT_KINDS


ALL_TRAPS = {
    **{name: (text, "about") for name, (text, _) in NOT_CASE_BUT_ABOUT.items()},
    **{name: (text, "not_about") for name, text in NOT_ABOUT.items()},
    **{name: (text, "case") for name, (text, _) in CASES.items()},
}


@pytest.mark.parametrize("name", ALL_TRAPS)
def test_traps_hold_with_the_actors_who_where_when_extracts(name):
    """The pipeline passes real extracted actors; they must not flip the decision."""
    from pantau.engine.pipeline import analyze_article

    (title, text), expected = ALL_TRAPS[name]
    analysis = analyze_article(Article(id="t", text=text, title=title))
    said = "case" if analysis.violation.is_case else ("about" if analysis.about_asn_neutrality else "not_about")
    assert said == expected
