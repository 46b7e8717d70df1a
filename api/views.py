"""The admin's side of headless preview: hand an editor a signed preview link."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from wagtail.models import Page

from api.page_types import registry
from api.preview import preview_url


def headless_preview(request, page_id: int):
    """Send an editor who may edit the page to its preview in the app (or in the
    API when no front end is configured). Served under /admin/, so only signed-in
    editors get here; the permission check keeps them to their own pages."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if registry.for_model(page.specific_class) is None:
        raise Http404("This page type is not part of the API.")
    return redirect(preview_url(request, page))
