"""'Was this page helpful?': anonymous counters per page and reader language."""

from wagtail.test.utils import WagtailPageTestCase

from knowledge.models import GuidanceFeedback
from tests.factories.core import japanese_home, make_private, translate_page
from tests.factories.guidance import GuidanceIndexPageFactory, GuidancePageFactory
from tests.helpers import parse_html, text_of, translated

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


class TestHelpfulAnswer(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        home = japanese_home()
        translate_page(home, "my", title="JP-MIRAI")
        index = GuidanceIndexPageFactory(parent=home)
        cls.page = GuidancePageFactory(parent=index, title="最低賃金", slug="wages")
        cls.translation = translate_page(cls.page, "my", title="အနည်းဆုံးလုပ်ခ")

    def answer(self, language: str, value: str, **headers):
        return self.client.post(
            f"/{language}/feedback/guidance/{self.page.pk}/",
            {"helpful": value},
            **(headers or ORIGIN),
        )

    def counts(self, language: str) -> tuple[int, int]:
        row = GuidanceFeedback.objects.filter(
            translation_key=self.page.translation_key, language=language
        ).first()
        return (row.helpful, row.not_helpful) if row else (0, 0)

    def test_form_posts_without_javascript_or_a_csrf_cookie(self):
        response = self.client.get("/my/guidance/wages/")
        form = parse_html(response).find(".//main//section[@id='helpful']/form")
        self.assertEqual(form.get("method"), "post")
        self.assertEqual(
            form.get("action"), f"/my/feedback/guidance/{self.translation.pk}/"
        )
        values = [button.get("value") for button in form.iter("button")]
        self.assertEqual(values, ["yes", "no"])
        self.assertNotIn("csrftoken", response.cookies)
        self.assertNotIn("Set-Cookie", response.headers)

    def test_answers_are_counted_per_language_and_say_thank_you(self):
        response = self.answer("my", "yes")
        self.assertEqual(response.status_code, 303)
        self.assertEqual(
            response["Location"], "/my/guidance/wages/?helpful=thanks#helpful"
        )
        self.answer("my", "no")
        self.answer("my", "yes")
        self.answer("ja", "no")
        self.assertEqual(self.counts("my"), (2, 1))
        self.assertEqual(self.counts("ja"), (0, 1))
        thanks = self.client.get(response["Location"])
        section = parse_html(thanks).find(".//main//section[@id='helpful']")
        self.assertIsNone(section.find("form"))
        self.assertEqual(
            text_of(section.find("h2")), translated("my", "Thank you for your answer.")
        )

    def test_nothing_about_the_reader_is_kept(self):
        response = self.answer(
            "my", "yes", HTTP_ORIGIN="http://testserver", REMOTE_ADDR="203.0.113.9"
        )
        self.assertNotIn("Set-Cookie", response.headers)
        row = GuidanceFeedback.objects.get()
        stored = {field.name: getattr(row, field.name) for field in row._meta.fields}
        self.assertEqual(
            set(stored), {"id", "translation_key", "language", "helpful", "not_helpful"}
        )
        self.assertNotIn("203.0.113.9", str(stored))

    def test_bad_answer_is_refused_with_a_translated_message(self):
        response = self.answer("my", "maybe")
        self.assertEqual(response.status_code, 400)
        self.assertContains(
            response, translated("my", "Please choose yes or no."), status_code=400
        )
        self.assertEqual(GuidanceFeedback.objects.count(), 0)

    def test_answer_from_another_site_is_refused(self):
        for headers in (
            {"HTTP_ORIGIN": "https://evil.example"},
            {"HTTP_REFERER": "https://evil.example/page"},
            {"HTTP_X_NOTHING": "1"},
        ):
            with self.subTest(headers=headers):
                response = self.answer("my", "yes", **headers)
                self.assertEqual(response.status_code, 403)
        self.assertEqual(GuidanceFeedback.objects.count(), 0)

    def test_referer_from_this_site_is_accepted_without_origin(self):
        response = self.answer(
            "my", "yes", HTTP_REFERER="http://testserver/my/guidance/wages/"
        )
        self.assertEqual(response.status_code, 303)

    def test_get_is_not_allowed(self):
        response = self.client.get(f"/my/feedback/guidance/{self.page.pk}/")
        self.assertEqual(response.status_code, 405)

    def test_unknown_draft_or_private_page_is_not_found(self):
        draft = GuidancePageFactory(parent=self.page.get_parent(), live=False)
        private = GuidancePageFactory(parent=self.page.get_parent())
        make_private(private)
        for page_id in (999999, draft.pk, private.pk):
            with self.subTest(page_id=page_id):
                response = self.client.post(
                    f"/ja/feedback/guidance/{page_id}/", {"helpful": "yes"}, **ORIGIN
                )
                self.assertEqual(response.status_code, 404)


class TestPrivateGuidance(WagtailPageTestCase):
    """Guidance pages skip Wagtail's restriction queries only outside private areas."""

    def test_private_guidance_page_asks_for_login(self):
        index = GuidanceIndexPageFactory(parent=japanese_home())
        GuidancePageFactory(parent=index, slug="members-only")
        public_page = GuidancePageFactory(parent=index, slug="open")
        make_private(index.get_children().get(slug="members-only"))
        self.assertEqual(self.client.get("/ja/guidance/open/").status_code, 200)
        response = self.client.get("/ja/guidance/members-only/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        make_private(index)
        self.assertEqual(
            self.client.get(f"/ja/guidance/{public_page.slug}/").status_code, 302
        )
        self.assertEqual(self.client.get("/ja/guidance/").status_code, 302)
