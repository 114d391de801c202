"""The sign-in page's stylesheet and script, served from memory (a request path never reaches the disk).

The Content-Security-Policy (`default-src 'self'`) forbids inline script and style, so both are separate
responses. The script is ES5 for old Android browsers and only adds the signature pad: the form posts without it.
With the pad working, the script says so in the form (`pad=1`) and will not send a blank pad; the server refuses
one too. Without the script the form still posts, and the sign-in is recorded for review ("tanpa tanda tangan").
"""
from __future__ import annotations

# Normalised signature points: the pad is SIGN_ASPECT times as wide as high (the printed signing slot is about
# 3.5 : 1; a little taller leaves room for a finger on a phone). Points closer than MIN_STEP_PX are dropped and
# coordinates rounded to 3 decimals, so a signature fits the request limit; MAX_POINTS caps it for sure.
SIGN_ASPECT = 3.0
MIN_STEP_PX = 3
MAX_POINTS = 500

STYLE_CSS = """\
* { -webkit-box-sizing: border-box; box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #eef1f5; color: #1b1b1b; font-family: Roboto, "Noto Sans", "DejaVu Sans", Arial,
       sans-serif; font-size: 18px; line-height: 1.45; }
main { max-width: 560px; margin: 0 auto; padding: 14px 12px 32px; }
.office { margin: 0; color: #9b111e; font-size: 14px; font-weight: bold; letter-spacing: .03em;
          text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 22px; line-height: 1.25; }
.when { margin: 0 0 14px; color: #444; font-size: 16px; }
.card { background: #fff; border-radius: 10px; padding: 14px 14px 18px; -webkit-box-shadow: 0 1px 3px rgba(0,0,0,.15);
        box-shadow: 0 1px 3px rgba(0,0,0,.15); }
h2 { margin: 0 0 4px; font-size: 19px; }
label { display: block; margin: 16px 0 6px; font-weight: bold; }
.opt { color: #555; font-size: 15px; font-weight: normal; }
.guest { margin: 22px 0 0; padding-top: 4px; border-top: 1px solid #dde2e8; color: #555; font-size: 15px; }
input[type=text], input[type=tel], select { display: block; width: 100%; min-height: 50px; margin: 0;
        padding: 10px 12px; border: 1px solid #8a929c; border-radius: 6px; background: #fff; color: #1b1b1b;
        font-size: 18px; font-family: inherit; }
input:focus, select:focus { border-color: #9b111e; outline: 2px solid #f2b8be; }
.invalid { border: 2px solid #c62828 !important; }
.js-only { display: none; }
.js .js-only { display: block; }
.pad-box { position: relative; }
canvas { display: block; width: 100%; height: 110px; border: 1px solid #8a929c; border-radius: 6px; background: #fff;
         -ms-touch-action: none; touch-action: none; cursor: crosshair; }
.pad-row { overflow: hidden; margin-top: 8px; }
.pad-note { float: left; margin: 12px 0 0; color: #555; font-size: 15px; }
button { min-height: 50px; padding: 10px 20px; border-radius: 6px; font-size: 18px; font-family: inherit; }
.secondary { float: right; border: 1px solid #8a929c; background: #f4f5f7; color: #1b1b1b; }
.primary { display: block; width: 100%; margin-top: 24px; border: 0; background: #9b111e; color: #fff;
           font-weight: bold; }
.primary[disabled] { background: #8a6a6d; }
.msg { margin: 0 0 14px; padding: 12px 14px; border-radius: 8px; font-size: 18px; }
.msg-error { border: 1px solid #c62828; background: #fdecec; color: #7f0000; }
.msg-ok { border: 1px solid #2e7d32; background: #e8f5e9; color: #1b4d1f; font-size: 20px; }
.msg-already { border: 1px solid #b7791f; background: #fff6e0; color: #5c3b00; font-size: 20px; }
.mark { display: block; margin-bottom: 6px; font-size: 40px; line-height: 1; }
.after { margin: 14px 0 0; color: #555; font-size: 15px; }
.pad-note.warn { color: #7f0000; font-weight: bold; }
.link { display: block; min-height: 50px; margin-top: 18px; padding: 12px; border: 1px solid #8a929c;
        border-radius: 6px; background: #f4f5f7; color: #1b1b1b; text-align: center; text-decoration: none; }
"""

APP_JS = """\
/* KPU Rakor: the signature pad of the sign-in form. ES5 only, no libraries. */
(function () {
  'use strict';
  var ASPECT = %(aspect)s, MIN_STEP = %(min_step)s, MAX_POINTS = %(max_points)s;
  var doc = document;
  doc.documentElement.className += ' js';
  var form = doc.getElementById('f');
  if (!form) { return; }
  var send = doc.getElementById('kirim');
  var sending = false;
  var hasPad = false;
  form.onsubmit = function () {
    if (sending) { return false; }  /* a double tap would spend the one-time form twice */
    if (hasPad && !strokes.length) {
      setNote('Tanda tangani dulu kotak di atas.', true);
      if (canvas.scrollIntoView) { canvas.scrollIntoView(false); }
      return false;
    }
    sending = true;
    if (send) { send.disabled = true; send.innerHTML = 'Mengirim\\u2026'; }
    return true;
  };
  window.addEventListener('pageshow', function () {
    sending = false;
    if (send) { send.disabled = false; send.innerHTML = 'Kirim'; }
  }, false);

  var canvas = doc.getElementById('pad');
  var field = doc.getElementById('signature');
  var clear = doc.getElementById('hapus');
  var note = doc.getElementById('pad-note');
  if (!canvas || !field || !canvas.getContext) {
    var box = doc.getElementById('pad-box');
    if (box) { box.style.display = 'none'; }
    return;
  }
  var ctx = canvas.getContext('2d');
  var strokes = [], current = null, count = 0, width = 0, height = 0, ratio = 1;
  var padField = doc.getElementById('pad-on');
  if (padField) { padField.value = '1'; }  /* the server may now refuse a blank pad */
  hasPad = true;

  function valid(data) {
    if (!(data instanceof Array)) { return false; }
    for (var i = 0; i < data.length; i++) {
      if (!(data[i] instanceof Array)) { return false; }
      for (var j = 0; j < data[i].length; j++) {
        var p = data[i][j];
        if (!(p instanceof Array) || typeof p[0] !== 'number' || typeof p[1] !== 'number') { return false; }
      }
    }
    return true;
  }
  if (field.value) {
    try {
      var kept = JSON.parse(field.value);
      if (valid(kept)) { strokes = kept; }
    } catch (e) { strokes = []; }
    for (var k = 0; k < strokes.length; k++) { count += strokes[k].length; }
  }

  function save() { field.value = strokes.length ? JSON.stringify(strokes) : ''; }
  function setNote(text, warn) {
    if (note) { note.innerHTML = text; note.className = warn ? 'pad-note warn' : 'pad-note'; }
  }

  function resize() {
    ratio = window.devicePixelRatio || 1;
    width = canvas.clientWidth || 300;
    height = Math.round(width / ASPECT);
    canvas.style.height = height + 'px';
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    redraw();
  }

  function redraw() {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.strokeStyle = '#c5cad1';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(12, Math.round(height * 0.78) + 0.5);
    ctx.lineTo(width - 12, Math.round(height * 0.78) + 0.5);
    ctx.stroke();
    if (!strokes.length) {
      ctx.fillStyle = '#9aa1aa';
      ctx.font = '15px sans-serif';
      ctx.fillText('Tanda tangan di sini dengan jari', 14, Math.round(height * 0.78) - 10);
    }
    ctx.strokeStyle = '#0d1a73';
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (var i = 0; i < strokes.length; i++) { drawStroke(strokes[i]); }
  }

  function drawStroke(s) {
    if (!s.length) { return; }
    ctx.beginPath();
    ctx.moveTo(s[0][0] * width, s[0][1] * height);
    if (s.length === 1) { ctx.lineTo(s[0][0] * width + 0.5, s[0][1] * height); }
    for (var i = 1; i < s.length; i++) { ctx.lineTo(s[i][0] * width, s[i][1] * height); }
    ctx.stroke();
  }

  function round(v) { return Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000; }

  function point(ev) {
    var src = ev.touches && ev.touches.length ? ev.touches[0] : (ev.changedTouches && ev.changedTouches.length ?
      ev.changedTouches[0] : ev);
    var r = canvas.getBoundingClientRect();
    return [src.clientX - r.left, src.clientY - r.top];
  }

  function add(px) {
    if (!current) { return; }
    var last = current.length ? current[current.length - 1] : null;
    if (last) {
      var dx = px[0] - last[0] * width, dy = px[1] - last[1] * height;
      if (dx * dx + dy * dy < MIN_STEP * MIN_STEP) { return; }
    }
    if (count >= MAX_POINTS) { setNote('Tanda tangan sudah cukup.'); return; }
    current.push([round(px[0] / width), round(px[1] / height)]);
    count += 1;
    redraw();
  }

  function start(ev) {
    if (ev.touches && ev.touches.length > 1) { return; }
    if (ev.preventDefault) { ev.preventDefault(); }
    current = [];
    strokes.push(current);
    add(point(ev));
  }
  function move(ev) {
    if (!current) { return; }
    if (ev.preventDefault) { ev.preventDefault(); }
    add(point(ev));
  }
  function end() {
    if (!current) { return; }
    if (!current.length) { strokes.pop(); }
    current = null;
    save();
    if (strokes.length) { setNote(''); }
  }

  canvas.addEventListener('touchstart', start, false);
  canvas.addEventListener('touchmove', move, false);
  canvas.addEventListener('touchend', end, false);
  canvas.addEventListener('touchcancel', end, false);
  canvas.addEventListener('mousedown', start, false);
  window.addEventListener('mousemove', move, false);
  window.addEventListener('mouseup', end, false);
  if (clear) {
    clear.onclick = function () {
      strokes = []; current = null; count = 0;
      save(); setNote(''); redraw();
      return false;
    };
  }
  window.addEventListener('resize', resize, false);
  window.addEventListener('orientationchange', resize, false);
  resize();
})();
""" % {"aspect": SIGN_ASPECT, "min_step": MIN_STEP_PX, "max_points": MAX_POINTS}
