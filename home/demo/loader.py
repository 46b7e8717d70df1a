"""Build the demo site: what `manage.py load_demo` runs, in one transaction."""

from collections import Counter
from dataclasses import dataclass

from wagtail.models import Locale, Site

from events.demo import load_registrations
from home.demo.accounts import AdminAccount, ensure_admin
from home.demo.pages import ensure_source_pages
from home.demo.site_settings import configure_site
from home.demo.spec import DemoContentError, load_specs
from home.demo.translations import translate_pages
from home.models import HomePage
from knowledge.demo_guidance import prepare_guidance
from knowledge.demo_publications import prepare_pages as prepare_knowledge_pages
from membership.demo import DemoMembers, load_demo_members
from selfcheck.demo import SelfCheckDemoReport, load_selfcheck_demo


@dataclass
class DemoReport:
    pages: int  # Japanese demo pages in the tree
    created_pages: list[str]  # keys of the Japanese pages created (or filled: home)
    translations: Counter  # language code -> translated pages created
    incomplete: list[str]  # translations with strings left untranslated
    settings: list[str]  # names of the settings filled
    admin: AdminAccount
    members: DemoMembers
    selfcheck: SelfCheckDemoReport
    event_registrations: int = 0  # demo signups created (events/demo.py)

    @property
    def changed(self) -> bool:
        return bool(
            self.created_pages
            or self.translations
            or self.settings
            or self.admin.created
            or self.admin.password_set
            or self.members.changed
            or self.selfcheck.changed
            or self.event_registrations
        )


def load_demo() -> DemoReport:
    """Add whatever part of the demo is missing. Call it inside a transaction."""
    specs = load_specs()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise DemoContentError("There is no default site; run migrate first.")
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise DemoContentError("The default site's root page is not a home page.")
    pages, created = ensure_source_pages(specs, home)
    prepare_guidance(specs, pages)  # before translating: translations copy it
    created += [key for key in prepare_knowledge_pages(pages) if key not in created]
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = translate_pages(specs, pages, locales)
    settings = configure_site(site, pages)
    selfcheck = load_selfcheck_demo(home, locales)
    admin = ensure_admin()
    members = load_demo_members()
    event_registrations = load_registrations(pages)
    return DemoReport(
        pages=len(pages),
        created_pages=created,
        translations=translations.created,
        incomplete=translations.incomplete,
        settings=settings,
        admin=admin,
        members=members,
        selfcheck=selfcheck,
        event_registrations=event_registrations,
    )
