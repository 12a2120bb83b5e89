"""Case stage from wording the first stage cues did not list, and steps that belong to other cases."""

from __future__ import annotations

from pantau.engine.understanding.case_stage import case_stage
from pantau.engine.understanding.features import read_article


def stage_of(title: str, text: str) -> str | None:
    return case_stage(read_article(title, text))[0]


def test_a_tallys_outcome_is_not_this_cases_stage():
    text = ("Bawaslu Kota Bau-Bau merekomendasikan sanksi bagi seorang kepala bidang ke BKN. "
            "Selama masa kampanye Bawaslu menerima sembilan laporan netralitas ASN. "
            "Tiga di antaranya dihentikan karena tidak memenuhi unsur.")
    assert stage_of("Kabid Direkomendasikan Disanksi", text) == "recommended"


def test_asking_for_statements_and_recordings_is_examining():
    text = ("Bawaslu Kabupaten Soppeng telah meminta rekaman acara dan memanggil seorang kepala seksi "
            "yang diduga mengajak warga memilih pasangan calon.")
    assert stage_of("Kasi Dipanggil Bawaslu", text) == "under_examination"


def test_complaining_to_bawaslu_is_reported():
    text = ("Sejumlah guru honorer mengadu ke Bawaslu Kabupaten Takalar. Mereka mengaku diminta kepala "
            "sekolah mengumpulkan fotokopi KTP untuk salah satu pasangan calon.")
    assert stage_of("Guru Honorer Mengadu", text) == "reported"


def test_forwarding_to_bkn_across_a_long_clause_is_a_recommendation():
    text = ("Bawaslu Kabupaten Wakatobi telah meneruskan kasus seorang pegawai dinas pariwisata yang "
            "mengunggah video pasangan calon dengan lagu kampanye di akun pribadinya ke BKN.")
    assert stage_of("Kasus Pegawai Dinas Diteruskan", text) == "recommended"


def test_a_demotion_is_a_sanction():
    text = ("Pemerintah Kabupaten Sidrap menurunkan jabatan seorang kepala seksi yang terbukti hadir "
            "di kampanye pasangan calon, menindaklanjuti rekomendasi BKN.")
    assert stage_of("Kasi Diturunkan Jabatannya", text) == "sanctioned"


def test_a_planned_examination_is_not_yet_one():
    text = ("Seorang camat dilaporkan warga ke Bawaslu karena menghadiri deklarasi pasangan calon. "
            "Bawaslu akan memanggil camat tersebut pekan depan.")
    assert stage_of("Camat Dilaporkan", text) == "reported"


def test_a_withdrawn_report_is_dismissed():
    text = ("Seorang lurah di Kota Palu dilaporkan karena berfoto dengan pose dua jari bersama calon wali "
            "kota. Belakangan pelapor mencabut laporannya sehingga penanganan tidak dilanjutkan.")
    assert stage_of("Laporan terhadap Lurah Dicabut", text) == "dismissed"


def test_a_finding_not_yet_forwarded_is_still_the_examination():
    text = ("Bawaslu Kabupaten Buol menyatakan perbuatan seorang kepala dinas yang menghadiri kampanye "
            "pasangan calon memenuhi unsur pelanggaran netralitas ASN.")
    assert stage_of("Kadis Langgar Netralitas", text) == "under_examination"
    forwarded = text + " Hasil kajian itu sudah dikirim ke BKN."
    assert stage_of("Kadis Langgar Netralitas", forwarded) == "recommended"
    text = text.replace("memenuhi unsur", "tidak memenuhi unsur")
    assert stage_of("Kadis Tak Langgar Netralitas", text) == "dismissed"


def test_not_ruling_out_is_no_closing():
    text = ("Bawaslu Kabupaten Pati memanggil seorang kepala sekolah yang diduga hadir di kampanye. "
            "Ketua Bawaslu tidak menutup kemungkinan kasus ini diteruskan bila unsurnya terpenuhi.")
    assert stage_of("Kepala Sekolah Dipanggil", text) == "under_examination"


def test_a_step_promised_once_a_condition_is_met_has_not_happened():
    text = ("Seorang guru PNS dilaporkan ke Bawaslu karena mengunggah ajakan mencoblos pasangan calon. "
            "\"Kalau berkasnya sudah lengkap, baru kami registrasi dan klarifikasi,\" kata Ketua Bawaslu.")
    assert stage_of("Guru Dilaporkan", text) == "reported"


def test_whether_it_will_be_forwarded_is_not_yet_forwarded():
    text = ("Bawaslu Kabupaten Sleman memeriksa empat saksi terkait seorang kepala dinas yang diduga "
            "menyatakan dukungan kepada calon bupati. Bawaslu akan memutuskan apakah kasus itu diteruskan ke BKN.")
    assert stage_of("Kadis Diperiksa", text) == "under_examination"
