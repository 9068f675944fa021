package org.ortak.plans;

import org.ortak.PostgresTest;

/** Plans, targets and values on a real PostgreSQL, with the same scenarios as on H2. */
@PostgresTest
class PostgresPlanTests extends PlanScenarios {

}
