"""Understanding: about ASN neutrality or not, a violation case or not, its type and stage.

A multinomial logistic regression over stemmed words and cue-phrase families decides between
"not about ASN neutrality", "about it but not a case" and "a violation case"; cue rules then
name the type, the stage and the event kind, and pick the sentences that show why. When no type
cue fires, a learned type model (type_model.py) may name the type instead of "unspecified".
"""

from __future__ import annotations

from pantau.engine.analysis import Understanding, Violation, WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.understanding.case_stage import case_stage
from pantau.engine.understanding.event_kind import event_kind
from pantau.engine.understanding.evidence import case_evidence, not_about_evidence, pick_sentences
from pantau.engine.understanding.features import features, read_article
from pantau.engine.understanding.model import actor_adjusted, class_probabilities
from pantau.engine.understanding.type_model import learned_type
from pantau.engine.understanding.violation_type import violation_type


def understand(
    article: Article, www: WhoWhereWhen, model: dict | None = None, type_model: dict | None = None
) -> Understanding:
    """Classify one article; ``www`` carries the actors and regions already found (maybe none).

    ``model`` and ``type_model`` replace the shipped weights (training measures fold models this way).
    """
    view = read_article(article.title, article.text or "")
    if not view.sentences and not view.title.strip():
        return Understanding(warnings=["understanding: the article has no text to classify"])
    names_asn = bool(view.title_hits.get("asn")) or any("asn" in s.hits for s in view.sentences)
    probs = actor_adjusted(class_probabilities(features(view), model), www.actors, names_asn)
    p_case = probs["case"]
    about = probs["not_about"] < 0.5
    is_case = p_case >= 0.5
    if is_case:
        kind, kind_sentences = "violation_case", []
        vtype, type_scores, type_sentences = violation_type(view)
        if vtype == "unspecified":
            vtype = learned_type(view, type_scores, type_model) or vtype
        stage, stage_sentences = case_stage(view)
        evidence = case_evidence(view, type_sentences, stage_sentences)
        violation = Violation(True, vtype, stage, round(p_case, 3), evidence)
    else:
        kind, kind_sentences = event_kind(view) if about else (None, [])
        evidence = pick_sentences(view, kind_sentences) if about else not_about_evidence(view)
        violation = Violation(False, None, None, round(1.0 - p_case, 3), evidence)
    return Understanding(about_asn_neutrality=about or is_case, event_kind=kind, violation=violation)
