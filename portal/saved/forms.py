"""The forms of saved items: the Lagre button, collections and adding to them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal import kinds
from portal.saved.models import SavedCollection, SavedItem, Visibility
from portal.saved.services import available_queryset


class SaveToggleForm(forms.Form):
    """The Lagre / Fjern fra lagrede button: which thing, and which way."""

    ACTIONS = [("save", _("Save")), ("remove", _("Remove from saved"))]

    type = forms.CharField(
        max_length=40,
        error_messages={
            "required": _("That kind of content cannot be saved."),
            "max_length": _("That kind of content cannot be saved."),
        },
    )
    id = forms.IntegerField(
        min_value=1,
        max_value=2**63 - 1,
        error_messages={
            key: _("The form did not say which item to save.")
            for key in ("required", "invalid", "min_value", "max_value")
        },
    )
    action = forms.ChoiceField(
        choices=ACTIONS,
        error_messages={
            key: _("Unknown action: choose Save or Remove from saved.")
            for key in ("required", "invalid_choice")
        },
    )
    next = forms.CharField(required=False, max_length=2000)

    error_messages = {
        "unknown_type": _("That kind of content cannot be saved."),
        "unknown_object": _(
            "We could not find what you tried to save. It may have been removed."
        ),
    }

    def clean_type(self):
        key = self.cleaned_data["type"]
        kind = kinds.by_key(key)
        if kind is None:
            raise forms.ValidationError(self.error_messages["unknown_type"])
        return kind

    def clean(self):
        cleaned = super().clean()
        save_type, object_id = cleaned.get("type"), cleaned.get("id")
        if save_type is None or object_id is None:
            return cleaned
        cleaned["target"] = available_queryset(save_type).filter(pk=object_id).first()
        # Saving needs a live target; removing works also after it was deleted.
        if cleaned.get("action") == "save" and cleaned["target"] is None:
            raise forms.ValidationError(self.error_messages["unknown_object"])
        return cleaned


class SavedCollectionForm(forms.ModelForm):
    """Name, note and audience of a collection; the audience comes from the
    owner's own profile, so nobody can share into another kindergarten."""

    class Meta:
        model = SavedCollection
        fields = ["name", "note", "visibility"]
        widgets = {
            "note": forms.Textarea(attrs={"rows": 4}),
            "visibility": forms.RadioSelect,
        }
        error_messages = {
            "name": {
                "required": _("Give the collection a name."),
                "max_length": _(
                    "The name can be at most %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            },
            "note": {
                "max_length": _(
                    "The note can be at most %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            },
            "visibility": {
                "invalid_choice": _("Choose who the collection is shared with."),
            },
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.profile = getattr(owner, "profile", None)
        kindergarten = self.profile.kindergarten if self.profile else None
        department = self.profile.department if self.profile else None
        choices = [(Visibility.PRIVATE, Visibility.PRIVATE.label)]
        if kindergarten is not None:
            choices.append(
                (
                    Visibility.KINDERGARTEN,
                    _("Everyone in %(kindergarten)s") % {"kindergarten": kindergarten},
                )
            )
        if department is not None:
            choices.append(
                (
                    Visibility.DEPARTMENT,
                    _("Everyone in the department %(department)s")
                    % {"department": department.name},
                )
            )
        choices.append((Visibility.EVERYONE, Visibility.EVERYONE.label))
        self.fields["visibility"].choices = choices
        self.fields["name"].widget.attrs.update(
            {"maxlength": self.fields["name"].max_length, "autocomplete": "off"}
        )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Give the collection a name."))
        return name

    def save(self, commit=True):
        collection = super().save(commit=False)
        collection.owner = self.owner
        collection.kindergarten = None
        collection.department = None
        if collection.visibility == Visibility.KINDERGARTEN:
            collection.kindergarten = self.profile.kindergarten
        elif collection.visibility == Visibility.DEPARTMENT:
            collection.department = self.profile.department
        if commit:
            collection.save()
        return collection


class AddToCollectionForm(forms.Form):
    """Put one of the user's saved items into one of the user's collections."""

    collection = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    saved_item = forms.IntegerField(min_value=1, max_value=2**63 - 1)
    next = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["collection"].error_messages.update(
            required=_("Choose a collection."), invalid=_("Choose a collection.")
        )
        self.fields["saved_item"].error_messages.update(
            required=_("Choose something you have saved."),
            invalid=_("Choose something you have saved."),
        )

    def clean_collection(self):
        collection = SavedCollection.objects.filter(
            owner=self.user, pk=self.cleaned_data["collection"]
        ).first()
        if collection is None:
            raise forms.ValidationError(
                _("That collection does not exist, or it is not yours.")
            )
        return collection

    def clean_saved_item(self):
        item = SavedItem.objects.filter(
            user=self.user, pk=self.cleaned_data["saved_item"]
        ).first()
        if item is None:
            raise forms.ValidationError(
                _("That is not among the things you have saved.")
            )
        return item
