"""Demo registrations (called by home/demo/loader.py after the demo pages exist).

Demo members sign up through the services, as real people would, so seats, waiting
lists and positions are exactly what the site would hold: the autumn introductory
seminar and the winter salon are full with a waiting list, the Vietnam study tour has
applications (one accepted), this month's new-member exchange has attendees. The
mail the services write is marked as sent: loading the demo mails nobody.
Idempotent: a member already registered for an event is skipped.
"""

from django.contrib.auth import get_user_model

from core.members import members_group
from events import services
from events.models import EventPage, OutboxMessage, Registration

DEMO_DOMAIN = "demo.jp-mirai.example"
NAMES = [
    "佐藤 美咲",
    "鈴木 健太",
    "高橋 由美",
    "田中 翔",
    "Nguyen Thi Lan",
    "伊藤 直子",
    "渡辺 大輔",
    "Siti Rahma",
    "山本 恵",
    "中村 拓也",
    "小林 彩",
    "Maria Santos",
]
# page key -> how many demo members sign up (in order) and how many are accepted
SIGNUPS = {
    "events/introductory-seminar-autumn": 11,
    "events/salon-winter": 8,
    "events/new-member-exchange/this-month": 4,
    "events/study-tour-vietnam": 3,
    "events/municipality-study-session": 5,
}
ACCEPTED = {"events/study-tour-vietnam": 1}


def demo_members():
    """Twelve demo members (no usable password: they exist to fill seats)."""
    users = []
    group = members_group()
    model = get_user_model()
    for number, name in enumerate(NAMES, start=1):
        email = f"member{number:02d}@{DEMO_DOMAIN}"
        user, created = model.objects.get_or_create(
            username=email, defaults={"email": email, "first_name": name}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(group)
        users.append(user)
    return users


def load_registrations(pages: dict) -> int:
    """Register the demo members; the number of registrations created."""
    members = None
    created = 0
    for key, count in SIGNUPS.items():
        page = pages.get(key)
        if not isinstance(page, EventPage):
            continue
        event = services.event_for_page(page)
        members = members or demo_members()
        for user in members[:count]:
            if event.registrations.filter(email=user.email).exists():
                continue
            registration = services.register(
                event,
                email=user.email,
                name=user.first_name,
                language="en" if user.first_name.isascii() else "ja",
                user=user,
                answers=_answers(page),
            )
            created += 1
            if registration.status == Registration.Status.APPLIED and (
                event.registrations.filter(status=Registration.Status.CONFIRMED).count()
                < ACCEPTED.get(key, 0)
            ):
                services.decide(registration, accept=True)
    OutboxMessage.objects.filter(
        to__endswith=f"@{DEMO_DOMAIN}", status=OutboxMessage.Status.PENDING
    ).update(status=OutboxMessage.Status.SENT)
    return created


def _answers(page: EventPage) -> dict:
    answers = {}
    if page.requires_approval:
        answers = {
            "organisation": "JP-MIRAI demo member",
            "role": "Human resources",
            "motivation": "To see where recruitment starts.",
        }
    if page.ask_dietary:
        answers["dietary"] = "—"
    return answers
