"""Rebuild the understanding model (src/pantau/data/understanding/model.json) and measure it.

    python scripts/train_understanding.py                 # train on our data (+ devset if present), write the model
    python scripts/train_understanding.py --report        # also print cross-validated figures

Training data: the articles we wrote (src/pantau/data/understanding/articles.jsonl with labels.jsonl,
in the devset's label format), articles composed from the phrase bank composed.json (see
compose_articles below), and, when ../shared/devset exists, the devset. The model file holds
weights only, never text.

Measurement (--report): 5-fold cross-validation over the devset with all our own data always in
training, and a held-out split of our hand-written articles (ids listed in holdout_ids.txt, never
trained on in that run). The shipped model is then trained on everything.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from pantau.engine.analysis import Actor, Understanding, WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.understanding import understand
from pantau.engine.understanding.features import features, read_article
from pantau.engine.analysis import CASE_STAGES
from pantau.engine.understanding.model import CLASSES, MODEL_PATH, load_model
from pantau.engine.understanding.type_model import TYPE_MODEL_PATH, load_type_model, type_features
from pantau.engine.understanding.violation_type import violation_type

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "pantau" / "data" / "understanding"
DEVSET = ROOT.parent / "shared" / "devset"
SEED = 20241117
MIN_DOCUMENT_FREQUENCY = 2
# Real news is what we are judged on: a devset article counts like this many of ours.
DEVSET_WEIGHT = 4.0
# Our hand-written articles read like news; the composed ones repeat phrases, so count them less.
COMPOSED_WEIGHT = 1.0
C = 0.5
# The type model: more words than articles, so a firmer prior; devset cases count as in the class model.
TYPE_C = 1.0
STAGE_NAMES = list(CASE_STAGES)


# --- data ------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def label_class(label: dict) -> str:
    if label["is_violation_case"]:
        return "case"
    return "about_not_case" if label["about_asn_neutrality"] else "not_about"


def load_pairs(articles: Path, labels: Path, origin: str) -> list[dict]:
    by_id = {label["id"]: label for label in read_jsonl(labels)}
    items = []
    for article in read_jsonl(articles):
        label = by_id[article["id"]]
        items.append({"id": article["id"], "title": article.get("title"), "text": article["text"],
                      "label": label, "origin": origin})
    return items


def compose_articles(bank: dict, count: int, rng: random.Random) -> list[dict]:
    """Articles assembled from the phrase bank (composed.json): a title, then one sentence per slot.

    Slots are lists of alternatives filled at random with {actor}, {place}, {candidate}... from the
    bank's pools. A case recipe also gets a stage drawn at random (or from its "stages"), told by
    the stage sentences, sometimes after an earlier stage's sentence, so the label follows the text.
    """
    items = []
    recipes = bank["recipes"]
    stage_sentences = bank["stage_sentences"]
    stages = [*STAGE_NAMES, "none"]
    for n in range(count):
        recipe = recipes[n % len(recipes)]
        fill = {pool: rng.choice(values) for pool, values in bank["pools"].items()}
        fill["actor"] = rng.choice(recipe.get("actors") or bank["pools"]["asnactor"])
        fill["Actor"] = fill["actor"][0].upper() + fill["actor"][1:]
        sentences = [rng.choice(slot).format(**fill) for slot in recipe["slots"]]
        label = {"id": f"c{n:04d}", "violation_type": None, "case_stage": None, **recipe["label"]}
        if recipe["kind"] == "case":
            stage = rng.choice(recipe.get("stages") or stages)
            told = [rng.choice(stage_sentences[stage])]
            earlier = STAGE_NAMES[: STAGE_NAMES.index(stage)] if stage in STAGE_NAMES[2:] else []
            if earlier and rng.random() < 0.6:
                told.insert(0, rng.choice(stage_sentences[rng.choice(earlier[:2])]))
            sentences += [t.format(**fill) for t in told]
            label["case_stage"] = None if stage == "none" else stage
        filler = bank["filler"][recipe.get("filler", "neutral")]
        for sentence in rng.sample(filler, k=rng.randint(0, 2)):
            sentences.insert(rng.randint(1, len(sentences)), sentence.format(**fill))
        sentences = [sentence for sentence in sentences if sentence]
        title = rng.choice(recipe["titles"]).format(**fill)
        text = rng.choice(bank["datelines"]).format(**fill) + _join(sentences, rng)
        items.append({"id": label["id"], "title": title, "text": text, "label": label, "origin": "composed"})
    return items


def _join(sentences: list[str], rng: random.Random) -> str:
    # Outlets differ: one paragraph per sentence, or a few sentences to a paragraph.
    out = sentences[0]
    for sentence in sentences[1:]:
        out += ("\n" if rng.random() < 0.6 else " ") + sentence
    return out


def our_data(rng: random.Random) -> list[dict]:
    items = []
    if (DATA / "articles.jsonl").is_file():
        items += load_pairs(DATA / "articles.jsonl", DATA / "labels.jsonl", "written")
    if (DATA / "composed.json").is_file():
        bank = json.loads((DATA / "composed.json").read_text(encoding="utf-8"))
        items += compose_articles(bank, bank.get("count", 200), rng)
    return items


def devset_data() -> list[dict]:
    if not (DEVSET / "articles.jsonl").is_file():
        return []
    return load_pairs(DEVSET / "articles.jsonl", DEVSET / "labels.jsonl", "devset")


# --- model -----------------------------------------------------------------------------------


def feature_dicts(items: list[dict]) -> list[dict[str, float]]:
    return [features(read_article(item["title"], item["text"])) for item in items]


def fit(items: list[dict], feats: list[dict[str, float]]) -> dict:
    """A multinomial logistic regression over features seen in at least two training articles."""
    df = Counter(name for f in feats for name in f)
    kept = [{k: v for k, v in f.items() if df[k] >= MIN_DOCUMENT_FREQUENCY} for f in feats]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    y = [label_class(item["label"]) for item in items]
    weights = [DEVSET_WEIGHT if item["origin"] == "devset" else
               COMPOSED_WEIGHT if item["origin"] == "composed" else 1.0 for item in items]
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(x, y, sample_weight=weights)
    order = [list(clf.classes_).index(name) for name in CLASSES]
    coef = clf.coef_[order]
    names = vectorizer.get_feature_names_out()
    return {
        "classes": list(CLASSES),
        "intercepts": [round(float(v), 5) for v in clf.intercept_[order]],
        "temperature": 1.0,
        "weights": {
            str(name): [round(float(v), 5) for v in coef[:, j]]
            for j, name in enumerate(names)
            if np.any(np.abs(coef[:, j]) > 1e-4)
        },
    }


def fit_type_model(items: list[dict]) -> dict:
    """The learned type fallback (type_model.py), fitted on the cases among ``items``: words of the
    title and incident sentences plus the rules' scores, so it learns what the rules miss."""
    cases = [item for item in items if item["label"]["is_violation_case"]]
    feats = []
    for item in cases:
        view = read_article(item["title"], item["text"])
        feats.append(type_features(view, violation_type(view)[1]))
    df = Counter(name for f in feats for name in f)
    kept = [{k: v for k, v in f.items() if df[k] >= MIN_DOCUMENT_FREQUENCY} for f in feats]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(kept)
    y = [item["label"]["violation_type"] for item in cases]
    weights = [DEVSET_WEIGHT if item["origin"] == "devset" else 1.0 for item in cases]
    clf = LogisticRegression(C=TYPE_C, max_iter=5000)
    clf.fit(x, y, sample_weight=weights)
    names = vectorizer.get_feature_names_out()
    return {
        "classes": [str(c) for c in clf.classes_],
        "intercepts": [round(float(v), 4) for v in clf.intercept_],
        "weights": {
            str(name): [round(float(v), 4) for v in clf.coef_[:, j]]
            for j, name in enumerate(names)
            if np.any(np.abs(clf.coef_[:, j]) > 2e-3)
        },
    }


# --- measuring -------------------------------------------------------------------------------


# --with-actors: classify with the actors who/where/when finds, as the pipeline does.
USE_ACTORS = False


def predict(item: dict, model: dict, type_model: dict | None = None) -> Understanding:
    article = Article(id=item["id"], text=item["text"], title=item.get("title"))
    www = WhoWhereWhen(actors=[])
    if USE_ACTORS:
        from pantau.engine import who_where_when

        www = who_where_when.extract(article)
    return understand(article, www, model=model, type_model=type_model)


def score(items: list[dict], predictions: list[Understanding]) -> dict:
    tp = fp = fn = 0
    confusion: Counter[tuple[str, str]] = Counter()
    about_counts = {True: Counter(), False: Counter()}
    type_hits = stage_hits = cases = kind_hits = kinds = 0
    for item, pred in zip(items, predictions):
        label = item["label"]
        truth, said = label["is_violation_case"], pred.violation.is_case
        tp += truth and said
        fp += said and not truth
        fn += truth and not said
        predicted_class = "case" if said else ("about_not_case" if pred.about_asn_neutrality else "not_about")
        confusion[(label_class(label), predicted_class)] += 1
        for cls in (True, False):
            t, p = label["about_asn_neutrality"] == cls, pred.about_asn_neutrality == cls
            about_counts[cls]["tp"] += t and p
            about_counts[cls]["fp"] += p and not t
            about_counts[cls]["fn"] += t and not p
        if label.get("event_kind") and label["about_asn_neutrality"] and pred.about_asn_neutrality:
            kinds += 1
            kind_hits += pred.event_kind == label["event_kind"]
        if truth:
            cases += 1
            type_hits += pred.violation.type == label["violation_type"]
            stage_hits += pred.violation.stage == label["case_stage"]
    return {
        "n": len(items),
        "case_precision": tp / max(tp + fp, 1),
        "case_recall": tp / max(tp + fn, 1),
        "case_f1": 2 * tp / max(2 * tp + fp + fn, 1),
        "about_macro_f1": sum(_f1(about_counts[c]) for c in (True, False)) / 2,
        "type_accuracy": type_hits / max(cases, 1),
        "stage_accuracy": stage_hits / max(cases, 1),
        "event_kind_accuracy": kind_hits / kinds if kinds else None,
        "event_kind_n": kinds,
        "confusion": {f"{t}->{p}": n for (t, p), n in sorted(confusion.items())},
    }


def _f1(counts: Counter) -> float:
    return 2 * counts["tp"] / max(2 * counts["tp"] + counts["fp"] + counts["fn"], 1)


def calibration(items: list[dict], predictions: list[Understanding], bins: int = 5) -> list[str]:
    """Reliability of the is_case confidence: per bin, mean confidence against share right."""
    rows = [[] for _ in range(bins)]
    for item, pred in zip(items, predictions):
        conf = pred.violation.confidence
        right = pred.violation.is_case == item["label"]["is_violation_case"]
        rows[min(int((conf - 0.5) * 2 * bins), bins - 1) if conf >= 0.5 else 0].append((conf, right))
    total = sum(len(row) for row in rows)
    ece = sum(abs(sum(c for c, _ in row) - sum(r for _, r in row)) for row in rows if row) / max(total, 1)
    out = [f"expected calibration error (is_case confidence, {bins} bins): {ece:.3f}"]
    for k, row in enumerate(rows):
        if row:
            out.append(f"conf {0.5 + k / (2 * bins):.1f}-{0.5 + (k + 1) / (2 * bins):.1f}: n={len(row):3d} "
                       f"mean conf={sum(c for c, _ in row) / len(row):.2f} right={sum(r for _, r in row) / len(row):.2f}")
    return out


def fit_temperature(items: list[dict], logits: list[list[float]]) -> float:
    """The softmax temperature that minimises log-loss on out-of-fold predictions."""
    truth = [CLASSES.index(label_class(item["label"])) for item in items]
    best, best_loss = 1.0, math.inf
    for t in np.arange(0.5, 4.01, 0.1):
        loss = 0.0
        for row, k in zip(logits, truth):
            top = max(row)
            z = sum(math.exp((v - top) / t) for v in row)
            loss -= (row[k] - top) / t - math.log(z)
        if loss < best_loss:
            best, best_loss = float(t), loss
    return round(best, 2)


def logits(item_feats: dict[str, float], model: dict) -> list[float]:
    scores = list(model["intercepts"])
    for name, value in item_feats.items():
        row = model["weights"].get(name)
        if row:
            for k, w in enumerate(row):
                scores[k] += w * value
    return scores


def cross_validate(ours: list[dict], dev: list[dict], folds: int, seed: int = SEED) -> tuple[list[dict], list[Understanding], list[list[float]]]:
    """Out-of-fold predictions on the devset, our own data always in training."""
    ours_feats = feature_dicts(ours)
    dev_feats = feature_dicts(dev)
    y = [label_class(item["label"]) for item in dev]
    predictions: list[Understanding | None] = [None] * len(dev)
    out_logits: list[list[float]] = [[]] * len(dev)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(dev)), y):
        train = ours + [dev[i] for i in train_idx]
        model = fit(train, ours_feats + [dev_feats[i] for i in train_idx])
        type_model = fit_type_model(train)
        for i in test_idx:
            predictions[i] = predict(dev[i], model, type_model)
            out_logits[i] = logits(dev_feats[i], model)
    return dev, predictions, out_logits


def print_report(name: str, figures: dict) -> None:
    print(f"\n== {name} (n={figures['n']})")
    for key in ("case_precision", "case_recall", "case_f1", "about_macro_f1", "type_accuracy", "stage_accuracy"):
        print(f"  {key:16s} {figures[key]:.3f}")
    if figures["event_kind_accuracy"] is not None:
        print(f"  event_kind_accuracy {figures['event_kind_accuracy']:.3f} (on {figures['event_kind_n']} articles "
              "labelled and predicted about ASN neutrality)")
    print("  confusion (truth->predicted):", json.dumps(figures["confusion"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true", help="print cross-validated and held-out figures")
    parser.add_argument("--no-devset", action="store_true", help="train on our own data only")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--with-actors", action="store_true",
                        help="measure with the actors who/where/when extracts (as the pipeline runs)")
    parser.add_argument("--cv-seed", type=int, default=SEED, help="seed of the devset fold split")
    args = parser.parse_args(argv)

    global USE_ACTORS
    USE_ACTORS = args.with_actors
    rng = random.Random(SEED)
    ours = our_data(rng)
    dev = [] if args.no_devset else devset_data()
    holdout_ids = _ids("holdout_ids.txt")
    # Fresh batches written for unseen wording, not trained on in --report (see the data README).
    blind_ids = _ids("blind_ids.txt")
    holdout_ids |= blind_ids
    print(f"our articles: {len(ours)} ({Counter(i['origin'] for i in ours)}), devset: {len(dev)}")
    print("our classes:", Counter(label_class(i["label"]) for i in ours))

    temperature = 1.0
    if args.report or dev:
        train_ours = [i for i in ours if i["id"] not in holdout_ids]
        held = [i for i in ours if i["id"] in holdout_ids]
        if dev:
            items, preds, oof_logits = cross_validate(train_ours, dev, args.folds, args.cv_seed)
            temperature = fit_temperature(items, oof_logits)
            if args.report:
                print_report(f"devset, {args.folds}-fold CV, our data always in training", score(items, preds))
                for line in calibration(items, preds):
                    print("  " + line)
                print(f"  temperature fitted out-of-fold: {temperature}")
                if args.show_errors:
                    show_errors(items, preds)
                ours_only = fit(train_ours, feature_dicts(train_ours))
                ours_only["temperature"] = temperature
                ours_only_types = fit_type_model(train_ours)
                print_report("devset, model trained on our data only (no devset in training)",
                             score(dev, [predict(i, ours_only, ours_only_types) for i in dev]))
        if args.report and held:
            model = fit(train_ours + dev, feature_dicts(train_ours + dev))
            model["temperature"] = temperature
            type_model = fit_type_model(train_ours + dev)
            preds = [predict(i, model, type_model) for i in held]
            print_report("our held-out hand-written articles", score(held, preds))
            if args.show_errors:
                show_errors(held, preds)
            blind = [(i, p) for i, p in zip(held, preds) if i["id"] in blind_ids]
            if blind:
                print_report("of these, the fresh batches (blind_ids.txt: new wording, never trained on here)",
                             score([i for i, _ in blind], [p for _, p in blind]))

    everything = ours + dev
    model = fit(everything, feature_dicts(everything))
    model["temperature"] = temperature
    model["trained_on"] = dict(Counter(i["origin"] for i in everything))
    MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                          encoding="utf-8")
    load_model.cache_clear()
    print(f"\nwrote {MODEL_PATH.relative_to(ROOT)}: {len(model['weights'])} features, temperature {temperature}")
    type_model = fit_type_model(everything)
    type_model["trained_on"] = dict(Counter(i["origin"] for i in everything if i["label"]["is_violation_case"]))
    TYPE_MODEL_PATH.write_text(json.dumps(type_model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                               encoding="utf-8")
    load_type_model.cache_clear()
    print(f"wrote {TYPE_MODEL_PATH.relative_to(ROOT)}: {len(type_model['weights'])} features")
    return 0


def _ids(name: str) -> set[str]:
    path = DATA / name
    return set(path.read_text().split()) if path.is_file() else set()


def show_errors(items: list[dict], preds: list[Understanding]) -> None:
    for item, pred in zip(items, preds):
        label = item["label"]
        v = pred.violation
        wrong_class = label["is_violation_case"] != v.is_case or label["about_asn_neutrality"] != pred.about_asn_neutrality
        wrong_detail = label["is_violation_case"] and v.is_case and (
            v.type != label["violation_type"] or v.stage != label["case_stage"])
        if wrong_class or wrong_detail:
            print(f"  {item['id']}: truth {label_class(label)}/{label.get('violation_type')}/{label.get('case_stage')} "
                  f"said case={v.is_case} about={pred.about_asn_neutrality} {v.type}/{v.stage} conf={v.confidence}"
                  f" | {(item.get('title') or '')[:70]}")


if __name__ == "__main__":
    sys.exit(main())
