"""How far a case has gone: the most advanced formal step the article says has happened."""

from __future__ import annotations

from pantau.engine.understanding import cues
from pantau.engine.understanding.features import ArticleView

# A dismissal ends a case and a sanction follows a recommendation, so when an article tells the
# whole history the furthest step is the current one.
_RANK = {stage: rank for rank, stage in enumerate(cues.STAGE_ORDER)}


def case_stage(view: ArticleView) -> tuple[str | None, list[int]]:
    """The stage (None when no formal process is mentioned) and the sentences that showed it."""
    best: str | None = None
    where: dict[str, list[int]] = {}
    for stage in _stages_said_in(view.title.lower()):
        best = stage if best is None or _RANK[stage] > _RANK[best] else best
        where.setdefault(stage, [])
    job_titles = [m.span() for m in view.matches["job_titles"]]
    statute = set(view.matches_by_sentence("statute"))
    for stage in cues.STAGE_CUES:
        for index, matches in view.matches_by_sentence("stage_" + stage).items():
            if statute and index in statute and stage in ("sanctioned", "dismissed"):
                continue
            start = view.sentences[index].start
            said = _said(stage, view.lowered, start, [m for m in matches if not _inside(m.start(), job_titles)])
            if said:
                where.setdefault(said, []).append(index)
                if best is None or _RANK[said] > _RANK[best]:
                    best = said
    return best, sorted(set(where.get(best, []))) if best else []


def _stages_said_in(title: str) -> set[str]:
    said = set()
    for stage, pattern in cues.STAGE_CUES.items():
        found = _said(stage, title, 0, list(pattern.finditer(title)))
        if found:
            said.add(found)
    return said


def _said(stage: str, text: str, sentence_start: int, matches: list) -> str | None:
    """The stage these matches assert, or None when all are planned, asked for or conditional."""
    for match in matches:
        window = text[max(sentence_start, match.start() - 40) : match.start()]
        if not cues.FUTURE_OR_CONDITION.search(window):
            return stage
        if stage == "recommended":
            return "under_examination"  # "akan direkomendasikan": the examination goes on
    return None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
