"""Stories: clustering articles, grouping statements, aligning facts across sources."""

from parley.stories.linker import cluster_stories, group_statements, link_store

__all__ = ["cluster_stories", "group_statements", "link_store"]
