"""How far a case has gone: the most advanced formal step the article says has happened."""

from __future__ import annotations

from pantau.engine.understanding import cues
from pantau.engine.understanding.features import ArticleView, Sentence

# A dismissal ends a case and a sanction follows a recommendation, so when an article tells the
# whole history the furthest step is the current one.
_RANK = {stage: rank for rank, stage in enumerate(cues.STAGE_ORDER)}


def case_stage(view: ArticleView) -> tuple[str | None, list[int]]:
    """The stage (None when no formal process is mentioned) and the sentences that showed it."""
    best: str | None = None
    where: dict[str, list[int]] = {}
    for index, sentence in enumerate(_with_title(view)):
        for stage in _stages_said(sentence):
            where.setdefault(stage, []).append(index)
            if best is None or _RANK[stage] > _RANK[best]:
                best = stage
    # Index -1 stands for the title, which is not a sentence of the text.
    return best, [i - 1 for i in where.get(best, []) if i > 0] if best else []


def _with_title(view: ArticleView) -> list[Sentence]:
    title = Sentence(0, 0, view.title.lower(), {})
    return [title, *view.sentences]


def _stages_said(sentence: Sentence) -> set[str]:
    said: set[str] = set()
    text = cues.STAGE_WORDS_IN_TITLES.sub(" ", sentence.text)
    statute = bool(cues.STATUTE.search(text))
    for stage, pattern in cues.STAGE_CUES.items():
        if statute and stage in ("sanctioned", "dismissed"):
            continue
        for match in pattern.finditer(text):
            if not _planned_or_conditional(text, match.start()):
                said.add(stage)
                break
            if stage == "recommended":
                # "akan direkomendasikan": the examination is still going on.
                said.add("under_examination")
                break
    return said


def _planned_or_conditional(text: str, start: int) -> bool:
    return bool(cues.FUTURE_OR_CONDITION.search(text[max(0, start - 40) : start]))
