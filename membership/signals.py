"""Members-only pages stay members-only in every language.

Wagtail checks a page's privacy by its own ancestors, and each language has its own
tree. Translating a private page copies its restriction, but a restriction added to
the Japanese original *after* it was translated does not reach the translations: the
English copy of a members-only page would stay public, in listings, search, the API
and at its address. So whenever the original of a page gets a Members-group
restriction, or a translation is published, the restriction is copied to every
translation. Lifting it stays an editor's decision in each language.
"""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published

from config.languages import DEFAULT_LANGUAGE
from core.members import MEMBERS_GROUP_NAME, members_group


def mirror_members_restriction(page: Page) -> None:
    translations = list(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "pk", "locale__language_code"
        )
    )
    originals = [pk for pk, code in translations if code == DEFAULT_LANGUAGE]
    others = [pk for pk, code in translations if code != DEFAULT_LANGUAGE]
    if (
        not others
        or not PageViewRestriction.objects.filter(
            page_id__in=originals,
            restriction_type=BaseViewRestriction.GROUPS,
            groups__name=MEMBERS_GROUP_NAME,
        ).exists()
    ):
        return
    group = members_group()
    for pk in others:
        restriction, _created = PageViewRestriction.objects.get_or_create(
            page_id=pk, restriction_type=BaseViewRestriction.GROUPS
        )
        if not restriction.groups.filter(pk=group.pk).exists():
            restriction.groups.add(group)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def mirror_on_group_change(sender, instance, action, pk_set=None, **kwargs):
    if action == "post_add" and pk_set and isinstance(instance, PageViewRestriction):
        mirror_members_restriction(instance.page)


@receiver(page_published)
def restrict_new_translation(sender, instance, **kwargs):
    mirror_members_restriction(instance)
