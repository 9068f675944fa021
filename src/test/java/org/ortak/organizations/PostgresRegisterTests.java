package org.ortak.organizations;

import org.ortak.PostgresTest;

/**
 * The register on a real PostgreSQL, with the same scenarios as on H2.
 */
@PostgresTest
class PostgresRegisterTests extends SearchScenarios {

}
