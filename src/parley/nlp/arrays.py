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


class _Labels(dict[int, str]):
    """String ids to their strings, filled on first use: labels (parts of speech,
    dependencies, entity types), a small closed set, so that turning a column of ids into
    names is a single `map` over it; and the lemmas and lower-case forms the light view
    (`parley.nlp.lite`) reads, which it then reads from a dict rather than decoding them
    again. The table grows with the vocabulary it meets, as spaCy's StringStore does."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        name = self[key] = self.strings[key]
        return name


_LABELS: dict[int, _Labels] = {}  # by id() of the StringStore the labels are read from


def label_table(strings: StringStore) -> _Labels:
    table = _LABELS.get(id(strings))
    if table is None or table.strings is not strings:
        table = _LABELS[id(strings)] = _Labels(strings)
    return table


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
    ent: list[str]  # Token.ent_type_
    iob: list[int]  # Token.ent_iob (1 inside, 2 outside, 3 beginning, 0 unset)
    idx: list[int]  # Token.idx
    length: list[int]  # len(Token)
    lowers: list[int]  # the LOWER string ids as a list (faster to index one by one)
    lemmas: list[int]  # the LEMMA string ids as a list

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
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, POS

    n = len(doc)
    arr = doc.to_array([POS, DEP, HEAD, LOWER, LEMMA, ENT_TYPE, ENT_IOB, IDX, LENGTH])
    strings = doc.vocab.strings
    names = label_table(strings).__getitem__
    pos, dep, ent = (list(map(names, arr[:, k].tolist())) for k in (0, 1, 5))
    # HEAD holds the offset to the head as an unsigned 64-bit number; as signed it is exact
    index = numpy.arange(n, dtype=numpy.int64)
    heads = arr[:, 2].astype(numpy.int64) + index
    # every token but the roots, grouped by head; a stable sort keeps token order in a group,
    # which is the order Token.children yields them in
    dependents = numpy.flatnonzero(heads != index)
    by_head = dependents[numpy.argsort(heads[dependents], kind="stable")]
    offsets = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(heads[dependents], minlength=n))))
    kids = Children(by_head.tolist(), offsets.tolist())
    return DocArrays(
        pos=pos,
        dep=dep,
        head=heads.tolist(),
        kids=kids,
        lower_ids=arr[:, 3].copy(),
        lemma_ids=arr[:, 4].copy(),
        strings=strings,
        ent=ent,
        iob=arr[:, 6].tolist(),
        idx=arr[:, 7].tolist(),
        length=arr[:, 8].tolist(),
        lowers=arr[:, 3].tolist(),
        lemmas=arr[:, 4].tolist(),
    )


# (start, end, start_char, end_char) of each sentence of a doc, in order
SentenceBounds = list[tuple[int, int, int, int]]


def sentence_bounds(doc: Doc) -> SentenceBounds:
    """The token and character bounds of the sentences of `doc` (what doc.sents gives,
    read from the sentence-start flags without building a Span per sentence)."""
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START

    n = len(doc)
    if not n:
        return []
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]  # spaCy says why not
    arr = doc.to_array([SENT_START, IDX, LENGTH])
    starts = numpy.flatnonzero(arr[:, 0].astype(numpy.int64) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], n]
    idx, length = arr[:, 1].tolist(), arr[:, 2].tolist()
    return [(a, b, idx[a], idx[b - 1] + length[b - 1]) for a, b in zip(starts, ends, strict=True)]


def sentence_of_tokens(sents: SentenceBounds, n: int) -> list[int]:
    """The index of the sentence of each of the `n` tokens of a doc."""
    sent_of = [0] * n
    for si, (start, end, _, _) in enumerate(sents):
        sent_of[start:end] = [si] * (end - start)
    return sent_of
