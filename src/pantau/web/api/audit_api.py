"""The audit log, read-only, for staff (``is_staff``) and superusers; everyone else gets 404."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import Http404
from ninja import Router, Schema

from pantau.web.api.paging import page_and_size
from pantau.web.api.token_auth import API_AUTH, api_user
from pantau.web.audit.models import AuditEvent

router = Router(auth=API_AUTH, tags=["audit"])


class AuditEventOut(Schema):
    at: dt.datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    ip: str
    detail: dict[str, Any]


class AuditPage(Schema):
    count: int
    page: int
    page_size: int
    items: list[AuditEventOut]


@router.get("", response=AuditPage, summary="Audit log, newest first (staff only)",
            description="Filters: action (e.g. login, login_failed, export, analyses_loaded), actor (username); "
            "page, page_size (≤ 200).")
def list_audit_events(request):
    user = api_user(request)
    if not (user.is_staff or user.is_superuser):
        raise Http404
    events = AuditEvent.objects.all()
    if request.GET.get("action"):
        events = events.filter(action=request.GET["action"])
    if request.GET.get("actor"):
        events = events.filter(actor_username=request.GET["actor"])
    page, size = page_and_size(request.GET)
    rows = events.values("at", "actor_username", "action", "object_type", "object_id", "ip", "detail")
    items = [{**r, "actor": r.pop("actor_username")} for r in rows[(page - 1) * size : page * size]]
    return {"count": events.count(), "page": page, "page_size": size, "items": items}
