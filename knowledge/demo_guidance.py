"""The guidance part of the demo: taxonomy, legal references, and their use.

Called by home/demo/loader.py after the Japanese pages exist and before they are
translated, so that the translations copy the topics, stages and references (they
are synchronised fields). Idempotent: terms are found by slug, references by their
key in ``demo_data`` (kept in the Japanese row's law and article), and a page that
already has topics, stages or references is left as the editor made it.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from config.languages import DEFAULT_LANGUAGE
from knowledge.demo_data import LAW_REFERENCES, STAGES, TOPICS
from knowledge.models import GuidanceIndexPage, LawReference, Stage, Topic

GUIDELINE_TITLE = (
    "外国人労働者の責任ある受入れに関する指針（デモ） / "
    "Guidelines for the responsible employment of migrant workers (demo)"
)


def prepare_guidance(specs, pages) -> list[str]:
    """Create the demo's terms and references; set them on the Japanese guidance
    pages that have none. Returns the keys of the pages changed."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    topics = _ensure_terms(Topic, TOPICS, locales)
    stages = _ensure_terms(Stage, STAGES, locales)
    laws = _ensure_law_references(locales)
    choices = {"topics": topics, "stages": stages, "law_references": laws}
    changed = []
    for spec in specs:
        page = pages.get(spec.key)
        if not spec.relations or page is None:
            continue
        if any(getattr(page, name).exists() for name in choices):
            continue
        for name, keys in spec.relations.items():
            getattr(page, name).set([choices[name][key] for key in keys])
        page.save_revision().publish()
        changed.append(spec.key)
    _attach_guidelines(pages)
    return changed


def _ensure_terms(model, names: dict[str, dict[str, str]], locales) -> dict:
    """The Japanese term of each slug, created with its translations if missing."""
    terms = {}
    for order, (slug, by_language) in enumerate(names.items()):
        term = model.objects.filter(locale=locales[DEFAULT_LANGUAGE], slug=slug).first()
        if term is None:
            term = model.objects.create(
                locale=locales[DEFAULT_LANGUAGE],
                slug=slug,
                name=by_language[DEFAULT_LANGUAGE],
                sort_order=order,
            )
        _ensure_translations(
            term, by_language, locales, lambda copy, name: setattr(copy, "name", name)
        )
        terms[slug] = term
    return terms


def _ensure_translations(original, values: dict, locales, fill) -> None:
    existing = set(
        type(original)
        .objects.filter(translation_key=original.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    for language, value in values.items():
        if language in existing or language not in locales:
            continue
        copy = original.copy_for_translation(locales[language])
        fill(copy, value)
        copy.save()


def _ensure_law_references(locales) -> dict[str, LawReference]:
    references = {}
    for key, (law, article, url, summary) in LAW_REFERENCES.items():
        reference = LawReference.objects.filter(
            locale=locales[DEFAULT_LANGUAGE],
            law=law[DEFAULT_LANGUAGE],
            article=article[DEFAULT_LANGUAGE],
        ).first()
        if reference is None:
            reference = LawReference.objects.create(
                locale=locales[DEFAULT_LANGUAGE],
                law=law[DEFAULT_LANGUAGE],
                article=article[DEFAULT_LANGUAGE],
                url=url,
                summary=summary[DEFAULT_LANGUAGE],
            )
        texts = {
            language: (law[language], article.get(language, ""), text)
            for language, text in summary.items()
            if language != DEFAULT_LANGUAGE
        }

        def fill(copy, value):
            copy.law, copy.article, copy.summary = value

        _ensure_translations(reference, texts, locales, fill)
        references[key] = reference
    return references


def _attach_guidelines(pages) -> None:
    """A guideline document to download on the employer index, if it has none."""
    index = pages.get("employers")
    if not isinstance(index, GuidanceIndexPage) or index.documents:
        return
    document_model = get_document_model()
    document = document_model.objects.filter(title=GUIDELINE_TITLE).first()
    if document is None:
        document = document_model(title=GUIDELINE_TITLE)
        document.file.save(
            "jp-mirai-guidelines-demo.pdf", ContentFile(_demo_pdf()), save=False
        )
        document.save()
    index.documents = [("document", {"document": document, "label": ""})]
    index.save_revision().publish()


def _demo_pdf() -> bytes:
    """A one-page PDF that says it is a placeholder (ASCII text, standard font)."""
    text = "JP-MIRAI guidelines for employers (demo placeholder)"
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
