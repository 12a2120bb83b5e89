"""Login throttling: after N failures for one username from one address, that pair is locked out.

Counting per (username, address) stops password guessing against one account without letting an
attacker lock a real officer out from everywhere.
"""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pantau.web.accounts.models import LoginFailureCounter
from pantau.web.audit.audit_log import client_ip


def _key(username: str | None) -> str:
    return (username or "").strip().lower()[:150]


ANY_USERNAME = "*"  # the counter of every failure from one address, whatever the username


def is_locked_out(username: str | None, ip: str) -> bool:
    return LoginFailureCounter.objects.filter(
        username__in=[_key(username), ANY_USERNAME], ip=ip, locked_until__gt=timezone.now()
    ).exists()


def note_failure(username: str | None, ip: str) -> LoginFailureCounter:
    """Count a failure for (username, address), and for the address across usernames, so that
    guessing many usernames from one address is stopped too (at a higher threshold)."""
    _count(ANY_USERNAME, ip, settings.PANTAU_LOGIN_MAX_FAILURES_PER_ADDRESS)
    return _count(_key(username), ip, settings.PANTAU_LOGIN_MAX_FAILURES)


def _count(username: str, ip: str, limit: int) -> LoginFailureCounter:
    now = timezone.now()
    window = timedelta(seconds=settings.PANTAU_LOGIN_LOCKOUT_SECONDS)
    with transaction.atomic():
        counter, _created = LoginFailureCounter.objects.select_for_update().get_or_create(
            username=username, ip=ip, defaults={"failures": 0, "last_failure_at": now}
        )
        if counter.last_failure_at < now - window:  # old failures no longer count
            counter.failures = 0
        counter.failures += 1
        counter.last_failure_at = now
        if counter.failures >= limit:
            counter.locked_until = now + window
        counter.save()
    return counter


def clear_failures(username: str | None, ip: str) -> None:
    LoginFailureCounter.objects.filter(username=_key(username), ip=ip).delete()


class ThrottledModelBackend(ModelBackend):
    """Django's username/password check, refusing locked-out pairs before the password is hashed."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        ip = client_ip(request)
        if username is None:
            username = kwargs.get("username")
        if is_locked_out(username, ip):
            raise PermissionDenied("too many failed logins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            note_failure(username, ip)
        else:
            clear_failures(username, ip)
        return user


class ThrottledAuthenticationForm(AuthenticationForm):
    """The login form, saying plainly when the account is locked out rather than "wrong password"."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked_out": _("Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti."),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and is_locked_out(username, client_ip(self.request)):
            raise forms.ValidationError(self.error_messages["locked_out"], code="locked_out")
        return super().clean()
