"""Writing audit rows. Call from inside the action's own ``transaction.atomic()`` block."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from pantau.web.audit.models import AuditEvent


def client_ip(request) -> str:
    """The caller's address, for the audit log and the login throttle.

    Behind ``PANTAU_TRUSTED_PROXIES`` reverse proxies, REMOTE_ADDR is the nearest proxy for every
    officer alike, and the throttle would lock a username out for the whole office (or, per
    address, everyone) after a stranger's guesses; so the address is read from X-Forwarded-For, at
    the entry the outermost trusted proxy appended. Entries to the left of it are whatever the
    client sent and are never used. Without trusted proxies (the default) X-Forwarded-For is ignored.
    """
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR") or ""
    proxies = getattr(settings, "PANTAU_TRUSTED_PROXIES", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            remote = forwarded[-proxies]
    return remote[:45]


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
