"""Create or update an account, grant it regions, and optionally issue an API token.

    DJANGO_SETTINGS_MODULE=pantau.web.settings python -m django pantau_account budi --region 71.74 --token
"""

from __future__ import annotations

import getpass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pantau.web.accounts.actions import do_create_api_token, do_create_user, do_grant_region_role, do_revoke_region_role
from pantau.web.accounts.models import User
from pantau.web.monitoring.models import Region


class Command(BaseCommand):
    help = "Create an account (asks for a password) and grant region roles: RI = all, '71', '71.74'."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--region", action="append", default=[], help="grant this region (repeatable); RI for all")
        parser.add_argument("--revoke", action="append", default=[], help="revoke this region (repeatable)")
        parser.add_argument("--token", metavar="NAME", nargs="?", const="cli", help="issue an API token and print it once")

    def handle(self, username, region, revoke, token, **options):
        codes = [_code(c) for c in region]
        user = User.objects.filter(username=username).first()
        if user is None:
            password = getpass.getpass(f"Password for {username}: ")
            try:
                validate_password(password, User(username=username))
            except ValidationError as exc:
                raise CommandError(" ".join(exc.messages)) from exc
            user = do_create_user(username, password)
            self.stdout.write(f"created {username}")
        for code in codes:
            do_grant_region_role(user, code)
        for code in revoke:
            do_revoke_region_role(user, _code(code))
        roles = sorted(user.region_roles.values_list("region_code", flat=True))
        self.stdout.write(f"{username}: " + (", ".join(r or "RI" for r in roles) or "no region (sees nothing)"))
        if token:
            _, raw = do_create_api_token(user, token)
            self.stdout.write(f"API token (shown once): {raw}")


def _code(value: str) -> str:
    # Only the word RI grants all of Indonesia: an empty value is more often an unset shell variable
    # (--region "$KODE") than a decision to show every region's findings.
    if value.strip().upper() == "RI":
        return ""
    if not value.strip():
        raise CommandError("empty region code: write RI for all of Indonesia")
    if not Region.objects.filter(code=value).exists():
        raise CommandError(f"unknown Kemendagri region code: {value!r}")
    return value
