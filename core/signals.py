"""Keep the small content caches (menus, language links) in step with publishing."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.models import NavigationSettings


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_navigation_on_page_change(sender, **kwargs):
    bump_content_version()


@receiver(post_save, sender=NavigationSettings)
def invalidate_navigation_on_settings_change(sender, **kwargs):
    bump_content_version()
