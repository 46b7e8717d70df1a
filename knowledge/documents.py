"""Read the page count and text of uploaded PDFs, so publications are found by
what their documents say.

A document's text is read after upload in a background task (immediate in
development and tests), kept in ``DocumentText``, and the publication pages that
carry the document are re-indexed.
"""

import io
import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks import task
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from wagtail.documents import get_document_model
from wagtail.search import index

from search.segmentation import join_broken_lines

logger = logging.getLogger(__name__)

MAX_STORED_TEXT = 500_000


def read_pdf(data: bytes) -> tuple[int, str]:
    """(page count, text) of a PDF; (0, "") when it cannot be read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = list(reader.pages)
        text = "\n".join((page.extract_text() or "") for page in pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        logger.warning("Could not read a PDF: %s", error)
        return 0, ""
    text = join_broken_lines(text.replace("\x00", ""))
    return len(pages), text[:MAX_STORED_TEXT]


@task()
def extract_document_text(document_id: int) -> None:
    from knowledge.models import DocumentText, PublicationPage

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or document.file_extension.lower() != "pdf":
        return
    with document.open_file() as file:
        page_count, text = read_pdf(file.read())
    DocumentText.objects.update_or_create(
        document=document, defaults={"page_count": page_count, "text": text}
    )
    for page in PublicationPage.objects.live():
        if document_id in page.document_ids():
            index.insert_or_update_object(page)


@receiver(post_save)
def extract_on_upload(sender, instance, created, **kwargs):
    if sender is not get_document_model() or kwargs.get("raw"):
        return
    if "file" not in (kwargs.get("update_fields") or {"file"}):
        return
    transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))
