"""Honorifics and academic degrees around Indonesian names: "H. Abdullah Mokoginta, S.H., M.Si.".

pantau keeps the bare name; the honorifics say nothing about who the person is in a case.
"""

from __future__ import annotations

import re

# Before the name: hajj, doctor, engineer, religious and noble titles, police and military ranks.
_PREFIX = re.compile(
    r"^(?:(?:H|Hj|Dr|dr|Drs|Dra|Ir|Prof|KH|K\.H|Tgk|drg|Apt|Ns|AKBP|AKP|Kombes|Kompol|Iptu|Ipda|Aiptu|Aipda"
    r"|Brigjen|Irjen|Komjen|Jenderal|Letkol|Kolonel|Mayor|Kapten|Lettu|Letda|Serka|Serma|Brigadir|Bripka|Briptu)\.?\s+)+"
)
# Degrees after the name, usually after a comma: S.H., M.Si., S.Pd., M.A.P, S.STP, Ph.D, MM, SE.
_DEGREE_TOKEN = re.compile(r"^(?:[SMD]\.[A-Za-z.]+|Ph\.D\.?|MM|MAP|SE|SH|MH|M\.?Si|S\.?Pd|S\.?IP|SSTP|S\.STP|ST|MT|MBA|Lc)$")


def strip_titles(name: str) -> str:
    """The name without honorifics before it or degrees after it."""
    name = name.strip(" ,.;")
    name = _PREFIX.sub("", name)
    parts = [part.strip() for part in name.split(",")]
    kept = [parts[0]] + [part for part in parts[1:] if not _is_degree_list(part)]
    name = ", ".join(part for part in kept if part)
    words = name.split()
    while words and _DEGREE_TOKEN.match(words[-1].rstrip(",")):
        words.pop()
    return " ".join(words).strip(" ,.")


def _is_degree_list(part: str) -> bool:
    return bool(part) and all(_DEGREE_TOKEN.match(token.rstrip(",")) or "." in token for token in part.split())
