"""Dates as Indonesian news writes them, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from pantau.engine.dates import event_date, publication_date
from pantau.engine.dates.mentions import find_dates

PUB = date(2024, 9, 18)


def _values(text: str, pub: date | None = PUB) -> list[str]:
    return [m.value for m in find_dates(text, pub)]


def test_weekday_with_numeric_date_full_and_yearless():
    assert _values("Rapat digelar Selasa (17/09/2024) di Jakarta.") == ["2024-09-17"]
    assert _values("Rapat digelar Selasa (17/9) di Jakarta.") == ["2024-09-17"]


def test_month_names_full_and_abbreviated():
    assert _values("Pada 17 September 2024 Bawaslu menggelar rakor.") == ["2024-09-17"]
    assert _values("Senin, 14 Okt 2024 10:15 WIB") == ["2024-10-14"]


def test_yearless_date_takes_the_publication_year_never_today():
    assert _values("Kamis (5/12) camat itu dipanggil.", date(2019, 12, 9)) == ["2019-12-05"]
    # Late December read in an article of early January belongs to the year before.
    assert _values("Sabtu (28/12) video itu beredar.", date(2020, 1, 3)) == ["2019-12-28"]
    # Without any publication date a year-less date cannot be placed.
    assert _values("Kamis (5/12) camat itu dipanggil.", None) == []


def test_relative_words_resolve_against_publication_date():
    assert _values("Kemarin Bawaslu memanggil lurah tersebut.") == ["2024-09-17"]
    assert _values("Video itu viral pekan lalu.") == ["2024-09-11"]
    assert _values("Camat itu diperiksa Senin lalu.") == ["2024-09-16"]


def test_event_date_skips_byline_timestamp_and_later_plans():
    text = (
        "Rabu, 18 September 2024 09:30 WIB. Seorang guru PPPK dilaporkan ke Bawaslu setelah hadir di "
        "deklarasi pasangan calon, Senin (16/9/2024). Ia akan diperiksa Jumat (20/9/2024)."
    )
    assert event_date(text, PUB) == "2024-09-16"


def test_event_date_without_publication_date_uses_the_year_the_text_uses():
    text = "Camat itu dilaporkan Senin (6/3). Laporan diteruskan ke BKN pada 9 Maret 2023."
    assert event_date(text, None) == "2023-03-06"


def test_publication_date_from_metadata_url_or_byline():
    assert publication_date("2024-09-17T10:00:00+07:00", None, "") == "2024-09-17"
    assert publication_date(None, "https://contoh.id/2024/09/17/camat-dilaporkan", "") == "2024-09-17"
    assert publication_date(None, "https://contoh.id/2024/09/camat-dilaporkan.html", "Isi berita.") == "2024-09"
    assert publication_date(None, None, "Kabar Daerah - 10/02/2024, 11:56 WIB - Bawaslu memanggil") == "2024-02-10"
    assert publication_date(None, None, "Tanpa tanggal sama sekali.") is None


def test_statement_date_gives_way_to_the_incident_date():
    text = (
        "Video camat itu direkam di sebuah rumah makan pada 25 Agustus 2023. Bawaslu sudah memanggil "
        "yang bersangkutan, kata Ketua Bawaslu, Jumat (29/9/2023)."
    )
    assert event_date(text, date(2023, 9, 29)) == "2023-08-25"


def test_planned_and_period_dates_are_not_the_event():
    text = (
        "Bawaslu memanggil lurah itu, Kamis (4/10/2018). Besok, Senin (8/10/2018), giliran camat yang "
        "diperiksa. Tahapan kampanye berlangsung sejak 15 September 2018."
    )
    assert event_date(text, date(2018, 10, 7)) == "2018-10-04"


def test_undated_article_has_no_event_date_even_with_a_publication_date():
    # Explainers, opinion and page-two fragments state no date; the day of publication is not the
    # day of any event they name (CONTRACT.md: null if not stated).
    assert event_date("Bawaslu mengimbau ASN menjaga netralitas.", date(2024, 5, 5)) is None
    assert event_date("Bawaslu mengimbau ASN menjaga netralitas.", None) is None
    # A relative word is a stated date.
    assert event_date("Bawaslu memanggil camat itu kemarin.", date(2024, 5, 5)) == "2024-05-04"


def test_without_publication_date_the_weekday_picks_the_year_around_the_one_named():
    # 9 March was a Friday in 2018, a Saturday in 2019: "Jumat (9/3)" next to "Pemilu 2019" is 2018.
    text = "Bupati itu mengajukan cuti kampanye, Jumat (9/3). Ia juga bersiap menghadapi Pemilu 2019."
    assert event_date(text, None) == "2018-03-09"


def test_date_wrapped_onto_its_own_line_after_a_statement_is_not_a_byline():
    text = "Hal itu disampaikan Ketua Bawaslu kepada wartawan melalui pesan singkat,\nSelasa (22/9/2020).\nIa menambahkan."
    assert [m.kind for m in find_dates(text, None)] == ["full"]
    assert [m.kind for m in find_dates("Judul berita\nMinggu, 05 Mei 2024\nIsi berita.", None)] == ["timestamp"]


def test_impossible_metadata_date_is_ignored():
    assert publication_date("2024-13-45", "https://contoh.id/2024/09/17/x", "") == "2024-09-17"
    assert publication_date("2024-02", None, "") == "2024-02"


def test_a_meeting_over_several_days_is_dated_by_its_first_day():
    text = "Rapat koordinasi digelar di Makassar, 8–9 Oktober 2024, dan dihadiri 300 peserta."
    assert event_date(text, date(2024, 10, 10)) == "2024-10-08"
    assert _values("Bimtek berlangsung 14 hingga 16 Agustus 2024.", None) == ["2024-08-14"]


def test_a_day_before_counts_from_the_date_just_written():
    text = (
        "Bawaslu memeriksa kepala dinas itu, Kamis (10/10/2024). Pemeriksaan bermula dari video rapat "
        "sehari sebelumnya. Keesokan harinya Bawaslu memanggil dua saksi."
    )
    assert _values(text, date(2024, 10, 14)) == ["2024-10-10", "2024-10-09", "2024-10-11"]
    # "tiga hari sebelum masa kampanye" counts from the campaign, not from the date before it.
    assert _values("Laporan masuk Senin (7/10/2024), tiga hari sebelum masa tenang.", None) == ["2024-10-07"]


def test_a_meeting_held_since_a_day_is_dated_by_it_but_a_period_since_a_day_is_not():
    text = "Rakornas yang digelar Bawaslu di Jakarta sejak Selasa (8/10/2024) membahas bukti digital."
    assert event_date(text, date(2024, 10, 9)) == "2024-10-08"
    text = "Masa kampanye berlangsung sejak 25 September 2024. Ketua Bawaslu memanggil camat, Senin (7/10/2024)."
    assert event_date(text, date(2024, 10, 8)) == "2024-10-07"


def test_a_tally_as_of_a_day_is_dated_by_it():
    text = "Hingga Jumat (15/11/2024), tercatat 41 dugaan pelanggaran netralitas ASN di Jawa Tengah."
    assert event_date(text, date(2024, 11, 16)) == "2024-11-15"


def test_photo_caption_and_text_before_an_inner_dateline_are_not_the_event():
    text = (
        "Para pejabat menandatangani pakta integritas di Kendari, Senin (5/8/2024). ANTARA/Rahmat Hidayat\n"
        "Bawaslu memanggil lurah itu, Kamis (3/10/2024)."
    )
    assert event_date(text, date(2024, 10, 4)) == "2024-10-03"
    text = (
        "Ketua Bawaslu memaparkan data di Kendari, Senin (30/9/2024).  KENDARI, KABARSULTRA - "
        "Bawaslu menelusuri spanduk di kantor dinas, kata ketuanya, Rabu (2/10/2024)."
    )
    assert event_date(text, date(2024, 10, 2)) == "2024-10-02"


def test_a_first_report_is_dated_by_the_incident_it_reports_a_late_development_by_itself():
    text = (
        "Laporan dilayangkan tim pemenangan pada Senin (30/9/2024). Pelapor menyebut pengarahan itu "
        "terjadi dalam pertemuan di rumah makan pada Jumat malam, 27 September 2024."
    )
    assert event_date(text, date(2024, 9, 30)) == "2024-09-27"
    text = (
        "BKN menjatuhkan sanksi kepada camat itu, Jumat (22/11/2024). Pelanggaran terjadi saat kampanye "
        "pada 5 Oktober 2024."
    )
    assert event_date(text, date(2024, 11, 23)) == "2024-11-22"


def test_a_video_viral_since_a_day_is_dated_by_that_day():
    text = "Video camat membagikan stiker pasangan calon viral sejak Senin lalu. Bawaslu menelusurinya."
    assert event_date(text, date(2024, 10, 10)) == "2024-10-07"


def test_a_yearless_date_after_kemarin_or_tanggal_is_a_date_but_a_bare_ratio_is_not():
    assert set(_values("Hal itu disampaikan Ketua Bawaslu kemarin (15/1).", date(2024, 1, 16))) == {"2024-01-15"}
    assert _values("Laporan diterima tanggal 3/10 lalu.", date(2024, 10, 9)) == ["2024-10-03"]
    assert _values("Skor akhir 3/1 untuk tim tuan rumah.", date(2024, 10, 9)) == []
