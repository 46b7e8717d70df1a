"""Keep working-group materials private in every language.

Wagtail's privacy setting belongs to one page, and a translation is another page in
another language's tree. When a translation of a restricted material is published, it
gets the same restriction, so a members-only text never appears in public because it
was translated.
"""

from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from knowledge.models import WorkingGroupMaterialPage


@receiver(page_published, sender=WorkingGroupMaterialPage)
def restrict_translations_like_their_source(sender, instance, **kwargs):
    if instance.get_view_restrictions().exists():
        return
    source = (
        PageViewRestriction.objects.filter(
            page__translation_key=instance.translation_key
        )
        .exclude(page=instance)
        .first()
    )
    if source is None:
        return
    restriction = PageViewRestriction.objects.create(
        page=instance,
        restriction_type=source.restriction_type,
        password=source.password,
    )
    restriction.groups.set(source.groups.all())
