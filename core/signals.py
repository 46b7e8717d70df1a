"""Keep cached navigation in step with publishing."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import navigation
from core.models import NavigationSettings


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_navigation_on_page_change(sender, **kwargs):
    navigation.invalidate()


@receiver(post_save, sender=NavigationSettings)
def invalidate_navigation_on_settings_change(sender, **kwargs):
    navigation.invalidate()
