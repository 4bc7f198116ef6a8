// osidump report: shows a clicked arrow's packet as its OSI stack, folds
// and unfolds long bands (laying the ladder out again the way the SVG was
// drawn: rows stacked from data-top, each data-h high, hidden ones taking
// no room). Wire text only ever reaches the page as text nodes.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('osidump-data').textContent);
  var T = data.terms;
  var svg = document.querySelector('svg.ladder');
  var view = document.getElementById('packet-view');
  if (!svg || !view) return;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function isHidden(r) {
    return r.classList.contains('folded') && !r.classList.contains('open');
  }

  function layout() {
    var y = Number(svg.getAttribute('data-top'));
    var spans = {};
    var rows = svg.querySelectorAll('g.row');
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (isHidden(r)) { r.style.display = 'none'; continue; }
      r.style.display = '';
      r.setAttribute('transform', 'translate(0,' + y + ')');
      var h = Number(r.getAttribute('data-h'));
      var b = r.getAttribute('data-band');
      if (b !== null) {
        var s = spans[b] || (spans[b] = [y + 4, y + h]);
        if (r.classList.contains('head')) s[0] = y + 4;
        s[1] = y + h;
      }
      y += h;
    }
    var total = y + 12;
    var bgs = svg.querySelectorAll('g.band-bg');
    for (var j = 0; j < bgs.length; j++) {
      var sp = spans[bgs[j].getAttribute('data-band')];
      if (!sp) continue;
      var rects = bgs[j].querySelectorAll('rect');
      for (var k = 0; k < rects.length; k++) {
        rects[k].setAttribute('y', sp[0]);
        rects[k].setAttribute('height', sp[1] - sp[0]);
      }
    }
    var lifes = svg.querySelectorAll('line.life');
    for (var l = 0; l < lifes.length; l++) lifes[l].setAttribute('y2', total - 6);
    var w = svg.getAttribute('width');
    svg.setAttribute('height', total);
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + total);
    var paper = svg.querySelector('rect.paper');
    if (paper) paper.setAttribute('height', total);
    var lim = svg.querySelector('text.limits');
    if (lim) lim.setAttribute('y', total - 2);
  }

  function toggleFold(f) {
    var band = f.getAttribute('data-band');
    var open = !f.classList.contains('open');
    f.classList.toggle('open', open);
    var rows = svg.querySelectorAll('g.pkt.folded[data-band="' + band + '"]');
    for (var i = 0; i < rows.length; i++) rows[i].classList.toggle('open', open);
    var hint = f.querySelector('.fold-hint');
    if (hint) hint.textContent = ' — ' + (open ? T['click to fold'] : T['click to expand']);
    layout();
  }

  function hexDump(d) {
    var wrap = el('div', 'hex-wrap');
    wrap.appendChild(el('div', 'hex-title', T['Bytes, coloured by layer']));
    var pre = el('pre', 'hex');
    var n = d.hex.length / 2;
    var owner = new Array(n);
    for (var r = 0; r < d.own.length; r++) {
      for (var o = d.own[r][0]; o < d.own[r][1] && o < n; o++) owner[o] = d.own[r][2];
    }
    for (var row = 0; row < n; row += 16) {
      pre.appendChild(el('span', 'off', ('000' + row.toString(16)).slice(-4) + '  '));
      var ascii = '';
      for (var c = 0; c < 16; c++) {
        var i = row + c;
        if (c === 8) pre.appendChild(document.createTextNode(' '));
        if (i >= n) { pre.appendChild(document.createTextNode('   ')); continue; }
        var hx = d.hex.substr(i * 2, 2);
        var b = el('span', 'b L' + (owner[i] || 1), hx);
        b.setAttribute('data-o', i);
        pre.appendChild(b);
        pre.appendChild(document.createTextNode(' '));
        var v = parseInt(hx, 16);
        ascii += v >= 32 && v < 127 ? String.fromCharCode(v) : '.';
      }
      pre.appendChild(document.createTextNode(' ' + ascii + '\n'));
    }
    wrap.appendChild(pre);
    if (d.caplen > n) {
      wrap.appendChild(el('p', 'note', n + ' / ' + d.caplen + ' ' + T['shown bytes']));
    }
    return wrap;
  }

  function highlight(span, on) {
    var bytes = view.querySelectorAll('pre.hex .b');
    for (var i = 0; i < bytes.length; i++) {
      var o = Number(bytes[i].getAttribute('data-o'));
      bytes[i].classList.toggle('hl', on && o >= span[0] && o < span[1]);
    }
  }

  function layerBlock(l) {
    var det = el('details', 'layer');
    det.open = true;
    det.setAttribute('data-osi', l.osi);
    det.setAttribute('data-proto', l.p);
    det.setAttribute('data-span', l.span[0] + ',' + l.span[1]);
    det.style.setProperty('--c', data.layers[l.osi][1]);
    var sum = el('summary');
    sum.appendChild(el('span', 'proto', l.p));
    sum.appendChild(el('span', 'sum', l.s));
    det.appendChild(sum);
    (l.a || []).forEach(function (a) { det.appendChild(el('div', 'anom', '⚠ ' + a)); });
    if (l.f.length) {
      // As `dissect -V` prints them: `name: value (value name)`.
      var t = el('div', 'fields');
      l.f.forEach(function (f) {
        var line = el('div', 'f');
        line.appendChild(el('span', 'name', f[0] + ':'));
        line.appendChild(document.createTextNode(' '));
        line.appendChild(el('span', 'val', f[1]));
        t.appendChild(line);
      });
      det.appendChild(t);
    }
    if (l.span[1] > l.span[0]) {
      det.addEventListener('mouseenter', function () { det.classList.add('hl'); highlight(l.span, true); });
      det.addEventListener('mouseleave', function () { det.classList.remove('hl'); highlight(l.span, false); });
    }
    return det;
  }

  function show(i) {
    var row = data.rows[i];
    if (!row) return;
    var m = row.meta, d = row.d;
    view.textContent = '';
    view.setAttribute('data-i', i);
    var head = el('div', 'pkt-head');
    head.appendChild(document.createTextNode(
      (d ? T.frame + ' ' + d.frame + ' · ' : '') + '+' + m.t + ' s' +
      (d ? ' · ' + d.len + ' ' + T.bytes : '') + ' · ' + m.src + ' → ' + m.dst + ' · ' + m.conv));
    if (m.word) head.appendChild(el('span', 'step', ' · ' + m.word));
    view.appendChild(head);
    if (!d) return;
    view.setAttribute('data-frame', d.frame);
    var table = el('table', 'stack');
    table.appendChild(el('caption', null, data.caption));
    // One row per layer of the page's model (OSI: L7 to L1; TCP/IP:
    // Application to Link), each holding the packet's layers it takes in.
    data.stack.forEach(function (row) {
      var ls = d.layers.filter(function (l) { return row[3].indexOf(l.osi) >= 0; });
      var tr = el('tr', 'osi-row' + (ls.length ? '' : ' absent'));
      tr.setAttribute('data-osi', row[3][0]);
      var th = el('th');
      var chip = el('span', 'chip', row[0]);
      chip.style.background = row[2];
      th.appendChild(chip);
      th.appendChild(document.createTextNode(row[1]));
      tr.appendChild(th);
      var td = el('td');
      if (!ls.length) td.appendChild(el('span', 'absent-note', T['not in this packet']));
      ls.forEach(function (l) { td.appendChild(layerBlock(l)); });
      tr.appendChild(td);
      table.appendChild(tr);
    });
    var wrap = el('div', 'stack-wrap');
    wrap.appendChild(table);
    view.appendChild(wrap);
    view.appendChild(hexDump(d));
  }

  function select(r) {
    var old = svg.querySelectorAll('g.pkt.sel');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('sel');
    r.classList.add('sel');
    show(Number(r.getAttribute('data-i')));
  }

  function reveal(r) {
    if (isHidden(r)) {
      var f = svg.querySelector('g.fold[data-band="' + r.getAttribute('data-band') + '"]');
      if (f) toggleFold(f);
    }
  }

  svg.addEventListener('click', function (e) {
    var t = e.target;
    while (t && t !== svg && !(t.classList && (t.classList.contains('pkt') || t.classList.contains('fold')))) t = t.parentNode;
    if (!t || t === svg) return;
    if (t.classList.contains('fold')) toggleFold(t); else select(t);
  });
  svg.addEventListener('keydown', function (e) {
    var t = e.target;
    if (!t.classList) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      t.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && t.classList.contains('pkt')) {
      e.preventDefault();
      var all = Array.prototype.filter.call(svg.querySelectorAll('g.pkt'), function (r) { return !isHidden(r); });
      var k = all.indexOf(t) + (e.key === 'ArrowDown' ? 1 : -1);
      if (all[k]) { all[k].focus(); select(all[k]); }
    }
  });
  document.addEventListener('click', function (e) {
    var b = e.target;
    if (!b.classList || !b.classList.contains('goto')) return;
    var r = svg.querySelector('g.pkt[data-i="' + b.getAttribute('data-row') + '"]');
    if (!r) return;
    reveal(r);
    select(r);
    r.scrollIntoView({ block: 'center' });
  });

  // The page's own test: real click events on every arrow and on a fold,
  // and what the page showed after each, written into the DOM.
  function selftest() {
    var out = { arrows: 0, heads: [], titles: [], steps: [], tops: [], clicks: [], fold: null };
    var visible = function () {
      return Array.prototype.filter.call(svg.querySelectorAll('g.pkt'), function (r) {
        return r.style.display !== 'none';
      });
    };
    var rows = visible();
    out.arrows = rows.length;
    out.arrow_elements = svg.querySelectorAll('g.pkt .arrow').length;
    Array.prototype.forEach.call(svg.querySelectorAll('g.head'), function (h) {
      out.heads.push(h.getAttribute('data-stage'));
      out.titles.push(h.querySelector('.title').textContent);
    });
    rows.forEach(function (r) {
      out.steps.push(r.getAttribute('data-step'));
      out.tops.push(Math.round(r.getBoundingClientRect().top));
    });
    rows.forEach(function (r) {
      r.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      out.clicks.push({
        i: Number(r.getAttribute('data-i')),
        frame: Number(r.getAttribute('data-frame')),
        selected: r.classList.contains('sel'),
        shown: Number(view.getAttribute('data-frame')),
        stack: Array.prototype.map.call(view.querySelectorAll('tr.osi-row'), function (tr) { return Number(tr.getAttribute('data-osi')); }),
        layers: Array.prototype.map.call(view.querySelectorAll('details.layer'), function (l) {
          return 'L' + l.getAttribute('data-osi') + ' ' + l.getAttribute('data-proto');
        }),
        fields: view.querySelectorAll('.fields .f').length,
        hex_bytes: view.querySelectorAll('pre.hex .b').length
      });
    });
    var f = svg.querySelector('g.fold');
    if (f) {
      var before = visible().length, h0 = Number(svg.getAttribute('height'));
      f.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      var after = visible().length, h1 = Number(svg.getAttribute('height'));
      f.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      out.fold = { n: Number(f.getAttribute('data-n')), before: before, after: after, again: visible().length, height_before: h0, height_after: h1 };
    }
    var pre = document.getElementById('selftest-result');
    pre.textContent = JSON.stringify(out);
    pre.hidden = false;
    document.title = 'selftest done';
  }

  layout();
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash === 'selftest') {
    selftest();
  } else if (/^frame=\d+$/.test(hash)) {
    var r = svg.querySelector('g.pkt[data-frame="' + hash.slice(6) + '"]');
    if (r) { reveal(r); select(r); }
  }
})();
