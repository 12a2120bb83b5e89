"""Every write to the stored findings, one function each, audit row in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from pantau.web.audit.audit_log import client_ip, record_audit_event
from pantau.web.monitoring.analysis_store import StoreResult, store_batch
from pantau.web.monitoring.findings_cache import bump_findings_version


def do_store_analyses(contracts: Iterable[dict[str, Any]], *, acting_user=None, origin: str = "") -> StoreResult:
    """Upsert one batch of contract analyses (see ``analysis_store``)."""
    with transaction.atomic():
        result = store_batch(contracts)
        if result.stored:
            bump_findings_version()
        if result.stored or result.failed:
            record_audit_event(
                "analyses_loaded",
                actor=acting_user,
                object_type="article",
                detail={"stored": result.stored, "failed": result.failed, "origin": origin[:200],
                        "errors": result.errors[:20]},
            )
    return result


def do_record_export(user, request, *, what: str, export_format: str, filters: dict[str, Any]) -> None:
    """Exports are audited when they start: a stream has no transaction to share with its rows."""
    with transaction.atomic():
        record_audit_event(
            "export",
            actor=user,
            object_type=what,
            ip=client_ip(request),
            detail={"format": export_format, "filters": filters},
        )
