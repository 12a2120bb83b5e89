"""Bytes to text, and text to repaired text: undecodable bytes, binary files, mojibake."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy

from pantau.ingest.read_failure import ReadFailure

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, carriage return, form feed: a text file has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_SNIFF = 8192
# UTF-8 mis-decoded as Windows-1252 or Latin-1 always leaves characters from U+0080-U+00FF
# ("â€œ", "Ã©", C1 controls) or U+FFFD; text without them has nothing ftfy would fix, and ftfy
# is most of the reading time, so it only runs on text that has them.
_MOJIBAKE_SIGN = re.compile(r"[\u0080-\u00ff\ufffd]|&#?\w+;")


def decode_bytes(data: bytes, declared_charset: str | None = None) -> tuple[str, list[str]]:
    """The text in ``data`` and any warnings; :class:`ReadFailure` for empty, binary or undecodable."""
    if not data.strip():
        raise ReadFailure("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    if b"\x00" in data[:_SNIFF]:
        raise ReadFailure("binary file, not text (contains NUL bytes)")
    if declared_charset:
        try:
            return _checked(data.decode(declared_charset)), []
        except (LookupError, UnicodeDecodeError):
            pass  # servers lie about charsets; fall through to detection
    try:
        return _checked(data.decode("utf-8")), []
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadFailure("undecodable bytes: not UTF-8 and no known text encoding fits")
    return _checked(str(best)), [f"not UTF-8; decoded as {best.encoding}"]


def _checked(text: str) -> str:
    sample = text[:_SNIFF]
    if sample and len(_CONTROL.findall(sample)) > 0.02 * len(sample):
        raise ReadFailure("binary file, not text (too many control characters)")
    return text


def repair_text(text: str) -> str:
    """Mojibake fixed ("â€œ" -> "“"), line breaks unified, invisible characters dropped.

    Curly quotes are kept: evidence sentences are quoted back verbatim from this text.
    """
    fixed = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if _MOJIBAKE_SIGN.search(fixed):
        fixed = ftfy.fix_text(fixed, uncurl_quotes=False, normalization="NFC").replace("\u00a0", " ")
    elif not unicodedata.is_normalized("NFC", fixed):
        fixed = unicodedata.normalize("NFC", fixed)
    fixed = _ZERO_WIDTH.sub("", fixed)
    return _CONTROL.sub("", fixed)
