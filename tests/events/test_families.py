from parley.events.codebook import load_codebook, load_parents
from parley.events.families import FAMILIES, directed_code, protest_code, refines


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


def test_asking_others_to_condemn_is_asking_for_support() -> None:
    # "urged the EU to condemn …", "demanded that the Council condemn …"
    assert directed_code("02", "111") == "022"
    assert directed_code("10", "112") == "102"
    # an intent or a refusal to condemn has no parallel sub-code
    assert directed_code("03", "111") is None
    assert directed_code("12", "111") is None


def test_a_threat_to_seize_property_is_a_plain_threat() -> None:
    assert directed_code("13", "1711") == "130"
    assert directed_code("03", "1711") == "130"
    assert directed_code("13", "173") == "137"  # arrests stay repression


def test_protest_code_from_its_aim() -> None:
    assert protest_code("141", "1041") == "1411"  # rallied to demand a resignation
    assert protest_code("143", "0832") == "1432"  # strike for a policy change
    assert protest_code("144", "1044") == "1444"
    assert protest_code("145", "010") is None
    assert protest_code("150", "1041") is None
    assert protest_code("1411", "1041") is None
