"""Every change to accounts, as one function each (``do_<verb>_<noun>``), audit row in the same transaction."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from pantau.web.accounts.models import ApiToken, RegionRole, User, token_digest
from pantau.web.audit.audit_log import client_ip, record_audit_event


def do_create_user(username: str, password: str | None, *, acting_user=None, email: str = "", **fields) -> User:
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password, email=email, **fields)
        record_audit_event("user_created", actor=acting_user, object_type="user", object_id=user.pk,
                           detail={"username": username})
    return user


def do_grant_region_role(user: User, region_code: str, *, acting_user=None) -> RegionRole:
    """``region_code``: "" for RI (all of Indonesia), "71" a province, "71.74" a kabupaten/kota."""
    with transaction.atomic():
        role, created = RegionRole.objects.get_or_create(user=user, region_code=region_code)
        if created:
            record_audit_event("region_role_granted", actor=acting_user, object_type="user", object_id=user.pk,
                               detail={"username": user.username, "region_code": region_code})
    user.__dict__.pop("_pantau_region_scope", None)
    return role


def do_revoke_region_role(user: User, region_code: str, *, acting_user=None) -> bool:
    with transaction.atomic():
        deleted, _ = RegionRole.objects.filter(user=user, region_code=region_code).delete()
        if deleted:
            record_audit_event("region_role_revoked", actor=acting_user, object_type="user", object_id=user.pk,
                               detail={"username": user.username, "region_code": region_code})
    user.__dict__.pop("_pantau_region_scope", None)
    return bool(deleted)


def do_create_api_token(user: User, name: str = "", *, acting_user=None) -> tuple[ApiToken, str]:
    """A new token; returns the row and the raw token, which is never stored and shown only now."""
    raw = ApiToken.new_raw_token()
    with transaction.atomic():
        token = ApiToken.objects.create(user=user, name=name, digest=token_digest(raw), hint=raw[:10])
        record_audit_event("api_token_created", actor=acting_user or user, object_type="api_token",
                           object_id=token.pk, detail={"name": name, "hint": token.hint})
    return token, raw


def do_revoke_api_token(token: ApiToken, *, acting_user=None) -> None:
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record_audit_event("api_token_revoked", actor=acting_user or token.user, object_type="api_token",
                           object_id=token.pk, detail={"hint": token.hint})


def do_record_login(user: User, request) -> None:
    with transaction.atomic():
        record_audit_event("login", actor=user, object_type="user", object_id=user.pk, ip=client_ip(request))


def do_record_logout(user: User, request) -> None:
    with transaction.atomic():
        record_audit_event("logout", actor=user, object_type="user", object_id=user.pk, ip=client_ip(request))


def do_record_failed_login(username: str, request) -> None:
    with transaction.atomic():
        record_audit_event("login_failed", actor_username=(username or "")[:150], ip=client_ip(request))
