"""The secretariat's membership screens in the Wagtail admin.

Applications and organisations (review: approve, reject with a reason, suspend,
record a withdrawal), and who has filed plans and reports this year (send reminders,
mark a report as a best-practice candidate). Every action is a POST that calls a
service; anyone with the "change organisation" permission may use them.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from membership import services
from membership.models import (
    ActivityPlan,
    Half,
    Organisation,
    OrganisationState,
    ProgressReport,
)
from membership.reminders import fiscal_year, send_due_reminders

PERMISSION = "membership.change_organisation"


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the applicant)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )


@permission_required(PERMISSION)
def organisation_list(request):
    organisations = Organisation.objects.order_by("state", "-applied_at")
    state = request.GET.get("state")
    if state in OrganisationState.values:
        organisations = organisations.filter(state=state)
    context = {
        "organisations": organisations,
        "states": OrganisationState.choices,
        "current_state": state,
    }
    return render(request, "membership/admin/organisation_list.html", context)


@permission_required(PERMISSION)
def organisation_review(request, pk: int):
    organisation = get_object_or_404(Organisation, pk=pk)
    context = {
        "organisation": organisation,
        "memberships": organisation.memberships.select_related("user"),
        "form": ReasonForm(),
    }
    return render(request, "membership/admin/organisation_review.html", context)


ACTIONS = {
    "approve": (lambda o, reason: services.approve_application(o), "approved"),
    "reject": (services.reject_application, "rejected"),
    "suspend": (services.suspend_membership, "suspended"),
    "withdraw": (services.withdraw_membership, "withdrawn"),
}


@require_POST
@permission_required(PERMISSION)
def organisation_action(request, pk: int, action: str):
    organisation = get_object_or_404(Organisation, pk=pk)
    if action not in ACTIONS:
        return redirect("membership_admin:review", pk=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if action == "reject" and not reason:
        messages.error(request, _("Give a reason when you reject an application."))
        return redirect("membership_admin:review", pk=pk)
    function, _label = ACTIONS[action]
    try:
        function(organisation, reason)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(name)s is now: %(state)s")
            % {
                "name": organisation,
                "state": Organisation.objects.get(pk=pk).get_state_display(),
            },
        )
    return redirect("membership_admin:review", pk=pk)


@permission_required(PERMISSION)
def filing_status(request):
    """Which active members have filed this year's plan and each half's report."""
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        year = fiscal_year(timezone.localdate())
    plans = {
        plan.organisation_id: plan
        for plan in ActivityPlan.objects.filter(year=year).prefetch_related("reports")
    }
    rows = []
    for organisation in Organisation.objects.active().order_by("name_en"):
        plan = plans.get(organisation.pk)
        reports = {r.half: r for r in plan.reports.all()} if plan else {}
        rows.append(
            {
                "organisation": organisation,
                "plan": plan,
                "reports": [reports.get(half) for half in Half.values],
            }
        )
    context = {"year": year, "rows": rows, "halves": Half.choices}
    return render(request, "membership/admin/filing_status.html", context)


@require_POST
@permission_required(PERMISSION)
def send_reminders(request):
    sent = send_due_reminders()
    messages.success(request, _("Reminders sent: %(count)s") % {"count": sent})
    return redirect("membership_admin:filing")


@require_POST
@permission_required(PERMISSION)
def mark_candidate(request, pk: int):
    report = get_object_or_404(ProgressReport, pk=pk)
    try:
        report = services.mark_best_practice_candidate(report, owner=request.user)
    except services.MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("A draft best-practice page has been created."))
    return redirect(f"{reverse('membership_admin:filing')}?year={report.plan.year}")
