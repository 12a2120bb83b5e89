"""When two URLs name the same article: AMP variants, mobile hosts, tracking parameters.

``https://m.example.id/amp/2024/09/17/judul?utm_source=wa`` and
``https://www.example.id/2024/09/17/judul/`` are one article; :func:`identity_key` gives both the
same key. Keys are for comparing only, never for fetching.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

# Host prefixes that serve the same article as the bare host.
_MIRROR_PREFIXES = ("www.", "m.", "amp.", "mobile.")
# Query parameters that track the click, not the content.
_TRACKING = {
    "fbclid", "gclid", "dclid", "yclid", "msclkid", "igshid", "mc_cid", "mc_eid", "_ga", "ref", "ref_src",
    "source", "share", "amp", "amp_js_v", "usqp", "outputtype", "utm", "s", "from", "via", "_gl",
}
_AMP_SEGMENTS = {"amp", "amp.html"}
# "?page=all" and "?page=1" show the whole or first page: the same article as no parameter.
_WHOLE_PAGE = {("page", "all"), ("page", "1"), ("halaman", "all"), ("page", "0")}


def outlet_from_url(url: str | None) -> str | None:
    """The host without "www." (and mobile/AMP prefixes): "https://www.kompas.com/x" -> "kompas.com"."""
    host = _host(url)
    return host or None


def identity_key(url: str | None) -> tuple[str | None, bool]:
    """(key, is_amp): the normalised URL for comparing, and whether it was an AMP URL.

    Many sites serve AMP by swapping a path segment ("/read/123/judul" -> "/amp/123/judul"), so an
    AMP key is also compared with :func:`section_variants` of ordinary URLs.
    """
    parts = _split(url)
    if parts is None:
        return None, False
    host, segments, query, amp_host_or_suffix = parts
    plain = [s for s in segments if s.lower() not in _AMP_SEGMENTS]
    return _join(host, plain, query), amp_host_or_suffix or len(plain) != len(segments)


def section_variants(url: str | None) -> list[str]:
    """Keys of ``url`` with one leading section segment dropped: what an AMP twin would key to."""
    parts = _split(url)
    if parts is None:
        return []
    host, segments, query, _ = parts
    return [
        _join(host, segments[:i] + segments[i + 1:], query)
        for i in range(min(2, len(segments) - 1))
        if segments[i].isalpha()  # a section word ("read", "news"), never an id or a date
    ]


def _split(url: str | None) -> tuple[str, list[str], str, bool] | None:
    if not url or "://" not in url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = _host(url)
    if not host:
        return None
    path = parts.path
    is_amp = path.endswith(".amp") or (parts.hostname or "").lower().startswith("amp.")
    if path.endswith(".amp"):
        path = path[: -len(".amp")]
    segments = [s for s in path.split("/") if s]
    params = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith("utm_") and (k.lower(), v.lower()) not in _WHOLE_PAGE
    ]
    return host, segments, urlencode(sorted(params)), is_amp


def _host(url: str | None) -> str:
    if not url or "://" not in url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    for prefix in _MIRROR_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    return host


def _join(host: str, segments: list[str], query: str) -> str:
    return host + "/" + "/".join(segments) + (("?" + query) if query else "")
