"""Shared vocabularies: industries, sending countries, prefectures and the principles
of the code of conduct.

Membership (organisations, activity plans), best practices, events and the worker
self-check all describe the same things; one set of choices keeps their filters and
aggregates comparable. The stored values are stable codes (ISO 3166 where there is
one); the labels are translated through the project's catalogs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Industry(models.TextChoices):
    """Fields of the specified skilled worker and technical intern systems, and the
    other sectors where members employ migrant workers."""

    NURSING_CARE = "nursing_care", _("Nursing care")
    BUILDING_CLEANING = "building_cleaning", _("Building cleaning")
    MANUFACTURING = (
        "manufacturing",
        _("Manufacturing (materials, machinery, electronics)"),
    )
    CONSTRUCTION = "construction", _("Construction")
    SHIPBUILDING = "shipbuilding", _("Shipbuilding and marine industry")
    AUTOMOBILE_REPAIR = "automobile_repair", _("Automobile repair and maintenance")
    AVIATION = "aviation", _("Aviation")
    ACCOMMODATION = "accommodation", _("Accommodation")
    AGRICULTURE = "agriculture", _("Agriculture")
    FISHERY = "fishery", _("Fishery and aquaculture")
    FOOD_MANUFACTURING = "food_manufacturing", _("Food and beverage manufacturing")
    FOOD_SERVICE = "food_service", _("Food service")
    TRANSPORT = "transport", _("Transport and logistics")
    TEXTILES = "textiles", _("Textiles and clothing")
    RETAIL = "retail", _("Retail")
    IT_SERVICES = "it_services", _("Information technology and services")
    OTHER = "other", pgettext_lazy("industry", "Other")


class Country(models.TextChoices):
    """Countries of origin of migrant workers in Japan, and Japan itself (for
    members based there). ISO 3166-1 alpha-2 codes."""

    JAPAN = "JP", _("Japan")
    VIETNAM = "VN", _("Vietnam")
    INDONESIA = "ID", _("Indonesia")
    PHILIPPINES = "PH", _("Philippines")
    MYANMAR = "MM", _("Myanmar")
    NEPAL = "NP", _("Nepal")
    CHINA = "CN", _("China")
    CAMBODIA = "KH", _("Cambodia")
    THAILAND = "TH", _("Thailand")
    MONGOLIA = "MN", _("Mongolia")
    SRI_LANKA = "LK", _("Sri Lanka")
    BANGLADESH = "BD", _("Bangladesh")
    INDIA = "IN", _("India")
    UZBEKISTAN = "UZ", _("Uzbekistan")
    LAOS = "LA", _("Laos")
    OTHER = "other", pgettext_lazy("country", "Other")


class Prefecture(models.TextChoices):
    """The 47 prefectures of Japan, by their ISO 3166-2:JP codes."""

    HOKKAIDO = "JP-01", _("Hokkaido")
    AOMORI = "JP-02", _("Aomori")
    IWATE = "JP-03", _("Iwate")
    MIYAGI = "JP-04", _("Miyagi")
    AKITA = "JP-05", _("Akita")
    YAMAGATA = "JP-06", _("Yamagata")
    FUKUSHIMA = "JP-07", _("Fukushima")
    IBARAKI = "JP-08", _("Ibaraki")
    TOCHIGI = "JP-09", _("Tochigi")
    GUNMA = "JP-10", _("Gunma")
    SAITAMA = "JP-11", _("Saitama")
    CHIBA = "JP-12", _("Chiba")
    TOKYO = "JP-13", _("Tokyo")
    KANAGAWA = "JP-14", _("Kanagawa")
    NIIGATA = "JP-15", _("Niigata")
    TOYAMA = "JP-16", _("Toyama")
    ISHIKAWA = "JP-17", _("Ishikawa")
    FUKUI = "JP-18", _("Fukui")
    YAMANASHI = "JP-19", _("Yamanashi")
    NAGANO = "JP-20", _("Nagano")
    GIFU = "JP-21", _("Gifu")
    SHIZUOKA = "JP-22", _("Shizuoka")
    AICHI = "JP-23", _("Aichi")
    MIE = "JP-24", _("Mie")
    SHIGA = "JP-25", _("Shiga")
    KYOTO = "JP-26", _("Kyoto")
    OSAKA = "JP-27", _("Osaka")
    HYOGO = "JP-28", _("Hyogo")
    NARA = "JP-29", _("Nara")
    WAKAYAMA = "JP-30", _("Wakayama")
    TOTTORI = "JP-31", _("Tottori")
    SHIMANE = "JP-32", _("Shimane")
    OKAYAMA = "JP-33", _("Okayama")
    HIROSHIMA = "JP-34", _("Hiroshima")
    YAMAGUCHI = "JP-35", _("Yamaguchi")
    TOKUSHIMA = "JP-36", _("Tokushima")
    KAGAWA = "JP-37", _("Kagawa")
    EHIME = "JP-38", _("Ehime")
    KOCHI = "JP-39", _("Kochi")
    FUKUOKA = "JP-40", _("Fukuoka")
    SAGA = "JP-41", _("Saga")
    NAGASAKI = "JP-42", _("Nagasaki")
    KUMAMOTO = "JP-43", _("Kumamoto")
    OITA = "JP-44", _("Oita")
    MIYAZAKI = "JP-45", _("Miyazaki")
    KAGOSHIMA = "JP-46", _("Kagoshima")
    OKINAWA = "JP-47", _("Okinawa")


class Principle(models.TextChoices):
    """The principles of JP-MIRAI's code of conduct that members commit to. Activity
    plans set targets per principle; best practices are tagged with them."""

    HUMAN_RIGHTS = "human_rights", _("Respect for human rights and the law")
    ZERO_FEE = "zero_fee", _("Responsible, zero-fee recruitment")
    CONTRACTS_WAGES = "contracts_wages", _("Clear contracts and fair wages")
    WORKING_HOURS = "working_hours", _("Decent working hours and leave")
    SAFETY = "safety", _("Occupational safety and health")
    LIVING_SUPPORT = "living_support", _("Housing and living support")
    COMMUNICATION = "communication", _("Language and communication")
    TRAINING_CAREERS = "training_careers", _("Training and careers")
    GRIEVANCE = "grievance", _("Grievance mechanism and remedy")
    COMMUNITY = "community", _("Inclusion in the local community")
