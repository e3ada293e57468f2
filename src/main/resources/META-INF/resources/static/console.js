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
