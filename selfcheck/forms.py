"""The self-check's forms: consent, context, one form per section, and the request
to be contacted."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Country, Industry, Prefecture
from selfcheck.choices import ContactChannel, MonthsInJapan, ResidenceStatus
from selfcheck.models import ConsultationRequest, EmployerCode
from selfcheck.questionnaire import Section

NOT_SAID = [("", _("I prefer not to say"))]
CONTEXT_FIELDS = (
    "nationality",
    "residence_status",
    "industry",
    "prefecture",
    "months_in_japan",
)


class ConsentForm(forms.Form):
    consent = forms.BooleanField(
        label=_("I have read this and want to start the check."),
        error_messages={
            "required": _("Please tick the box to show that you agree, then start.")
        },
    )


class ContextForm(forms.Form):
    """Optional, coarse facts about the worker, only for the anonymous aggregates."""

    nationality = forms.ChoiceField(
        label=_("Nationality"), choices=NOT_SAID + Country.choices, required=False
    )
    residence_status = forms.ChoiceField(
        label=_("Residence status"),
        choices=NOT_SAID + ResidenceStatus.choices,
        required=False,
    )
    industry = forms.ChoiceField(
        label=_("Industry"), choices=NOT_SAID + Industry.choices, required=False
    )
    prefecture = forms.ChoiceField(
        label=_("Prefecture where you work"),
        choices=NOT_SAID + Prefecture.choices,
        required=False,
    )
    months_in_japan = forms.ChoiceField(
        label=_("Time in Japan"),
        choices=NOT_SAID + MonthsInJapan.choices,
        required=False,
    )
    employer_code = forms.CharField(
        label=_("Employer code (only if your employer gave you one)"),
        max_length=20,
        required=False,
    )

    def clean_employer_code(self) -> str:
        code = self.cleaned_data["employer_code"].strip().upper()
        if code and not EmployerCode.objects.filter(code=code, active=True).exists():
            raise forms.ValidationError(
                _(
                    "We do not know this employer code. Check it, or leave the box "
                    "empty: the check works without it."
                )
            )
        return code

    def context(self) -> dict[str, str]:
        """The answers to keep: only what was given."""
        data = {name: self.cleaned_data[name] for name in CONTEXT_FIELDS}
        data["employer"] = self.cleaned_data["employer_code"]
        return {name: value for name, value in data.items() if value}


def question_field_name(question_id: str) -> str:
    return f"q-{question_id}"


class SectionForm(forms.Form):
    """One section's questions, each a set of radio buttons."""

    def __init__(self, section: Section, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.section = section
        for question in section.questions:
            self.fields[question_field_name(question.id)] = forms.ChoiceField(
                label=question.text,
                help_text=question.help_text,
                choices=[(option.id, option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please choose an answer."),
                    "invalid_choice": _(
                        "This answer is not one of the choices. Please choose again."
                    ),
                },
            )

    def given_answers(self) -> dict[str, str] | None:
        """The answers given so far, valid or not yet complete, for going back; None
        when an answer is not one of the question's options (a tampered form)."""
        answers = {}
        for question in self.section.questions:
            value = self.data.get(question_field_name(question.id), "")
            if not value:
                continue
            if question.option(value) is None:
                return None
            answers[question.id] = value
        return answers


class ConsultationForm(forms.ModelForm):
    channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=ContactChannel.choices,
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the consultation desk keeps these details to contact me, "
            "and deletes them when my request is closed and the retention period "
            "has passed."
        ),
        error_messages={
            "required": _(
                "Please agree, so that the consultation desk may contact you."
            )
        },
    )

    class Meta:
        model = ConsultationRequest
        fields = ["topic", "description", "channel", "contact", "name"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
        }
