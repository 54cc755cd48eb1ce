/* Lagre / Fjern fra lagrede without leaving the page.
 * The button is a plain form that works without this file (POST, then back to
 * the same place). Here we send the same form with fetch, swap the button's
 * label and the next action, and announce the change in the page's live region.
 * If anything goes wrong (offline, logged out, a 4xx), the form is submitted
 * normally so the server can explain.
 */
(function () {
  "use strict";

  function announce(text) {
    var region = document.getElementById("live-status");
    if (!region) {
      return;
    }
    // Clear first so the same words twice in a row are announced again.
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  function render(form, saved) {
    var button = form.querySelector(".save-button");
    var label = form.querySelector(".save-button__label");
    form.querySelector("input[name=action]").value = saved ? "remove" : "save";
    label.textContent = saved
      ? button.getAttribute("data-label-remove")
      : button.getAttribute("data-label-save");
    button.classList.toggle("save-button--saved", saved);
  }

  function submit(event) {
    var form = event.target;
    if (!form.matches || !form.matches("[data-save-form]") || !window.fetch) {
      return;
    }
    event.preventDefault();
    var button = form.querySelector(".save-button");
    if (button.getAttribute("aria-disabled") === "true") {
      return;
    }
    button.setAttribute("aria-disabled", "true");
    window
      // getAttribute: the form's own <input name="action"> shadows form.action.
      .fetch(form.getAttribute("action"), {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (!response.ok || type.indexOf("application/json") === -1) {
          throw new Error("not saved");
        }
        return response.json();
      })
      .then(function (data) {
        button.removeAttribute("aria-disabled");
        render(form, data.saved);
        announce(
          data.saved
            ? button.getAttribute("data-announce-saved")
            : button.getAttribute("data-announce-removed")
        );
      })
      .catch(function () {
        button.removeAttribute("aria-disabled");
        HTMLFormElement.prototype.submit.call(form);
      });
  }

  document.addEventListener("submit", submit);
})();
