package org.ortak.agreements;

import org.ortak.PostgresTest;

/** Agreements on a real PostgreSQL, with the same scenarios as on H2. */
@PostgresTest
class PostgresAgreementTests extends AgreementScenarios {

}
