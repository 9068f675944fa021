package org.ortak.volunteering;

import org.ortak.PostgresTest;

/** Volunteering on a real PostgreSQL, with the same scenarios as on H2. */
@PostgresTest
class PostgresVolunteeringTests extends VolunteeringScenarios {

}
