package org.ortak.accounts;

/**
 * What the reset page's form binds to: the link's token and the new password twice.
 */
record ResetForm(String token, String newPassword, String confirmation) {

}
