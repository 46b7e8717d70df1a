"""Knowledge pages: news, guidance, publications, best practices, working groups.

Each family of models lives in its own module; this package re-exports them.
"""

from knowledge.models.best_practices import BestPracticeIndexPage, BestPracticePage
from knowledge.models.guidance import (
    Audience,
    GuidanceFeedback,
    GuidanceIndexPage,
    GuidancePage,
)
from knowledge.models.news import NewsIndexPage, NewsPage
from knowledge.models.publications import (
    DocumentText,
    PublicationIndexPage,
    PublicationPage,
)
from knowledge.models.snippets import LawReference
from knowledge.models.taxonomy import Stage, Topic
from knowledge.models.working_groups import WorkingGroupMaterialPage, WorkingGroupPage

__all__ = [
    "Audience",
    "BestPracticeIndexPage",
    "BestPracticePage",
    "DocumentText",
    "GuidanceFeedback",
    "GuidanceIndexPage",
    "GuidancePage",
    "LawReference",
    "NewsIndexPage",
    "NewsPage",
    "PublicationIndexPage",
    "PublicationPage",
    "Stage",
    "Topic",
    "WorkingGroupMaterialPage",
    "WorkingGroupPage",
]
