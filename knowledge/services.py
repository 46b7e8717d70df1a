"""Writes that other apps ask of the knowledge app."""

from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.rich_text import RichText

from config.languages import DEFAULT_LANGUAGE
from core.taxonomy import Industry, Principle
from knowledge.models import BestPracticeIndexPage, BestPracticePage


class BestPracticeError(Exception):
    """A best practice could not be created; the message is safe to show staff."""


class NoBestPracticeIndexError(BestPracticeError):
    pass


class InvalidBestPracticeError(BestPracticeError):
    pass


def create_best_practice_draft(
    *,
    title: str,
    organisation_name: str,
    industry: str,
    principles: list[str],
    year: int,
    summary: str,
    body_text: str,
    owner=None,
) -> BestPracticePage:
    """An unpublished best practice under the Japanese archive, for editors to finish.

    The membership app calls this when staff mark an activity report as a
    best-practice candidate; an editor then reviews, translates and publishes it.
    """
    if industry not in Industry.values:
        raise InvalidBestPracticeError(_("Unknown industry: %s") % industry)
    unknown = [p for p in principles if p not in Principle.values]
    if unknown:
        raise InvalidBestPracticeError(_("Unknown themes: %s") % ", ".join(unknown))
    locale = Locale.objects.filter(language_code=DEFAULT_LANGUAGE).first()
    archive = (
        BestPracticeIndexPage.objects.filter(locale=locale).order_by("path").first()
    )
    if archive is None:
        raise NoBestPracticeIndexError(
            _(
                "There is no best-practice archive in the Japanese site yet; "
                "create one under the home page first."
            )
        )
    page = BestPracticePage(
        title=title[:255],
        organisation_name=organisation_name[:200],
        industry=industry,
        themes=list(dict.fromkeys(principles)),
        year=year,
        listing_summary=summary[:400],
        body=[("paragraph", RichText(_paragraph(body_text)))] if body_text else [],
        live=False,
        owner=owner,
        locale=locale,
    )
    archive.add_child(instance=page)
    page.save_revision(user=owner, log_action=True)
    return page


def _paragraph(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
