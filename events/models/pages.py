"""The event pages: the events index (upcoming and archive), series and events.

Page tree::

    HomePage
    └── EventIndexPage          /<lang>/events/  (one per home)
        ├── EventPage           a seminar, study session, salon, study tour …
        └── EventSeriesPage     a research-group series, the monthly exchange
            └── EventPage

Dates, capacity, audience and the other facts are synchronised across translations;
the seats themselves live on ``events.Event`` (one row for all translations).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from config.languages import LANGUAGE_CODES
from core.blocks import BodyStreamBlock
from core.i18n import first_in_reader_language
from core.models import BasePage
from core.taxonomy import Country
from events.blocks import ItineraryDayBlock, MaterialsStreamBlock, SpeakerBlock
from events.models.registrations import Audience


class EventType(models.TextChoices):
    INTRODUCTORY_SEMINAR = "introductory_seminar", _("Introductory seminar")
    COMPANY_SEMINAR = "company_seminar", _("Company seminar")
    STUDY_SESSION = "study_session", _("Study session")
    RESEARCH_GROUP = "research_group", _("Research group")
    SALON = "salon", _("Salon")
    NEW_MEMBER_EXCHANGE = "new_member_exchange", _("New-member exchange")
    MUNICIPALITY_SESSION = "municipality_session", _("Municipality study session")
    STUDY_TOUR = "study_tour", _("Study tour")
    ACTIVITY_REPORT = "activity_report", _("Activity report meeting")
    GENERAL_ASSEMBLY = "general_assembly", _("General assembly")


class Attendance(models.TextChoices):
    ONSITE = "onsite", _("At the venue")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("At the venue and online")


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def with_materials(self):
        return self.exclude(materials=[])

    def speaking(self, language: str):
        """Events held in ``language`` (the field holds codes separated by spaces)."""
        field = "spoken_languages"
        return self.filter(
            models.Q(**{field: language})
            | models.Q(**{f"{field}__startswith": f"{language} "})
            | models.Q(**{f"{field}__endswith": f" {language}"})
            | models.Q(**{f"{field}__contains": f" {language} "})
        )


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


def upcoming_for_locale(locale_id, count: int = 3) -> list:
    """The next public events of the Japanese tree, translated into ``locale_id``
    where a translation exists: what the home page lists under "Upcoming events"."""
    return first_in_reader_language(EventPage.objects.upcoming(), locale_id, count)


def _event_fields_panels():
    return [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("spoken_languages"),
                FieldPanel("speakers"),
            ],
            heading=_("What and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("map_url"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("capacity"),
                FieldPanel("waiting_list"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_opens"),
                        FieldPanel("registration_closes"),
                    ]
                ),
                FieldPanel("fee_note"),
                FieldPanel("ask_dietary"),
                FieldPanel("ask_accessibility"),
                FieldPanel("ask_interpretation"),
                FieldPanel("requires_approval"),
            ],
            heading=_("Registration"),
        ),
    ]


class EventPage(RoutablePageMixin, BasePage):
    """One event: a seminar, study session, salon, exchange, study tour or assembly.

    Editors create it under the events index (or a series). Members register on the
    page; public events also take guests by e-mail. After the event, editors attach
    materials, and the page joins the archive. A study tour asks for approval:
    applicants answer questions and staff accept or decline them.
    """

    event_type = models.CharField(
        verbose_name=_("Type"),
        max_length=30,
        choices=EventType.choices,
        default=EventType.INTRODUCTORY_SEMINAR,
    )
    start = models.DateTimeField(
        verbose_name=_("Starts"), help_text=_("Japan time (JST).")
    )
    end = models.DateTimeField(verbose_name=_("Ends"), help_text=_("Japan time (JST)."))
    spoken_languages = models.CharField(
        verbose_name=_("Languages spoken"),
        max_length=60,
        default="ja",
        help_text=_(
            "Language codes separated by spaces, e.g. “ja en vi”. Interpretation "
            "languages count."
        ),
    )
    speakers = StreamField(
        [("speaker", SpeakerBlock())], verbose_name=_("Speakers"), blank=True
    )
    attendance = models.CharField(
        verbose_name=_("Format"),
        max_length=10,
        choices=Attendance.choices,
        default=Attendance.ONSITE,
    )
    venue_name = models.CharField(verbose_name=_("Venue"), max_length=200, blank=True)
    venue_address = models.CharField(
        verbose_name=_("Venue address"), max_length=300, blank=True
    )
    map_url = models.URLField(verbose_name=_("Map link"), blank=True)
    online_url = models.URLField(
        verbose_name=_("Online meeting link"),
        blank=True,
        help_text=_("Shown only to confirmed attendees, in their mail and account."),
    )
    audience = models.CharField(
        verbose_name=_("Who may register"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.PUBLIC,
    )
    capacity = models.PositiveIntegerField(
        verbose_name=_("Seats"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit."),
    )
    waiting_list = models.BooleanField(
        verbose_name=_("Waiting list when full"), default=True
    )
    registration_opens = models.DateTimeField(
        verbose_name=_("Registration opens"), null=True, blank=True
    )
    registration_closes = models.DateTimeField(
        verbose_name=_("Registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to close when the event starts."),
    )
    fee_note = models.CharField(
        verbose_name=_("Fee"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Free of charge” or what the fee covers."),
    )
    ask_dietary = models.BooleanField(
        verbose_name=_("Ask about dietary needs"), default=False
    )
    ask_accessibility = models.BooleanField(
        verbose_name=_("Ask about accessibility needs"), default=False
    )
    ask_interpretation = models.BooleanField(
        verbose_name=_("Ask which interpretation language is needed"), default=False
    )
    requires_approval = models.BooleanField(
        verbose_name=_("Staff approve each applicant"),
        default=False,
        help_text=_(
            "Applicants give their organisation, role and motivation; staff accept "
            "or decline them. Used for study tours."
        ),
    )
    destination_country = models.CharField(
        verbose_name=_("Destination country"),
        max_length=10,
        choices=Country.choices,
        blank=True,
    )
    itinerary = StreamField(
        [("day", ItineraryDayBlock())], verbose_name=_("Itinerary"), blank=True
    )
    pre_study = StreamField(
        [("event", blocks.PageChooserBlock(page_type="events.EventPage"))],
        verbose_name=_("Pre-study sessions"),
        blank=True,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)
    materials = StreamField(
        MaterialsStreamBlock(),
        verbose_name=_("Materials"),
        blank=True,
        help_text=_("Handouts, slides and recordings, added after the event."),
    )

    objects = EventPageManager()

    content_panels = [
        *BasePage.content_panels,
        *_event_fields_panels(),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("destination_country"),
                FieldPanel("itinerary"),
                FieldPanel("pre_study"),
            ],
            heading=_("Study tour"),
            classname="collapsed",
        ),
        FieldPanel("materials"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("speakers"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("fee_note"),
        TranslatableField("itinerary"),
        TranslatableField("body"),
        TranslatableField("materials"),
        *(
            SynchronizedField(name)
            for name in (
                "event_type",
                "start",
                "end",
                "spoken_languages",
                "attendance",
                "map_url",
                "online_url",
                "audience",
                "capacity",
                "waiting_list",
                "registration_opens",
                "registration_closes",
                "ask_dietary",
                "ask_accessibility",
                "ask_interpretation",
                "requires_approval",
                "destination_country",
                "pre_study",
            )
        ),
    ]

    parent_page_types = ["events.EventIndexPage", "events.EventSeriesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Event")
        verbose_name_plural = _("Events")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        unknown = set(self.spoken_languages.split()) - set(LANGUAGE_CODES)
        if unknown:
            errors["spoken_languages"] = _("Use the site's language codes: %s.") % (
                " ".join(LANGUAGE_CODES)
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # A draft revision saves only bookkeeping fields; a full save is the page
        # itself changing (created, published, translated), so the seats follow.
        if kwargs.get("update_fields") is None and self.live:
            from events.services import sync_event

            sync_event(self)
        return result

    @property
    def language_codes(self) -> list[str]:
        return self.spoken_languages.split()

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("calendar.ics/")
    def calendar(self, request):
        from events.views.calendars import event_calendar

        return event_calendar(request, self)

    @path("register/")
    def register(self, request):
        from events.views.signup import register

        return register(request, self)

    def get_context(self, request, *args, **kwargs):
        from events.views.signup import event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(request, self))
        return context


class EventSeriesPage(RoutablePageMixin, BasePage):
    """A series of events: a research group's meetings or the monthly new-member
    exchange. Its events sit below it; the series has its own calendar feed."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Event series")
        verbose_name_plural = _("Event series")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("calendar.ics/")
    def calendar(self, request):
        from events.views.calendars import series_calendar

        return series_calendar(request, self)

    def get_context(self, request, *args, **kwargs):
        from events.listing import series_events

        context = super().get_context(request, *args, **kwargs)
        context.update(series_events(request, self))
        return context


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events index: upcoming events with filters, the archive of past events
    with materials, and the public calendar feed of the language. One per home."""

    introduction = models.TextField(
        verbose_name=_("Introduction"), max_length=600, blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.EventSeriesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Events index")

    per_page = 12

    @path("")
    def upcoming_route(self, request):
        from events.listing import upcoming_context

        return self.render(request, context_overrides=upcoming_context(request, self))

    @path("archive/")
    def archive_route(self, request):
        from events.listing import archive_context

        return self.render(
            request,
            context_overrides=archive_context(request, self),
            template="events/event_archive.html",
        )

    @path("calendar.ics/")
    def calendar(self, request):
        from events.views.calendars import index_calendar

        return index_calendar(request, self)
