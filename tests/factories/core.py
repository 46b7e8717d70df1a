"""Locales, the default site, navigation settings, and translating pages.

Migrations already create what every test needs: a Locale for each of the eleven
languages (core/0002) and the Japanese home page (slug "home") as the root of the
default Site (home/0002). The factories here get those rows rather than duplicate
them; the helpers make translations the two ways editors do:

- ``translate_page``: Wagtail's ``copy_for_translation`` (a draft copy in the target
  locale), then an optional edit and a publish, as an editor does by hand;
- ``localize_page``: wagtail-localize's flow (a TranslationSource, translated strings,
  ``create_or_update_translation``), as the admin's "Translate" action does.
"""

from django.test import TestCase
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringTranslation, TranslationSource

from config.languages import DEFAULT_LANGUAGE
from core.models import NavigationSettings


class LocaleFactory(DjangoModelFactory):
    language_code = DEFAULT_LANGUAGE

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def default_site() -> Site:
    return Site.objects.get(is_default_site=True)


def japanese_home() -> Page:
    """The Japanese home page that migration home/0002 made the default site's root."""
    return default_site().root_page.specific


def publish(page: Page) -> Page:
    """Publish the page's current state and return it fresh from the database."""
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def translate_page(
    page: Page, language_code: str, *, live: bool = True, **changes
) -> Page:
    """Copy ``page`` into a locale (with untranslated ancestors), edit and publish it.

    ``changes`` are field values for the copy, e.g. ``title="About us"``. With
    ``live=False`` the translation stays a draft, as an editor leaves unfinished work.
    Ancestors created by ``copy_parents`` are aliases of the Japanese pages, as in the
    admin; translate the home page first when a test needs its own content.
    """
    locale = LocaleFactory(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save()
    if not live:
        translation.save_revision()
        return translation
    return publish(translation)


def localize_page(page: Page, language_code: str, strings: dict[str, str]) -> Page:
    """Translate ``page`` through wagtail-localize and publish the result.

    ``strings`` maps source texts (a title, a paragraph's text) to their translations;
    other segments fall back to the source text, like a translation in progress.
    """
    locale = LocaleFactory(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
    # wagtail-localize publishes in transaction.on_commit; a TestCase never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation, _created = source.create_or_update_translation(
            locale, publish=True, copy_parent_pages=True, fallback=True
        )
    return translation.specific_class.objects.get(pk=translation.pk)


def make_private(page: Page) -> PageViewRestriction:
    """Restrict ``page`` (and the pages below it) to logged-in users."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


def set_navigation(
    *, primary=(), footer=(), site: Site | None = None
) -> NavigationSettings:
    """Choose the header and footer menu pages of a site (by default, the default)."""
    settings = NavigationSettings.for_site(site or default_site())
    settings.primary_links = [("page", page) for page in primary]
    settings.footer_links = [("page", page) for page in footer]
    settings.save()
    return settings
