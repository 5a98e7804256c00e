// Confide works fully without this file. With it: the quick exit also answers to pressing
// Escape three times and replaces this page in the history, the access code gets a copy button,
// the error summary takes focus where a browser ignores its autofocus attribute, and a box with a
// limit counts down as the person writes, and a warning comes before a session or form ends.
(function () {
  "use strict";

  var summary = document.querySelector(".error-summary");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }

  var exitLink = document.querySelector("[data-quick-exit]");
  if (exitLink) {
    var leave = function () {
      window.location.replace(exitLink.getAttribute("href"));
    };
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      leave();
    });
    var presses = [];
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") {
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (at) { return now - at < 2000; });
      presses.push(now);
      if (presses.length >= 3) {
        leave();
      }
    });
  }

  var copy = document.querySelector("[data-copy-code]");
  if (copy && navigator.clipboard) {
    var status = document.querySelector("[data-copy-status]");
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-code")).then(
        function () { if (status) { status.textContent = copy.getAttribute("data-copied"); } },
        function () { if (status) { status.textContent = copy.getAttribute("data-copy-failed"); } }
      );
    });
  }

  // The limit beside a box becomes a count, in the page's words (its data-words-* attributes, "#"
  // standing for the number). Screen readers hear it (a polite live region) only after a pause in
  // typing, and only near or over the limit, so that it never talks over writing.
  var counters = document.querySelectorAll("[data-counter-for]");
  Array.prototype.forEach.call(counters, function (counter) {
    var box = document.getElementById(counter.getAttribute("data-counter-for"));
    var spoken = document.querySelector("[data-counter-status='" + box.id + "']");
    var limit = parseInt(counter.getAttribute("data-limit"), 10);
    var pause = null;
    var words = function () {
      var left = limit - Array.from(box.value).length;
      var number = Math.abs(left).toLocaleString(document.documentElement.lang || "en");
      var which = left >= 0
        ? (left === 1 ? "data-words-left-one" : "data-words-left")
        : (left === -1 ? "data-words-over-one" : "data-words-over");
      return counter.getAttribute(which).replace("#", number);
    };
    var update = function () {
      counter.textContent = words();
      counter.classList.toggle("over", Array.from(box.value).length > limit);
      window.clearTimeout(pause);
      pause = window.setTimeout(function () {
        if (spoken && limit - Array.from(box.value).length < limit / 10) {
          spoken.textContent = words();
        }
      }, 1500);
    };
    box.addEventListener("input", update);
    counter.textContent = words();
  });

  // A few minutes before a session or a form ends, say so where the person is writing, in the
  // page's words, so that they can copy or send what they wrote. Without script the limit is said
  // beside the box.
  var ending = document.querySelector("[data-session-ends-in]");
  if (ending) {
    var seconds = parseInt(ending.getAttribute("data-session-ends-in"), 10);
    var warnAt = Math.max(0, seconds - 180) * 1000;
    window.setTimeout(function () {
      ending.className = "notice warning";
      ending.textContent = ending.getAttribute("data-session-warning");
    }, warnAt);
  }
})();
