// Answer page: a draft kept in this browser as you type, a word count, and the off-hand timers.
(function () {
  "use strict";
  var box = document.getElementById("answer");
  var counter = document.getElementById("word-count");
  var form = box ? box.form : null;
  var key = box ? box.getAttribute("data-draft-key") : null;

  function countWords() {
    if (!box || !counter) return;
    var words = box.value.trim().split(/\s+/).filter(Boolean);
    counter.textContent = String(words.length);
  }

  if (box && key && window.localStorage) {
    // Restore a draft only into an empty box: what the server sent back always wins.
    var saved = localStorage.getItem(key);
    if (saved && !box.value.trim()) box.value = saved;
    box.addEventListener("input", function () {
      try { localStorage.setItem(key, box.value); } catch (e) { /* storage full or disabled */ }
      countWords();
    });
  }
  countWords();

  // The feedback page clears drafts: the answer is stored on the server now.
  if (!box && window.localStorage) {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var k = localStorage.key(i);
      if (k && k.indexOf("draft:") === 0) localStorage.removeItem(k);
    }
  }

  var think = document.getElementById("think");
  var startedAnswer = Date.now();
  if (think && form) {
    var total = parseInt(think.getAttribute("data-seconds"), 10) || 30;
    var left = total;
    var shown = document.getElementById("think-left");
    var began = Date.now();
    think.hidden = false;
    form.hidden = true;
    var timer = setInterval(function () {
      left -= 1;
      shown.textContent = String(Math.max(left, 0));
      if (left <= 0) openAnswer();
    }, 1000);
    function openAnswer() {
      clearInterval(timer);
      document.getElementById("think_seconds").value = ((Date.now() - began) / 1000).toFixed(1);
      think.hidden = true;
      form.hidden = false;
      startedAnswer = Date.now();
      box.focus();
    }
    document.getElementById("think-done").addEventListener("click", openAnswer);
  }
  if (form) {
    form.addEventListener("submit", function () {
      var field = document.getElementById("answer_seconds");
      if (field) field.value = ((Date.now() - startedAnswer) / 1000).toFixed(1);
    });
  }
})();
