"""Streaming exports (CSV, JSON, JSON Lines) of what the user may see, row by row from the database.

Rows go out as they are read (``.iterator()``), so 100,000 articles take no more memory than a few
thousand. Each export is audited when it starts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, StreamingHttpResponse
from ninja import Router

from pantau.web.api.token_auth import API_AUTH, api_user
from pantau.web.monitoring.actions import do_record_export
from pantau.web.monitoring.finding_filters import FindingFilters, filter_articles, filter_stories
from pantau.web.monitoring.finding_shapes import ARTICLE_CONTRACT_COLUMNS, STORY_COLUMNS, article_contract, story_dict
from pantau.web.monitoring.models import Article, Story
from pantau.web.monitoring.region_table import province_names

router = Router(auth=API_AUTH, tags=["exports"])
CHUNK = 2000
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "jsonl": "application/x-ndjson",
}
STORY_CSV_HEADER = [
    "key", "title", "region_code", "region_name", "province", "event_kind", "is_case", "violation_type", "stage",
    "first_date", "last_date", "n_articles", "n_outlets", "n_independent_outlets", "accused",
]
ARTICLE_CSV_HEADER = [
    "id", "story", "url", "title", "outlet", "pub_date", "about_asn_neutrality", "event_kind", "is_case",
    "violation_type", "stage", "confidence", "region_code", "region_name", "province", "event_date",
    "duplicate_of", "actors", "evidence",
]


@router.get("/stories.{fmt}", summary="Export stories (csv, json, jsonl); same filters as /stories")
def export_stories(request, fmt: str):
    _check_format(fmt)
    user = api_user(request)
    filters = FindingFilters.from_params(request.GET)
    rows = filter_stories(Story.objects.restrict(user), filters).needing_attention().values(*STORY_COLUMNS)
    do_record_export(user, request, what="stories", export_format=fmt, filters=filters.as_dict())
    names = province_names()
    objects = (story_dict(r, names) for r in rows.iterator(chunk_size=CHUNK))
    if fmt == "csv":
        return _stream(fmt, "cerita", _csv_lines(STORY_CSV_HEADER, (_story_csv_row(o) for o in objects)))
    return _stream(fmt, "cerita", _json_lines(objects, fmt))


@router.get("/articles.{fmt}", summary="Export articles (csv, json, jsonl: CONTRACT.md objects); same filters as /articles")
def export_articles(request, fmt: str):
    _check_format(fmt)
    user = api_user(request)
    filters = FindingFilters.from_params(request.GET)
    articles = filter_articles(Article.objects.restrict(user), filters)
    if request.GET.get("story"):
        articles = articles.filter(story__key=request.GET["story"])
    rows = articles.order_by("id").values(*ARTICLE_CONTRACT_COLUMNS)
    do_record_export(user, request, what="articles", export_format=fmt, filters=filters.as_dict())
    objects = (article_contract(r) for r in rows.iterator(chunk_size=CHUNK))
    if fmt == "csv":
        return _stream(fmt, "artikel", _csv_lines(ARTICLE_CSV_HEADER, (_article_csv_row(o) for o in objects)))
    return _stream(fmt, "artikel", _json_lines(objects, fmt))


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise Http404


def _stream(fmt: str, name: str, chunks: Iterator[str]) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_coalesced(chunks), content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="pantau-{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


def _coalesced(chunks: Iterator[str], size: int = 64 * 1024) -> Iterator[bytes]:
    """Rows joined into ~64 KB pieces: one socket write per piece instead of per row."""
    pending: list[str] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(pending).encode("utf-8")
            pending, length = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")


class _LineBuffer:
    """csv.writer writes into this; we hand each line on instead of keeping it."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(header: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    writer = csv.writer(_LineBuffer())
    yield "\ufeff" + writer.writerow(header)  # the BOM makes spreadsheet programs read UTF-8
    for row in rows:
        yield writer.writerow([_cell(v) for v in row])


def _cell(value: Any) -> Any:
    # A cell starting with = + - @ is run as a formula by spreadsheet programs: neutralise it.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _json_lines(objects: Iterable[dict[str, Any]], fmt: str) -> Iterator[str]:
    if fmt == "jsonl":
        for obj in objects:
            yield json.dumps(obj, ensure_ascii=False, cls=DjangoJSONEncoder) + "\n"
        return
    yield "["
    first = True
    for obj in objects:
        yield ("\n" if first else ",\n") + json.dumps(obj, ensure_ascii=False, cls=DjangoJSONEncoder)
        first = False
    yield "\n]\n"


def _story_csv_row(s: dict[str, Any]) -> list[Any]:
    region = s["region"] or {}
    accused = "; ".join(
        " ".join(p for p in (a.get("role"), a.get("name")) if p) for a in s["actors"] if isinstance(a, dict)
    )
    return [
        s["key"], s["title"], region.get("code", ""), region.get("name", ""), region.get("province", ""),
        s["event_kind"], s["is_case"], s["violation_type"], s["stage"], s["first_date"], s["last_date"],
        s["n_articles"], s["n_outlets"], s["n_independent_outlets"], accused,
    ]


def _article_csv_row(a: dict[str, Any]) -> list[Any]:
    region = a["region"] or {}
    v = a["violation"]
    actors = "; ".join(
        " ".join(p for p in (x.get("role"), x.get("name")) if p) + (" (terduga)" if x.get("accused") else "")
        for x in a["actors"] if isinstance(x, dict)
    )
    return [
        a["id"], a["story"], a["url"], a["title"], a["outlet"], a["pub_date"], a["about_asn_neutrality"],
        a["event_kind"], v["is_case"], v["type"], v["stage"], v["confidence"], region.get("code", ""),
        region.get("name", ""), region.get("province", ""), a["event_date"], a["duplicate_of"], actors,
        " | ".join(v["evidence"]),
    ]
