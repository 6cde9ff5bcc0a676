/*
 * Blue Ledger's one script (no inline scripts: the pages run under a CSP with nonces).
 *
 * 1. After a refused submit, the keyboard focus goes to the first field with an error, so that a
 *    keyboard or screen-reader user lands on what needs fixing (WCAG 2.2, 3.3.1).
 * 2. PrimeFaces renders the native file input of a simple p:fileUpload with aria-hidden="true",
 *    although, unskinned, it is the visible, focusable control: the attribute hid it from screen
 *    readers (axe: aria-hidden-focus). It is removed.
 * 3. A table too wide for a phone scrolls inside its own box; while it does, the box takes the
 *    keyboard focus (tabindex 0), so that it can be scrolled without a mouse (WCAG 2.1.1; axe:
 *    scrollable-region-focusable). Checked again on resize and after each click (a tab opened).
 *
 * All run on page load (full-page submits) and after each PrimeFaces ajax update.
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
    function focusableScrollers() {
        var boxes = document.querySelectorAll('.ui-datatable-tablewrapper, .bl-table-scroll');
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            if (box.scrollWidth > box.clientWidth + 1) {
                box.setAttribute('tabindex', '0');
                box.setAttribute('data-bl-scroller', 'true');
            } else if (box.hasAttribute('data-bl-scroller')) {
                box.removeAttribute('tabindex');
                box.removeAttribute('data-bl-scroller');
            }
        }
    }
    window.addEventListener('resize', focusableScrollers);
    document.addEventListener('click', function () {
        setTimeout(focusableScrollers, 0);
    });
    document.addEventListener('DOMContentLoaded', function () {
        exposeFileInputs();
        focusableScrollers();
        setTimeout(focusFirstError, 50);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                exposeFileInputs();
                focusableScrollers();
                setTimeout(focusFirstError, 0);
            });
        }
    });
})();
