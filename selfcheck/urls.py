from django.urls import path

from selfcheck import views

app_name = "selfcheck"

urlpatterns = [
    path("<int:page_id>/start/", views.start, name="start"),
    path("<int:page_id>/step/", views.step, name="step"),
    path("contact/", views.contact, name="contact"),
]
