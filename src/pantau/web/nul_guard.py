"""Refuses requests whose path, query string or cookies hold a NUL character (400, not a 500).

PostgreSQL cannot store or compare a string containing NUL: a search ``q=%00``, a story key with
``%00`` in it or a session cookie with one reached the database and failed there. No legitimate
link carries one, so the request is refused before any view sees it. (POSTed forms are covered by
Django's own form fields.)
"""

from __future__ import annotations

from django.http import HttpResponseBadRequest


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _holds_nul(request.GET.lists()) or _holds_nul(
            (name, [value]) for name, value in request.COOKIES.items()
        ):
            return HttpResponseBadRequest("NUL character in the request")
        return self.get_response(request)


def _holds_nul(items) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in items)
