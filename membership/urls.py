from django.urls import path

from membership.views import account, plans

app_name = "membership"

urlpatterns = [
    path("", account.account, name="account"),
    path("profile/", account.profile, name="profile"),
    path("apply/", account.apply, name="apply"),
    path("invite/", account.invite, name="invite"),
    path(
        "invitations/<str:token>/",
        account.accept_invitation,
        name="invitation-accept",
    ),
    path("data/", account.export_data, name="data-export"),
    path("delete/", account.delete, name="account-delete"),
    path("plans/", plans.plans, name="plans"),
    path("plans/<int:year>/", plans.plan_edit, name="plan-edit"),
    path(
        "plans/<int:year>/report/<int:half>/",
        plans.report_edit,
        name="report-edit",
    ),
]
