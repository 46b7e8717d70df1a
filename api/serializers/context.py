"""One request's serialisation state: absolute URLs, images, documents, page links.

Listings load what their items point to in batches (``prefetch_images``), so the
number of queries of a list does not grow with its length. Everything that could
point at private content goes through here and comes out as ``None`` when it is not
public: an image or document in a restricted collection, a link to a draft or private
page.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from api.visibility import public_pages, restricted_collection_ids
from core.i18n import language_of, locale_ids
from core.routing import cached_site

# Renditions for every image: two widths for srcset, WebP for small downloads.
# Wagtail never enlarges: a narrower original gives renditions of its own width.
IMAGE_SPECS = ("width-400|format-webp", "width-800|format-webp")


class SerializeContext:
    def __init__(self, request):
        self.request = request
        self._restricted: set[int] | None = None
        self._images: dict[int, object] = {}
        self._locales: dict[int, Locale] | None = None
        self._links: dict[tuple[int, int], Page | None] = {}
        self.locale_id: int | None = None  # the language of the page being written
        # Collections of the images and documents shown since the caller last emptied
        # it: a cached summary is only valid while none of them is private
        # (api.serializers.summaries).
        self.shown_collections: set[int] = set()

    # ------------------------------------------------------------ URLs
    def absolute(self, url: str | None) -> str | None:
        return self.request.build_absolute_uri(url) if url else None

    @property
    def origin(self) -> str:
        """Scheme, host and port: what the absolute URLs of an answer depend on."""
        return self.request.build_absolute_uri("/")

    def api_url(self, name: str, **kwargs) -> str:
        return self.absolute(reverse(f"content_api:{name}", kwargs=kwargs))

    def locale(self, locale_id: int) -> Locale:
        if self._locales is None:
            # From the cached code → id mapping: no query.
            self._locales = {
                pk: Locale(pk=pk, language_code=code)
                for code, pk in locale_ids().items()
            }
        if locale_id not in self._locales:
            self._locales[locale_id] = Locale.objects.get(pk=locale_id)
        return self._locales[locale_id]

    def page_url(self, page: Page) -> str | None:
        # Page.get_url reads page.locale, and the request's Site (Wagtail reads
        # request._wagtail_site first): both without a query.
        page.locale = self.locale(page.locale_id)
        if not hasattr(self.request, "_wagtail_site"):
            self.request._wagtail_site = cached_site(self.request)
        return self.absolute(page.get_url(self.request))

    def language(self, page: Page) -> str:
        return language_of(page.locale_id)

    # ------------------------------------------------------------ collections
    def is_restricted(self, collection_id: int) -> bool:
        if self._restricted is None:
            self._restricted = restricted_collection_ids()
        return collection_id in self._restricted

    # ------------------------------------------------------------ images
    def prefetch_images(self, ids) -> None:
        ids = {pk for pk in ids if pk and pk not in self._images}
        if not ids:
            return
        images = get_image_model().objects.filter(pk__in=ids)
        for image in images.prefetch_renditions(*IMAGE_SPECS):
            self._images[image.pk] = image

    def image_by_id(self, pk: int | None) -> dict | None:
        if not pk:
            return None
        self.prefetch_images([pk])
        return self.image(self._images.get(pk))

    def image(self, image) -> dict | None:
        if image is None or self.is_restricted(image.collection_id):
            return None
        self.shown_collections.add(image.collection_id)
        renditions = image.get_renditions(*IMAGE_SPECS)
        return {
            "id": image.pk,
            "title": image.title,
            "alt": image.default_alt_text,
            "width": image.width,
            "height": image.height,
            "renditions": [
                {
                    "spec": spec,
                    "url": self.absolute(rendition.url),
                    "width": rendition.width,
                    "height": rendition.height,
                }
                for spec, rendition in renditions.items()
            ],
        }

    # ------------------------------------------------------------ documents
    def document(self, document) -> dict | None:
        if document is None or self.is_restricted(document.collection_id):
            return None
        self.shown_collections.add(document.collection_id)
        return {
            "id": document.pk,
            "title": document.title,
            "url": self.absolute(document.url),
            "file_extension": document.file_extension.lower(),
            "file_size": document.file_size,
            "api_url": self.api_url("documents-detail", document_id=document.pk),
        }

    # ------------------------------------------------------------ pages
    def page_link(self, page: Page | None) -> dict | None:
        """A chosen page, in the written page's language when translated there;
        ``None`` when neither it nor a translation is live and public."""
        if page is None:
            return None
        target = self._linked_page(page)
        if target is None:
            return None
        return {
            "id": target.pk,
            "type": target.specific_class._meta.label,
            "locale": self.language(target),
            "title": target.title,
            "url": self.page_url(target),
            "api_url": self.api_url("pages-detail", page_id=target.pk),
        }

    def _linked_page(self, page: Page) -> Page | None:
        key = (page.pk, self.locale_id or 0)
        if key not in self._links:
            candidates = {
                candidate.locale_id: candidate
                for candidate in public_pages().filter(
                    translation_key=page.translation_key,
                    locale_id__in=[self.locale_id or page.locale_id, page.locale_id],
                )
            }
            self._links[key] = candidates.get(self.locale_id) or candidates.get(
                page.locale_id
            )
        return self._links[key]

    # ------------------------------------------------------------ text
    def rich_text(self, source: str) -> str:
        """Rich text as HTML, internal links (pages, documents) resolved to URLs.
        Page links follow the written page's language, as on the site."""
        language = language_of(self.locale_id) if self.locale_id else None
        with translation.override(language or translation.get_language()):
            return expand_db_html(source or "")
