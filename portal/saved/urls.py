"""/lagret/: saving, "Mine lagrede" and collections (included by portal/urls.py)."""

from django.urls import path

from portal.saved import views

urlpatterns = [
    path("", views.saved_list, name="saved_list"),
    path("lagre/", views.toggle_saved, name="saved_toggle"),
    path("samlinger/ny/", views.collection_create, name="collection_create"),
    path("samlinger/legg-til/", views.collection_add, name="collection_add"),
    path("samlinger/<int:pk>/", views.collection_detail, name="collection_detail"),
    path("samlinger/<int:pk>/endre/", views.collection_edit, name="collection_edit"),
    path(
        "samlinger/<int:pk>/slett/",
        views.collection_delete,
        name="collection_delete",
    ),
    path(
        "samlinger/<int:pk>/skriv-ut/",
        views.collection_print,
        name="collection_print",
    ),
    path(
        "samlinger/<int:pk>/elementer/<int:item_pk>/fjern/",
        views.collection_item_remove,
        name="collection_item_remove",
    ),
    path(
        "samlinger/<int:pk>/elementer/<int:item_pk>/flytt/",
        views.collection_item_move,
        name="collection_item_move",
    ),
]
