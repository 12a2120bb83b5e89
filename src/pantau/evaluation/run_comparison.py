"""Two runs scored against the same labels: what moved, and which articles were fixed or broken.

Engineers change one stage and want to know, before committing, whether the change helped overall
and which articles it turned from right to wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pantau.evaluation.article_metrics import ARTICLE_METRICS
from pantau.evaluation.scorecard import Scorecard

# (row label, metric, figure) for the headline figures a comparison shows.
HEADLINE_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("case precision", "case", "precision"),
    ("case recall", "case", "recall"),
    ("case F1", "case", "f1"),
    ("about macro-F1", "about_asn_neutrality", "macro_f1"),
    *((f"{m.name} accuracy", m.name, "accuracy") for m in ARTICLE_METRICS),
    ("actors F1", "actors", "f1"),
    ("unnamed_actors recall", "unnamed_actors", "recall"),
    ("story pair F1", "story", "pair_f1"),
    ("story B-cubed F1", "story", "bcubed_f1"),
    ("news_event pair F1", "news_event", "pair_f1"),
    ("news_event B-cubed F1", "news_event", "bcubed_f1"),
)


@dataclass(frozen=True)
class FigureChange:
    label: str
    baseline: float | None
    current: float | None

    @property
    def change(self) -> float | None:
        if self.baseline is None or self.current is None:
            return None
        return self.current - self.baseline


@dataclass(frozen=True)
class RunComparison:
    figures: list[FigureChange]
    fixed: dict[str, list[str]]  # metric -> ids failing in the baseline, passing now
    broken: dict[str, list[str]]  # metric -> ids passing in the baseline, failing now

    def as_json(self) -> dict[str, Any]:
        return {
            "figures": [{"figure": f.label, "baseline": f.baseline, "current": f.current, "change": f.change}
                        for f in self.figures],
            "fixed": self.fixed,
            "broken": self.broken,
        }


def compare(baseline: Scorecard, current: Scorecard) -> RunComparison:
    figures = [FigureChange(label, baseline.scores[metric][figure], current.scores[metric][figure])
               for label, metric, figure in HEADLINE_FIGURES]
    fixed: dict[str, list[str]] = {}
    broken: dict[str, list[str]] = {}
    for metric, now_failing in current.failures.items():
        before = {f.id for f in baseline.failures.get(metric, [])}
        now = {f.id for f in now_failing}
        if before - now:
            fixed[metric] = sorted(before - now)
        if now - before:
            broken[metric] = sorted(now - before)
    return RunComparison(figures, fixed, broken)
