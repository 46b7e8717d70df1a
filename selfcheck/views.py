"""Taking the check: consent, context, sections, result; and the request for contact.

The answers travel in a signed hidden field (selfcheck.state), so these views set no
cookie and keep nothing until the last section is posted. They are exempt from CSRF
checks, which would need a cookie: a forged post can do no more than an attacker
posting directly, since nothing here acts for a signed-in person, and the signed
state is checked on every step (docs/decisions/0008-self-check-privacy.md).
"""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.visibility import public
from selfcheck import aggregates
from selfcheck.charts import chart
from selfcheck.forms import (
    CONTEXT_FIELDS,
    ConsentForm,
    ConsultationForm,
    ContextForm,
    SectionForm,
    question_field_name,
)
from selfcheck.models import Response, SelfCheckPage
from selfcheck.services import (
    IncompleteAnswersError,
    request_consultation,
    result_findings,
    submit_response,
)
from selfcheck.state import CheckState, StateError

BAD_STATE = 400


def _render(request, page, template, context=None, status=200):
    return TemplateResponse(
        request,
        template,
        {"page": page, "self": page, **(context or {})},
        status=status,
    )


def _page(page_id: int) -> SelfCheckPage:
    return get_object_or_404(public(SelfCheckPage.objects.live()), pk=page_id)


def consent_screen(request, page, form=None, status=200):
    return _render(
        request,
        page,
        "selfcheck/self_check_page.html",
        {
            "form": form or ConsentForm(),
            "start_url": _url("start", page),
            "min_cell": aggregates.min_cell(),
        },
        status,
    )


def _url(name: str, page) -> str:
    return reverse(f"selfcheck:{name}", args=[page.pk])


def problem(request, page, message: str, status: int = BAD_STATE):
    return _render(
        request, page, "selfcheck/problem.html", {"message": message}, status=status
    )


def _state_problem(request, page):
    return problem(
        request,
        page,
        _(
            "Your answers could not be read: the form was changed, or it was open for "
            "too long. Nothing was saved. Please start the check again."
        ),
    )


@csrf_exempt
@never_cache
@require_POST
def start(request, page_id: int):
    page = _page(page_id)
    form = ConsentForm(request.POST)
    if not form.is_valid():
        return consent_screen(request, page, form, status=400)
    return _context_step(request, page, CheckState(check=page.check_key), ContextForm())


def _context_step(request, page, state, form, status=200):
    state.step = 0
    return _render(
        request,
        page,
        "selfcheck/context_step.html",
        {"form": form, "state": state.dumps(), **_progress(page, 0)},
        status,
    )


def _section_step(request, page, state, form=None, status=200):
    section = page.questionnaire.sections[state.step - 1]
    if form is None:
        initial = {
            question_field_name(q.id): state.answers[q.id]
            for q in section.questions
            if q.id in state.answers
        }
        form = SectionForm(section, initial=initial)
    return _render(
        request,
        page,
        "selfcheck/section_step.html",
        {
            "form": form,
            "section": section,
            "state": state.dumps(),
            **_progress(page, state.step),
        },
        status,
    )


def _progress(page, step: int) -> dict:
    total = len(page.questionnaire.sections) + 1
    return {
        "step_url": _url("step", page),
        "step_number": step + 1,
        "step_total": total,
        "percent": round(100 * step / total),
    }


@csrf_exempt
@never_cache
@require_POST
def step(request, page_id: int):
    page = _page(page_id)
    try:
        state = CheckState.loads(request.POST.get("state", ""), page.check_key)
    except StateError:
        return _state_problem(request, page)
    sections = page.questionnaire.sections
    if not 0 <= state.step <= len(sections):
        return _state_problem(request, page)
    going_back = request.POST.get("action") == "back"
    if state.step == 0:
        return _after_context(request, page, state, going_back)
    form = SectionForm(sections[state.step - 1], request.POST)
    given = form.given_answers()
    if given is None:
        return problem(
            request,
            page,
            _(
                "An answer was not one of the choices. Nothing was saved. "
                "Please start the check again."
            ),
        )
    state.answers.update(given)
    if going_back:
        state.step -= 1
        if state.step == 0:
            return _context_step(
                request, page, state, ContextForm(initial=_initial(state))
            )
        return _section_step(request, page, state)
    if not form.is_valid():
        return _section_step(request, page, state, form, status=400)
    if state.step < len(sections):
        state.step += 1
        return _section_step(request, page, state)
    return _finish(request, page, state)


def _initial(state) -> dict:
    initial = {name: state.context.get(name, "") for name in CONTEXT_FIELDS}
    initial["employer_code"] = state.context.get("employer", "")
    return initial


def _after_context(request, page, state, going_back):
    if going_back:
        return consent_screen(request, page)
    form = ContextForm(request.POST)
    if not form.is_valid():
        return _context_step(request, page, state, form, status=400)
    state.context = form.context()
    state.step = 1
    return _section_step(request, page, state)


def _finish(request, page, state):
    try:
        submit_response(page, state, get_language())
    except IncompleteAnswersError as error:
        return problem(request, page, str(error))
    findings = result_findings(page, state.answers)
    return _render(
        request,
        page,
        "selfcheck/result.html",
        {
            "findings": findings,
            "serious": [f for f in findings if f.option.is_serious],
            "contact_url": reverse("selfcheck:contact"),
        },
    )


@csrf_exempt
@never_cache
def contact(request):
    """Ask the consultation desk to get in touch: a separate form, with its own
    consent, that knows nothing of the check just taken."""
    if request.method == "POST":
        form = ConsultationForm(request.POST)
        if form.is_valid():
            request_consultation(form, get_language())
            return TemplateResponse(request, "selfcheck/consultation_sent.html", {})
        return TemplateResponse(
            request, "selfcheck/consultation_form.html", {"form": form}, status=400
        )
    return TemplateResponse(
        request, "selfcheck/consultation_form.html", {"form": ConsultationForm()}
    )


def _report(page) -> aggregates.Report:
    rows = Response.objects.filter(check_key=page.translation_key).values(
        "answers", "submitted_on", *CONTEXT_FIELDS
    )
    return aggregates.build_report(page.questionnaire, rows, aggregates.min_cell())


def survey_results(request, page):
    report = _report(page)
    return _render(
        request,
        page,
        "selfcheck/survey_results.html",
        {
            "report": report,
            "question_charts": [chart(table) for _q, table in report.questions],
            "context_charts": [chart(table) for table in report.context],
            "months_chart": chart(report.months),
            "csv_url": page.url + page.reverse_subpage("survey_results_csv"),
        },
    )


def survey_results_csv(request, page):
    report = _report(page)
    if not report.published:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}-results.csv"'
    write_csv(response, report)
    return response


def write_csv(out, report) -> None:
    """One line per published cell; a hidden count is written as an empty field."""
    writer = csv.writer(out)
    writer.writerow(["table", "table_title", "answer_key", "answer", "count", "total"])
    tables = [table for _q, table in report.questions] + [
        *report.context,
        report.months,
    ]
    for table in tables:
        if table.hidden:
            continue
        for cell in table.cells:
            count = "" if cell.hidden else cell.count
            writer.writerow(
                [table.key, table.title, cell.key, cell.label, count, table.total]
            )
