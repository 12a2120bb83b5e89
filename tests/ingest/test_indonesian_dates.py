from datetime import date

import feedparser
import pytest

from pantau.ingest.indonesian_dates import date_from_url, local_date, parse_date_string


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Selasa, 17 Sep 2024 10:15 WIB", "2024-09-17"),
        ("Selasa, 17 Sep 2024 23:45 WITA", "2024-09-17"),  # not moved to the 18th: WITA is local
        ("Senin, 4 Nopember 2024 22.10 WIT", "2024-11-04"),
        ("Kamis, 14 November 2024", "2024-11-14"),
        ("Minggu, 05 Mei 2024", "2024-05-05"),
        ("Jum'at, 9 Agt 2024 08:00 WIB", "2024-08-09"),
        ("Rabu, 11 Des 2024", "2024-12-11"),
        ("Kompas.com - 13/11/2023, 16:34 WIB", "2023-11-13"),
        ("Selasa (17/09/2024)", "2024-09-17"),
        ("Jumat (17/11/23)", "2023-11-17"),
        ("2024-09-17T10:15:00+07:00", "2024-09-17"),
        ("Fri, 20 Sep 2024 18:00:00 GMT", "2024-09-21"),  # 01:00 WIB on the 21st
    ],
)
def test_indonesian_dates_read_in_local_time(written, expected):
    value = parse_date_string(written)
    assert value is not None
    assert local_date(value).isoformat() == expected


def test_wib_wita_wit_are_utc_plus_7_8_9():
    assert parse_date_string("Selasa, 17 Sep 2024 10:15 WIB").utcoffset().total_seconds() == 7 * 3600
    assert parse_date_string("Selasa, 17 Sep 2024 10:15 WITA").utcoffset().total_seconds() == 8 * 3600
    assert parse_date_string("Selasa, 17 Sep 2024 10:15 WIT").utcoffset().total_seconds() == 9 * 3600


def test_feedparser_alone_misreads_what_we_read():
    # Why feed dates bypass feedparser: it cannot read this at all.
    parsed = feedparser.parse(
        "<rss version='2.0'><channel><item><title>x</title><pubDate>Selasa, 17 Sep 2024 10:15 WIB"
        "</pubDate></item></channel></rss>"
    )
    assert parsed.entries[0].get("published_parsed") is None
    assert parse_date_string(parsed.entries[0].published) is not None


@pytest.mark.parametrize("written", ["Senin, 30 Februari 2024", "tanpa tanggal", "pukul 10:15 WIB", "17/13/2024"])
def test_impossible_or_missing_dates_are_none(written):
    assert parse_date_string(written) is None


def test_a_date_without_time_stays_a_date():
    assert parse_date_string("17 Agustus 2024") == date(2024, 8, 17)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://kabarsulteng.id/2024/09/17/bawaslu-donggala/", "2024-09-17"),
        ("https://berita.example.id/read/20240917/123/judul", "2024-09-17"),
        ("https://blog.example.id/2024/05/asn-diminta-netral.html", "2024-05"),
        ("https://example.id/berita/asn-netral", None),
        ("https://example.id/2024/13/45/x", None),
        (None, None),
    ],
)
def test_publication_date_from_url(url, expected):
    assert date_from_url(url) == expected
