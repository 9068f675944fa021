package org.ortak.projects;

import org.ortak.PostgresTest;

/** Projects and their computed results on a real PostgreSQL, as on H2. */
@PostgresTest
class PostgresProjectTests extends ProjectScenarios {

}
