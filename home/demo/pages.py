"""Create the Japanese (source) pages of the demo that are missing."""

from wagtail.models import Page

from config.languages import DEFAULT_LANGUAGE
from home.demo.spec import DemoContentError, PageRef, PageSpec


class DemoPages(dict[str, Page]):
    """The Japanese demo pages by key, and a resolver for the links between them."""

    def page_id(self, ref: PageRef) -> int:
        try:
            return self[ref.key].pk
        except KeyError as error:
            raise DemoContentError(
                f"A link points to {ref.key!r}, which is no demo page."
            ) from error

    def page_id_if_placed(self, ref: PageRef) -> int | None:
        page = self.get(ref.key)
        return page.pk if page is not None else None


def ensure_source_pages(
    specs: list[PageSpec], home: Page
) -> tuple[DemoPages, list[str]]:
    """Create the missing Japanese pages; return every demo page and the keys created.

    A page is identified by its slug under its parent, and one that exists is left as it
    is: an editor may have changed it. The home page is the exception, because the
    migration creates it empty: it is filled while it has no revision yet.

    Pages link to each other (the about page to its sub-pages, which come after it), so
    new pages are placed first, with links to pages not placed yet left empty, and only
    saved as a revision and published once every page exists.
    """
    pages = DemoPages({"": home})
    new: list[PageSpec] = []
    for spec in specs:
        if spec.is_home:
            if home.latest_revision_id is None:
                new.append(spec)
            continue
        parent = pages.get(spec.parent_key)
        if parent is None:
            continue  # the parent is not a demo page any more; leave its subtree alone
        existing = parent.get_children().filter(slug=spec.slug).specific().first()
        if existing is not None:
            if not isinstance(existing, spec.model):
                raise DemoContentError(
                    f"{existing.url_path} is a {type(existing).__name__}, where the "
                    f"demo expects a {spec.model.__name__}; move or rename it."
                )
            pages[spec.key] = existing
            continue
        page = spec.build(DEFAULT_LANGUAGE, pages.page_id_if_placed)
        page.slug = spec.slug
        page.locale_id = home.locale_id
        page.live = False
        parent.add_child(instance=page)
        pages[spec.key] = page
        new.append(spec)

    for spec in new:
        page = pages[spec.key]
        for name, value in spec.values(DEFAULT_LANGUAGE, pages.page_id).items():
            setattr(page, name, value)
        page.save_revision(log_action=True).publish()
    return pages, [spec.key for spec in new]
