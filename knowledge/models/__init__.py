"""Knowledge pages: news, guidance, publications, best practices, working groups.

Each family of models lives in its own module; this package re-exports them.
"""

from knowledge.models.news import NewsIndexPage, NewsPage
from knowledge.models.snippets import LawReference

__all__ = ["LawReference", "NewsIndexPage", "NewsPage"]
