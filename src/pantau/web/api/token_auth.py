"""Who is calling the API: a bearer token (``Authorization: Bearer pnt_…``) or a logged-in session."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from pantau.web.accounts.models import ApiToken, token_digest

_TOUCH_EVERY = timedelta(minutes=5)  # last_used_at is informative; do not write on every request


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request, token: str):
        if not token.startswith(ApiToken.PREFIX):
            return None
        row = (
            ApiToken.objects.select_related("user")
            .filter(digest=token_digest(token), revoked_at=None, user__is_active=True)
            .first()
        )
        if row is None:
            return None
        now = timezone.now()
        if row.last_used_at is None or row.last_used_at < now - _TOUCH_EVERY:
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
        return row.user


class ActiveSessionAuth(SessionAuth):
    """The browser's session (the pages call the API and the exports with it)."""

    def authenticate(self, request, key):
        user = request.user
        return user if user.is_authenticated and user.is_active else None


API_AUTH = [ApiTokenAuth(), ActiveSessionAuth()]


def api_user(request):
    """The authenticated user, whichever way they came in (``request.user`` is anonymous for tokens)."""
    return request.auth
