"""Reading rendered pages in tests: parse HTML and pick out the parts the site promises.

Pages are parsed with html5lib (the HTML standard's parsing algorithm), so assertions
look at elements and attributes, not at substrings of the markup.
"""

from dataclasses import dataclass
from xml.etree.ElementTree import Element

import html5lib
from django.utils.translation import gettext, override

from core.i18n import own_name


def parse_html(response) -> Element:
    """The response's document as an ElementTree (no XHTML namespace on tags)."""
    return html5lib.parse(response.content, namespaceHTMLElements=False)


def assert_valid_html(content: bytes) -> None:
    """Fail with html5lib's message on the first parse error (unclosed or misnested
    tags, stray end tags, a missing doctype, duplicate attributes...)."""
    html5lib.HTMLParser(strict=True).parse(content)


def html_lang(document: Element) -> str | None:
    return document.get("lang")


def main_element(document: Element) -> Element:
    return document.find(".//main")


def text_of(element: Element | None) -> str:
    """All text inside an element, whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


@dataclass(frozen=True)
class SwitcherLink:
    code: str
    href: str
    lang: str | None
    hreflang: str | None
    text: str
    current: bool


def switcher_links(document: Element) -> list[SwitcherLink]:
    nav = document.find(".//nav[@class='language-switcher']")
    assert nav is not None, "the page has no language switcher"
    return [
        SwitcherLink(
            code=a.get("hreflang"),
            href=a.get("href"),
            lang=a.get("lang"),
            hreflang=a.get("hreflang"),
            text=text_of(a),
            current=a.get("aria-current") == "true",
        )
        for a in nav.iter("a")
    ]


def switcher_hrefs(document: Element) -> dict[str, str]:
    return {link.code: link.href for link in switcher_links(document)}


def alternate_links(document: Element) -> list[tuple[str, str]]:
    """(hreflang, href) of every <link rel="alternate" hreflang> in the head."""
    head = document.find("head")
    return [
        (link.get("hreflang"), link.get("href"))
        for link in head.iter("link")
        if link.get("rel") == "alternate" and link.get("hreflang")
    ]


MENUS = {
    "header": ".//header[@class='site-header']/nav[@class='site-nav']",
    "footer": ".//footer[@class='site-footer']/nav",
}


def menu_links(document: Element, which: str) -> list[tuple[str, str]]:
    """(href, text) of the links in the "header" or "footer" menu."""
    nav = document.find(MENUS[which])
    return [] if nav is None else [(a.get("href"), text_of(a)) for a in nav.iter("a")]


def notices(document: Element) -> list[str]:
    """Texts of the notices at the top of the main content (role="note")."""
    main = main_element(document)
    return [text_of(div) for div in main.findall("div") if div.get("role") == "note"]


def translated(language_code: str, message: str, **values) -> str:
    """``message`` as the site shows it in ``language_code`` (translated if the
    catalogs have it), with ``%(name)s`` placeholders filled in."""
    with override(language_code):
        text = gettext(message)
    return text % values if values else text


FALLBACK_NOTICE = (
    "This page has not been translated into %(reader_language)s yet. "
    "It is shown in %(original_language)s."
)


def assert_served_in(testcase, url: str, language_code: str, *, title: str) -> Element:
    """``url`` answers 200 with a page in ``language_code``: ``<html lang>``, its own
    content (``title`` as the heading) and no fallback notice."""
    response = testcase.client.get(url)
    testcase.assertEqual(response.status_code, 200, url)
    document = parse_html(response)
    testcase.assertEqual(html_lang(document), language_code, url)
    testcase.assertIsNone(main_element(document).get("lang"), url)
    testcase.assertEqual(text_of(document.find(".//main//h1")), title, url)
    testcase.assertEqual(notices(document), [], url)
    return document


def assert_served_as_fallback(
    testcase, url: str, language_code: str, *, title: str, shown_in: str = "ja"
) -> Element:
    """``url`` answers 200 with the reader's language on the page chrome, the
    untranslated original in ``<main lang>``, and the notice that says so."""
    response = testcase.client.get(url)
    testcase.assertEqual(response.status_code, 200, url)
    document = parse_html(response)
    testcase.assertEqual(html_lang(document), language_code, url)
    testcase.assertEqual(main_element(document).get("lang"), shown_in, url)
    testcase.assertEqual(text_of(document.find(".//main//h1")), title, url)
    expected_notice = translated(
        language_code,
        FALLBACK_NOTICE,
        reader_language=own_name(language_code),
        original_language=own_name(shown_in),
    )
    testcase.assertIn(expected_notice, notices(document), url)
    return document
