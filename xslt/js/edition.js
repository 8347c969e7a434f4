/* teikit — the web edition's script, inlined at the end of every page by xslt/html/page.xsl.
   It only enhances: without it every mention links to its register entry and every note call to
   its note. With it, activating a mention or a note call (click, or Enter on the focused link) opens
   a popover that shows the same register entry or note; Escape closes it and focus returns to the
   mention. The highlighting switches are plain checkboxes styled by CSS and need no script. */
(function () {
  'use strict';

  var popover = null;
  var body = null;
  var trigger = null;
  var narrow = window.matchMedia('(max-width: 40rem)');

  function create() {
    popover = document.createElement('div');
    popover.className = 'popover';
    popover.id = 'popover';
    popover.setAttribute('role', 'dialog');
    popover.setAttribute('aria-modal', 'false');
    popover.setAttribute('aria-labelledby', 'popover-title');
    popover.tabIndex = -1;
    popover.hidden = true;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'popover-close';
    close.setAttribute('aria-label', document.body.getAttribute('data-label-close') || 'Close');
    close.textContent = '\u00d7';
    close.addEventListener('click', function () { hide(true); });
    body = document.createElement('div');
    body.className = 'popover-body';
    popover.appendChild(close);
    popover.appendChild(body);
    popover.addEventListener('focusout', function (event) {
      var next = event.relatedTarget;
      if (next && !popover.contains(next) && next !== trigger) { hide(false); }
    });
    document.body.appendChild(popover);
  }

  /* A copy of the register entry or note, without ids (the page keeps its ids unique). */
  function copyOf(source) {
    var copy = source.cloneNode(true);
    copy.removeAttribute('id');
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (el) { el.removeAttribute('id'); });
    return copy;
  }

  function fill(link) {
    var id = link.getAttribute('data-entity') || link.getAttribute('data-popover');
    var source = id && document.getElementById(id);
    if (!source) { return false; }
    body.textContent = '';
    var copy = copyOf(source);
    var kind = document.createElement('p');
    kind.className = 'popover-kind';
    var title;
    if (link.hasAttribute('data-entity')) {
      kind.textContent = source.getAttribute('data-kind-label') || '';
      title = copy.querySelector('.entry-name');
      popover.className = 'popover kind-' + (source.getAttribute('data-kind') || '');
      var mention = link.closest('.mention[id]');
      Array.prototype.forEach.call(copy.querySelectorAll('.entry-mentions a'), function (a) {
        if (mention && a.getAttribute('data-mention') === mention.id) { a.setAttribute('aria-current', 'true'); }
      });
    } else {
      popover.className = 'popover';
      title = document.createElement('p');
      title.className = 'popover-title';
      title.textContent = link.getAttribute('aria-label') || link.textContent;
      copy.insertBefore(title, copy.firstChild);
      var mark = copy.querySelector('.note-mark');
      if (mark) { mark.remove(); }
    }
    if (title) { title.id = 'popover-title'; }
    body.appendChild(kind);
    body.appendChild(copy);
    return true;
  }

  function place(link) {
    if (narrow.matches) { popover.style.left = ''; popover.style.top = ''; return; }
    var rect = link.getBoundingClientRect();
    var width = popover.offsetWidth;
    var height = popover.offsetHeight;
    var left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
    var below = rect.bottom + 8;
    var top = (below + height > window.innerHeight && rect.top - height - 8 > 0) ? rect.top - height - 8 : below;
    popover.style.left = (left + window.scrollX) + 'px';
    popover.style.top = (top + window.scrollY) + 'px';
  }

  function show(link) {
    if (!popover) { create(); }
    if (!fill(link)) { return false; }
    trigger = link;
    link.setAttribute('aria-expanded', 'true');
    popover.hidden = false;
    place(link);
    popover.focus({ preventScroll: true });
    return true;
  }

  function hide(returnFocus) {
    if (!popover || popover.hidden) { return; }
    popover.hidden = true;
    var last = trigger;
    trigger = null;
    if (last) {
      last.setAttribute('aria-expanded', 'false');
      if (returnFocus) { last.focus({ preventScroll: true }); }
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-entity], a[data-popover]');
    if (link && link.closest('#text, #notes') && !(popover && popover.contains(link))) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
      if (trigger === link && popover && !popover.hidden) { event.preventDefault(); hide(true); return; }
      if (show(link)) { event.preventDefault(); }
      return;
    }
    if (popover && !popover.hidden && !popover.contains(event.target)) { hide(false); }
    if (popover && popover.contains(event.target) && event.target.closest('a[href^="#"]')) { hide(false); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && popover && !popover.hidden) {
      event.preventDefault();
      hide(true);
    }
  });

  window.addEventListener('resize', function () { if (trigger && popover && !popover.hidden) { place(trigger); } });

  /* Mentions and note calls announce that they open a dialog. */
  Array.prototype.forEach.call(document.querySelectorAll('#text a[data-entity], #text a[data-popover], #notes a[data-entity]'),
    function (link) {
      link.setAttribute('aria-haspopup', 'dialog');
      link.setAttribute('aria-expanded', 'false');
    });

  /* The reading switch (normalised / diplomatic) is CSS; the script only points each choice's
     description (aria-describedby) at the reading that the chosen view does not show. */
  function describeReadings() {
    var diplomatic = document.getElementById('toolbar-reading-diplomatic');
    var hidden = diplomatic && diplomatic.checked ? 'reading-normalised' : 'reading-diplomatic';
    Array.prototype.forEach.call(document.querySelectorAll('.tei-choice[aria-describedby]'), function (choice) {
      var ids = Array.prototype.filter.call(choice.children, function (child) {
        return child.id && (child.classList.contains(hidden) || child.classList.contains('reading-other'));
      }).map(function (child) { return child.id; });
      if (ids.length) { choice.setAttribute('aria-describedby', ids.join(' ')); }
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'toolbar-reading') { describeReadings(); }
  });
  if (document.getElementById('toolbar-reading-diplomatic')) { describeReadings(); }
}());
