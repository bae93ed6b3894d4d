// The feedback widget's script (plain JavaScript, loaded as one cached file by every page): posts the form with
// fetch and shows the answer in place; without it the form posts as a plain form.
(function () {
  var form = document.querySelector('form[data-feedback]');
  if (!form || !window.fetch) return;
  var status = form.querySelector('.fb-status');
  var summary = form.querySelector('.fb-summary');
  var d = form.dataset;
  var messages = JSON.parse(d.messages || '{}');
  var labels = JSON.parse(d.labels || '{}');
  var targets = { useful: 'fb-useful-yes' };
  form.elements.page.value = location.pathname;
  function clear() {
    form.querySelectorAll('[data-error-for]').forEach(function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    summary.hidden = true;
    summary.querySelector('ul').textContent = '';
  }
  /** The reader's words for an error: by its code in the page's language, else the API's own message. */
  function say(field, message, codes) {
    var code = codes && codes[field];
    return (code && messages[code]) || message;
  }
  /** Lists the errors at the top of the form, each linking to its field, and moves focus there. */
  function showSummary(items, onFields) {
    var list = summary.querySelector('ul');
    summary.querySelector('.fb-summary-title').textContent = onFields ? d.fix : d.notSent;
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (item.target) {
        var a = document.createElement('a');
        a.href = '#' + item.target;
        a.textContent = item.text;
        a.addEventListener('click', function (event) {
          var el = document.getElementById(item.target);
          if (!el) return;
          event.preventDefault();
          var details = el.closest('details');
          if (details) details.open = true;
          el.focus();
        });
        li.appendChild(a);
      } else {
        li.textContent = item.text;
      }
      list.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clear();
    status.textContent = d.sending;
    var body = {};
    new FormData(form).forEach(function (value, key) { body[key] = value; });
    fetch(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (res.status === 201) {
            form.reset();
            form.querySelectorAll('fieldset, details, button').forEach(function (el) { el.hidden = true; });
            status.textContent = d.sent;
            status.focus();
            return;
          }
          var errors = (data && data.errors) || {};
          var codes = (data && data.codes) || {};
          var items = [];
          var onFields = false;
          Object.keys(errors).forEach(function (field) {
            var text = say(field, errors[field], codes);
            var p = form.querySelector('[data-error-for="' + field + '"]');
            if (!p) {
              // Not about a field the reader can see (the page address, the whole answer, the server).
              items.push({ text: text });
              return;
            }
            p.textContent = text;
            p.hidden = false;
            onFields = true;
            var input = form.elements[field];
            if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
            var details = p.closest('details');
            if (details) details.open = true;
            var target = targets[field] || (input && input.id);
            var item = labels[field] ? d.item.replace('{label}', function () { return labels[field]; }).replace('{message}', function () { return text; }) : text;
            items.push({ text: item, target: target });
          });
          if (!items.length) items.push({ text: messages.other });
          status.textContent = '';
          showSummary(items, onFields);
        });
      })
      .catch(function () {
        status.textContent = d.failed;
      });
  });
})();
