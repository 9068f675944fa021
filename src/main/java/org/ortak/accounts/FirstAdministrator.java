package org.ortak.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At first start, creates the administrator {@code admin} with the password of
 * {@code ORTAK_ADMIN_PASSWORD}, or a generated one printed this once.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String configuredPassword;

	FirstAdministrator(Accounts accounts, @Value("${ortak.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.ensureAdmin(this.configuredPassword).ifPresent((password) -> log.warn("""

				==========================================================
				  Ortak's first administrator was created.
				  Sign in as:  admin
				  Password:    {}
				  It is shown this once; change it after signing in.
				==========================================================""", password));
	}

}
