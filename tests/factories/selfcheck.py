"""Self-check pages with a small questionnaire, law references, help organisations."""

import uuid

from django.utils import timezone
from factory.django import DjangoModelFactory

from knowledge.models import LawReference
from selfcheck.choices import CheckKind, RiskLevel
from selfcheck.models import EmployerCode, HelpOrganisation, Response, SelfCheckPage
from tests.factories.core import LocaleFactory, japanese_home


class LawReferenceFactory(DjangoModelFactory):
    law = "Labour Standards Act"
    article = "Article 24"
    url = "https://laws.e-gov.go.jp/law/322AC0000000049"
    summary = "Wages are paid in full, in cash, at least once a month."
    locale = None

    class Meta:
        model = LawReference

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.get("locale") is None:
            kwargs["locale"] = LocaleFactory()
        return super()._create(model_class, *args, **kwargs)


class HelpOrganisationFactory(DjangoModelFactory):
    name = "Labour Standards Inspection Office"
    phone = "0120-531-401"
    hours = "Weekdays 17:00–22:00"
    url = "https://www.check-roudou.mhlw.go.jp/"
    languages = "English, Vietnamese"
    locale = None

    class Meta:
        model = HelpOrganisation

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.get("locale") is None:
            kwargs["locale"] = LocaleFactory()
        return super()._create(model_class, *args, **kwargs)


class EmployerCodeFactory(DjangoModelFactory):
    code = "ACME1"
    employer = "Acme Foods"
    contact_name = "Sato Hanako"
    contact_email = "sato@acme.example"

    class Meta:
        model = EmployerCode
        django_get_or_create = ("code",)


def _id(label: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"selfcheck-test:{label}"))


def option(label, risk=RiskLevel.NONE, *, key, laws=(), organisation=None, desk=False):
    return {
        "type": "item",
        "id": _id(key),
        "value": {
            "label": label,
            "risk": risk,
            "explanation": f"Explanation of {label}" if risk != RiskLevel.NONE else "",
            "action": f"Action for {label}" if risk != RiskLevel.NONE else "",
            "laws": [
                {"type": "item", "id": _id(f"{key}-law-{law.pk}"), "value": law.pk}
                for law in laws
            ],
            "referral": {
                "page": None,
                "desk": desk,
                "organisation": organisation.pk if organisation else None,
            },
        },
    }


def question(key, text, options, indicators=("documents",)):
    return {
        "type": "item",
        "id": _id(key),
        "value": {
            "text": text,
            "help_text": "",
            "indicators": list(indicators),
            "options": options,
        },
    }


def sections_stream(law=None, organisation=None):
    """Two sections, three questions; ids derived from labels (see ``ids``)."""
    laws = [law] if law else []
    return [
        {
            "type": "section",
            "id": _id("s1"),
            "value": {
                "title": "Documents",
                "intro": "About your passport.",
                "questions": [
                    question(
                        "passport",
                        "Who keeps your passport?",
                        [
                            option("I keep it", key="passport-me"),
                            option(
                                "My employer keeps it",
                                RiskLevel.SERIOUS,
                                key="passport-employer",
                                laws=laws,
                                organisation=organisation,
                                desk=True,
                            ),
                        ],
                    ),
                    question(
                        "fee",
                        "Did you pay a deposit?",
                        [
                            option("No", key="fee-no"),
                            option("Not sure", RiskLevel.CAUTION, key="fee-unsure"),
                        ],
                        indicators=("debt",),
                    ),
                ],
            },
        },
        {
            "type": "section",
            "id": _id("s2"),
            "value": {
                "title": "Wages",
                "intro": "",
                "questions": [
                    question(
                        "wage",
                        "Is your wage paid in full?",
                        [
                            option("Yes", key="wage-yes"),
                            option("No", RiskLevel.SERIOUS, key="wage-no"),
                        ],
                        indicators=("wages",),
                    )
                ],
            },
        },
    ]


def ids(key: str) -> str:
    """The block id of a question or option of ``sections_stream`` (``passport-me``)."""
    return _id(key)


def make_check(
    *, slug="self-check", kind=CheckKind.AFTER_ARRIVAL, law=None, organisation=None
) -> SelfCheckPage:
    home = japanese_home()
    page = SelfCheckPage(
        title="Self-check",
        slug=slug,
        kind=kind,
        introduction="For workers three months after arrival.",
        sections=sections_stream(law, organisation),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return SelfCheckPage.objects.get(pk=page.pk)


def make_responses(page, answers_list, **context) -> list[Response]:
    submitted_on = context.pop("submitted_on", timezone.localdate())
    return Response.objects.bulk_create(
        Response(
            check_key=page.translation_key,
            kind=page.kind,
            answers=answers,
            language="ja",
            submitted_on=submitted_on,
            **context,
        )
        for answers in answers_list
    )
