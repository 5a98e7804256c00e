// Confide works fully without this file. With it: the quick exit also answers to pressing
// Escape three times and replaces this page in the history, the access code gets a copy button,
// and the error summary takes focus where a browser ignores its autofocus attribute.
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
        function () { if (status) { status.textContent = "Code copied."; } },
        function () { if (status) { status.textContent = "Could not copy: please write the code down."; } }
      );
    });
  }
})();
