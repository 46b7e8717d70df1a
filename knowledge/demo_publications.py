"""Demo data for the knowledge pages that content files cannot hold: the generated
PDF editions of the publications, the best practices' themes, and the members-only
privacy of working-group materials.

``home/demo/loader.py`` calls ``prepare_pages`` after the Japanese pages exist and
before they are translated, so translations copy the synchronised fields. Everything
is looked up by the demo page's key; what is already set is left alone, so running
the demo again changes nothing.
"""

import tomllib
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from core.members import members_group
from knowledge.documents import read_pdf
from knowledge.models import DocumentText
from knowledge.pdf import make_pdf

DOCUMENTS_FILE = Path(__file__).resolve().parent / "demo_documents.toml"

PUBLICATIONS = {
    "publications/annual-report-2022": "annual-report-2022",
    "publications/annual-report-2023": "annual-report-2023",
    "publications/pamphlet": "pamphlet",
}
THEMES = {
    "best-practices/zero-fee-recruitment": ["zero_fee", "contracts_wages"],
    "best-practices/native-language-hotline": ["grievance", "communication"],
    "best-practices/housing-support": ["living_support", "community"],
    "best-practices/career-ladder": ["training_careers", "contracts_wages"],
    "best-practices/safety-training": ["safety", "communication"],
    "best-practices/supplier-due-diligence": ["human_rights", "zero_fee"],
}
MEMBERS_ONLY = [
    "zero-fee-working-group/minutes-2023-05",
    "certification-working-group/draft-criteria",
]


def _document(spec: dict):
    """The demo document of one edition, created with its text the first time."""
    Document = get_document_model()
    title = spec["title"]
    document = Document.objects.filter(title=title).first()
    if document is None:
        data = make_pdf(title, spec["paragraphs"], japanese=spec["language"] == "ja")
        name = f"jp-mirai-{spec['key']}-{spec['language']}.pdf"
        document = Document(title=title, file_size=len(data))
        document.file.save(name, ContentFile(data), save=False)
        document.save()
        page_count, text = read_pdf(data)
        DocumentText.objects.update_or_create(
            document=document, defaults={"page_count": page_count, "text": text}
        )
    return document


def _publish(page: Page) -> None:
    page.save_revision(log_action=True).publish()


def prepare_pages(pages: dict[str, Page]) -> list[str]:
    """Fill in the demo pages' documents, themes and privacy; return what changed."""
    changed = []
    with DOCUMENTS_FILE.open("rb") as file:
        documents = tomllib.load(file)["document"]
    for key, document_key in PUBLICATIONS.items():
        page = pages.get(key)
        if page is None or page.specific.editions:
            continue
        page = page.specific
        page.editions = [
            ("edition", {"language": spec["language"], "document": _document(spec)})
            for spec in documents
            if spec["key"] == document_key
        ]
        _publish(page)
        changed.append(key)
    for key, themes in THEMES.items():
        page = pages.get(key)
        if page is None or page.specific.themes:
            continue
        page = page.specific
        page.themes = themes
        _publish(page)
        changed.append(key)
    for key in MEMBERS_ONLY:
        page = pages.get(key)
        if page is None or PageViewRestriction.objects.filter(page=page).exists():
            continue
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members_group())
        changed.append(key)
    return changed
