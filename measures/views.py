"""Visual-support detail, download and print views (images are not pages)."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from measures.models import VisualSupport
from portal.saved import saved_keys_for

PRINT_SIZES = {
    "a4": _("A4 (whole page)"),
    "a5": _("A5 (half page)"),
    "kort": _("Card (9 × 9 cm)"),
}


def _visual_support(pk):
    queryset = VisualSupport.objects.prefetch_related("situations", "tags")
    return get_object_or_404(queryset, pk=pk)


def visual_support_detail(request, pk):
    image = _visual_support(pk)
    measures = [
        link.page
        for link in image.measure_links.select_related("page").filter(page__live=True)
    ]
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
    image = get_object_or_404(VisualSupport, pk=pk)
    try:
        handle = image.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=image.filename)


def visual_support_print(request, pk):
    image = _visual_support(pk)
    size = request.GET.get("storrelse", "a4")
    if size not in PRINT_SIZES:
        size = "a4"
    return render(
        request,
        "measures/visual_support_print.html",
        {"image": image, "size": size, "print_sizes": PRINT_SIZES},
    )
