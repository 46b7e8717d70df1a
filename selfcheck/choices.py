"""The self-check's fixed vocabularies: risk levels, the ILO indicators, check kinds
and the coarse context a worker may give.

Stored values are stable codes, labels go through the project catalogs. The context
bands are coarse on purpose: together they must never narrow a response down to one
person (see docs/decisions/0008-self-check-privacy.md).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CheckKind(models.TextChoices):
    AFTER_ARRIVAL = "after_arrival", _("After arrival")
    PERIODIC = "periodic", _("Periodic")


class RiskLevel(models.TextChoices):
    NONE = "none", _("No concern")
    CAUTION = "caution", _("Caution")
    SERIOUS = "serious", _("Serious concern")


RISK_ORDER = {RiskLevel.SERIOUS: 0, RiskLevel.CAUTION: 1, RiskLevel.NONE: 2}


class Indicator(models.TextChoices):
    """The eleven ILO indicators of forced labour."""

    ABUSE_OF_VULNERABILITY = "vulnerability", _("Abuse of vulnerability")
    DECEPTION = "deception", _("Deception")
    RESTRICTION_OF_MOVEMENT = "movement", _("Restriction of movement")
    ISOLATION = "isolation", _("Isolation")
    VIOLENCE = "violence", _("Physical and sexual violence")
    INTIMIDATION = "intimidation", _("Intimidation and threats")
    IDENTITY_DOCUMENTS = "documents", _("Retention of identity documents")
    WITHHOLDING_WAGES = "wages", _("Withholding of wages")
    DEBT_BONDAGE = "debt", _("Debt bondage")
    ABUSIVE_CONDITIONS = "conditions", _("Abusive working and living conditions")
    EXCESSIVE_OVERTIME = "overtime", _("Excessive overtime")


class ResidenceStatus(models.TextChoices):
    TECHNICAL_INTERN = "technical_intern", _("Technical intern trainee")
    SPECIFIED_SKILLED = "specified_skilled", _("Specified skilled worker")
    OTHER = "other", pgettext_lazy("residence status", "Other")


class MonthsInJapan(models.TextChoices):
    UNDER_3 = "0-3", _("Less than 3 months")
    FROM_3_TO_12 = "3-12", _("3 to 12 months")
    FROM_12_TO_36 = "12-36", _("1 to 3 years")
    OVER_36 = "36+", _("More than 3 years")


class ContactChannel(models.TextChoices):
    PHONE = "phone", _("Telephone")
    EMAIL = "email", _("E-mail")
    MESSENGER = "messenger", _("Messaging app (Facebook Messenger, LINE, Zalo …)")


class ConsultationTopic(models.TextChoices):
    RECRUITMENT = "recruitment", _("Recruitment, fees or debts")
    DOCUMENTS = "documents", _("Passport, residence card or contract")
    WAGES = "wages", _("Wages or deductions")
    HOURS = "hours", _("Working hours, overtime or leave")
    SAFETY = "safety", _("Safety, injury or health")
    HARASSMENT = "harassment", _("Violence, harassment or threats")
    HOUSING = "housing", _("Housing or daily life")
    OTHER = "other", pgettext_lazy("consultation topic", "Other")


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    REFERRED = "referred", _("Referred (e.g. to the lawyers' ADR)")
    CLOSED = "closed", _("Closed")
