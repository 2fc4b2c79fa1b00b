from datetime import date

from parley.stories.dedup import Doc, body, find_reprints, recap_start, source_keys

TEXT = " ".join(f"word{i} sentence number {i} about the talks in Doha." for i in range(40))


def test_reprint_with_added_sentence_is_found() -> None:
    docs = [
        Doc("orig", TEXT, "Wire", date(2024, 1, 1)),
        Doc("copy", "A new intro line here. " + TEXT, "Gazette", date(2024, 1, 2)),
        Doc("other", "Nothing alike " * 30),
    ]
    assert find_reprints(docs) == {"copy": "orig"}


def test_reprints_and_same_outlet_count_once() -> None:
    docs = [Doc("orig", TEXT, "Wire"), Doc("copy", TEXT, "Gazette"), Doc("w2", "other text", "Wire"), Doc("x", "text", "")]
    keys = source_keys(docs, {"copy": "orig"})
    assert keys["orig"] == keys["copy"] == keys["w2"]
    assert keys["x"] == "article:x"


def test_recap_block_is_not_the_body() -> None:
    text = "Body of the article.\nFrequently Asked Questions\n- What happened?\n- Talks."
    assert recap_start(text) == text.index("Frequently")
    assert body(text) == "Body of the article.\n"
