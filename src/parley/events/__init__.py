"""Events: the CAMEO/PLOVER codebooks, the verb-pattern lexicon and the coder."""

from parley.events.codebook import Codebook, load_codebook
from parley.events.coder import EventCoder
from parley.events.lexicon import Lexicon, load_lexicon

__all__ = ["Codebook", "EventCoder", "Lexicon", "load_codebook", "load_lexicon"]
