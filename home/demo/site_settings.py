"""The navigation and contact settings of the default site.

Each is filled only while it is still empty, so an editor's choices survive reloading.
The contact details use reserved names and numbers: ``.example`` domains, and Tokyo
numbers starting 0000, which no exchange uses.
"""

from wagtail.models import Site

from core.models import ContactSettings, NavigationSettings
from home.demo.pages import DemoPages

HEADER_LINKS = ["guidance", "about", "about/workers", "news"]
FOOTER_LINKS = [
    "about",
    "events",
    "publications",
    "best-practices",
    "members-directory",
    "privacy",
    "terms",
]
CONTACT = {
    "organisation_email": "info@jp-mirai.example",
    "organisation_phone": "03-0000-0000",
    "assist_url": "https://assist.jp-mirai.example/",
    "assist_phone": "03-0000-0001",
}


def configure_site(site: Site, pages: DemoPages) -> list[str]:
    """Fill the empty settings; return the names of those filled."""
    filled = []
    navigation = NavigationSettings.for_site(site)
    if not navigation.primary_links and not navigation.footer_links:
        navigation.primary_links = _links(pages, HEADER_LINKS)
        navigation.footer_links = _links(pages, FOOTER_LINKS)
        navigation.save()
        filled.append("navigation")
    contact = ContactSettings.for_site(site)
    if not any(getattr(contact, name) for name in CONTACT):
        for name, value in CONTACT.items():
            setattr(contact, name, value)
        contact.save()
        filled.append("contact")
    return filled


def _links(pages: DemoPages, keys: list[str]) -> list[tuple[str, object]]:
    return [("page", pages[key]) for key in keys if key in pages]
