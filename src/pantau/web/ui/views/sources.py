"""Sources: the outlets and feeds, how many of the visible articles each gave, and when last."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Max
from django.shortcuts import render

from pantau.web.monitoring.models import Article, Source
from pantau.web.ui.page_cache import cached_for_scope


@login_required
def sources(request):
    # One pass over every visible article (about 100 ms at 100,000): kept until the next load.
    context = cached_for_scope(request, "sources", lambda: _sources_context(request))
    return render(request, "ui/sources.html", context)


def _sources_context(request) -> dict:
    # Counted over the articles the user may see, so a regional office sees its own coverage.
    visible = (
        Article.objects.restrict(request.user)
        .exclude(source__isnull=True)
        .values("source")
        .annotate(n=Count("id"), last_day=Max("pub_day"), last_loaded=Max("loaded_at"))
    )
    counts = {row["source"]: row for row in visible}
    rows = []
    for source in Source.objects.order_by("name"):
        row = counts.get(source.pk, {})
        rows.append(
            {
                "source": source,
                "n": row.get("n", 0),
                "last_day": row.get("last_day"),
                "last_loaded": row.get("last_loaded"),
            }
        )
    rows.sort(key=lambda row: (-row["n"], row["source"].name))
    return {"rows": rows, "total": sum(row["n"] for row in rows)}
