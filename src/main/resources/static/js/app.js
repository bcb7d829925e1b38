// Progressive enhancement for every page; the pages work without it.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // The menu button of narrow screens opens and closes the menu (without script the menu stays open).
  var toggle = document.getElementById('menu-toggle');
  var header = document.getElementById('site-header');
  if (toggle && header) {
    toggle.addEventListener('click', function () {
      var open = header.classList.toggle('menu-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // A form sent after the session expired was kept on the server: put what was typed back into that form.
  var kept = document.getElementById('kept-form');
  if (kept) {
    try {
      var saved = JSON.parse(kept.getAttribute('data-form'));
      Array.prototype.forEach.call(document.forms, function (form) {
        if (new URL(form.action, window.location.href).pathname !== saved.action) {
          return;
        }
        Object.keys(saved.fields).forEach(function (name) {
          var values = saved.fields[name];
          Array.prototype.forEach.call(form.elements, function (field) {
            if (field.name !== name || field.type === 'hidden' || field.type === 'file' || field.type === 'password') {
              return;
            }
            if (field.type === 'checkbox' || field.type === 'radio') {
              field.checked = values.indexOf(field.value) >= 0;
            } else if (field.tagName === 'SELECT') {
              Array.prototype.forEach.call(field.options, function (option) {
                option.selected = values.indexOf(option.value) >= 0;
              });
            } else {
              field.value = values[0];
            }
          });
        });
      });
    } catch (e) {
      // nothing to put back
    }
  }

  // A page that refused a form puts the focus on the first field in error, so the user lands where to correct it.
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  }

  // The language switch applies on change and keeps the page's other parameters.
  document.querySelectorAll('select.auto-submit').forEach(function (select) {
    select.addEventListener('change', function () {
      var url = new URL(window.location.href);
      url.searchParams.set(select.name, select.value);
      window.location.assign(url.toString());
    });
  });

  // Buttons that ask before doing something that cannot be undone.
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  // Print buttons.
  document.querySelectorAll('.print-button').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
