"""The page types of guidance, events, publications, best practices, working groups
and the self-check through the API: each detail answers with its fields, and what is
not public (an event's online link, members-only materials) never appears."""

from wagtail.models import PageViewRestriction

from core.members import members_group
from tests.api.common import ApiTestCase
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.guidance import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    LawReferenceFactory,
    TopicFactory,
)
from tests.factories.knowledge import (
    BestPracticeIndexPageFactory,
    BestPracticePageFactory,
    PublicationIndexPageFactory,
    PublicationPageFactory,
    WorkingGroupMaterialPageFactory,
    WorkingGroupPageFactory,
)
from tests.factories.selfcheck import make_check


class TestFeaturePageTypes(ApiTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        guidance_index = GuidanceIndexPageFactory(parent=cls.home)
        cls.guidance = GuidancePageFactory(parent=guidance_index, title="Minimum wage")
        cls.guidance.topics.add(TopicFactory(name="Wages", slug="wages"))
        cls.guidance.law_references.add(LawReferenceFactory())
        cls.guidance.save_revision().publish()
        events = EventIndexPageFactory(parent=cls.home)
        cls.event = EventPageFactory(
            parent=events, online_url="https://meet.example/secret-room"
        )
        publications = PublicationIndexPageFactory(parent=cls.home)
        cls.publication = PublicationPageFactory(parent=publications)
        practices = BestPracticeIndexPageFactory(parent=cls.home)
        cls.practice = BestPracticePageFactory(parent=practices)
        group = WorkingGroupPageFactory(parent=cls.home)
        cls.material = WorkingGroupMaterialPageFactory(parent=group)
        restriction = PageViewRestriction.objects.create(
            page=cls.material, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members_group())
        cls.check = make_check()

    def detail(self, page) -> dict:
        return self.get_json(f"/pages/{page.pk}/")

    def test_every_feature_page_type_is_listed(self):
        types = {item["type"] for item in self.get_json("/pages/?limit=100")["items"]}
        for label in (
            "knowledge.GuidanceIndexPage",
            "knowledge.GuidancePage",
            "events.EventIndexPage",
            "events.EventPage",
            "knowledge.PublicationIndexPage",
            "knowledge.PublicationPage",
            "knowledge.BestPracticeIndexPage",
            "knowledge.BestPracticePage",
            "knowledge.WorkingGroupPage",
            "selfcheck.SelfCheckPage",
        ):
            with self.subTest(type=label):
                self.assertIn(label, types)

    def test_guidance_page_names_its_topics_and_law_references(self):
        fields = self.detail(self.guidance)["fields"]
        self.assertEqual([topic["title"] for topic in fields["topics"]], ["Wages"])
        self.assertEqual(len(fields["law_references"]), 1)
        self.assertEqual(fields["last_reviewed"], "2026-10-01")

    def test_event_detail_never_shows_the_online_link(self):
        response = self.client.get(f"/api/v3/pages/{self.event.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(b"secret-room", response.content)
        self.assertEqual(response.json()["fields"]["capacity"], 10)

    def test_self_check_questionnaire_is_structured(self):
        sections = self.detail(self.check)["fields"]["sections"]
        self.assertTrue(sections)
        self.assertEqual(sections[0]["type"], "section")

    def test_members_only_material_is_not_reachable(self):
        self.get_json(f"/pages/{self.material.pk}/", status=404)
        self.assertNotIn(self.material.pk, self.listed_ids())

    def test_publication_and_best_practice_details_answer(self):
        self.assertEqual(
            self.detail(self.publication)["type"], "knowledge.PublicationPage"
        )
        fields = self.detail(self.practice)["fields"]
        self.assertIn("label", fields["industry"])
