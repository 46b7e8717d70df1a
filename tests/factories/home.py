"""Home and standard pages.

wagtail-factories' ``PageFactory`` works with Wagtail 8: it creates a page with
``parent.add_child(instance=...)``, so pass ``parent=`` (e.g. ``japanese_home()``).
Pages are created live, without a revision; call ``tests.factories.core.publish`` when
a test needs the publishing signals or ``last_published_at``.
"""

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage


def paragraph_body(text: str) -> list[tuple[str, RichText]]:
    """A body StreamField value with one paragraph."""
    return [("paragraph", RichText(f"<p>{text}</p>"))]


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page. The site already has the Japanese one; see core.japanese_home()."""

    title = factory.Sequence(lambda n: f"Home {n}")
    intro = "外国人労働者と共に歩むプラットフォーム"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "About the platform."
    body = factory.LazyAttribute(lambda page: paragraph_body(page.body_text))

    class Params:
        body_text = "Information for everyone who works in Japan."

    class Meta:
        model = StandardPage
