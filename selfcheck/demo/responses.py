"""Generated demo responses: deterministic, so every demo site shows the same totals,
with some groups small enough that suppression is visible."""

import random
from datetime import timedelta

from django.utils import timezone

from selfcheck.choices import RiskLevel
from selfcheck.models import EmployerCode, Response, SelfCheckPage

PER_CHECK = 180
NATIONALITY = [
    ("VN", 45),
    ("ID", 20),
    ("PH", 12),
    ("MM", 9),
    ("NP", 6),
    ("KH", 3),
    ("MN", 1),
    ("", 4),
]
RESIDENCE = [("technical_intern", 60), ("specified_skilled", 30), ("other", 4), ("", 6)]
INDUSTRY = [
    ("food_manufacturing", 30),
    ("construction", 20),
    ("agriculture", 15),
    ("nursing_care", 15),
    ("manufacturing", 12),
    ("fishery", 3),
    ("", 5),
]
PREFECTURE = [
    ("JP-23", 20),
    ("JP-13", 15),
    ("JP-08", 15),
    ("JP-22", 12),
    ("JP-40", 10),
    ("JP-27", 10),
    ("JP-01", 5),
    ("JP-47", 2),
    ("", 11),
]
LANGUAGE = [("vi", 45), ("id", 20), ("ja", 15), ("en", 20)]
MONTHS = {
    "after_arrival": [("0-3", 55), ("3-12", 35), ("12-36", 5), ("", 5)],
    "periodic": [("3-12", 35), ("12-36", 40), ("36+", 15), ("", 10)],
}


def ensure_employer_codes() -> list[EmployerCode]:
    """One employer with enough responses for a report, one without."""
    codes = []
    for code, employer, contact in (
        ("DEMO-A", "みらい食品株式会社 (demo)", "佐藤 花子"),
        ("DEMO-B", "さくら建設株式会社 (demo)", "鈴木 一郎"),
    ):
        codes.append(
            EmployerCode.objects.get_or_create(
                code=code,
                defaults={
                    "employer": employer,
                    "contact_name": contact,
                    "contact_email": f"{code.lower()}@example.com",
                },
            )[0]
        )
    return codes


def _pick(rng: random.Random, weighted) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def ensure_responses(page: SelfCheckPage, codes: list[EmployerCode]) -> int:
    if Response.objects.filter(check_key=page.translation_key).exists():
        return 0
    rng = random.Random(f"jp-mirai-demo:{page.slug}")  # noqa: S311 (not security)
    questions = page.questionnaire.questions
    # Each question has its own rate of concerning answers, 6 % to 30 %.
    rates = {question.id: rng.uniform(0.06, 0.3) for question in questions}
    today = timezone.localdate()
    responses = []
    for index in range(PER_CHECK):
        answers = {}
        for question in questions:
            by_risk = {option.risk: option.id for option in question.options}
            roll = rng.random()
            if roll < rates[question.id]:
                answers[question.id] = next(
                    option.id
                    for option in question.options
                    if option.risk != RiskLevel.NONE and option.label
                )
            elif roll < rates[question.id] + 0.05:
                answers[question.id] = question.options[-1].id  # not sure
            else:
                answers[question.id] = by_risk[RiskLevel.NONE]
        employer = codes[0] if index % 7 == 0 else codes[1] if index % 53 == 0 else None
        responses.append(
            Response(
                check_key=page.translation_key,
                kind=page.kind,
                answers=answers,
                nationality=_pick(rng, NATIONALITY),
                residence_status=_pick(rng, RESIDENCE),
                industry=_pick(rng, INDUSTRY),
                prefecture=_pick(rng, PREFECTURE),
                months_in_japan=_pick(rng, MONTHS[page.kind]),
                employer=employer,
                language=_pick(rng, LANGUAGE),
                submitted_on=today - timedelta(days=rng.randrange(0, 330)),
            )
        )
    Response.objects.bulk_create(responses)
    return len(responses)
