package org.ortak.plans;

import org.ortak.OrtakTest;

/** Plans, targets and values on the embedded default, H2. */
@OrtakTest
class H2PlanTests extends PlanScenarios {

}
