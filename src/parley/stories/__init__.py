"""Stories: reprints, clustering articles, aligning facts and statements across sources."""

from parley.stories.linker import CrossArticle, cluster_stories, group_statements, link, link_store

__all__ = ["CrossArticle", "cluster_stories", "group_statements", "link", "link_store"]
