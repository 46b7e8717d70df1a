"""Demo self-checks: both checks (24 questions each) in Japanese and English,
translated into Vietnamese and Indonesian through wagtail-localize, with their law
references, help organisations, two employer codes and a few hundred generated
responses.

The texts are in the TOML files beside this module. Called by home/demo/loader.py.
Everything is found by slug, translation key or code before it is made, so a second
run changes nothing.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from config.languages import DEFAULT_LANGUAGE
from selfcheck.demo.pages import CheckSpec, ensure_snippets, translate_check
from selfcheck.demo.responses import ensure_employer_codes, ensure_responses
from selfcheck.models import SelfCheckPage

LANGUAGES = ("en", "vi", "id")
CHECKS = (
    ("self-check-after-arrival", "after_arrival"),
    ("self-check-periodic", "periodic"),
)


@dataclass
class SelfCheckDemoReport:
    pages: list[str] = field(default_factory=list)
    translations: int = 0
    responses: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.pages or self.translations or self.responses)


def load_selfcheck_demo(home: Page, locales: dict[str, Locale]) -> SelfCheckDemoReport:
    report = SelfCheckDemoReport()
    laws, organisations = ensure_snippets(locales, LANGUAGES)
    codes = ensure_employer_codes()
    for slug, kind in CHECKS:
        spec = CheckSpec(slug, kind, laws, organisations)
        page = home.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = spec.build(DEFAULT_LANGUAGE, None)
            home.add_child(instance=page)
            page.save_revision().publish()
            report.pages.append(slug)
        if not isinstance(page, SelfCheckPage):
            continue  # an editor put another page at this slug: leave it alone
        for language in LANGUAGES:
            report.translations += translate_check(spec, page, locales[language])
        report.responses += ensure_responses(page, codes)
    return report
