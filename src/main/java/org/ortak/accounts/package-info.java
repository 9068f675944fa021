/**
 * Accounts: users and their roles and organizations, sign-in with hashed passwords,
 * personal API tokens for programs, and the first administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.ortak.accounts;
