// The console's only script. The Content-Security-Policy forbids inline scripts and on* handlers,
// so pages mark elements with data attributes and this file gives them their behaviour:
//   <select data-autosubmit>       submits its form when the choice changes
//   <form data-confirm="question"> asks before it is submitted
//   <button data-menu-toggle>      opens and closes the header's menu on a narrow screen
// and it names every table cell after its column (data-label), which a narrow screen shows
// beside the value when the table becomes one card per row.
document.documentElement.classList.add('js');
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-autosubmit]') && field.form) {
    field.form.submit();
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener('click', function (event) {
  var toggle = event.target.closest && event.target.closest('[data-menu-toggle]');
  if (toggle) {
    var open = toggle.closest('header').classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table').forEach(function (table) {
    // a wide table scrolls inside its own box, never the page
    if (!table.closest('.card, .scroll')) {
      var box = document.createElement('div');
      box.className = 'scroll';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    }
    var names = [];
    table.querySelectorAll('thead th').forEach(function (th) {
      for (var i = 0; i < (th.colSpan || 1); i++) names.push(th.textContent.trim());
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        if (!cell.hasAttribute('data-label') && names[column] && cell.colSpan === 1) {
          cell.setAttribute('data-label', names[column]);
        }
        column += cell.colSpan || 1;
      });
    });
  });
});
// ---- issue 9: renewal pages ----
//   <input type="checkbox" data-select-all="id">  ticks or clears every enabled checkbox named "id" in its form
document.addEventListener('change', function (event) {
  var all = event.target;
  if (all.matches && all.matches('[data-select-all]') && all.form) {
    all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]').forEach(function (box) {
      if (!box.disabled) box.checked = all.checked;
    });
  }
});
/* bank branch picker */
//   <div data-branch-picker data-source="url"> (templates/tags/branchPicker.html): searches the branches
//   as the user types (debounced), lists them as a list box (arrow keys, Enter, Escape, click) and, on a
//   pick, fills the hidden branch id and the read-only province, city and bank. Without this script the
//   text field is posted as typed and the page looks the name up.
(function () {
  var DELAY = 250;
  function setUp(box) {
    var input = box.querySelector('[data-branch-query]');
    var hidden = box.querySelector('[data-branch-id]');
    var list = box.querySelector('[data-branch-matches]');
    var status = box.querySelector('[data-branch-status]');
    var fields = {
      province: box.querySelector('[data-branch-province]'),
      city: box.querySelector('[data-branch-city]'),
      bankName: box.querySelector('[data-branch-bank]')
    };
    var timer = null, sent = 0, matches = [], active = -1, picked = input.value;

    function close() {
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      matches = [];
      active = -1;
    }
    function clearPick() {
      hidden.value = '';
      Object.keys(fields).forEach(function (k) { fields[k].value = ''; });
    }
    function pick(match) {
      hidden.value = String(match.id);
      input.value = match.name;
      picked = match.name;
      Object.keys(fields).forEach(function (k) { fields[k].value = match[k] || ''; });
      status.textContent = '';
      close();
    }
    function highlight(index) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function show(found) {
      close();
      matches = found;
      if (!found.length) {
        status.textContent = box.dataset.none;
        return;
      }
      found.forEach(function (match, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        name.className = 'branch-name';
        name.textContent = match.name;
        var where = document.createElement('span');
        where.className = 'muted';
        where.textContent = match.bankName + ' · ' + match.province + ' ' + match.city;
        option.appendChild(name);
        option.appendChild(where);
        // mousedown, not click: the field must not lose the list before the pick
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(match);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = box.dataset.found.replace('#', String(found.length));
    }
    function search() {
      var q = input.value.trim();
      var mine = ++sent;
      if (Array.from(q).length < 2) {
        close();
        status.textContent = '';
        return;
      }
      fetch(box.dataset.source + '?q=' + encodeURIComponent(q), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (!response.ok || !json) throw new Error('search ' + response.status);
        return response.json();
      }).then(function (found) {
        // a late answer opens no list once the user has left the field
        if (mine === sent && document.activeElement === input) show(found);
      }).catch(function () {
        if (mine === sent) {
          close();
          status.textContent = box.dataset.failed;
        }
      });
    }
    input.addEventListener('input', function () {
      if (input.value !== picked) {
        picked = null;
        clearPick();
      }
      clearTimeout(timer);
      timer = setTimeout(search, DELAY);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && matches.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (open) {
          event.preventDefault();
          highlight(active < 0 && event.key === 'ArrowUp' ? -1 : active + (event.key === 'ArrowDown' ? 1 : -1));
        }
      } else if (event.key === 'Enter') {
        if (open && active >= 0) {
          // Enter picks the highlighted match instead of sending the form
          event.preventDefault();
          pick(matches[active]);
        }
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      sent++;
      setTimeout(close, 150);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-branch-picker]').forEach(setUp);
  });
})();
// ---- issue 10: withdrawal form (templates/WithdrawalPage/form.html) ----
// "获取验证码" asks for the SMS code without leaving the page (POST /withdrawals/sms-code with the
// form's CSRF token) and counts down to the next allowed request; without script the same button
// posts the form, which sends the code and comes back with the inputs kept. The designated-account
// fields hide while the original route is chosen, the branch picker while the payee is Alipay.
(function () {
  function countdown(button, seconds) {
    var label = button.dataset.label || button.textContent;
    button.dataset.label = label;
    var left = seconds;
    function tick() {
      if (left <= 0) {
        button.disabled = false;
        button.textContent = label;
        return;
      }
      button.disabled = true;
      button.textContent = (button.dataset.wait || '#').replace('#', String(left));
      left--;
      setTimeout(tick, 1000);
    }
    tick();
  }
  function sync(form) {
    var route = form.querySelector('[data-route-choice]:checked');
    var designated = form.querySelector('[data-designated]');
    if (designated && route) {
      designated.hidden = route.value === 'ORIGINAL';
    }
    var payee = form.querySelector('[data-payee-choice]:checked');
    var card = form.querySelector('[data-bank-card]');
    if (card && payee) {
      card.hidden = payee.value !== 'BANK_CARD';
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-wd-form]').forEach(function (form) {
      sync(form);
      form.addEventListener('change', function () { sync(form); });
      var button = form.querySelector('[data-sms-send]');
      var status = form.querySelector('[data-sms-status]');
      if (!button) {
        return;
      }
      if (button.dataset.resendSeconds) {
        countdown(button, parseInt(button.dataset.resendSeconds, 10));
      }
      button.addEventListener('click', function (event) {
        event.preventDefault();
        var body = new URLSearchParams();
        body.set('csrf_token', form.querySelector('input[name="csrf_token"]').value);
        body.set('accountId', form.querySelector('input[name="accountId"]').value);
        button.disabled = true;
        fetch(button.dataset.url, {
          method: 'POST', credentials: 'same-origin',
          headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          body: body.toString()
        }).then(function (response) {
          return response.json().then(function (answer) { return { ok: response.ok, answer: answer }; });
        }).then(function (result) {
          if (status) {
            status.textContent = result.answer.message || '';
            status.classList.toggle('refusal', !result.ok);
          }
          countdown(button, result.answer.resendSeconds || 0);
        }).catch(function () {
          button.disabled = false;
        });
      });
    });
  });
})();
// ---- issue 12: quote downloads ----
//   <p data-auto-download="/quotes/7/csv">  starts that download once the page is shown (the link inside is the manual fallback)
document.addEventListener('DOMContentLoaded', function () {
  var start = document.querySelector('[data-auto-download]');
  if (start) window.location.assign(start.dataset.autoDownload);
});
//   <div data-quote-progress="/quotes/7/progress">  a large quote being built: polls its progress (the
//   <progress> bar and the [data-progress-text] line) and reloads the page once it is READY or FAILED
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('[data-quote-progress]');
  if (!box || !window.fetch) return;
  var bar = box.querySelector('progress');
  var text = box.querySelector('[data-progress-text]');
  function poll() {
    fetch(box.dataset.quoteProgress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { setTimeout(poll, 3000); return; }
        if (bar) { bar.max = p.linesTotal; bar.value = p.linesDone; bar.textContent = p.linesDone + ' / ' + p.linesTotal; }
        if (text) text.textContent = p.text;
        if (p.status !== 'PREPARING') { window.location.reload(); return; }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
});
