"""Knowledge pages: news, guidance, publications, best practices, working groups.

Each family of models lives in its own module; this package re-exports them.
"""

from knowledge.models.guidance import (
    Audience,
    GuidanceFeedback,
    GuidanceIndexPage,
    GuidancePage,
)
from knowledge.models.news import NewsIndexPage, NewsPage
from knowledge.models.snippets import LawReference
from knowledge.models.taxonomy import Stage, Topic

__all__ = [
    "Audience",
    "GuidanceFeedback",
    "GuidanceIndexPage",
    "GuidancePage",
    "LawReference",
    "NewsIndexPage",
    "NewsPage",
    "Stage",
    "Topic",
]
