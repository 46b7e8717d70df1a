"""Signup, listing filter and staff message forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from config.languages import LANGUAGES
from events.models import Attendance, Audience, EventType


class RegistrationForm(forms.Form):
    """Name (and e-mail for guests), plus the questions the event asks."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"))
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    role = forms.CharField(label=_("Your role"), max_length=200)
    motivation = forms.CharField(
        label=_("Why do you want to take part?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    dietary = forms.CharField(label=_("Dietary needs"), max_length=300, required=False)
    accessibility = forms.CharField(
        label=_("Accessibility needs"), max_length=300, required=False
    )
    interpretation = forms.ChoiceField(
        label=_("Interpretation language needed"),
        choices=[("", _("None"))] + list(LANGUAGES),
        required=False,
    )

    ANSWER_FIELDS = [
        "organisation",
        "role",
        "motivation",
        "dietary",
        "accessibility",
        "interpretation",
    ]

    def __init__(self, *args, page, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        signed_in = user is not None and user.is_authenticated
        if signed_in:
            del self.fields["email"]
            self.fields["name"].initial = user.get_full_name() or ""
        if not page.requires_approval:
            for name in ("organisation", "role", "motivation"):
                del self.fields[name]
        for flag, name in (
            ("ask_dietary", "dietary"),
            ("ask_accessibility", "accessibility"),
            ("ask_interpretation", "interpretation"),
        ):
            if not getattr(page, flag):
                del self.fields[name]

    def answers(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in self.ANSWER_FIELDS
            if name in self.cleaned_data and self.cleaned_data[name]
        }


def _with_all(choices, label):
    return [("", label), *choices]


class EventFilterForm(forms.Form):
    """The index's filters: plain GET parameters, so they work without JavaScript."""

    type = forms.ChoiceField(
        label=_("Type"),
        choices=_with_all(EventType.choices, _("All types")),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=_with_all(LANGUAGES, _("All languages")),
        required=False,
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=_with_all(Attendance.choices, _("All formats")),
        required=False,
    )
    audience = forms.ChoiceField(
        label=_("Who may register"),
        choices=_with_all(Audience.choices, _("Everyone and members")),
        required=False,
    )

    def filter(self, pages):
        if not self.is_valid():
            return pages
        data = self.cleaned_data
        if data.get("type"):
            pages = pages.filter(event_type=data["type"])
        if data.get("language"):
            pages = pages.speaking(data["language"])
        if data.get("format"):
            pages = pages.filter(attendance=data["format"])
        if data.get("audience"):
            pages = pages.filter(audience=data["audience"])
        return pages


class ArchiveFilterForm(forms.Form):
    type = EventFilterForm.base_fields["type"]
    year = forms.TypedChoiceField(
        label=_("Year"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All years"))] + [
            (year, str(year)) for year in years
        ]

    def filter(self, pages):
        if not self.is_valid():
            return pages
        if self.cleaned_data.get("type"):
            pages = pages.filter(event_type=self.cleaned_data["type"])
        if self.cleaned_data.get("year"):
            pages = pages.filter(start__year=self.cleaned_data["year"])
        return pages


class StaffMessageForm(forms.Form):
    group = forms.ChoiceField(
        label=_("Send to"),
        choices=[
            ("confirmed", _("Everyone confirmed")),
            ("waiting", _("Everyone on the waiting list")),
        ],
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea)
