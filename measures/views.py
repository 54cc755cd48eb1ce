"""Visual-support detail, download and print views (images are not pages)."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from measures.models import VisualSupport
from portal.access import may_open_collection_item, only_open
from portal.saved.services import saved_keys_for

PRINT_SIZES = {
    "a4": _("A4 (whole page)"),
    "a5": _("A5 (half page)"),
    "kort": _("Card (9 × 9 cm)"),
}


def _visual_support(request, pk, queryset=None):
    """The visual support, or 404 when it is missing or lies in a collection the
    reader may not open (portal.access; the same rule as its files)."""
    if queryset is None:
        queryset = VisualSupport.objects.prefetch_related("situations", "tags")
    image = get_object_or_404(queryset, pk=pk)
    if not may_open_collection_item(request, image):
        raise Http404
    return image


def visual_support_detail(request, pk):
    image = _visual_support(request, pk)
    links = only_open(image.measure_links.select_related("page"), "page")
    measures = [link.page for link in links]
    return render(
        request,
        "measures/visual_support_detail.html",
        {
            "image": image,
            "situation_list": list(image.situations.all()),
            "tag_list": list(image.tags.all()),
            "measures": measures,
            "print_sizes": PRINT_SIZES,
            "saved_keys": saved_keys_for(request),
        },
    )


def visual_support_download(request, pk):
    image = _visual_support(request, pk, VisualSupport.objects.all())
    try:
        handle = image.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=image.filename)


def visual_support_print(request, pk):
    image = _visual_support(request, pk)
    size = request.GET.get("storrelse", "a4")
    if size not in PRINT_SIZES:
        size = "a4"
    return render(
        request,
        "measures/visual_support_print.html",
        {"image": image, "size": size, "print_sizes": PRINT_SIZES},
    )
