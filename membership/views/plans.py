"""Activity plans and progress reports, seen by the organisation's own people."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from membership import services
from membership.forms import PlanForm, ReportForm
from membership.models import ActivityPlan, Half, ProgressReport, Role
from membership.reminders import fiscal_year
from membership.views import submitted as _post

YEAR_RANGE = 2  # years back and ahead that may be filed


def _membership_or_404(user):
    membership = services.organisation_of(user)
    if membership is None:
        raise Http404
    return membership


def _check_year(year: int) -> None:
    current = fiscal_year(timezone.localdate())
    if not current - YEAR_RANGE <= year <= current + 1:
        raise Http404


@login_required
def plans(request):
    membership = _membership_or_404(request.user)
    history = list(
        ActivityPlan.objects.filter(organisation=membership.organisation)
        .prefetch_related("reports")
        .order_by("-year")
    )
    context = {
        "organisation": membership.organisation,
        "plans": history,
        "current_year": fiscal_year(timezone.localdate()),
        "can_file": membership.role == Role.ADMIN and membership.organisation.is_active,
        "halves": Half.choices,
    }
    return render(request, "membership/plans.html", context)


def _refuse(request, error):
    messages.error(request, str(error))
    return redirect("membership:plans")


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request, year: int):
    _check_year(year)
    membership = _membership_or_404(request.user)
    plan = ActivityPlan.objects.filter(
        organisation=membership.organisation, year=year
    ).first()
    form = PlanForm(_post(request), targets=plan.targets if plan else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.file_plan(request.user, year, form.entries())
        except services.MembershipError as error:
            return _refuse(request, error)
        messages.success(request, _("Your activity plan has been saved."))
        return redirect("membership:plans")
    status = 400 if form.errors else 200
    context = {"form": form, "year": year, "plan": plan}
    return render(request, "membership/plan_form.html", context, status=status)


def _previous_report(plan: ActivityPlan, half: int) -> ProgressReport | None:
    if half == Half.SECOND:
        return plan.reports.filter(half=Half.FIRST).first()
    return (
        ProgressReport.objects.filter(
            plan__organisation_id=plan.organisation_id,
            plan__year=plan.year - 1,
            half=Half.SECOND,
        )
        .select_related("plan")
        .first()
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request, year: int, half: int):
    _check_year(year)
    if half not in Half.values:
        raise Http404
    membership = _membership_or_404(request.user)
    plan = ActivityPlan.objects.filter(
        organisation=membership.organisation, year=year
    ).first()
    if plan is None:
        messages.error(request, _("File the activity plan for this year first."))
        return redirect("membership:plans")
    report = plan.reports.filter(half=half).first()
    form = ReportForm(
        _post(request),
        targets=plan.targets,
        progress=report.progress if report else None,
        initial={"summary": report.summary if report else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.file_report(
                request.user, plan, half, form.entries(), form.cleaned_data["summary"]
            )
        except services.MembershipError as error:
            return _refuse(request, error)
        messages.success(request, _("Your progress report has been saved."))
        return redirect("membership:plans")
    context = {
        "form": form,
        "plan": plan,
        "half": Half(half),
        "previous": _previous_report(plan, half),
    }
    status = 400 if form.errors else 200
    return render(request, "membership/report_form.html", context, status=status)
