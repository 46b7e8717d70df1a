"""Template tags shared by every page: language switcher, hreflang links, menus."""

from django import template
from django.core.cache import cache
from wagtail.models import Page, Site

from core import i18n
from core.blocks import LinkStructValue
from core.cache import versioned_key
from core.http import has_session_cookie
from core.models import ContactSettings
from core.navigation import resolve_links
from core.visibility import public

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        links = i18n.page_language_links(request, page)
    else:
        links = i18n.view_language_links(request)
    return {"links": links, "current": i18n.active_language()}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or i18n.is_fallback(request, page):
        return {"links": []}
    return {"links": i18n.alternate_links(request, page)}


@register.simple_tag(takes_context=True)
def fallback_notice(context):
    """The language a page is shown in when it is not translated yet, else ''."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return ""
    if not i18n.is_fallback(request, page):
        return ""
    shown_in = i18n.content_language(page)
    return "" if shown_in == i18n.active_language() else shown_in


@register.simple_tag
def language_own_name(code):
    return i18n.own_name(code)


@register.simple_tag
def language_script(code):
    return i18n.language_script(code)


@register.simple_tag(takes_context=True)
def menu_links(context, which):
    """Resolved header or footer links in the reader's language."""
    return resolve_links(context["request"], which)


@register.simple_tag(takes_context=True)
def untranslated_source(context):
    """The page a reader came from when the switcher had no translation for it."""
    request = context.get("request")
    if request is None:
        return None
    raw = request.GET.get(i18n.UNTRANSLATED_PARAM, "")
    if not raw.isdigit():
        return None
    return public(Page.objects.live()).filter(pk=int(raw)).first()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (for pagination links)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def needs_japanese_font(context, shown_in, *link_lists):
    """True when Japanese text appears on another language's page.

    That happens on a page not translated yet (``shown_in``), for menu titles of
    such pages, and on listings that show untranslated items (the page's context
    sets ``shows_japanese``, see core.i18n.shows_untranslated). The page then also
    loads the Japanese fallback font, whose slices the browser fetches only for
    characters the phone's own fonts lack.
    """
    current = i18n.active_language()
    if current == "ja":
        return False
    if shown_in == "ja" or context.get("shows_japanese"):
        return True
    return any(link.language == "ja" for links in link_lists for link in links)


@register.simple_tag(takes_context=True)
def localize_links(context, *stream_values):
    """Resolve the page links of StreamFields into the reader's language, in one query.

    Sets ``reader_link`` on every link-like block value (core.blocks.LinkStructValue)
    so rendering them costs no further queries. Outputs nothing.
    """
    values = [
        block.value
        for stream in stream_values
        if stream
        for block in stream
        if isinstance(block.value, LinkStructValue) and block.value.get("page")
    ]
    if not values:
        return ""
    request = context["request"]
    pages = [value["page"] for value in values]
    # Links change only when pages are published, which bumps the content version.
    key = versioned_key(
        "reader-links",
        request.get_host(),
        i18n.active_language(),
        *sorted({p.pk for p in pages}),
    )
    resolved = cache.get(key)
    if resolved is None:
        resolved = i18n.reader_links(request, pages)
        cache.set(key, resolved, timeout=60 * 60)
    for value in values:
        value.reader_link = resolved.get(value["page"].pk)
    return ""


@register.simple_tag(takes_context=True)
def reader_url(context, page):
    """A page's address in the reader's language (fallback address if untranslated)."""
    return i18n.reader_url(context["request"], page)


@register.simple_tag(takes_context=True)
def contact_settings(context):
    """The site's ContactSettings, cached until they are saved (core/signals.py)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return None
    key = versioned_key("contact-settings", site.pk)
    contact = cache.get(key)
    if contact is None:
        contact = ContactSettings.for_site(site)
        cache.set(key, contact, timeout=60 * 60)
    return contact


@register.filter
def page_language(page):
    """The language code of a page's locale, without a query (cached locale ids)."""
    return i18n.language_of(getattr(page, "locale_id", None))


@register.simple_tag(takes_context=True)
def editor_userbar(context):
    """Wagtail's user bar, for requests that carry a session cookie only.

    Asking who the reader is reads the session, which makes the response vary on
    Cookie and keeps it out of the page cache (core/page_cache.py). A request
    without a session cookie is anonymous: there is no user bar to show.
    """
    request = context.get("request")
    if request is None or not has_session_cookie(request):
        return ""
    from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

    return wagtailuserbar(context)
