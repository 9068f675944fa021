package org.ortak.events;

import org.ortak.PostgresTest;

/**
 * Events on a real PostgreSQL, with the same scenarios as on H2.
 */
@PostgresTest
class PostgresEventTests extends EventScenarios {

}
