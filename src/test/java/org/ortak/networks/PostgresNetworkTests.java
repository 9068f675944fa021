package org.ortak.networks;

import org.ortak.PostgresTest;

/** Networks on a real PostgreSQL, with the same scenarios as on H2. */
@PostgresTest
class PostgresNetworkTests extends NetworkScenarios {

}
