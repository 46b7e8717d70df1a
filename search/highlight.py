"""Snippets for search results: a short passage of a page's text around the first
word of the query that it contains, with the query's words marked."""

import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.search import index

from search.segmentation import has_unspaced_script

SNIPPET_LENGTH = 180
MAX_TEXT = 20_000


def page_text(page) -> str:
    """The text a page is searched by, except its title, as plain text."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            texts.append(_flatten(field.get_value(page)))
            if sum(len(text) for text in texts) > MAX_TEXT:
                break
    text = strip_tags(" ".join(t for t in texts if t))
    return " ".join(text.split())


def _flatten(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return str(value)


def query_terms(query: str) -> list[str]:
    """The words of a query to look for; for unspaced scripts, the word itself and its
    character pairs (the search matched pairs, not necessarily the whole word)."""
    terms = []
    for word in unicodedata.normalize("NFKC", query).split():
        word = word.strip("\"'()*-")
        if len(word) < 1:
            continue
        terms.append(word)
        if has_unspaced_script(word) and len(word) > 2:
            terms.extend(word[i : i + 2] for i in range(len(word) - 1))
    return terms


def snippet(text: str, query: str) -> SafeString:
    """About SNIPPET_LENGTH characters of ``text`` around the first term found, HTML
    escaped, with every term in <mark>."""
    terms = [t for t in query_terms(query) if t]
    if not text:
        return mark_safe("")
    text = unicodedata.normalize("NFKC", text)
    pattern = (
        re.compile(
            "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
            re.IGNORECASE,
        )
        if terms
        else None
    )
    match = pattern.search(text) if pattern else None
    start = 0
    if match:
        start = max(0, match.start() - SNIPPET_LENGTH // 3)
    end = min(len(text), start + SNIPPET_LENGTH)
    passage = text[start:end]
    parts = []
    last = 0
    for found in pattern.finditer(passage) if pattern else []:
        parts.append(escape(passage[last : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    parts.append(escape(passage[last:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (escaped above)
