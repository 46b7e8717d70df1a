"""The self-check as JSON: the questionnaire, and an anonymous submission.

A submission goes through the site's own code (selfcheck.forms.ContextForm,
selfcheck.services.submit_response and result_findings), so it stores the same
anonymous ``Response`` row and returns the same findings as the result page. It is
rate-limited per client address without keeping the address: a counter in the cache
under a keyed hash of it, gone when the window ends.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Field, Router, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from api.schemas import ERRORS, Id, Problem
from api.visibility import public_pages
from core.i18n import locale_ids
from selfcheck.choices import RiskLevel
from selfcheck.forms import CONTEXT_FIELDS, ConsentForm, ContextForm
from selfcheck.models import SelfCheckPage
from selfcheck.services import IncompleteAnswersError, result_findings, submit_response
from selfcheck.state import CheckState

router = Router(tags=["self-checks"])

RATE_LIMIT = 10  # submissions per client address and window
RATE_WINDOW = 600  # seconds


class Choice(Schema):
    value: str
    label: str


class OptionOut(Schema):
    id: str
    label: str


class QuestionOut(Schema):
    id: str
    text: str
    help_text: str
    options: list[OptionOut]


class SectionOut(Schema):
    id: str
    title: str
    intro: str
    questions: list[QuestionOut]


class ContextField(Schema):
    name: str
    label: str
    choices: list[Choice] = Field(description="Empty for free text (employer_code).")


class SelfCheck(Schema):
    id: int
    locale: str
    title: str
    kind: str
    introduction: str
    url: str | None
    submit_url: str
    sections: list[SectionOut]
    context_fields: list[ContextField] = Field(
        description="Optional, coarse facts a worker may give with the answers."
    )


class ContextIn(Schema):
    nationality: str = Field("", max_length=10)
    residence_status: str = Field("", max_length=40)
    industry: str = Field("", max_length=40)
    prefecture: str = Field("", max_length=40)
    months_in_japan: str = Field("", max_length=40)
    employer_code: str = Field("", max_length=20)


class Submission(Schema):
    consent: bool = Field(
        description="Must be true: the worker agreed to the check's terms."
    )
    answers: dict[str, str] = Field(
        description="Question id → option id, for every question of the check."
    )
    context: ContextIn | None = None


class LawOut(Schema):
    id: int
    law: str
    article: str
    url: str
    summary: str


class PageRef(Schema):
    id: int
    title: str
    url: str | None


class OrganisationOut(Schema):
    name: str
    phone: str
    hours: str
    url: str
    languages: str


class Referrals(Schema):
    page: PageRef | None
    desk: bool = Field(description="Refer to the consultation desk JP-MIRAI Assist.")
    organisation: OrganisationOut | None


class FindingOut(Schema):
    question_id: str
    question: str
    option_id: str
    answer: str
    risk: str = Field(description="caution or serious")
    risk_label: str
    explanation: str
    action: str
    laws: list[LawOut]
    referrals: Referrals


class Result(Schema):
    serious_count: int
    findings: list[FindingOut] = Field(
        description="Answers with a concern, serious first (as on the result page)."
    )


def _language(page) -> str:
    codes = {pk: code for code, pk in locale_ids().items()}
    return codes.get(page.locale_id, settings.LANGUAGE_CODE)


def _check(page_id: int) -> SelfCheckPage:
    ids = public_pages([SelfCheckPage]).values("pk")
    page = SelfCheckPage.objects.filter(pk__in=ids, pk=page_id).first()
    if page is None:
        raise Http404(f"No public self-check has the id {page_id}.")
    return page


def _context_fields() -> list[dict]:
    form = ContextForm()
    fields = []
    for name in (*CONTEXT_FIELDS, "employer_code"):
        field = form.fields[name]
        choices = [
            {"value": value, "label": str(label)}
            for value, label in getattr(field, "choices", [])
            if value
        ]
        fields.append({"name": name, "label": str(field.label), "choices": choices})
    return fields


@router.get(
    "/{page_id}/",
    response={200: SelfCheck, 404: ERRORS[404], 422: ERRORS[422]},
    url_name="selfchecks-detail",
    operation_id="selfchecks_detail",
    summary="A self-check's questionnaire in its page's language",
)
def get_self_check(request: HttpRequest, page_id: Id):
    page = _check(page_id)
    with override(_language(page)):
        return {
            "id": page.pk,
            "locale": _language(page),
            "title": page.title,
            "kind": page.kind,
            "introduction": page.introduction,
            "url": page.get_full_url(request),
            "submit_url": request.build_absolute_uri(
                f"/api/v3/self-checks/{page.pk}/responses/"
            ),
            "sections": [
                {
                    "id": section.id,
                    "title": section.title,
                    "intro": section.intro,
                    "questions": [
                        {
                            "id": q.id,
                            "text": q.text,
                            "help_text": q.help_text,
                            "options": [
                                {"id": o.id, "label": o.label} for o in q.options
                            ],
                        }
                        for q in section.questions
                    ],
                }
                for section in page.questionnaire.sections
            ],
            "context_fields": _context_fields(),
        }


def _client_address(request: HttpRequest) -> str:
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request) or ""
    except Exception:  # noqa: BLE001 - a missing address must not break submitting
        return request.META.get("REMOTE_ADDR", "")


def _count_submission(request: HttpRequest) -> None:
    """429 once an address has submitted RATE_LIMIT times in the current window.

    The cache key is an HMAC of the address with the site's secret: the address
    itself is not stored, and the key cannot be turned back into it."""
    window = int(timezone.now().timestamp()) // RATE_WINDOW
    digest = salted_hmac(
        "api.selfcheck.rate", f"{window}:{_client_address(request)}"
    ).hexdigest()
    key = f"api:selfcheck-rate:{digest}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    if count > RATE_LIMIT:
        raise HttpError(
            429,
            "Too many self-check submissions from this network. "
            "Please try again in a few minutes.",
        )


def _invalid(loc: list, message: str) -> dict:
    return {"type": "value_error", "loc": ["body", "payload", *loc], "msg": message}


def _validated_answers(page, answers: dict[str, str]) -> dict[str, str]:
    questionnaire = page.questionnaire
    errors = []
    for question_id, option_id in answers.items():
        question = questionnaire.question(question_id)
        if question is None:
            errors.append(
                _invalid(["answers", question_id], "No question of this check.")
            )
        elif question.option(option_id) is None:
            errors.append(
                _invalid(
                    ["answers", question_id],
                    _("This answer is not one of the choices. Please choose again."),
                )
            )
    missing = [q.id for q in questionnaire.questions if q.id not in answers]
    if missing and not errors:
        errors.append(_invalid(["answers"], _("Please answer every question.")))
    if errors:
        raise NinjaValidationError(errors)
    return answers


def _context(context: ContextIn | None) -> dict[str, str]:
    form = ContextForm(context.dict() if context else {})
    if not form.is_valid():
        raise NinjaValidationError(
            [
                _invalid(["context", name], str(message))
                for name, messages in form.errors.items()
                for message in messages
            ]
        )
    return form.context()


def _finding(finding, request) -> dict:
    option = finding.option
    page = option.page
    organisation = option.organisation
    return {
        "question_id": finding.question.id,
        "question": finding.question.text,
        "option_id": option.id,
        "answer": option.label,
        "risk": option.risk,
        "risk_label": str(RiskLevel(option.risk).label),
        "explanation": option.explanation,
        "action": option.action,
        "laws": [
            {
                "id": law.pk,
                "law": law.law,
                "article": law.article,
                "url": law.url,
                "summary": law.summary,
            }
            for law in option.laws
        ],
        "referrals": {
            "page": (
                {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}
                if page is not None and page.live
                else None
            ),
            "desk": option.desk,
            "organisation": (
                {
                    "name": organisation.name,
                    "phone": organisation.phone,
                    "hours": organisation.hours,
                    "url": organisation.url,
                    "languages": organisation.languages,
                }
                if organisation is not None
                else None
            ),
        },
    }


@router.post(
    "/{page_id}/responses/",
    response={200: Result, 400: Problem, 404: Problem, 422: Problem, 429: Problem},
    url_name="selfchecks-respond",
    operation_id="selfchecks_respond",
    summary="Submit a self-check anonymously and get its result",
)
def submit(
    request: HttpRequest, response: HttpResponse, page_id: Id, payload: Submission
):
    response.headers["Cache-Control"] = "no-store"
    page = _check(page_id)
    _count_submission(request)
    language = _language(page)
    with override(language):
        if not payload.consent:
            raise HttpError(
                400, str(ConsentForm.base_fields["consent"].error_messages["required"])
            )
        answers = _validated_answers(page, payload.answers)
        state = CheckState(
            check=page.check_key, context=_context(payload.context), answers=answers
        )
        try:
            submit_response(page, state, language)
        except IncompleteAnswersError as error:
            raise HttpError(422, str(error)) from error
        findings = result_findings(page, answers)
        return {
            "serious_count": sum(1 for f in findings if f.option.is_serious),
            "findings": [_finding(f, request) for f in findings],
        }
