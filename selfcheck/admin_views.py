"""Admin views of the aggregates: the secretariat's dashboard and employer reports.

Both show suppressed tables only, like the public page: a count under k never leaves
the database, even for staff.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from config.languages import DEFAULT_LANGUAGE
from selfcheck import aggregates
from selfcheck.forms import CONTEXT_FIELDS
from selfcheck.models import EmployerCode, Response, SelfCheckPage


def _require(request):
    if not request.user.has_perm("selfcheck.view_response"):
        raise PermissionDenied


def source_checks():
    """The Japanese self-check pages: the questionnaire every translation shares."""
    return SelfCheckPage.objects.filter(locale__language_code=DEFAULT_LANGUAGE)


def dashboard(request):
    _require(request)
    k = aggregates.min_cell()
    reports = []
    for page in source_checks():
        rows = Response.objects.filter(check_key=page.translation_key).values(
            "answers", "submitted_on", *CONTEXT_FIELDS
        )
        reports.append((page, aggregates.build_report(page.questionnaire, rows, k)))
    employers = EmployerCode.objects.order_by("employer")
    return TemplateResponse(
        request,
        "selfcheck/admin/dashboard.html",
        {
            "reports": reports,
            "employers": employers,
            "k": k,
            "title": _("Self-check results"),
        },
    )


def employer_report(request, pk: int):
    _require(request)
    employer = get_object_or_404(EmployerCode, pk=pk)
    k = aggregates.min_cell()
    rows = list(Response.objects.filter(employer=employer).values("answers"))
    tables = []
    if len(rows) >= k:
        questionnaires = [page.questionnaire for page in source_checks()]
        tables = aggregates.indicator_table(questionnaires, rows, k)
    return TemplateResponse(
        request,
        "selfcheck/admin/employer_report.html",
        {
            "employer": employer,
            "enough": len(rows) >= k,
            "tables": tables,
            "k": k,
            "title": _("Employer report"),
        },
    )
