"""Headers Django 5.2 does not set by itself: the Content-Security-Policy, and Cache-Control on the
pages and API answers (they name accused civil servants; no shared cache may keep them)."""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_cache_control


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PANTAU_CONTENT_SECURITY_POLICY", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response


class PrivateCacheControlMiddleware:
    """``Cache-Control: private, no-cache`` unless a view chose its own (exports say no-store).

    Static files never get here (whitenoise answers them earlier) and keep their long caching."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_cache=True)
        return response
