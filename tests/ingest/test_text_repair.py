import os

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)
import pytest

from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.text_repair import decode_bytes, repair_text


def test_utf8_is_decoded_without_warnings():
    assert decode_bytes("Bawaslu “menegaskan” netralitas".encode()) == ("Bawaslu “menegaskan” netralitas", [])


def test_a_legacy_encoding_is_detected_and_said():
    text, warnings = decode_bytes("Pertemuan di sebuah kafé di Jalan Pemuda, «katanya».".encode("latin-1"))
    assert "kafé" in text and "«katanya»" in text
    assert warnings and warnings[0].startswith("not UTF-8; decoded as")


def test_a_byte_order_mark_names_the_encoding():
    text, _ = decode_bytes("Bawaslu Kota Bekasi".encode("utf-16"))
    assert text == "Bawaslu Kota Bekasi"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"teks", "binary file"),
    ],
)
def test_empty_and_binary_input_fail_with_the_reason(data, reason):
    with pytest.raises(ReadFailure, match=reason):
        decode_bytes(data)


def test_bytes_that_fit_no_text_encoding_are_undecodable():
    noise = bytes(b for b in os.urandom(6000) if b >= 0x80)  # no NULs, no ASCII: no text at all
    with pytest.raises(ReadFailure, match="undecodable"):
        decode_bytes(noise)


def test_mojibake_is_repaired_and_curly_quotes_kept():
    # UTF-8 read as Windows-1252, the usual way scraped pages go wrong
    garbled = "“Netral itu harga mati,” tegasnya – Sekda.".encode("utf-8").decode("sloppy-windows-1252")
    assert "â€" in garbled
    assert repair_text(garbled) == "“Netral itu harga mati,” tegasnya – Sekda."


def test_invisible_characters_and_nbsp_are_dropped():
    assert repair_text("Bawaslu\u200b Kota\u00a0Bekasi\ufeff") == "Bawaslu Kota Bekasi"
