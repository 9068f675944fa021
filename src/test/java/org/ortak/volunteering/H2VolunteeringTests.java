package org.ortak.volunteering;

import org.ortak.OrtakTest;

/** Volunteering on the embedded default, H2. */
@OrtakTest
class H2VolunteeringTests extends VolunteeringScenarios {

}
