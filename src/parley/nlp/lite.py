"""A light, read-only view of a parsed doc for the stages that walk the parse token by token.

Every `Token.children`, `Token.head` or `Token.lemma_` of spaCy builds new Python objects
and looks strings up again (about 1 µs for the children of one token, 0.2 µs for a lemma).
The event coder reads the same few tokens' heads, children and labels many times per
sentence, so it walks this view instead: one `LiteToken` per token, made on first use from
the doc's arrays (`parley.nlp.arrays`), holding its labels as plain attributes and its
head and children as other `LiteToken`s of the same view.

The view answers the part of spaCy's Token/Span/Doc API the stages use, with the same
values and the same orders (`children` in token order, `subtree` as spaCy yields it);
any other attribute is read from the real spaCy token. Within one view a token is one
object, so `is`, `==`, sets and dicts behave as they do with spaCy tokens of one doc.
Tokens of a view and spaCy's own tokens must not be mixed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from parley.nlp.arrays import DocArrays, SentenceBounds, label_table

if TYPE_CHECKING:
    from spacy.tokens import Doc

_IOB = ("", "I", "O", "B")


class LiteToken:
    """One token of a `LiteDoc`; see the module docstring."""

    __slots__ = ("_children", "_subtree", "dep_", "doc", "ent_type_", "head_i", "i", "idx", "lemma_", "lower_", "pos_", "text")

    def __init__(self, doc: LiteDoc, i: int, idx: int, text: str, dep: str, pos: str, ent: str, lemma: str, lower: str, head: int) -> None:
        self.doc = doc
        self.i = i
        self.idx = idx
        self.text = text
        self.dep_ = dep
        self.pos_ = pos
        self.ent_type_ = ent
        self.lemma_ = lemma
        self.lower_ = lower
        self.head_i = head
        self._children: list[LiteToken] | None = None
        self._subtree: list[LiteToken] | None = None

    @property
    def head(self) -> LiteToken:
        return self.doc.tokens[self.head_i]

    @property
    def children(self) -> list[LiteToken]:
        kids = self._children
        if kids is None:
            toks = self.doc.tokens
            kids = self._children = [toks[c] for c in self.doc.arrays.kids[self.i]]
        return kids

    @property
    def lefts(self) -> list[LiteToken]:
        return [c for c in self.children if c.i < self.i]

    @property
    def rights(self) -> list[LiteToken]:
        return [c for c in self.children if c.i > self.i]

    @property
    def subtree(self) -> list[LiteToken]:
        """The token and its descendants in the order spaCy's Token.subtree yields them:
        each left child's subtree, the token, each right child's subtree."""
        found = self._subtree
        if found is None:
            found = []
            for c in self.children:
                if c.i < self.i:
                    found += c.subtree
            found.append(self)
            for c in self.children:
                if c.i > self.i:
                    found += c.subtree
            self._subtree = found
        return found

    @property
    def left_edge(self) -> LiteToken:
        return self.doc.token(self.doc.doc[self.i].left_edge.i)

    @property
    def right_edge(self) -> LiteToken:
        return self.doc.token(self.doc.doc[self.i].right_edge.i)

    @property
    def ent_iob_(self) -> str:
        return _IOB[self.doc.arrays.iob[self.i]]

    @property
    def sent(self) -> LiteSpan:
        return self.doc.sentence(self.doc.sent_of[self.i])

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def __getattr__(self, name: str) -> Any:
        # everything else (tag_, is_punct, is_space, like_num, ...) from spaCy's token
        return getattr(self.doc.doc[self.i], name)


class LiteSpan:
    """Tokens start..end of a `LiteDoc` (a sentence, or a slice of the doc)."""

    __slots__ = ("doc", "end", "end_char", "start", "start_char")

    def __init__(self, doc: LiteDoc, start: int, end: int, start_char: int, end_char: int) -> None:
        self.doc, self.start, self.end, self.start_char, self.end_char = doc, start, end, start_char, end_char

    def __iter__(self) -> Iterator[LiteToken]:
        return iter(self.doc.tokens[self.start : self.end])

    def __reversed__(self) -> Iterator[LiteToken]:
        return reversed(self.doc.tokens[self.start : self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, k: int) -> LiteToken:
        n = self.end - self.start
        if not -n <= k < n:
            raise IndexError(k)
        return self.doc.token(self.start + (k % n))

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    @property
    def root(self) -> LiteToken:
        return self.doc.token(self.doc.doc[self.start : self.end].root.i)


class LiteDoc:
    """The light view of one parsed doc; `doc[i]` is its `LiteToken` i. The tokens are
    made all at once, on first use (a loop over the arrays costs less than a check and a
    call per token read)."""

    __slots__ = ("_sents", "_tokens", "arrays", "bounds", "doc", "names", "sent_of", "text")

    def __init__(self, doc: Doc, arrays: DocArrays, bounds: SentenceBounds, sent_of: list[int], text: str | None = None) -> None:
        self.doc = doc
        self.arrays = arrays
        self.text = doc.text if text is None else text  # doc.text joins every token anew; callers pass it when they have it
        self.bounds = bounds
        self.sent_of = sent_of
        self.names = label_table(arrays.strings)
        self._tokens: list[LiteToken] | None = None
        self._sents: list[LiteSpan | None] = [None] * len(bounds)

    @property
    def tokens(self) -> list[LiteToken]:
        toks = self._tokens
        if toks is None:
            a, text, name = self.arrays, self.text, self.names.__getitem__
            toks = self._tokens = [
                LiteToken(self, i, start, text[start : start + n], dep, pos, ent, lemma, lower, head)
                for i, (start, n, dep, pos, ent, lemma, lower, head) in enumerate(
                    zip(a.idx, a.length, a.dep, a.pos, a.ent, map(name, a.lemmas), map(name, a.lowers), a.head, strict=True)
                )
            ]
        return toks

    def token(self, i: int) -> LiteToken:
        return self.tokens[i]

    def sentence(self, k: int) -> LiteSpan:
        s = self._sents[k]
        if s is None:
            s = self._sents[k] = LiteSpan(self, *self.bounds[k])
        return s

    @property
    def sents(self) -> list[LiteSpan]:
        return [self.sentence(k) for k in range(len(self.bounds))]

    @property
    def vocab(self) -> Any:
        return self.doc.vocab

    def __len__(self) -> int:
        return len(self.arrays)

    def __iter__(self) -> Iterator[LiteToken]:
        return iter(self.tokens)

    def __getitem__(self, k: int | slice) -> Any:
        if isinstance(k, slice):
            start, end, _ = k.indices(len(self.arrays))
            end = max(start, end)
            a = self.arrays
            start_char = a.idx[start] if start < end else 0
            end_char = a.idx[end - 1] + a.length[end - 1] if start < end else 0
            return LiteSpan(self, start, end, start_char, end_char)
        return self.tokens[k]

    def to_array(self, attrs: Any) -> Any:
        return self.doc.to_array(attrs)

    def char_span(self, start_char: int, end_char: int, alignment_mode: str = "strict") -> LiteSpan | None:
        """spaCy's Doc.char_span, as a span of this view."""
        span = self.doc.char_span(start_char, end_char, alignment_mode=alignment_mode)
        return None if span is None else LiteSpan(self, span.start, span.end, span.start_char, span.end_char)
