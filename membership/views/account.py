"""The member's own pages: account overview, profile, application, invitations,
data export and account deletion. Thin views: forms validate, services write."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.members import is_member
from membership import services
from membership.forms import (
    ApplicationForm,
    DeleteAccountForm,
    InvitationForm,
    ProfileForm,
)
from membership.members_area import members_only_pages
from membership.models import Role
from membership.privacy import delete_account, export_personal_data
from membership.views import submitted as _post


@login_required
def account(request):
    membership = services.organisation_of(request.user)
    context = {
        "membership": membership,
        "organisation": membership.organisation if membership else None,
        "is_org_admin": membership is not None and membership.role == Role.ADMIN,
        "is_member": is_member(request.user),
        "members_pages": members_only_pages(request.user),
    }
    return render(request, "membership/account.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(_post(request), instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("membership:account")
    status = 400 if form.errors else 200
    return render(request, "membership/profile.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def apply(request):
    if services.organisation_of(request.user) is not None:
        messages.info(request, _("You already belong to an organisation."))
        return redirect("membership:account")
    initial = {
        "contact_name": request.user.get_full_name(),
        "contact_email": request.user.email,
    }
    form = ApplicationForm(_post(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.apply_for_membership(
                request.user, language=get_language(), **form.cleaned_data_for_model()
            )
        except services.MembershipError as error:
            messages.error(request, str(error))
            return redirect("membership:account")
        messages.success(
            request,
            _("Thank you. Your application has been sent; we will write to you."),
        )
        return redirect("membership:account")
    status = 400 if form.errors else 200
    return render(request, "membership/apply.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def invite(request):
    form = InvitationForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invite_colleague(
                request.user, form.cleaned_data["email"], language=get_language()
            )
        except services.MembershipError as error:
            messages.error(request, str(error))
            return render(request, "membership/invite.html", {"form": form}, status=403)
        messages.success(request, _("The invitation has been sent."))
        return redirect("membership:account")
    status = 400 if form.errors else 200
    return render(request, "membership/invite.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def accept_invitation(request, token):
    if request.method == "POST":
        try:
            services.accept_invitation(request.user, token)
        except services.MembershipError as error:
            return render(
                request, "membership/invitation.html", {"error": str(error)}, status=400
            )
        messages.success(request, _("You have joined the organisation."))
        return redirect("membership:account")
    return render(request, "membership/invitation.html", {"token": token})


@login_required
def export_data(request):
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="jp-mirai-personal-data-{stamp}.json"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    form = DeleteAccountForm(_post(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_account(user)
        messages.success(
            request, _("Your account and personal data have been deleted.")
        )
        return redirect("/")
    status = 400 if form.errors else 200
    return render(request, "membership/delete.html", {"form": form}, status=status)
