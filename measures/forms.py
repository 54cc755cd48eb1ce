from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from portal.uploads import PortalImageField, replace_file_field
from search import vocabulary


class VisualSupportForm(BaseImageForm):
    """Image upload/edit form that insists on the privacy confirmation.

    Every image form in the admin (add, edit, multiple upload, chooser upload) is
    built on this one; the file checks are ``portal.uploads``'.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_file_field(self, PortalImageField)
        if "no_identifiable_child" in self.fields:
            field = self.fields["no_identifiable_child"]
            field.required = True
            field.label = _("I confirm that no child can be identified in this image")
            field.help_text = _(
                "The portal never holds photos of children or anything that can "
                "identify a child. Use drawings, pictograms or photos of objects."
            )
            field.error_messages["required"] = _(
                "You must confirm that no child can be identified in the image."
            )
        if "situations" in self.fields:
            self.fields["situations"].widget = forms.CheckboxSelectMultiple()
            self.fields["situations"].queryset = self.fields[
                "situations"
            ].queryset.order_by("name")

    def save(self, commit=True):
        image = super().save(commit=commit)
        if commit:
            # Wagtail's form indexes the image again after its tags and
            # situations are saved; the vocabulary (typo corrections) must
            # learn their words too, which saving the image alone could not.
            vocabulary.add_document(image)
        return image
