// Record an answer in the browser (MediaRecorder): timer, level meter, stop/redo, then upload.
(function () {
  "use strict";
  var box = document.querySelector("#recorder .js-only");
  var form = document.getElementById("upload-form");
  if (!box || !form || !window.MediaRecorder || !navigator.mediaDevices) return;
  box.hidden = false;
  var start = document.getElementById("rec-start"), stop = document.getElementById("rec-stop");
  var send = document.getElementById("rec-send"), redo = document.getElementById("rec-redo");
  var preview = document.getElementById("rec-preview"), time = document.getElementById("rec-time");
  var level = document.getElementById("rec-level"), error = document.getElementById("rec-error");
  var recorder = null, chunks = [], blob = null, timer = null, began = 0, audioCtx = null, stream = null;
  // Live: each chunk also goes to the server as it is recorded, which transcribes while you speak.
  // If the server cannot take them, the recording is simply sent whole at the end.
  var live = null, sending = Promise.resolve();

  function startLive() {
    live = null;
    var data = new FormData();
    var session = form.querySelector('input[name="session_id"]');
    if (session) data.append("session_id", session.value);
    // The chunks queue behind this: the first one waits until the server has said where to send it.
    sending = fetch("/recordings/live", { method: "POST", body: data, headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) { if (d && d.chunk_url) live = { url: d.chunk_url, token: d.token, sent: 0, ok: true }; })
      .catch(function () { live = null; });
  }

  function sendChunk(part, index) {
    sending = sending.then(function () {
      if (!live || !live.ok || index !== live.sent) { if (live) live.ok = false; return; }
      return fetch(live.url, { method: "POST", body: part }).then(function (r) {
        if (r.ok) live.sent += 1; else live.ok = false;
      }).catch(function () { if (live) live.ok = false; });
    });
  }

  function show(el, on) { el.hidden = !on; }
  function fail(msg) { error.textContent = msg; show(error, true); }

  function meter(s) {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    audioCtx = new Ctx();
    var analyser = audioCtx.createAnalyser();
    analyser.fftSize = 512;
    audioCtx.createMediaStreamSource(s).connect(analyser);
    var data = new Uint8Array(analyser.fftSize);
    (function tick() {
      if (!recorder || recorder.state !== "recording") { level.style.width = "0"; return; }
      analyser.getByteTimeDomainData(data);
      var peak = 0;
      for (var i = 0; i < data.length; i++) peak = Math.max(peak, Math.abs(data[i] - 128));
      level.style.width = Math.min(100, peak / 1.28) + "%";
      requestAnimationFrame(tick);
    })();
  }

  start.addEventListener("click", function () {
    show(error, false);
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      chunks = [];
      recorder = new MediaRecorder(s);
      startLive();
      recorder.ondataavailable = function (e) {
        if (e.data.size) { chunks.push(e.data); sendChunk(e.data, chunks.length - 1); }
      };
      recorder.onstop = function () {
        blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
        preview.src = URL.createObjectURL(blob);
        show(preview, true); show(send, true); show(redo, true);
        stream.getTracks().forEach(function (t) { t.stop(); });
        if (audioCtx) audioCtx.close();
      };
      recorder.start(1000);
      began = Date.now();
      start.disabled = true; stop.disabled = false;
      show(preview, false); show(send, false); show(redo, false);
      timer = setInterval(function () {
        var s2 = Math.floor((Date.now() - began) / 1000);
        time.textContent = Math.floor(s2 / 60) + ":" + String(s2 % 60).padStart(2, "0");
      }, 250);
      meter(s);
    }).catch(function () { fail(error.getAttribute("data-denied")); });
  });

  stop.addEventListener("click", function () {
    if (recorder && recorder.state === "recording") recorder.stop();
    clearInterval(timer);
    start.disabled = false; stop.disabled = true;
  });

  redo.addEventListener("click", function () {
    live = null;
    blob = null; show(preview, false); show(send, false); show(redo, false); time.textContent = "0:00";
  });

  send.addEventListener("click", function () {
    if (!blob) return;
    var data = new FormData(form);
    data.delete("audio");
    var ext = (blob.type.indexOf("ogg") >= 0) ? "ogg" : "webm";
    data.append("audio", blob, "answer." + ext);
    send.disabled = true;
    sending.then(function () {
      // Only a live copy that got every chunk, in order, can stand for the recording.
      if (live && live.ok && live.sent === chunks.length) data.append("live_token", live.token);
      return fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" } });
    })
      .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, d: d }; }); })
      .then(function (res) {
        if (res.ok && res.d.url) { window.location.href = res.d.url; }
        else { send.disabled = false; fail(res.d.error || error.getAttribute("data-failed")); }
      })
      .catch(function () { send.disabled = false; fail(error.getAttribute("data-failed")); });
  });
})();
