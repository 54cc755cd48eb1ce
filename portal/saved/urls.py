"""/lagret/: saving, "Mine lagrede" and collections (included by portal/urls.py)."""

from django.urls import path

from portal.saved import views

urlpatterns = [
    path("", views.saved_list, name="saved_list"),
    path("lagre/", views.toggle_saved, name="saved_toggle"),
    path("samlinger/ny/", views.collection_create, name="collection_create"),
    path("samlinger/legg-til/", views.collection_add, name="collection_add"),
    path("samlinger/<id:pk>/", views.collection_detail, name="collection_detail"),
    path("samlinger/<id:pk>/endre/", views.collection_edit, name="collection_edit"),
    path(
        "samlinger/<id:pk>/slett/",
        views.collection_delete,
        name="collection_delete",
    ),
    path(
        "samlinger/<id:pk>/skriv-ut/",
        views.collection_print,
        name="collection_print",
    ),
    path(
        "samlinger/<id:pk>/elementer/<id:item_pk>/fjern/",
        views.collection_item_remove,
        name="collection_item_remove",
    ),
    path(
        "samlinger/<id:pk>/elementer/<id:item_pk>/flytt/",
        views.collection_item_move,
        name="collection_item_move",
    ),
]
