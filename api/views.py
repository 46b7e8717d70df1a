"""The API's pages on the site: the admin's headless-preview link, and a member's
personal API tokens (on their account)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.models import APIToken, Page

from api.page_types import registry
from api.preview import preview_url
from core.members import is_member


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


MAX_TOKENS = 5


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)


@login_required
@never_cache
def api_tokens(request):
    """A member's personal API tokens: create one (shown once), revoke any.

    Only the token's digest is stored (Wagtail's ``APIToken``); the app that holds
    it may register the member for events and cancel (api.routers.registrations)."""
    if not is_member(request.user):
        raise PermissionDenied
    tokens = APIToken.objects.filter(user=request.user, revoked_at__isnull=True)
    form = TokenForm()
    created = None
    status = 200
    if request.method == "POST" and request.POST.get("revoke"):
        token = tokens.filter(pk=request.POST["revoke"]).first()
        if token is not None:
            token.revoke()
            messages.success(request, _("The token has been revoked."))
        return redirect("api-tokens")
    if request.method == "POST":
        form = TokenForm(request.POST)
        if form.is_valid() and tokens.count() < MAX_TOKENS:
            _token, created = APIToken.create_token(
                user=request.user, name=form.cleaned_data["name"]
            )
            form = TokenForm()
        elif form.is_valid():
            form.add_error(None, _("Revoke a token before you create another."))
            status = 400
        else:
            status = 400
    return render(
        request,
        "api/tokens.html",
        {"tokens": tokens.order_by("-created"), "form": form, "created": created},
        status=status,
    )
