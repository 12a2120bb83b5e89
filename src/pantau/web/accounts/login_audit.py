"""Audit rows for logins, failed logins and logouts (Django's auth signals)."""

from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from pantau.web.accounts.actions import do_record_failed_login, do_record_login, do_record_logout


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    do_record_login(user, request)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        do_record_logout(user, request)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    do_record_failed_login(credentials.get("username", ""), request)
