// Live word count and speaking time for the self-introduction, as the user edits it.
(function () {
  const box = document.getElementById("pitch-text");
  if (!box) return;
  const words = document.getElementById("pitch-words");
  const seconds = document.getElementById("pitch-seconds");
  const wpm = Number(box.dataset.wpm) || 140;
  const min = Number(box.dataset.min) || 60;
  const max = Number(box.dataset.max) || 90;
  function update() {
    const count = (box.value.match(/[\p{L}\p{N}]+(?:['’:\-][\p{L}\p{N}]+)*/gu) || []).length;
    const secs = Math.round((count * 60) / wpm);
    words.textContent = String(count);
    seconds.textContent = String(secs);
    seconds.className = secs >= min && secs <= max ? "ok" : "off";
  }
  box.addEventListener("input", update);
})();
