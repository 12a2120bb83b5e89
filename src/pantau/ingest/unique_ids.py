"""One id per output line: a later item whose id is taken gets "<id>~2", "~3", … and a warning.

Two files named ``001.txt`` in different folders, or one JSONL given twice, would otherwise write
two lines with one id, and ``--resume`` (which skips ids already written) would lose one of them.
Renaming in input order keeps ids the same from run to run.
"""

from __future__ import annotations

from pantau.engine.article import Article, ReadError


class UniqueIds:
    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, item: Article | ReadError) -> Article | ReadError:
        if item.id in self._taken:
            original = item.id
            number = 2
            while f"{original}~{number}" in self._taken:
                number += 1
            item.id = f"{original}~{number}"
            if isinstance(item, Article):
                item.warnings.append(f"id {original!r} was already used in this run; renamed {item.id!r}")
        self._taken.add(item.id)
        return item
