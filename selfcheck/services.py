"""Every write of the self-check: responses, consultation requests and the purge."""

import logging
from dataclasses import replace
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from core.i18n import locale_ids
from knowledge.models import LawReference
from selfcheck.choices import RequestStatus
from selfcheck.forms import CONTEXT_FIELDS
from selfcheck.models import (
    ConsultationRequest,
    EmployerCode,
    HelpOrganisation,
    Response,
    SelfCheckPage,
)
from selfcheck.questionnaire import Finding
from selfcheck.state import CheckState

logger = logging.getLogger(__name__)


class SelfCheckError(Exception):
    """Base of the self-check's errors; the message is translated and safe to show."""


class IncompleteAnswersError(SelfCheckError):
    pass


def submit_response(page: SelfCheckPage, state: CheckState, language: str) -> Response:
    """Store a completed check anonymously: answers, coarse context, language, day."""
    questionnaire = page.questionnaire
    answers = {
        question_id: option_id
        for question_id, option_id in state.answers.items()
        if questionnaire.is_valid_answer(question_id, option_id)
    }
    if len(answers) < len(questionnaire.questions):
        raise IncompleteAnswersError(_("Please answer every question."))
    context = {name: state.context.get(name, "") for name in CONTEXT_FIELDS}
    employer = None
    if state.context.get("employer"):
        employer = EmployerCode.objects.filter(
            code=state.context["employer"], active=True
        ).first()
    return Response.objects.create(
        check_key=page.translation_key,
        kind=page.kind,
        answers=answers,
        employer=employer,
        language=language,
        submitted_on=timezone.localdate(),
        **context,
    )


def result_findings(page: SelfCheckPage, answers: dict[str, str]) -> list[Finding]:
    """What the result shows for ``answers``: the concerning answers, serious first,
    with their laws and organisations in the active language where translated.
    The site's result page and the API's submission both use it."""
    return in_reader_language(page.full_questionnaire.findings(answers))


def in_reader_language(findings: list[Finding]) -> list[Finding]:
    """Swap law references and organisations for their translations in the reader's
    language, where they exist: a page shown untranslated (in Japanese) still names
    the law in the reader's words. Two queries, whatever the number of findings."""
    locale_id = locale_ids().get(get_language())
    if locale_id is None:
        return findings
    laws = _translations(
        LawReference, [law for f in findings for law in f.option.laws], locale_id
    )
    organisations = _translations(
        HelpOrganisation,
        [f.option.organisation for f in findings if f.option.organisation],
        locale_id,
    )
    return [
        replace(
            finding,
            option=replace(
                finding.option,
                laws=tuple(
                    laws.get(law.translation_key, law) for law in finding.option.laws
                ),
                organisation=organisations.get(
                    getattr(finding.option.organisation, "translation_key", None),
                    finding.option.organisation,
                ),
            ),
        )
        for finding in findings
    ]


def _translations(model, objects, locale_id: int) -> dict:
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    if not keys:
        return {}
    return {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    }


@transaction.atomic
def request_consultation(form, language: str) -> ConsultationRequest:
    """Save a worker's request to be contacted and tell the desk (after commit)."""
    request = form.save(commit=False)
    request.language = language
    request.save()
    transaction.on_commit(lambda: notify_desk(request.pk))
    return request


def notify_desk(request_pk: int) -> None:
    """A short mail to the desk: that a request came in, not what it says.

    The worker's contact and story stay in the admin, out of mail providers' logs.
    """
    recipients = settings.SELFCHECK_DESK_EMAILS
    if not recipients:
        logger.warning("SELFCHECK_DESK_EMAILS is empty: no mail for a new request")
        return
    consultation = ConsultationRequest.objects.get(pk=request_pk)
    path = reverse(
        "wagtailsnippets_selfcheck_consultationrequest:edit", args=[consultation.pk]
    )
    with override(settings.LANGUAGE_CODE):
        send_mail(
            subject=_("New consultation request (%(topic)s)")
            % {"topic": consultation.get_topic_display()},
            message=_(
                "A worker asked the consultation desk to contact them "
                "(language: %(language)s). Open the request in the admin:\n%(url)s"
            )
            % {
                "language": consultation.language,
                "url": settings.WAGTAILADMIN_BASE_URL + path,
            },
            from_email=None,
            recipient_list=recipients,
        )


def purge_expired(today=None) -> tuple[int, int]:
    """Delete responses and closed requests older than their retention periods.

    Idempotent: a second run the same day deletes nothing. Returns (responses,
    requests) deleted.
    """
    today = today or timezone.localdate()
    response_cutoff = today - timedelta(days=settings.SELFCHECK_RESPONSE_RETENTION_DAYS)
    request_cutoff = timezone.now() - timedelta(
        days=settings.SELFCHECK_REQUEST_RETENTION_DAYS
    )
    responses, _detail = Response.objects.filter(
        submitted_on__lt=response_cutoff
    ).delete()
    requests, _detail = ConsultationRequest.objects.filter(
        status=RequestStatus.CLOSED, updated_at__lt=request_cutoff
    ).delete()
    return responses, requests
