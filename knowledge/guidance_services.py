"""Writes for guidance: the "was this page helpful?" counters."""

import uuid

from django.db import transaction
from django.db.models import F

from knowledge.models import GuidanceFeedback


def record_helpful_answer(
    translation_key: uuid.UUID, language: str, *, helpful: bool
) -> None:
    """Add one answer to the counters of a page in a reader language.

    The row is created on the first answer; the increment is done by the database
    (``F``), so answers arriving together are all counted.
    """
    field = "helpful" if helpful else "not_helpful"
    with transaction.atomic():
        GuidanceFeedback.objects.get_or_create(
            translation_key=translation_key, language=language
        )
        GuidanceFeedback.objects.filter(
            translation_key=translation_key, language=language
        ).update(**{field: F(field) + 1})
