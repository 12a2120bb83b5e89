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
            if index in statute and stage in ("sanctioned", "dismissed"):
                continue
            sentence = view.sentences[index]
            if index >= 2 and _unterminated_line(view, index):
                continue  # a related story's headline or a caption, not this story's process
            if "non_asn" in sentence.hits and "asn" not in sentence.hits:
                continue  # another actor's process (a PPS member dismissed by the KPU)
            kept = [m for m in matches if not _inside(m.start(), job_titles)]
            said = _said(stage, view.lowered, sentence.start, kept)
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
    planned = False
    for match in matches:
        if not _planned_or_conditional(text[sentence_start : match.start()]):
            return stage
        planned = True
    # "akan direkomendasikan": the recommendation is planned, so the examination goes on.
    return "under_examination" if planned and stage == "recommended" else None


def _planned_or_conditional(before: str) -> bool:
    """Whether the text before a stage cue plans, asks for or conditions it (or is about another
    case): strong markers reach back to the last contrast, weak ones only to the last clause."""
    before = before.replace("akan tetapi", "")  # "however", not "will"
    # "meminta keterangan / rekaman": Bawaslu gathering evidence, which is examining, not a request.
    before = cues.EVIDENCE_REQUEST.sub(" ", before)
    contrasts = list(cues.CONTRAST_BREAK.finditer(before))
    statement = before[contrasts[-1].end() :] if contrasts else before
    if cues.FUTURE_OR_REQUEST.search(statement) or cues.OTHER_CASE.search(statement):
        return True
    if cues.OPENING_CONDITION.search(statement):
        return True
    clauses = list(cues.CLAUSE_BREAK.finditer(before))
    clause = before[clauses[-1].end() :] if clauses else before
    return bool(cues.CONDITION.search(clause))


def _unterminated_line(view: ArticleView, index: int) -> bool:
    """A short line that ends without punctuation and is not wrapped into the next one: the
    headline of a related story or a caption. (A hard-wrapped line continues in lower case.)"""
    sentence = view.sentences[index]
    if view.text[sentence.end - 1] in ".!?\"”’')" or sentence.end - sentence.start >= 160:
        return False
    following = view.sentences[index + 1] if index + 1 < len(view.sentences) else None
    return following is None or not view.text[following.start].islower()


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
