"""The pages every access test walks through, by URL name and arguments."""

from __future__ import annotations

# (url name, args) for pages that list or summarise; the story page is tested on its own because
# it is the one page whose object can be out of region.
LIST_PAGES = [
    ("ui:beranda", []),
    ("ui:map", []),
    ("ui:map_province", ["71"]),
    ("ui:statistics", []),
    ("ui:sources", []),
]
