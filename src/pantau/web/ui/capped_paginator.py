"""Pagination that stops counting at a cap.

An exact COUNT over every story a Bawaslu RI user may see reads the whole table on each request;
nobody pages past the first few dozen pages (they filter instead), so counting stops at
``CAPPED_AT`` rows and the page says "more than 1,000".
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.utils.functional import cached_property

CAPPED_AT = 1000


class CappedPaginator(Paginator):
    @cached_property
    def _counted(self) -> int:
        # COUNT over a LIMITed subquery: the database stops after CAPPED_AT + 1 matching rows.
        return self.object_list[: CAPPED_AT + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self._counted, CAPPED_AT)

    @property
    def capped(self) -> bool:
        return self._counted > CAPPED_AT
