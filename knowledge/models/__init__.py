"""Knowledge pages: news, guidance, publications, best practices, working groups.

Each family of models lives in its own module; this package re-exports them.
"""

from knowledge.models.best_practices import BestPracticeIndexPage, BestPracticePage
from knowledge.models.news import NewsIndexPage, NewsPage
from knowledge.models.publications import (
    DocumentText,
    PublicationIndexPage,
    PublicationPage,
)
from knowledge.models.snippets import LawReference
from knowledge.models.working_groups import WorkingGroupMaterialPage, WorkingGroupPage

__all__ = [
    "BestPracticeIndexPage",
    "BestPracticePage",
    "DocumentText",
    "LawReference",
    "NewsIndexPage",
    "NewsPage",
    "PublicationIndexPage",
    "PublicationPage",
    "WorkingGroupMaterialPage",
    "WorkingGroupPage",
]
