"""Per-token attributes of a parsed doc as plain lists, read from spaCy's arrays at once.

Every `tok.pos_`, `tok.dep_` or `tok.children` goes through a new Token object and a
string lookup. The stages that scan every token of an article (the actor resolver, the
reported-speech finder) read these lists instead to find the few tokens worth a closer
look, and walk phrases through `kids` rather than `Token.children`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc


class Children:
    """The children of each token (`children[i]`, like `[c.i for c in doc[i].children]`),
    kept as one list grouped by head so that building it costs no Python loop per token."""

    __slots__ = ("_by_head", "_offsets")

    def __init__(self, by_head: list[int], offsets: list[int]) -> None:
        self._by_head = by_head
        self._offsets = offsets  # children of i: _by_head[_offsets[i] : _offsets[i + 1]]

    def __getitem__(self, i: int) -> list[int]:
        return self._by_head[self._offsets[i] : self._offsets[i + 1]]

    def __len__(self) -> int:
        return len(self._offsets) - 1


@dataclass(frozen=True, slots=True)
class DocArrays:
    """Per-token lists of one doc, indexed like the doc (`pos[i]` is `doc[i].pos_`)."""

    pos: list[str]  # Token.pos_
    dep: list[str]  # Token.dep_
    head: list[int]  # Token.head.i
    kids: Children  # kids[i] == [c.i for c in doc[i].children], in ascending order
    lower_ids: Any  # numpy array of the LOWER string ids
    lemma_ids: Any  # numpy array of the LEMMA string ids
    strings: StringStore

    def __len__(self) -> int:
        return len(self.pos)

    def subtree(self, i: int) -> list[int]:
        """The indices of token `i` and all its descendants (Token.subtree), unordered."""
        out = [i]
        stack = [i]
        while stack:
            children = self.kids[stack.pop()]
            out += children
            stack += children
        return out

    def where_lower(self, word: str) -> list[int]:
        """The indices of the tokens whose `lower_` is `word`, in order."""
        import numpy

        return [int(i) for i in numpy.flatnonzero(self.lower_ids == self.strings[word])]


def doc_arrays(doc: Doc) -> DocArrays:
    """The part of speech, dependency label, head and children of every token of `doc`."""
    import numpy
    from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS

    n = len(doc)
    arr = doc.to_array([POS, DEP, HEAD, LOWER, LEMMA])
    strings = doc.vocab.strings
    labels = []
    for col in (arr[:, 0].tolist(), arr[:, 1].tolist()):
        names = {h: strings[h] for h in set(col)}
        labels.append([names[h] for h in col])
    # HEAD holds the offset to the head as an unsigned 64-bit number; as signed it is exact
    index = numpy.arange(n, dtype=numpy.int64)
    heads = arr[:, 2].astype(numpy.int64) + index
    # every token but the roots, grouped by head; a stable sort keeps token order in a group,
    # which is the order Token.children yields them in
    dependents = numpy.flatnonzero(heads != index)
    by_head = dependents[numpy.argsort(heads[dependents], kind="stable")]
    offsets = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads[dependents], minlength=n))))
    kids = Children(by_head.tolist(), offsets.tolist())
    return DocArrays(pos=labels[0], dep=labels[1], head=heads.tolist(), kids=kids, lower_ids=arr[:, 3].copy(), lemma_ids=arr[:, 4].copy(), strings=strings)
