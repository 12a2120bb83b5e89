"""The analysis engine: pure Python, no Django, no network, deterministic.

Text in (an :class:`~pantau.engine.article.Article`), an
:class:`~pantau.engine.analysis.Analysis` out, as fixed by CONTRACT.md.
"""
