// The console's only script. The Content-Security-Policy forbids inline scripts and on* handlers,
// so pages mark elements with data attributes and this file gives them their behaviour:
//   <select data-autosubmit>       submits its form when the choice changes
//   <form data-confirm="question"> asks before it is submitted
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
