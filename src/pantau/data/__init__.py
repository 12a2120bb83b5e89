"""Reference data shipped inside the package (regions, model weights, the sample corpus).

Read it through ``importlib.resources`` so that it works from a wheel or a zip as well as from a
checkout.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

SAMPLE_CORPUS = "sample_corpus"


def sample_corpus_path() -> Traversable:
    """The folder of the bundled sample corpus: ``articles.jsonl``, ``labels.jsonl``, ``README.md``.

    Articles are in the devset's input format, labels in the devset's label format (plus
    ``event_kind``), written by the pantau authors (CC0).
    """
    return resources.files(__name__).joinpath(SAMPLE_CORPUS)


def sample_articles_path() -> Traversable:
    return sample_corpus_path().joinpath("articles.jsonl")


def sample_labels_path() -> Traversable:
    return sample_corpus_path().joinpath("labels.jsonl")
