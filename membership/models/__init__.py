from membership.models.organisations import (
    Invitation,
    Membership,
    Organisation,
    OrganisationSize,
    OrganisationState,
    OrganisationType,
    Role,
)
from membership.models.pages import MemberDirectoryPage
from membership.models.reports import (
    ActivityPlan,
    Half,
    ProgressReport,
    ReminderLog,
)

__all__ = [
    "ActivityPlan",
    "Half",
    "Invitation",
    "MemberDirectoryPage",
    "Membership",
    "Organisation",
    "OrganisationSize",
    "OrganisationState",
    "OrganisationType",
    "ProgressReport",
    "ReminderLog",
    "Role",
]
