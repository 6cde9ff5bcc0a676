/**
 * The authentication mechanism, the login page and the account administration page
 * (admin/accounts.xhtml: the list's bean and one bean per form: new account, e-mail, resets).
 */
package org.blueledger.security.web;
