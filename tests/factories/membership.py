"""People, member organisations, memberships, plans and members-only content."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from core.taxonomy import Industry, Prefecture
from membership import services
from membership.members_area import members_collection
from membership.models import (
    ActivityPlan,
    Membership,
    Organisation,
    OrganisationState,
    OrganisationType,
    Role,
)

PASSWORD = "correct horse battery staple 7"


class UserFactory(DjangoModelFactory):
    """A person with a verified primary address, able to sign in with allauth."""

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = "Hoa"
    last_name = factory.Sequence(lambda n: f"Nguyenlastname{n}")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=user, email=user.email, verified=True, primary=True
            )


class OrganisationFactory(DjangoModelFactory):
    name_ja = factory.Sequence(lambda n: f"株式会社みらい{n}")
    name_en = factory.Sequence(lambda n: f"Mirai Corporation {n}")
    type = OrganisationType.COMPANY
    industry = Industry.CONSTRUCTION
    prefecture = Prefecture.TOKYO
    state = OrganisationState.ACTIVE
    directory_opt_in = True

    class Meta:
        model = Organisation


class MembershipFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.ADMIN

    class Meta:
        model = Membership


def make_member(
    *, state: str = OrganisationState.ACTIVE, role: str = Role.ADMIN, **org
):
    """A person in an organisation; in the Members group when it is active."""
    user = UserFactory()
    organisation = OrganisationFactory(state=OrganisationState.APPLIED, **org)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    if state == OrganisationState.ACTIVE:
        services.approve_application(organisation)
    elif state != OrganisationState.APPLIED:
        Organisation.objects.filter(pk=organisation.pk).update(state=state)
    user.refresh_from_db()
    return user


class ActivityPlanFactory(DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    year = 2026
    targets = factory.LazyFunction(
        lambda: {"zero_fee": "No recruitment fees for all new workers."}
    )

    class Meta:
        model = ActivityPlan


def members_document(title: str = "Working-group minutes"):
    """A document in the members' collection."""
    Document = get_document_model()
    document = Document(title=title, collection=members_collection())
    document.file.save("minutes.txt", ContentFile(b"members only"), save=False)
    document.save()
    return document
