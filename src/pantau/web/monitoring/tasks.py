"""Background work. Without PANTAU_BROKER_URL these run in the calling process (eager mode)."""

from __future__ import annotations

from typing import Any

from pantau.web.celery_app import app
from pantau.web.monitoring.actions import do_store_analyses


@app.task(name="pantau.store_analyses", acks_late=True)
def store_analyses_task(contracts: list[dict[str, Any]], origin: str = "") -> dict[str, Any]:
    """Store one batch of contract analyses. Idempotent, so a redelivered task does no harm."""
    result = do_store_analyses(contracts, origin=origin)
    return {"stored": result.stored, "failed": result.failed, "errors": result.errors}
