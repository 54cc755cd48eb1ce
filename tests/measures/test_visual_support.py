"""Alt text is required, and uploads confirm that no child can be identified."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from measures.factories import VisualSupportFactory

VisualSupport = get_image_model()


def png_upload():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buffer, "PNG")
    return SimpleUploadedFile("jakke.png", buffer.getvalue(), "image/png")


def upload_form(**data):
    Form = get_image_form(VisualSupport)
    fields = {
        "title": "Jakke",
        "description": "Tegning av en jakke",
        "kind": "piktogram",
        "licence": "egen",
        "no_identifiable_child": "on",
        **data,
    }
    fields = {key: value for key, value in fields.items() if value is not None}
    return Form(data=fields, files={"file": png_upload()})


def test_the_image_model_is_our_visual_support():
    assert VisualSupport._meta.label == "measures.VisualSupport"


@pytest.mark.django_db
def test_complete_upload_form_is_valid():
    form = upload_form()
    assert form.is_valid(), form.errors


@pytest.mark.django_db
def test_upload_without_alt_text_is_refused():
    form = upload_form(description="")
    assert not form.is_valid()
    assert "description" in form.errors


@pytest.mark.django_db
def test_upload_without_privacy_confirmation_is_refused_in_norwegian():
    form = upload_form(no_identifiable_child=None)
    assert not form.is_valid()
    assert "barn" in str(form.errors["no_identifiable_child"])


@pytest.mark.django_db
def test_model_validation_requires_alt_text():
    image = VisualSupportFactory.build(description="")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "description" in error.value.message_dict


@pytest.mark.django_db
def test_database_refuses_an_image_without_alt_text():
    image = VisualSupportFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        VisualSupport.objects.filter(pk=image.pk).update(description="")


@pytest.mark.django_db
def test_alt_text_is_used_by_image_tags():
    image = VisualSupportFactory(description="Tegning av en tallerken med mat")
    rendition = image.get_rendition("width-100")
    assert 'alt="Tegning av en tallerken med mat"' in rendition.img_tag()
