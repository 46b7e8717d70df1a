"""A large demo for the benchmark: thousands of pages in every locale, in seconds.

Wagtail's ``add_child`` costs a dozen queries per page (tree path, revision, search
index, reference index). Here each batch of pages is two inserts: the ``Page`` rows
with their tree paths computed up front (treebeard's ``_get_path``), then the
page-type rows through the model's own ``_insert``, which is what ``save()`` does
for one row. No revisions and no search index entries are made: the benchmark reads
live pages only, and search runs over the demo's indexed pages.

Page types to generate are listed in ``GENERATORS``: (share of N, parent finder,
model, field maker). A feature branch adds its page type by adding a line.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from core.blocks import BodyStreamBlock

PARAGRAPH = (
    "<p>外国人労働者の権利と安全を守るための情報です。This is generated text for the "
    "benchmark, long enough to look like a real paragraph of guidance for workers "
    "and employers alike.</p>"
)


def _body(n: int):
    return BodyStreamBlock().to_python(
        [
            {"type": "heading", "value": f"見出し {n}"},
            {"type": "paragraph", "value": PARAGRAPH},
            {"type": "paragraph", "value": PARAGRAPH},
        ]
    )


def _news_fields(n: int) -> dict:
    return {
        "date": datetime.date(2026, 1, 1) - datetime.timedelta(days=n % 2000),
        "category": "news",
        "body": _body(n),
        "listing_summary": f"Generated news item {n}.",
    }


def _standard_fields(n: int) -> dict:
    return {"introduction": f"Generated page {n}.", "body": _body(n)}


def _news_parents() -> dict[int, Page]:
    from knowledge.models import NewsIndexPage

    return {
        page.locale_id: page
        for page in NewsIndexPage.objects.filter(alias_of__isnull=True)
    }


def _home_parents() -> dict[int, Page]:
    from home.models import HomePage

    return {page.locale_id: page for page in HomePage.objects.all()}


def _news_model():
    from knowledge.models import NewsPage

    return NewsPage


def _standard_model():
    from home.models import StandardPage

    return StandardPage


# (share of the pages, parents by locale id, model, fields for item n)
GENERATORS = [
    (0.6, _news_parents, _news_model, _news_fields),
    (0.4, _home_parents, _standard_model, _standard_fields),
]


def generate(total: int, batch: int = 500) -> int:
    """Add about ``total`` live pages; each item exists in every locale that has its
    parent, under one translation key. Returns how many pages were made."""
    made = 0
    for share, parents_of, model_of, fields_of in GENERATORS:
        parents = parents_of()
        if not parents:
            continue
        items = max(1, int(total * share) // len(parents))
        model = model_of()
        keys = [uuid.uuid4() for _n in range(items)]
        for parent in parents.values():
            for start in range(0, items, batch):
                numbers = range(start, min(start + batch, items))
                made += _insert(model, parent, numbers, keys, fields_of)
    return made


@transaction.atomic
def _insert(model, parent: Page, numbers, keys, fields_of) -> int:
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    pages = []
    for offset, n in enumerate(numbers, start=1):
        slug = f"bench-{model.__name__.lower()}-{n}"
        pages.append(
            Page(
                title=f"{model.__name__} {n}",
                draft_title=f"{model.__name__} {n}",
                slug=slug,
                content_type=content_type,
                locale_id=parent.locale_id,
                translation_key=keys[n],
                path=Page._get_path(
                    parent.path, parent.depth + 1, parent.numchild + offset
                ),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages)
    if connection.vendor != "postgresql":  # only PostgreSQL returns the new ids
        by_path = dict(
            Page.objects.filter(path__in=[p.path for p in pages]).values_list(
                "path", "pk"
            )
        )
        for page in pages:
            page.pk = by_path[page.path]
    specific = []
    for page, n in zip(pages, numbers, strict=True):
        instance = model(page_ptr_id=page.pk, **fields_of(n))
        specific.append(instance)
    model._base_manager._insert(
        specific, fields=model._meta.local_concrete_fields, using="default"
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return len(pages)


def _event_fields(n: int) -> dict:
    # Half past, half upcoming, one a day, 14:00-16:00 JST, 50-200 seats.
    start = timezone.now().replace(hour=5, minute=0, second=0, microsecond=0)
    start += datetime.timedelta(days=n - 500)
    return {
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "capacity": 50 + (n % 4) * 50,
        "venue_name": f"会場 {n}",
        "body": _body(n),
    }


def generate_events(count: int, registrations: int, batch: int = 500) -> tuple:
    """Add ``count`` live event pages under the Japanese event index, their seat rows
    (``events.Event``, one per translation key, as ``sync_event`` makes) and about
    ``registrations`` confirmed registrations spread evenly, each e-mail once per
    event (the one-active-registration constraint); no waiting list, so no
    ``waiting_position`` to number. Returns (events, registrations) made."""
    from events.models import Event, EventIndexPage, EventPage, Registration

    ja = Locale.get_default()
    parent = EventIndexPage.objects.filter(locale=ja).first()
    if parent is None or not count:
        return 0, 0
    keys = [uuid.uuid4() for _n in range(count)]
    for start in range(0, count, batch):
        numbers = range(start, min(start + batch, count))
        _insert(EventPage, parent, numbers, keys, _event_fields)
    events = Event.objects.bulk_create(
        Event(
            translation_key=keys[n],
            title=f"EventPage {n}",
            starts_at=fields["start"],
            ends_at=fields["end"],
            capacity=fields["capacity"],
        )
        for n, fields in ((n, _event_fields(n)) for n in range(count))
    )
    if connection.vendor != "postgresql":
        events = list(Event.objects.filter(translation_key__in=keys))
    per_event = registrations // len(events)
    made = 0
    for event in events:
        Registration.objects.bulk_create(
            Registration(
                event=event,
                email=f"bench-{i}@example.com",
                name=f"参加者 {i}",
                status=Registration.Status.CONFIRMED,
            )
            for i in range(per_event)
        )
        made += per_event
    return len(events), made


def generate_responses(total: int, batch: int = 5000) -> int:
    """Copy the demo's self-check responses (answers and context as the demo made
    them) until the Japanese checks hold about ``total`` between them."""
    from selfcheck.models import Response, SelfCheckPage

    checks = list(
        SelfCheckPage.objects.filter(locale__language_code="ja", alias_of__isnull=True)
    )
    made = 0
    for check in checks:
        model = list(Response.objects.filter(check_key=check.translation_key))
        if not model:
            continue
        wanted = total // len(checks) - len(model)
        copies = []
        for n in range(max(wanted, 0)):
            source = model[n % len(model)]
            copies.append(
                Response(
                    check_key=source.check_key,
                    kind=source.kind,
                    answers=source.answers,
                    nationality=source.nationality,
                    residence_status=source.residence_status,
                    industry=source.industry,
                    prefecture=source.prefecture,
                    months_in_japan=source.months_in_japan,
                    employer_id=source.employer_id,
                    language=source.language,
                    submitted_on=source.submitted_on
                    - datetime.timedelta(days=(n // len(model)) % 30),
                )
            )
        for start in range(0, len(copies), batch):
            Response.objects.bulk_create(copies[start : start + batch])
        made += len(copies)
    return made
