"""Who counts as a member: the one place the Members group is named.

Membership (membership/) puts an organisation's people into this group when staff
approve it and takes them out when it is suspended or withdrawn. Pages restricted to
this group in Wagtail's privacy settings, members-only events and documents in the
members' collection are shown only to people for whom ``is_member`` is true.
"""

from django.contrib.auth.models import Group

MEMBERS_GROUP_NAME = "Members"


def members_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    return group


def is_member(user) -> bool:
    """Staff and superusers count as members: they may see members-only content."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return any(group.name == MEMBERS_GROUP_NAME for group in user.groups.all())
