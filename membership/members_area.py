"""Members-only content: pages restricted to the Members group, and the members'
document collection.

Editors restrict a page (and everything below it) to the Members group in the page's
privacy settings; documents go in the "Members" collection, whose privacy setting
allows the same group. Wagtail then refuses both to anyone else, and core.visibility
keeps restricted pages out of listings, search, the API and the sitemap.
"""

from django.db import transaction
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from core.members import MEMBERS_GROUP_NAME, is_member, members_group

MEMBERS_COLLECTION_NAME = "Members"


@transaction.atomic
def restrict_to_members(page: Page) -> PageViewRestriction:
    restriction = PageViewRestriction.objects.filter(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.add(members_group())
    return restriction


@transaction.atomic
def members_collection() -> Collection:
    """The collection for members-only documents, restricted to the Members group."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=MEMBERS_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=MEMBERS_COLLECTION_NAME)
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.add(members_group())
    return collection


def members_only_pages(user) -> list[Page]:
    """Live Japanese pages restricted to the Members group, for a member's account
    page (their links follow the reader's language). Nobody else gets any."""
    if not is_member(user):
        return []
    roots = PageViewRestriction.objects.filter(
        restriction_type=BaseViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP_NAME,
        page__locale__language_code="ja",
    ).values("page_id")
    return list(Page.objects.live().filter(pk__in=roots).order_by("title"))
