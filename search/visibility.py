"""Which pages a reader may find: public pages for everyone, and the restricted
subtrees the reader may open (members-only pages for members).

Wagtail's privacy settings (PageViewRestriction) decide. A subtree restricted to
logged-in users is shown to anyone logged in; one restricted to groups to the members
of those groups, and to everyone ``core.members.is_member`` counts as a member when the
Members group is among them; one behind a password never shows up in search.
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.cache import versioned_key
from core.members import MEMBERS_GROUP_NAME, is_member


def _may_open(user, kind: str, groups: set[str], user_groups: set[str]) -> bool:
    if kind == PageViewRestriction.LOGIN:
        return bool(user and user.is_authenticated)
    if kind == PageViewRestriction.GROUPS:
        if MEMBERS_GROUP_NAME in groups and is_member(user):
            return True
        return bool(groups & user_groups) or bool(user and user.is_superuser)
    return False


def visible_q(user) -> Q:
    """A filter for the pages ``user`` may see (in one query, whatever the user)."""
    restrictions = _restrictions()
    if not restrictions:
        return Q()
    user_groups: set[str] = set()
    if user is not None and user.is_authenticated:
        user_groups = {group.name for group in user.groups.all()}
    hidden = Q()
    for path, (kind, groups) in restrictions.items():
        if not _may_open(user, kind, groups - {None}, user_groups):
            hidden |= Q(path__startswith=path)
    return ~hidden if hidden else Q()


def _restrictions() -> dict[str, tuple[str, set[str]]]:
    """Every restricted subtree's path, kind and groups, cached under the content
    version (core/signals.py bumps it when a restriction or its groups change)."""
    key = versioned_key("search-restrictions")
    restrictions = cache.get(key)
    if restrictions is None:
        restrictions = {}
        rows = PageViewRestriction.objects.values_list(
            "page__path", "restriction_type", "groups__name"
        )
        for path, kind, group in rows:
            restrictions.setdefault(path, (kind, set()))[1].add(group)
        cache.set(key, restrictions, timeout=60 * 60)
    return restrictions
