"""Images, documents and collections for the API tests, in the real collection tree.

wagtail-factories would make each image its own root collection; these put them in
the root collection (public) or in a child collection given by ``private_collection``.
"""

import factory
import wagtail_factories
from wagtail.models import Collection, CollectionViewRestriction

from core.members import members_group


def root_collection() -> Collection:
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Workers at a seminar"
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=1200, height=800, color="blue")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4 test")
    # The admin's upload form records the size; a bare create does not.
    file_size = factory.LazyAttribute(lambda document: document.file.size)


def private_collection(
    name: str = "Members only", restriction: str = "groups"
) -> Collection:
    """A child of the root collection with a privacy restriction: the members'
    group (``"groups"``), any signed-in user (``"login"``) or a password."""
    collection = root_collection().add_child(name=name)
    restricted = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=restriction,
        password="secret" if restriction == "password" else "",
    )
    if restriction == "groups":
        restricted.groups.add(members_group())
    return collection
