/*
 * Blue Ledger's one script (no inline scripts: the pages run under a CSP with nonces).
 *
 * 1. After a refused submit, the keyboard focus goes to the first field with an error, so that a
 *    keyboard or screen-reader user lands on what needs fixing (WCAG 2.2, 3.3.1).
 * 2. PrimeFaces renders the native file input of a simple p:fileUpload with aria-hidden="true",
 *    although, unskinned, it is the visible, focusable control: the attribute hid it from screen
 *    readers (axe: aria-hidden-focus). It is removed.
 *
 * Both run on page load (full-page submits) and after each PrimeFaces ajax update.
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
    function exposeFileInputs() {
        var inputs = document.querySelectorAll('input[type=file][aria-hidden=true]');
        for (var i = 0; i < inputs.length; i++) {
            // a skinned upload hides its input behind a "choose" button: that one stays hidden
            if (inputs[i].getAttribute('tabindex') !== '-1' && !inputs[i].closest('.ui-fileupload-choose')) {
                inputs[i].removeAttribute('aria-hidden');
            }
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        exposeFileInputs();
        setTimeout(focusFirstError, 50);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                exposeFileInputs();
                setTimeout(focusFirstError, 0);
            });
        }
    });
})();
