from parley.evaluate.stories import bcubed, evaluate_stories, pairwise


def test_bcubed_and_pairwise_on_toy_clusters() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0)
    p, r = bcubed({"a": "x", "b": "x", "c": "x"}, gold)
    assert r == 1.0 and p < 1.0
    assert pairwise({"a": "x", "b": "y", "c": "z"}, gold) == (0.0, 0.0)


def test_project_set_meets_the_bar() -> None:
    s = evaluate_stories()
    assert s.bcubed_f1 >= 0.95
    assert s.reprints.precision == 1.0 and s.reprints.recall == 1.0
    assert s.contra_p >= 0.7 and s.contra_r >= 0.7
