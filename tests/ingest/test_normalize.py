from hypothesis import given
from hypothesis import strategies as st

from parley.ingest.normalize import normalize


def test_repairs_seed_defects() -> None:
    n = normalize("abroad,senior figures met. during the call U.S.commitments grew.Experts said")
    assert "Abroad, senior" in n.text
    assert "During the call" in n.text
    assert "U.S. commitments" in n.text
    assert "grew. Experts" in n.text


def test_keeps_abbreviations_numbers_and_urls() -> None:
    n = normalize("The U.S. leaders paid 1,000 dollars; see reuters.com,now")
    assert "The U.S. leaders" in n.text  # no capital forced after an abbreviation
    assert "1,000" in n.text
    assert "reuters.com" in n.text


def test_offsets_map_back_to_original() -> None:
    original = "abroad,senior figures. during talks"
    n = normalize(original)
    start = n.text.index("senior")
    a, b = n.to_original(start, start + len("senior"))
    assert original[a:b] == "senior"
    start = n.text.index("During")
    a, b = n.to_original(start, start + 6)
    assert original[a:b] == "during"


def test_apostrophes_and_hyphens_made_plain() -> None:
    n = normalize("Ukraine\u2019s 90\u2010minute call")
    assert n.text == "Ukraine's 90-minute call"


@given(st.text(max_size=200))
def test_every_span_maps_inside_original(text: str) -> None:
    n = normalize(text)
    assert len(n.index) == len(n.text) + 1
    for i in range(len(n.text)):
        a, b = n.to_original(i, i + 1)
        assert 0 <= a < b <= len(text)
