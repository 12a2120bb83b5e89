"""The NinjaAPI instance: schema at /api/openapi.json, docs at /api/docs."""

from __future__ import annotations

from ninja import NinjaAPI

api = NinjaAPI(
    title="pantau API",
    version="1",
    description="Stories, articles and statistics on alleged ASN-neutrality violations, "
    "scoped to the regions of the token's user.",
    urls_namespace="api",
)
