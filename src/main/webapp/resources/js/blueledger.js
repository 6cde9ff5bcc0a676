/*
 * Blue Ledger: after a refused submit, the keyboard focus goes to the first field with an error,
 * so that a keyboard or screen-reader user lands on what needs fixing (WCAG 2.2, 3.3.1). Runs on
 * page load (full-page submits) and after each PrimeFaces ajax update.
 */
(function () {
    function focusFirstError() {
        var messages = document.querySelectorAll('.bl-field .ui-message-error');
        for (var i = 0; i < messages.length; i++) {
            var field = messages[i].closest('.bl-field');
            if (!field || field.offsetParent === null) {
                continue; // on a tab that is not shown
            }
            var input = field.querySelector('input:not([type=hidden]):not([tabindex="-1"]), textarea, [role=combobox]');
            if (input) {
                input.focus();
                return;
            }
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        setTimeout(focusFirstError, 50);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                setTimeout(focusFirstError, 0);
            });
        }
    });
})();
