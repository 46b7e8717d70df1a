"""Keep the small content caches (menus, language links) in step with the page tree.

Anything that changes which pages a reader may see bumps the content version:
publishing, unpublishing, moving, deleting, and adding or removing a privacy
restriction (PageViewRestriction), so a page made private drops out of menus, the
language switcher and hreflang links at once.

The same version keys the whole-page cache (core/page_cache.py), so anything a
public page shows must bump it when it changes: images and documents (alt text, a
replaced file), sites, and the settings below. wagtail-localize publishes each
synchronised translation as a revision, which sends ``page_published`` like any
other publish. Feature apps call ``core.cache.bump_content_version()`` for their own
data that pages show (e.g. seats left on an event).

Page changes bump twice: at once, and again when the transaction commits. Wagtail
sends ``page_published`` inside its transaction, so a reader in between can read the
new version with the old rows and cache them under it; the second bump retires that.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.models import ContactSettings, NavigationSettings


def _bump_now_and_on_commit() -> None:
    bump_content_version()
    transaction.on_commit(bump_content_version)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_on_page_change(sender, **kwargs):
    _bump_now_and_on_commit()


@receiver(post_delete)
def invalidate_on_page_delete(sender, **kwargs):
    if issubclass(sender, Page):
        _bump_now_and_on_commit()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
# Images and documents in a restricted collection are not public (the content API
# shows them as null): a new or lifted restriction changes what readers get.
@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def invalidate_on_restriction_change(sender, **kwargs):
    _bump_now_and_on_commit()


@receiver(post_save, sender=NavigationSettings)
@receiver(post_save, sender=ContactSettings)
def invalidate_on_settings_change(sender, created=False, **kwargs):
    # Wagtail creates an empty settings row on first read (`for_site`), in the middle
    # of a request that is caching what it read: that is no change to invalidate.
    if not created:
        bump_content_version()


@receiver(post_save)
@receiver(post_delete)
def invalidate_on_media_or_site_change(sender, **kwargs):
    if sender in (get_image_model(), get_document_model(), Site):
        bump_content_version()


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def invalidate_on_search_promotion_change(sender, **kwargs):
    # Search keeps each query's promotions under the content version
    # (search/results.py).
    bump_content_version()
