/* Inkluderingsportalen – search suggestions as an accessible combobox.
 *
 * Enhances every <input data-suggest-url> following the WAI-ARIA 1.2 combobox
 * pattern (list autocomplete, manual selection): the input keeps focus, the
 * highlighted option is exposed through aria-activedescendant, and a polite
 * live region says how many suggestions there are. Without this file (or when
 * a request fails) the search form simply submits as before.
 *
 * Visible text comes from data attributes the template translates:
 * data-suggest-label, -none, -one and -many ("{count}" is replaced).
 */
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DEBOUNCE_MS = 150;

  if (!window.fetch || !window.AbortController || !document.querySelectorAll) {
    return;
  }

  function ready(callback) {
    if (document.readyState !== "loading") {
      callback();
    } else {
      document.addEventListener("DOMContentLoaded", callback);
    }
  }

  /* Only follow links to pages on this site. */
  function safeUrl(raw) {
    try {
      var url = new URL(raw, window.location.href);
      return url.origin === window.location.origin ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function SearchSuggest(input, index) {
    var baseId = input.id || "search-suggest-" + index;
    this.input = input;
    this.form = input.form;
    this.url = input.getAttribute("data-suggest-url");
    this.text = {
      label: input.getAttribute("data-suggest-label") || "Suggestions",
      none: input.getAttribute("data-suggest-none") || "",
      one: input.getAttribute("data-suggest-one") || "1",
      many: input.getAttribute("data-suggest-many") || "{count}"
    };
    this.listId = baseId + "-listbox";
    this.optionPrefix = baseId + "-option-";
    this.items = [];
    this.activeIndex = -1;
    this.timer = null;
    this.controller = null;
    this.lastQuery = null;

    this.listbox = document.createElement("ul");
    this.listbox.id = this.listId;
    this.listbox.className = "suggest__listbox";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", this.text.label);
    this.listbox.hidden = true;

    this.status = document.createElement("div");
    this.status.className = "visually-hidden";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.status.setAttribute("aria-atomic", "true");

    var host = input.parentNode;
    host.classList.add("suggest");
    host.appendChild(this.listbox);
    host.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.listId);
    input.setAttribute("autocomplete", "off");

    input.addEventListener("input", this.onInput.bind(this));
    input.addEventListener("keydown", this.onKeydown.bind(this));
    input.addEventListener("blur", this.close.bind(this));
    /* Keep focus in the input while an option is pressed, then follow it. */
    this.listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.listbox.addEventListener("click", this.onClick.bind(this));
  }

  SearchSuggest.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  SearchSuggest.prototype.onInput = function () {
    var self = this;
    this.setActive(-1);
    window.clearTimeout(this.timer);
    if (this.input.value.trim().length < MIN_CHARS) {
      this.cancel();
      this.items = [];
      this.lastQuery = null;
      this.close();
      return;
    }
    this.timer = window.setTimeout(function () {
      self.fetchSuggestions(self.input.value.trim());
    }, DEBOUNCE_MS);
  };

  SearchSuggest.prototype.cancel = function () {
    if (this.controller) {
      this.controller.abort();
      this.controller = null;
    }
  };

  SearchSuggest.prototype.fetchSuggestions = function (query) {
    var self = this;
    this.cancel();
    var controller = new AbortController();
    this.controller = controller;
    var separator = this.url.indexOf("?") === -1 ? "?" : "&";
    window
      .fetch(this.url + separator + "q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller.signal
      })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        if (controller !== self.controller) {
          return;
        }
        self.controller = null;
        self.lastQuery = query;
        var items = (data && data.suggestions) || [];
        self.render(
          items.filter(function (item) {
            return item && item.title && safeUrl(item.url);
          })
        );
      })
      .catch(function () {
        if (controller === self.controller) {
          self.controller = null;
          self.items = [];
          self.close();
        }
      });
  };

  SearchSuggest.prototype.render = function (items) {
    var self = this;
    this.items = items;
    this.activeIndex = -1;
    this.input.removeAttribute("aria-activedescendant");
    while (this.listbox.firstChild) {
      this.listbox.removeChild(this.listbox.firstChild);
    }
    items.forEach(function (item, i) {
      var option = document.createElement("li");
      option.id = self.optionPrefix + i;
      option.className = "suggest__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-index", String(i));

      var title = document.createElement("span");
      title.className = "suggest__title";
      title.textContent = item.title;
      option.appendChild(title);

      if (item.type) {
        var type = document.createElement("span");
        type.className = "suggest__type";
        var pause = document.createElement("span");
        pause.className = "visually-hidden";
        pause.textContent = ", ";
        type.appendChild(pause);
        type.appendChild(
          document.createTextNode(item.type.charAt(0).toUpperCase() + item.type.slice(1))
        );
        option.appendChild(type);
      }
      self.listbox.appendChild(option);
    });
    this.announce(items.length);
    if (items.length && document.activeElement === this.input) {
      this.open();
    } else {
      this.close();
    }
  };

  SearchSuggest.prototype.announce = function (count) {
    var message;
    if (count === 0) {
      message = this.text.none;
    } else if (count === 1) {
      message = this.text.one;
    } else {
      message = this.text.many.replace("{count}", String(count));
    }
    this.status.textContent = message;
  };

  SearchSuggest.prototype.open = function () {
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  SearchSuggest.prototype.close = function () {
    this.setActive(-1);
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  };

  SearchSuggest.prototype.setActive = function (index) {
    var previous = this.listbox.querySelector('[aria-selected="true"]');
    if (previous) {
      previous.setAttribute("aria-selected", "false");
    }
    this.activeIndex = index;
    if (index < 0) {
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    var option = document.getElementById(this.optionPrefix + index);
    option.setAttribute("aria-selected", "true");
    this.input.setAttribute("aria-activedescendant", option.id);
    if (option.scrollIntoView) {
      option.scrollIntoView({ block: "nearest" });
    }
  };

  SearchSuggest.prototype.move = function (step) {
    var count = this.items.length;
    if (!count) {
      return;
    }
    if (!this.isOpen()) {
      this.open();
    }
    var next;
    if (this.activeIndex < 0) {
      next = step > 0 ? 0 : count - 1;
    } else {
      next = (this.activeIndex + step + count) % count;
    }
    this.setActive(next);
  };

  SearchSuggest.prototype.follow = function (index) {
    var item = this.items[index];
    var url = item && safeUrl(item.url);
    if (!url) {
      return false;
    }
    this.close();
    window.location.assign(url);
    return true;
  };

  SearchSuggest.prototype.onKeydown = function (event) {
    if (event.isComposing || event.ctrlKey || event.metaKey) {
      return;
    }
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        if (!this.items.length || this.lastQuery !== this.input.value.trim()) {
          return;
        }
        event.preventDefault();
        if (event.altKey) {
          this.open();
        } else {
          this.move(1);
        }
        break;
      case "ArrowUp":
      case "Up":
        if (!this.isOpen()) {
          return;
        }
        event.preventDefault();
        this.move(-1);
        break;
      case "Enter":
        /* With no highlighted option, Enter submits the form as usual. */
        if (this.isOpen() && this.activeIndex >= 0) {
          event.preventDefault();
          this.follow(this.activeIndex);
        } else {
          window.clearTimeout(this.timer);
          this.cancel();
          this.close();
        }
        break;
      case "Escape":
      case "Esc":
        event.preventDefault();
        window.clearTimeout(this.timer);
        this.cancel();
        if (this.isOpen()) {
          this.close();
        } else if (this.input.value) {
          this.input.value = "";
          this.items = [];
          this.lastQuery = null;
          this.status.textContent = "";
        }
        break;
      case "Tab":
        this.close();
        break;
      case "ArrowLeft":
      case "ArrowRight":
      case "Home":
      case "End":
        /* Editing keys act on the text; the highlight goes back to the input. */
        this.setActive(-1);
        break;
      default:
        break;
    }
  };

  SearchSuggest.prototype.onClick = function (event) {
    var option = event.target.closest ? event.target.closest('[role="option"]') : null;
    if (!option || !this.listbox.contains(option)) {
      return;
    }
    this.follow(Number(option.getAttribute("data-index")));
  };

  ready(function () {
    var inputs = document.querySelectorAll("input[data-suggest-url]");
    Array.prototype.forEach.call(inputs, function (input, index) {
      if (!input.hasAttribute("role") && input.form) {
        new SearchSuggest(input, index);
      }
    });
  });
})();
