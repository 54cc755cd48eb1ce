/* Inkluderingsportalen – small progressive enhancements.
 * Every page works without this file; it only adds conveniences.
 */
(function () {
  "use strict";

  function ready(callback) {
    if (document.readyState !== "loading") {
      callback();
    } else {
      document.addEventListener("DOMContentLoaded", callback);
    }
  }

  /* Print buttons are hidden in the HTML and shown only when printing can work. */
  function enhancePrintButtons() {
    if (typeof window.print !== "function") {
      return;
    }
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  /* The skip link moves focus to <main>, also in browsers that only scroll. */
  function enhanceSkipLink() {
    var link = document.querySelector(".skip-link");
    var main = document.getElementById("main");
    if (!link || !main) {
      return;
    }
    link.addEventListener("click", function () {
      main.focus();
    });
  }

  ready(function () {
    document.documentElement.classList.add("js");
    enhancePrintButtons();
    enhanceSkipLink();
  });
})();
