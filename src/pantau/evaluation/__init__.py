"""Scoring an analysis output against hand labels (``pantau evaluate``).

Pure functions over plain dicts: ``jsonl_files`` reads the two files, ``article_metrics`` says how each
per-article score reads the expected and the produced value, ``binary_scores`` and
``clustering_scores`` hold the arithmetic, ``scorecard`` puts them together and ``table_report``
prints them for people.
"""

from pantau.evaluation.jsonl_files import EvaluationInputError, read_labels, read_outputs
from pantau.evaluation.scorecard import Scorecard, score

__all__ = ["EvaluationInputError", "Scorecard", "read_labels", "read_outputs", "score"]
