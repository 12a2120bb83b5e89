"""Which Kemendagri region codes a user may see: the input of every ``restrict(user)``."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class RegionScope:
    """``everything`` for RI (and superusers); else the province and kabupaten/kota codes granted."""

    everything: bool
    codes: frozenset[str]

    @property
    def nothing(self) -> bool:
        return not self.everything and not self.codes

    def covers(self, code: str | None) -> bool:
        """Whether a row whose region code is ``code`` ("" or None = national) is visible."""
        if self.everything:
            return True
        if not code:
            return False
        return any(code == c or (len(c) == 2 and code.startswith(c + ".")) for c in self.codes)

    def q(self, field: str) -> Q:
        """A filter on ``field`` (a region-code column) matching exactly the rows ``covers`` accepts.

        Only meaningful when neither ``everything`` nor ``nothing``; callers handle those two."""
        exact = sorted(self.codes)
        condition = Q(**{f"{field}__in": exact})
        for code in exact:
            if len(code) == 2:  # a province also sees every kabupaten/kota under it
                condition |= Q(**{f"{field}__startswith": code + "."})
        return condition


NO_SCOPE = RegionScope(everything=False, codes=frozenset())
ALL_SCOPE = RegionScope(everything=True, codes=frozenset())


def scope_of(user) -> RegionScope:
    """The user's scope, computed once per user object (one query per request)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return NO_SCOPE
    cached = getattr(user, "_pantau_region_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = ALL_SCOPE
    else:
        codes = set(user.region_roles.values_list("region_code", flat=True))
        scope = ALL_SCOPE if "" in codes else RegionScope(everything=False, codes=frozenset(codes))
    user._pantau_region_scope = scope
    return scope
