"""Demo members for `manage.py load_demo`: organisations of every type, a few
pending applications, this year's plans and reports, a members-only document and two
member logins. Idempotent: rows are found by name or e-mail before creating."""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from membership.members_area import members_collection
from membership.models import (
    ActivityPlan,
    Membership,
    Organisation,
    OrganisationState,
    ProgressReport,
    Role,
)
from membership.reminders import fiscal_year
from membership.services import _set_group

MEMBER_PASSWORD = "jp-mirai-member"  # noqa: S105  (a documented demo password)
DOCUMENT_TITLE = "ゼロフィー分科会 議事録 (demo)"

# name_ja, name_en, type, industry, prefecture, state
ORGANISATIONS = [
    (
        "株式会社みらい建設",
        "Mirai Construction Co.",
        "company",
        "construction",
        "JP-13",
        "active",
    ),
    (
        "さくら介護サービス",
        "Sakura Care Services",
        "company",
        "nursing_care",
        "JP-27",
        "active",
    ),
    (
        "東海食品工業",
        "Tokai Food Industries",
        "company",
        "food_manufacturing",
        "JP-23",
        "active",
    ),
    (
        "北海道農業協同組合連合",
        "Hokkaido Farmers' Federation",
        "supervising",
        "agriculture",
        "JP-01",
        "active",
    ),
    (
        "関西技能実習監理協会",
        "Kansai Intern Supervising Association",
        "supervising",
        "manufacturing",
        "JP-28",
        "active",
    ),
    (
        "ともに支援センター",
        "Tomoni Support Centre",
        "registered_support",
        "food_service",
        "JP-40",
        "active",
    ),
    (
        "ハノイ人材派遣公社",
        "Hanoi Manpower Export JSC",
        "sending_agency",
        "",
        "",
        "active",
    ),
    (
        "移住者と連帯するネットワーク",
        "Solidarity Network with Migrants",
        "ngo",
        "",
        "JP-13",
        "active",
    ),
    (
        "東京外国人労働者弁護団",
        "Tokyo Migrant Workers Lawyers",
        "expert",
        "",
        "JP-13",
        "active",
    ),
    (
        "移民政策研究所",
        "Institute for Migration Policy",
        "researcher",
        "",
        "JP-26",
        "active",
    ),
    (
        "浜松市国際課",
        "Hamamatsu City International Affairs",
        "government",
        "",
        "JP-22",
        "active",
    ),
    (
        "国際移住機関 駐日事務所",
        "IOM Japan (demo)",
        "international",
        "",
        "JP-13",
        "active",
    ),
    (
        "九州造船協力会",
        "Kyushu Shipbuilders Cooperative",
        "company",
        "shipbuilding",
        "JP-42",
        "applied",
    ),
    (
        "信州ホテル旅館組合",
        "Shinshu Hotel and Inn Union",
        "company",
        "accommodation",
        "JP-20",
        "applied",
    ),
    (
        "ジャカルタ研修センター",
        "Jakarta Training Centre",
        "sending_agency",
        "",
        "",
        "applied",
    ),
]

LOGINS = [
    ("member@jp-mirai.example", "Mirai Construction Co.", Role.ADMIN),
    ("applicant@jp-mirai.example", "Kyushu Shipbuilders Cooperative", Role.ADMIN),
]

TARGETS = {
    "zero_fee": "新規採用者の渡航前費用をすべて会社負担にする。",
    "communication": "やさしい日本語と母語での相談窓口を設ける。",
    "safety": "安全教育の資料を4言語で用意する。",
}
PROGRESS = {
    "zero_fee": "上半期に採用した12名の費用をすべて負担した。",
    "communication": "ベトナム語の相談窓口を開設した。",
}


@dataclass
class DemoMembers:
    organisations_created: int = 0
    logins: list[tuple[str, str, str]] = field(default_factory=list)
    material_created: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.organisations_created or self.material_created)


def _ensure_organisations() -> tuple[dict[str, Organisation], int]:
    found = {o.name_en: o for o in Organisation.objects.all()}
    created = 0
    for name_ja, name_en, kind, industry, prefecture, state in ORGANISATIONS:
        if name_en in found:
            continue
        found[name_en] = Organisation.objects.create(
            name_ja=name_ja,
            name_en=name_en,
            type=kind,
            industry=industry,
            prefecture=prefecture,
            country="JP" if prefecture else ("VN" if "Hanoi" in name_en else "ID"),
            state=state,
            directory_opt_in=True,
            code_of_conduct_agreed_at=timezone.now(),
            reviewed_at=timezone.now() if state == "active" else None,
        )
        created += 1
    return found, created


def _ensure_login(email: str, organisation: Organisation, role: str) -> bool:
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(
            username=email.split("@")[0], email=email, password=MEMBER_PASSWORD
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Membership.objects.get_or_create(
        user=user, defaults={"organisation": organisation, "role": role}
    )
    if organisation.state == OrganisationState.ACTIVE:
        _set_group(organisation, member=True)
    return user.check_password(MEMBER_PASSWORD)


def _ensure_plans(organisations) -> None:
    year = fiscal_year(timezone.localdate())
    active = [o for o in organisations if o.state == OrganisationState.ACTIVE]
    for number, organisation in enumerate(active[:8]):
        plan, _created = ActivityPlan.objects.get_or_create(
            organisation=organisation, year=year, defaults={"targets": TARGETS}
        )
        if number < 5:
            ProgressReport.objects.get_or_create(
                plan=plan,
                half=1,
                defaults={"progress": PROGRESS, "summary": "計画どおり進んでいる。"},
            )


def _ensure_members_material() -> bool:
    created = False
    Document = get_document_model()
    if not Document.objects.filter(title=DOCUMENT_TITLE).exists():
        document = Document(title=DOCUMENT_TITLE, collection=members_collection())
        document.file.save(
            "zero-fee-minutes.txt",
            ContentFile("ゼロフィー分科会 議事録（デモ）\n".encode()),
            save=False,
        )
        document.save()
        created = True
    return created


def load_demo_members() -> DemoMembers:
    organisations, created = _ensure_organisations()
    report = DemoMembers(organisations_created=created)
    for email, name_en, role in LOGINS:
        organisation = organisations[name_en]
        known = _ensure_login(email, organisation, role)
        report.logins.append(
            (
                email,
                MEMBER_PASSWORD if known else "(changed; not shown)",
                organisation.state,
            )
        )
    _ensure_plans(organisations.values())
    report.material_created = _ensure_members_material()
    return report
