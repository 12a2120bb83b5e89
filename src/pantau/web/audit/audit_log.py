"""Writing audit rows. Call from inside the action's own ``transaction.atomic()`` block."""

from __future__ import annotations

from typing import Any

from pantau.web.audit.models import AuditEvent


def client_ip(request) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is client-controlled unless a trusted proxy rewrites it.
    return (request.META.get("REMOTE_ADDR") or "")[:45] if request is not None else ""


def record_audit_event(
    action: str,
    *,
    actor=None,
    actor_username: str = "",
    object_type: str = "",
    object_id: str = "",
    ip: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        actor=actor,
        actor_username=actor_username or (actor.get_username() if actor is not None else ""),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        ip=ip,
        detail=detail or {},
    )
