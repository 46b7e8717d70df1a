"""Replace Wagtail's welcome page with the Japanese home page and point the site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    homepage_content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale, _created = Locale.objects.get_or_create(language_code="ja")
    root = Page.objects.get(depth=1)
    numchild = Page.objects.filter(depth=2).count()
    homepage = HomePage.objects.create(
        title="JP-MIRAI",
        draft_title="JP-MIRAI",
        slug="home",
        content_type=homepage_content_type,
        path=f"{root.path}{numchild + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
    )
    Page.objects.filter(pk=root.pk).update(numchild=numchild + 1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page_id": homepage.pk, "site_name": "JP-MIRAI", "port": 80},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("core", "0002_create_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
