// Recording page: poll until the transcript is ready; clicking a word plays that moment.
(function () {
  "use strict";
  var progress = document.getElementById("progress");
  if (progress) {
    var url = progress.getAttribute("data-status-url");
    var poll = function () {
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (d) {
          if (d.status === "transcribed" || d.status === "failed") { window.location.reload(); }
          else { setTimeout(poll, 700); }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 500);
  }
  var player = document.getElementById("player");
  var stopAt = null;
  if (player) {
    player.addEventListener("timeupdate", function () {
      if (stopAt !== null && player.currentTime >= stopAt) { player.pause(); stopAt = null; }
    });
  }
  document.querySelectorAll("[data-start]").forEach(function (el) {
    el.addEventListener("click", function () {
      if (!player) return;
      player.currentTime = Math.max(0, parseFloat(el.getAttribute("data-start")) - 0.3);
      stopAt = parseFloat(el.getAttribute("data-end") || el.getAttribute("data-start")) + 0.6;
      player.play();
    });
  });
})();
