from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def optional_url(name: str) -> str:
    """The URL named ``name``, or "" when no installed app provides it (yet): the
    account page links to "my registrations" only once events has landed."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if mapping else ""
