"""The NinjaAPI instance: schema at /api/openapi.json, docs at /api/docs, exports under /api/export/."""

from __future__ import annotations

from ninja import NinjaAPI

from pantau.web.api import audit_api, exports, findings_api

api = NinjaAPI(
    title="pantau API",
    version="1",
    description=(
        "Stories, articles and statistics on alleged ASN-neutrality violations found in the news, "
        "limited to the regions of the calling user. Authenticate with `Authorization: Bearer <token>` "
        "(a personal API token) or a logged-in session. Out-of-region objects answer 404."
    ),
    urls_namespace="api",
)
api.add_router("/", findings_api.router)
api.add_router("/export", exports.router)
api.add_router("/audit", audit_api.router)
