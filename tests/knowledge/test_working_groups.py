"""Working groups: a public description; materials only for members."""

from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from core.members import members_group
from home.models import HomePage
from knowledge.models import WorkingGroupMaterialPage, WorkingGroupPage
from tests.factories.core import japanese_home, translate_page
from tests.factories.knowledge import (
    WorkingGroupMaterialPageFactory,
    WorkingGroupPageFactory,
)
from tests.helpers import assert_served_in, parse_html, text_of


class TestWorkingGroups(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        cls.group = WorkingGroupPageFactory(
            parent=home, title="国際規範分科会", slug="norms"
        )
        cls.minutes = WorkingGroupMaterialPageFactory(
            parent=cls.group, title="第1回議事録", slug="minutes-1"
        )
        restriction = PageViewRestriction.objects.create(
            page=cls.minutes, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members_group())
        translate_page(home, "en", title="JP-MIRAI")
        translate_page(cls.group, "en", title="International norms")
        User = get_user_model()
        cls.member = User.objects.create_user("member", "m@example.org", "pw")
        cls.member.groups.add(members_group())

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(WorkingGroupPage, {HomePage})
        self.assertAllowedSubpageTypes(WorkingGroupPage, {WorkingGroupMaterialPage})

    def test_description_is_public_in_every_locale(self):
        assert_served_in(self, "/ja/norms/", "ja", title="国際規範分科会")
        assert_served_in(self, "/en/norms/", "en", title="International norms")

    def material_titles(self) -> list[str]:
        response = self.client.get("/ja/norms/")
        return [
            text_of(a) for a in parse_html(response).iterfind(".//main//section//li//a")
        ]

    def test_materials_are_not_listed_for_the_public(self):
        self.assertEqual(self.material_titles(), [])
        self.assertEqual(self.client.get("/ja/norms/minutes-1/").status_code, 302)

    def test_translation_of_a_members_only_material_is_members_only(self):
        translation = translate_page(self.minutes, "en", title="Minutes 1")
        self.assertTrue(translation.get_view_restrictions().exists())
        self.assertEqual(self.client.get("/en/norms/minutes-1/").status_code, 302)
        self.client.force_login(self.member)
        self.assertEqual(self.client.get("/en/norms/minutes-1/").status_code, 200)

    def test_materials_are_listed_and_open_for_members(self):
        self.client.force_login(self.member)
        self.assertEqual(self.material_titles(), ["第1回議事録"])
        self.assertEqual(self.client.get("/ja/norms/minutes-1/").status_code, 200)
