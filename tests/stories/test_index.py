from datetime import date

from parley.stories.index import StoryIndex, cluster_stories

GRAIN = "Russian drones struck a grain terminal at the port of Pivdennyi near Odesa, killing three workers."
GRAIN2 = "A drone attack set the grain terminal at Pivdennyi near Odesa on fire; workers were killed."
TARIFF = "European Commission and Chinese negotiators met in Brussels on electric vehicle tariffs."


def test_similar_articles_in_window_join_one_story() -> None:
    got = cluster_stories([("a", GRAIN, date(2024, 3, 12)), ("b", GRAIN2, date(2024, 3, 13)), ("c", TARIFF, date(2024, 3, 12))])
    assert got["a"] == got["b"] != got["c"]


def test_date_window_separates_stories() -> None:
    got = cluster_stories([("a", GRAIN, date(2024, 3, 12)), ("b", GRAIN2, date(2024, 5, 1))])
    assert got["a"] != got["b"]


def test_stale_stories_leave_the_postings() -> None:
    index = StoryIndex()
    index.add("a", GRAIN, date(2024, 1, 1))
    index.add("b", GRAIN2, date(2024, 6, 1))
    assert all(len(p) <= 1 for p in index.postings.values())
