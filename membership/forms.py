"""Forms of the member pages. Labels and errors are translated."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from core.taxonomy import Principle
from membership.models import Half, Organisation


class ApplicationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    agree_code_of_conduct = forms.BooleanField(
        label=_("We agree to follow the JP-MIRAI code of conduct."),
        error_messages={
            "required": _("Membership requires agreeing to the code of conduct.")
        },
    )

    class Meta:
        model = Organisation
        fields = [
            "name_ja",
            "name_en",
            "type",
            "industry",
            "prefecture",
            "country",
            "website",
            "size",
            "contact_name",
            "contact_email",
            "directory_opt_in",
        ]
        help_texts = {
            "prefecture": _("For organisations in Japan."),
            "directory_opt_in": _(
                "Show your organisation's name, type, industry and prefecture in the "
                "public member directory once you are approved."
            ),
        }

    def cleaned_data_for_model(self) -> dict:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in self._meta.fields
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("country") == "JP" and not cleaned.get("prefecture"):
            self.add_error(
                "prefecture", _("Choose the prefecture of an organisation in Japan.")
            )
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail address"))


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name"]


def _principle_fields(form: forms.Form, initial: dict, help_texts: dict) -> None:
    for code, label in Principle.choices:
        form.fields[code] = forms.CharField(
            label=label,
            required=False,
            max_length=2000,
            widget=forms.Textarea(attrs={"rows": 3}),
            initial=initial.get(code, ""),
            help_text=help_texts.get(code, ""),
        )


class PlanForm(forms.Form):
    """A target for each principle the organisation works on this year."""

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        _principle_fields(self, targets or {}, {})

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(code) for code in Principle.values):
            raise forms.ValidationError(_("Set a target for at least one principle."))
        return cleaned

    def entries(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(code, "") for code in Principle.values}


class ReportForm(forms.Form):
    """Progress on each target of the plan; the target is shown as help text."""

    summary = forms.CharField(
        label=_("Summary of the half year"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, targets=None, progress=None, **kwargs):
        super().__init__(*args, **kwargs)
        targets = targets or {}
        help_texts = {
            code: _("Target: %(target)s") % {"target": text}
            for code, text in targets.items()
        }
        _principle_fields(self, progress or {}, help_texts)

    def entries(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(code, "") for code in Principle.values}


class HalfChoiceField(forms.TypedChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Half.choices, coerce=int, **kwargs)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data will be deleted.")
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
