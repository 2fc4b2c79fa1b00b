from parley.events.codebook import load_codebook, load_parents
from parley.events.families import FAMILIES, directed_code, refines


def test_every_family_code_is_in_the_codebook() -> None:
    codes = set(load_codebook().codes)
    for family, table in FAMILIES.items():
        for code in table.values():
            assert code in codes, (family, code)
            assert code.startswith(family)


def test_one_act_across_the_families() -> None:
    # a release (0841) asked for, intended, demanded, refused
    assert [directed_code(f, "0841") for f in ("02", "03", "10", "12")] == ["0253", "0353", "1053", "1243"]
    # an intent to use force is a threat
    assert directed_code("03", "195") == "1384"
    assert directed_code("13", "163") == "1312"
    assert directed_code("10", "010") is None


def test_refines_reads_not_specified_codes_as_their_root() -> None:
    assert refines("100", "1053") and refines("105", "1053") and not refines("1056", "1053")
    assert not refines("131", "1384")


def test_bodies_act_for_their_organisation() -> None:
    parent = load_parents()
    assert parent("IGOUNOWFP") == "IGOUNO"
    assert parent("IGOEURECM") == "IGOEUREEC"
    assert parent("IGOEURCOE") == "IGOEURCOE"  # the Council of Europe is not the EU
    assert parent("USAGOV") == "USAGOV"
