"""Images and documents outside private collections (api.visibility)."""

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Query, Router
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from api.pagination import Pagination, paginate, set_last_modified
from api.schemas import ERRORS, Document, DocumentList, Id, Image, ImageList
from api.serializers.context import IMAGE_SPECS, SerializeContext
from api.visibility import public_in_collections

images_router = Router(tags=["images"])
documents_router = Router(tags=["documents"])
NOT_FOUND = {404: ERRORS[404], 422: ERRORS[422]}


def _public_images():
    return public_in_collections(get_image_model().objects.all()).order_by("pk")


def _public_documents():
    return public_in_collections(get_document_model().objects.all()).order_by("pk")


@images_router.get(
    "/",
    response={200: ImageList, **ERRORS},
    url_name="images-list",
    operation_id="images_list",
    summary="List public images with renditions",
)
def list_images(
    request: HttpRequest,
    response: HttpResponse,
    pagination: Query[Pagination],
):
    count, images = paginate(_public_images(), pagination)
    images = list(images.prefetch_renditions(*IMAGE_SPECS))
    set_last_modified(response, (image.created_at for image in images))
    ctx = SerializeContext(request)
    return {"count": count, "items": [ctx.image(image) for image in images]}


@images_router.get(
    "/{image_id}/",
    response={200: Image, **NOT_FOUND},
    url_name="images-detail",
    operation_id="images_detail",
    summary="One public image with renditions",
)
def get_image(request: HttpRequest, response: HttpResponse, image_id: Id):
    image = _public_images().filter(pk=image_id).first()
    if image is None:
        raise Http404(f"No public image has the id {image_id}.")
    set_last_modified(response, [image.created_at])
    return SerializeContext(request).image(image)


@documents_router.get(
    "/",
    response={200: DocumentList, **ERRORS},
    url_name="documents-list",
    operation_id="documents_list",
    summary="List public documents",
)
def list_documents(
    request: HttpRequest,
    response: HttpResponse,
    pagination: Query[Pagination],
):
    count, documents = paginate(_public_documents(), pagination)
    documents = list(documents)
    set_last_modified(response, (document.created_at for document in documents))
    ctx = SerializeContext(request)
    return {"count": count, "items": [ctx.document(doc) for doc in documents]}


@documents_router.get(
    "/{document_id}/",
    response={200: Document, **NOT_FOUND},
    url_name="documents-detail",
    operation_id="documents_detail",
    summary="One public document",
)
def get_document(request: HttpRequest, response: HttpResponse, document_id: Id):
    document = _public_documents().filter(pk=document_id).first()
    if document is None:
        raise Http404(f"No public document has the id {document_id}.")
    set_last_modified(response, [document.created_at])
    return SerializeContext(request).document(document)
